//! Coordinated set of transition activities (SOPM L2489–L2509), from the transition age.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Transition activity areas (L2489–L2507).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TransitionArea {
    #[schemars(title = "Instruction")]
    Instruction,
    #[schemars(title = "Related services")]
    RelatedServices,
    #[schemars(title = "Community experiences")]
    CommunityExperiences,
    #[schemars(title = "Employment and other post-school adult living objectives")]
    EmploymentAdultLiving,
    #[schemars(title = "Acquisition of daily living skills")]
    DailyLivingSkills,
    #[schemars(title = "Functional vocational assessment")]
    FunctionalVocationalAssessment,
}

/// One transition activity.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct TransitionActivity {
    #[schemars(title = "Area")]
    pub area: Option<TransitionArea>,
    /// A specific activity, e.g. "Two semesters of CTE culinary arts" (L2507).
    #[schemars(title = "Activity", extend("x-narrative" = true))]
    pub activity: String,
    /// A staff role or title, or a named outside agency; "student", "parent" or "family" alone
    /// is not enough (L2507).
    #[schemars(title = "Responsible (role or agency)")]
    pub responsible: String,
    /// The responsible party is an outside agency.
    #[schemars(title = "Outside agency")]
    pub outside_agency: bool,
    /// An outside agency is invited only with the parent's consent (L2507).
    #[schemars(title = "Parent consented to invite the agency")]
    pub parent_consent_to_invite: bool,
    /// When it starts, if not on the IEP's start date (L2507).
    #[schemars(title = "Starts on")]
    pub starts_on: Option<NaiveDate>,
}

/// Section 10: coordinated transition activities.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct TransitionActivities {
    #[schemars(title = "Activities")]
    pub activities: Vec<TransitionActivity>,
    /// Whether a functional vocational assessment is needed; must be indicated (L2507).
    #[schemars(title = "Functional vocational assessment needed")]
    pub functional_vocational_assessment_needed: Option<bool>,
}
