//! What kind of meeting it is and what the team will consider. The proposed changes decide which
//! members are required (SOPM L1169, L1343), so they are an enum the checks can read, not free text.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The meeting types of the manual's team-composition table (L1169, L1179, L1535).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MeetingType {
    /// The meeting that follows an initial evaluation.
    #[schemars(title = "Initial")]
    Initial,
    #[schemars(title = "Annual review")]
    AnnualReview,
    /// Same member rules as an annual review (L1169).
    #[schemars(title = "Requested review")]
    RequestedReview,
    #[schemars(title = "Requested reevaluation")]
    RequestedReevaluation,
    #[schemars(title = "Three-year reevaluation")]
    ThreeYearReevaluation,
    /// A continuation after postponement, adjournment or disagreement (L1297, L1495, L1739). It
    /// takes its member rules from the meeting it continues (`Meeting::reconvenes`).
    #[schemars(title = "Reconvened meeting")]
    Reconvene,
}

impl MeetingType {
    pub fn is_review(self) -> bool {
        matches!(self, Self::AnnualReview | Self::RequestedReview)
    }
    pub fn is_reevaluation(self) -> bool {
        matches!(
            self,
            Self::RequestedReevaluation | Self::ThreeYearReevaluation
        )
    }
}

/// A program recommendation (L1241–1273).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Program {
    /// No special-education program or service (e.g. before an initial recommendation).
    #[schemars(title = "General education only")]
    GeneralEducationOnly,
    /// General education with related service(s) only.
    #[schemars(title = "Related services only")]
    RelatedServicesOnly,
    #[schemars(title = "SETSS")]
    Setss,
    #[schemars(title = "ICT (Integrated Co-Teaching)")]
    Ict,
    /// Special class in a District 1–32 school.
    #[schemars(title = "Special class (District 1–32)")]
    SpecialClass,
    /// Special class in a District 75 specialized school.
    #[schemars(title = "Special class (District 75)")]
    SpecialClassD75,
    #[schemars(title = "Non-public school (NPS)")]
    Nps,
    #[schemars(title = "Home instruction")]
    HomeInstruction,
    #[schemars(title = "Residential program")]
    Residential,
}

impl Program {
    /// Programs in which the student takes part in the general education environment (L1565:
    /// "including if the student is or may be recommended for ICT"). SETSS and related services
    /// only are delivered to a student in a general-education class.
    pub fn in_general_education(self) -> bool {
        matches!(
            self,
            Self::GeneralEducationOnly | Self::RelatedServicesOnly | Self::Setss | Self::Ict
        )
    }
    pub fn is_special_class(self) -> bool {
        matches!(self, Self::SpecialClass | Self::SpecialClassD75)
    }
}

/// How a special-class recommendation changes the staffing ratio.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RatioChange {
    #[schemars(title = "Same ratio")]
    Same,
    #[schemars(title = "Less intensive ratio")]
    LessIntensive,
    #[schemars(title = "More intensive ratio")]
    MoreIntensive,
}

/// A change the team will consider. Each variant is one that can add a required member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ProposedChange {
    /// A new program recommendation (L1241–1273).
    #[schemars(title = "New program recommendation")]
    Program {
        to: Program,
        /// For a special class: how the ratio changes.
        ratio: Option<RatioChange>,
        /// The recommended program (or ratio) exists at the student's current school or D75 site.
        available_at_current_site: bool,
        /// 12:1 or 12:1+1 to 15:1 for a student moving up to a high-school special class (L1249).
        twelve_to_fifteen_moving_to_high_school: bool,
    },
    /// The parent asks for the school psychologist (L1535).
    #[schemars(title = "Parent requests the school psychologist")]
    ParentRequestsPsychologist,
    /// A new psychological assessment is considered or reviewed (L1535).
    #[schemars(title = "New psychological assessment")]
    NewPsychologicalAssessment,
    /// Starting paraprofessional support (L1277–1297).
    #[schemars(title = "Start paraprofessional support")]
    StartParaprofessional,
    /// Changing the student's NYSAA (alternate assessment) category.
    #[schemars(title = "Change alternate assessment (NYSAA) category")]
    ChangeAlternateAssessment,
    /// Starting specialized transportation or transportation accommodations.
    #[schemars(title = "Start special transportation")]
    StartSpecialTransportation,
    /// Starting or changing counseling by a social worker or psychologist.
    #[schemars(title = "Start or change counseling")]
    StartOrChangeCounseling,
    /// Changing the language of instruction, speech therapy or counseling.
    #[schemars(title = "Change language of instruction or service")]
    ChangeLanguageOfInstructionOrService,
    /// First recommendation of 12-month services for a student in a non-specialized school.
    #[schemars(title = "First 12-month services (non-specialized school)")]
    FirstEsyInNonSpecializedSchool,
    /// Adding a related service (a provider should take part, fn52).
    #[schemars(title = "Add a related service")]
    AddRelatedService,
    /// Changing the frequency, duration, group size, location or language of a related service.
    #[schemars(title = "Change a related service")]
    ChangeRelatedService,
    #[schemars(title = "Remove a related service")]
    RemoveRelatedService,
    /// Starting a bilingual special-education program or related service (L1655).
    #[schemars(title = "Start a bilingual program or service")]
    StartBilingualProgramOrService,
    /// Declassification: only after a reevaluation has started (fn6 L1227).
    #[schemars(title = "Declassification")]
    Declassification,
}
