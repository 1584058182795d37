//! Participation in State and district-wide assessments (SOPM L2517–L2527) and with students
//! without disabilities (L2531–L2533).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum AssessmentMode {
    #[schemars(title = "State and district assessments (with any testing accommodations)")]
    Standard,
    #[schemars(title = "New York State Alternate Assessment (NYSAA)")]
    Nysaa,
    #[schemars(title = "District alternate assessment (SANDI/FAST)")]
    DistrictAlternate,
}

impl AssessmentMode {
    pub fn is_alternate(self) -> bool {
        !matches!(self, Self::Standard)
    }
}

/// Section 11: participation in State and district-wide assessments.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct AssessmentParticipation {
    #[schemars(title = "Assessment")]
    pub mode: Option<AssessmentMode>,
    /// Alternate: why the student cannot take the regular assessment (L2517).
    #[schemars(title = "Why not the regular assessment", extend("x-narrative" = true))]
    #[schemars(extend("x-when" = {"mode": ["nysaa", "district_alternate"]}))]
    pub why_not_regular: String,
    /// Alternate: why the chosen alternate assessment is appropriate (L2517).
    #[schemars(title = "Why the alternate is appropriate", extend("x-narrative" = true))]
    #[schemars(extend("x-when" = {"mode": ["nysaa", "district_alternate"]}))]
    pub why_alternate: String,
    /// NYSAA criterion 1: severe cognitive disability with significant deficits in communication
    /// and language and in adaptive behavior (L2519).
    #[schemars(title = "Severe cognitive disability")]
    #[schemars(extend("x-when" = {"mode": ["nysaa"]}))]
    pub severe_cognitive_disability: bool,
    /// NYSAA criterion 2: a highly specialized program to transfer skills across settings (L2519).
    #[schemars(title = "Highly specialized program")]
    #[schemars(extend("x-when" = {"mode": ["nysaa"]}))]
    pub specialized_program: bool,
    /// NYSAA criterion 3: support systems (AT, personal care, health, behavioral) (L2519).
    #[schemars(title = "Support systems needed")]
    #[schemars(extend("x-when" = {"mode": ["nysaa"]}))]
    pub support_systems: bool,
}

/// Section 12: participation with students without disabilities.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct GenEdParticipation {
    /// The student takes part fully in general education: regular classes, extracurricular and
    /// nonacademic activities.
    #[schemars(title = "Participates fully")]
    pub full_participation: Option<bool>,
    /// The extent the student does not participate with peers without disabilities (L2531).
    #[schemars(title = "Extent of non-participation", extend("x-narrative" = true))]
    #[schemars(extend("x-when" = {"full_participation": [false]}))]
    pub extent_not_participating: String,
    /// Why the student is removed, for any removal, including pull-out services (L2531).
    #[schemars(title = "Justification for removal", extend("x-narrative" = true))]
    #[schemars(extend("x-when" = {"full_participation": [false]}))]
    pub removal_justification: String,
    /// Extent of participation in physical education when not in regular PE (L2533).
    #[schemars(title = "Physical education participation", extend("x-narrative" = true))]
    pub physical_education: String,
}
