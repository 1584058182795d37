//! Language of instruction and services, LOTE exemption, promotion criteria, special
//! transportation and the placement recommendation (SOPM L2535–L2631, L2647, L2785–L2861).

use crate::language::LanguageCode;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The placement recommendations of the SESIS drop-down, exactly ten (L2547).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PlacementKind {
    #[schemars(title = "NYC DOE school, non-specialized (District 1–32)")]
    DoeNonSpecialized,
    #[schemars(title = "NYC DOE specialized school (District 75)")]
    DoeSpecialized,
    #[schemars(title = "NYSED-approved non-public school – day")]
    NpsDay,
    #[schemars(title = "NYSED-approved non-public school – residential")]
    NpsResidential,
    #[schemars(title = "NYSED-approved non-public school – placed by ACS")]
    NpsPlacedByAcs,
    #[schemars(title = "NYS-supported non-public school (4201) – day")]
    State4201Day,
    #[schemars(title = "NYS-supported non-public school (4201) – residential")]
    State4201Residential,
    #[schemars(title = "Board of Cooperative Educational Services (BOCES)")]
    Boces,
    #[schemars(title = "Charter school")]
    CharterSchool,
    #[schemars(title = "Home or hospital instruction")]
    HomeHospital,
}

impl PlacementKind {
    /// A DOE school (promotion criteria apply, L2629).
    pub fn is_doe_school(self) -> bool {
        matches!(self, Self::DoeNonSpecialized | Self::DoeSpecialized)
    }
}

/// For an ELL: the language determination (L2683–L2685).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum LanguageDetermination {
    #[schemars(title = "English as a New Language (ENL) only")]
    EnlOnly,
    #[schemars(title = "Bilingual instructional services required")]
    Bilingual,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PromotionCriteria {
    #[schemars(title = "Standard")]
    Standard,
    #[schemars(title = "Modified")]
    Modified,
}

/// Special transportation accommodations (L2811–L2861).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TransportAccommodation {
    #[schemars(title = "Door-to-door bus")]
    DoorToDoor,
    #[schemars(title = "Transportation paraprofessional")]
    Paraprofessional,
    #[schemars(title = "Nurse on the bus")]
    Nursing,
    #[schemars(title = "Limited travel time")]
    LimitedTravelTime,
    #[schemars(title = "Route with fewer students")]
    SmallerRoute,
    #[schemars(title = "Climate control")]
    ClimateControl,
    #[schemars(title = "Lift")]
    Lift,
    #[schemars(title = "Wheelchair accommodation")]
    Wheelchair,
    #[schemars(title = "Safety vest or car seat")]
    SafetyVest,
    #[schemars(title = "Oxygen")]
    Oxygen,
    #[schemars(title = "Ambulance")]
    Ambulance,
}

/// Another option the team considered and why it was rejected (L2631).
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct OtherOption {
    /// The option, e.g. "General education with SETSS".
    #[schemars(title = "Option")]
    pub option: String,
    /// Why it was rejected, specifically: not merely "too restrictive" (L2631).
    #[schemars(title = "Why rejected", extend("x-narrative" = true))]
    pub rejected_because: String,
}

/// Section 13: language, transportation and placement.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct Placement {
    /// For an ELL: ENL only or bilingual services (L2683).
    #[schemars(title = "Language determination (ELL)")]
    pub language_determination: Option<LanguageDetermination>,
    /// The language of instruction (L2647).
    #[schemars(title = "Language of instruction")]
    pub language_of_instruction: Option<LanguageCode>,
    /// Whether the student is exempt from the language-other-than-English requirement; must be
    /// indicated (L2535).
    #[schemars(title = "Exempt from the LOTE requirement")]
    pub lote_exempt: Option<bool>,
    /// DOE school, grades 3–8: standard or modified promotion criteria (L2629).
    #[schemars(title = "Promotion criteria")]
    pub promotion_criteria: Option<PromotionCriteria>,
    /// Whether the student needs special transportation (L2785).
    #[schemars(title = "Special transportation")]
    pub special_transportation: Option<bool>,
    #[schemars(title = "Transportation accommodations")]
    #[schemars(extend("x-when" = {"special_transportation": [true]}))]
    pub transportation_accommodations: Vec<TransportAccommodation>,
    /// Why, from the student's needs (never age or lack of an escort, L2803).
    #[schemars(title = "Transportation reason", extend("x-narrative" = true))]
    #[schemars(extend("x-when" = {"special_transportation": [true]}))]
    pub transportation_reason: String,
    /// Whether a medical condition or physical limitation affects school (L2627).
    #[schemars(title = "Medical condition affects school")]
    pub medical_condition: Option<bool>,
    /// Whether the student needs health treatment during the school day (L2627).
    #[schemars(title = "Health treatment during the school day")]
    pub health_treatment: Option<bool>,
    /// The placement recommendation: a setting type, not a school (L2547).
    #[schemars(title = "Placement recommendation")]
    pub recommendation: Option<PlacementKind>,
    /// Other options considered, each with a specific reason for rejection (L2631).
    #[schemars(title = "Other options considered")]
    pub other_options: Vec<OtherOption>,
    /// Projected date of initiation of the IEP (L2623).
    #[schemars(title = "Projected start of the IEP")]
    pub projected_initiation: Option<NaiveDate>,
    /// The placement is deferred, for the student's best interest only (L2617).
    #[schemars(title = "Placement deferred")]
    pub deferred: bool,
    /// A deferral needs the parent's written consent (L2617).
    #[schemars(title = "Parent's written consent to the deferral on")]
    #[schemars(extend("x-when" = {"deferred": [true]}))]
    pub deferral_consent_on: Option<NaiveDate>,
}
