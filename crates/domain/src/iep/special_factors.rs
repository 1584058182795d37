//! Special factors (SOPM L2033–L2057): the team considers every factor (L2047) and, where one
//! applies, records the follow-up it requires. `applies: None` means "not yet considered".

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Behavior that impedes learning (L2049).
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct BehaviorFactor {
    /// Does the student's behavior impede learning (theirs or others')?
    #[schemars(title = "Behavior impedes learning")]
    pub applies: Option<bool>,
    /// Date of the Functional Behavioral Assessment, when one was conducted.
    #[schemars(title = "FBA conducted on")]
    #[schemars(extend("x-when" = {"applies": [true]}))]
    pub fba_on: Option<NaiveDate>,
    /// Date of the Behavior Intervention Plan, when one was developed.
    #[schemars(title = "BIP developed on")]
    #[schemars(extend("x-when" = {"applies": [true]}))]
    pub bip_on: Option<NaiveDate>,
    /// Strategies, positive behavioral interventions and supports.
    #[schemars(title = "Notes", extend("x-narrative" = true))]
    #[schemars(extend("x-when" = {"applies": [true]}))]
    pub notes: String,
}

/// English Language Learner needs (L2053, L2033).
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct EllFactor {
    /// Is the student an ELL, or was the student evaluated bilingually?
    #[schemars(title = "Language needs apply")]
    pub applies: Option<bool>,
    #[schemars(title = "English Language Learner")]
    #[schemars(extend("x-when" = {"applies": [true]}))]
    pub is_ell: bool,
    #[schemars(title = "Evaluated bilingually")]
    #[schemars(extend("x-when" = {"applies": [true]}))]
    pub evaluated_bilingually: bool,
    /// The student's language needs as they relate to the IEP.
    #[schemars(title = "Language needs", extend("x-narrative" = true))]
    #[schemars(extend("x-when" = {"applies": [true]}))]
    pub language_needs: String,
}

/// Blindness or visual impairment (L2037, L2057).
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct VisionFactor {
    /// Is the student blind or visually impaired?
    #[schemars(title = "Blind or visually impaired")]
    pub applies: Option<bool>,
    /// Braille instruction and use is provided unless the team decides it is not appropriate.
    #[schemars(title = "Braille instruction")]
    #[schemars(extend("x-when" = {"applies": [true]}))]
    pub braille_instruction: Option<bool>,
    /// Why Braille is not appropriate, when the team so decides (L2037).
    #[schemars(title = "Why Braille is not appropriate", extend("x-narrative" = true))]
    #[schemars(extend("x-when" = {"applies": [true]}))]
    pub braille_not_appropriate_reason: String,
}

/// Deaf or hard of hearing (L2039).
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct HearingFactor {
    /// Is the student deaf or hard of hearing?
    #[schemars(title = "Deaf or hard of hearing")]
    pub applies: Option<bool>,
    /// The student's language and mode of communication, e.g. "American Sign Language".
    #[schemars(title = "Language and mode of communication")]
    #[schemars(extend("x-when" = {"applies": [true]}))]
    pub mode_of_communication: String,
    /// Opportunities for direct communication with peers and staff, and other communication needs.
    #[schemars(title = "Communication needs", extend("x-narrative" = true))]
    #[schemars(extend("x-when" = {"applies": [true]}))]
    pub communication_needs: String,
    /// The language of instruction.
    #[schemars(title = "Language of instruction")]
    #[schemars(extend("x-when" = {"applies": [true]}))]
    pub language_of_instruction: String,
}

/// Who needs training on the student's assistive technology.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TrainingRecipient {
    #[schemars(title = "Student")]
    Student,
    #[schemars(title = "Parent")]
    Parent,
    #[schemars(title = "Teacher")]
    Teacher,
    #[schemars(title = "Service provider")]
    Provider,
}

/// Assistive technology (L2043).
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct AtFactor {
    /// Does the student need assistive technology devices or services?
    #[schemars(title = "Needs assistive technology")]
    pub applies: Option<bool>,
    #[schemars(title = "Needs an AT device")]
    #[schemars(extend("x-when" = {"applies": [true]}))]
    pub needs_device: bool,
    #[schemars(title = "Needs an AT service")]
    #[schemars(extend("x-when" = {"applies": [true]}))]
    pub needs_service: bool,
    /// The school-purchased device is needed at home or elsewhere.
    #[schemars(title = "Device used at home or elsewhere")]
    #[schemars(extend("x-when" = {"applies": [true]}))]
    pub used_outside_school: bool,
    #[schemars(title = "Training needed for")]
    #[schemars(extend("x-when" = {"applies": [true]}))]
    pub training_for: Vec<TrainingRecipient>,
}

/// Section 3: special factors.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct SpecialFactors {
    #[schemars(title = "Behavior")]
    pub behavior: BehaviorFactor,
    #[schemars(title = "English Language Learner")]
    pub ell: EllFactor,
    #[schemars(title = "Blindness or visual impairment")]
    pub vision: VisionFactor,
    #[schemars(title = "Deaf or hard of hearing")]
    pub hearing: HearingFactor,
    #[schemars(title = "Assistive technology")]
    pub assistive_technology: AtFactor,
}

impl SpecialFactors {
    /// Each factor's field name with whether the team has considered it.
    pub fn considered(&self) -> [(&'static str, bool); 5] {
        [
            ("behavior", self.behavior.applies.is_some()),
            ("ell", self.ell.applies.is_some()),
            ("vision", self.vision.applies.is_some()),
            ("hearing", self.hearing.applies.is_some()),
            (
                "assistive_technology",
                self.assistive_technology.applies.is_some(),
            ),
        ]
    }
}
