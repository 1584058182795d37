//! Measurable postsecondary goals and transition needs (SOPM L2061–L2107), required from the
//! transition-planning age (`RuleSettings::transition_planning_age`, 14 by default, L2061).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The postsecondary goal areas (L2061–L2069).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PostsecondaryArea {
    #[schemars(title = "Education and training")]
    EducationTraining,
    #[schemars(title = "Employment")]
    Employment,
    /// Only when appropriate (L2069).
    #[schemars(title = "Independent living")]
    IndependentLiving,
}

/// Age-appropriate transition assessments a goal is based on (L2081).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TransitionAssessment {
    #[schemars(title = "Vocational assessment (student, parent, teacher)")]
    Vocational,
    #[schemars(title = "Assessment of postsecondary education skills")]
    PostsecondaryEducationSkills,
    #[schemars(title = "Student or parent interview")]
    Interview,
    #[schemars(title = "Strength-based assessment")]
    StrengthBased,
    #[schemars(title = "Teacher observation")]
    TeacherObservation,
}

/// One measurable postsecondary goal.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct PostsecondaryGoal {
    /// Generated when the goal is added; annual goals link to it.
    #[schemars(title = "Goal id", extend("x-hidden" = true))]
    pub id: String,
    #[schemars(title = "Area")]
    pub area: Option<PostsecondaryArea>,
    /// What the student will do after high school, e.g. "After graduation, Sam will attend a
    /// 2-year college program in culinary arts."
    #[schemars(title = "Goal", extend("x-narrative" = true))]
    pub goal: String,
    /// The transition assessments the goal is based on (L2061).
    #[schemars(title = "Based on")]
    pub based_on: Vec<TransitionAssessment>,
    /// How the goal reflects the student's preferences and interests (L2061).
    #[schemars(title = "Student preferences and interests", extend("x-narrative" = true))]
    pub student_preferences: String,
}

/// Other transition needs the team considers (L2083–L2107).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TransitionNeed {
    #[schemars(title = "Adult help to travel in the community")]
    CommunityTravelHelp,
    #[schemars(title = "Functional reading and math instruction")]
    FunctionalAcademics,
    #[schemars(title = "Self-advocacy skills")]
    SelfAdvocacy,
    #[schemars(title = "Independent use of public transportation")]
    PublicTransportation,
    #[schemars(title = "Independent living skills")]
    IndependentLiving,
    #[schemars(title = "Coursework for a regular diploma")]
    DiplomaCoursework,
    #[schemars(title = "Career and technical education courses")]
    CareerTechnicalCourses,
}

/// Why transition planning starts before the transition age (L2073).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum EarlyTransitionReason {
    #[schemars(title = "The student has a clear goal")]
    ClearGoal,
    #[schemars(title = "The student needs more time")]
    NeedsMoreTime,
    #[schemars(title = "The parent asked")]
    ParentRequest,
}

/// Section 4: postsecondary goals and transition needs.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct Postsecondary {
    /// Why transition planning starts before the transition age, when it does (L2073).
    #[schemars(title = "Starting early because")]
    pub early_start: Option<EarlyTransitionReason>,
    #[schemars(title = "Postsecondary goals")]
    pub goals: Vec<PostsecondaryGoal>,
    /// When the postsecondary goals were last reviewed; at least once a year (L2061).
    #[schemars(title = "Goals last updated on")]
    pub updated_on: Option<NaiveDate>,
    /// Courses of study, e.g. "Regents coursework with a CTE sequence in culinary arts" (L2081).
    #[schemars(title = "Courses of study", extend("x-narrative" = true))]
    pub courses_of_study: String,
    #[schemars(title = "Other transition needs")]
    pub transition_needs: Vec<TransitionNeed>,
    /// Anything else about the transition needs.
    #[schemars(title = "Transition needs notes", extend("x-narrative" = true))]
    pub notes: String,
}
