//! Measurable annual goals (SOPM L2109–L2139): each names the need it addresses, the skill, the
//! condition, the criterion, the method and the schedule of measurement; short-term objectives
//! or benchmarks when required (State alternate assessment, L2133) or chosen.

use super::common::NeedArea;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How progress toward the goal is measured (L2119).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum GoalMethod {
    #[schemars(title = "Teacher or provider observation")]
    Observation,
    #[schemars(title = "Work samples")]
    WorkSamples,
    #[schemars(title = "Curriculum-based measurement")]
    CurriculumBasedMeasurement,
    #[schemars(title = "Teacher-made tests")]
    TeacherTests,
    #[schemars(title = "Data chart or tally")]
    DataCollection,
    #[schemars(title = "Rubric")]
    Rubric,
    #[schemars(title = "Checklist")]
    Checklist,
    #[schemars(title = "Standardized assessment")]
    StandardizedAssessment,
    #[schemars(title = "Running records")]
    RunningRecords,
}

/// When progress toward the goal is measured (L2123).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum GoalSchedule {
    #[schemars(title = "Daily")]
    Daily,
    #[schemars(title = "Weekly")]
    Weekly,
    #[schemars(title = "Every two weeks")]
    Biweekly,
    #[schemars(title = "Monthly")]
    Monthly,
    #[schemars(title = "Each marking period")]
    MarkingPeriod,
}

/// Which kind of intermediate steps a goal has (L2133); one kind per goal.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    TS,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ObjectiveKind {
    #[default]
    #[schemars(title = "None")]
    None,
    /// Intermediate skills or steps that break the goal into parts (L2139).
    #[schemars(title = "Short-term objectives")]
    ShortTermObjectives,
    /// Major milestones tied to parts of the year, usually the reporting periods (L2139).
    #[schemars(title = "Benchmarks")]
    Benchmarks,
}

/// A short-term objective or a benchmark.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct Objective {
    /// The step or milestone, measurable, e.g. "By January, read 80 words per minute".
    #[schemars(title = "Objective or benchmark")]
    pub text: String,
    /// When it should be reached (benchmarks usually line up with progress reports).
    #[schemars(title = "By")]
    pub by: Option<NaiveDate>,
}

/// One measurable annual goal.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct AnnualGoal {
    /// Generated when the goal is added; services link to it.
    #[schemars(title = "Goal id", extend("x-hidden" = true))]
    pub id: String,
    /// The goal-bank entry this goal started from, if any (the documents translate by it).
    #[schemars(title = "Goal bank entry", extend("x-hidden" = true))]
    pub bank_id: Option<String>,
    /// The area of need the goal addresses (L2113).
    #[schemars(title = "Area of need")]
    pub need_area: Option<NeedArea>,
    /// The needs from the present levels that this goal addresses.
    #[schemars(
        title = "Needs addressed",
        extend("x-ref" = "present_levels.needs", "x-ref-label" = "description")
    )]
    pub need_ids: Vec<String>,
    /// What the student will do, skill-based and achievable within a year (L2113), e.g. "will
    /// read grade-level text aloud at 110 words per minute".
    #[schemars(title = "Skill")]
    pub skill: String,
    /// Under what conditions, e.g. "Given a grade-level passage".
    #[schemars(title = "Condition")]
    pub condition: String,
    /// How well and over what period, e.g. "85% accuracy over five consecutive trials" (L2115).
    #[schemars(title = "Criterion")]
    pub criterion: String,
    /// How progress is measured (L2119).
    #[schemars(title = "Method of measurement")]
    pub method: Option<GoalMethod>,
    /// When progress is measured (L2123).
    #[schemars(title = "Schedule of measurement")]
    pub schedule: Option<GoalSchedule>,
    #[schemars(title = "Objectives or benchmarks")]
    pub objective_kind: ObjectiveKind,
    /// The short-term objectives or benchmarks, of the kind chosen above.
    #[schemars(
        title = "Steps",
        extend("x-when" = {"objective_kind": ["short_term_objectives", "benchmarks"]})
    )]
    pub objectives: Vec<Objective>,
    /// The postsecondary goal this goal supports (from age 14, L2113).
    #[schemars(
        title = "Supports postsecondary goal",
        extend("x-ref" = "postsecondary.goals", "x-ref-label" = "goal")
    )]
    pub postsecondary_goal_id: Option<String>,
}

impl AnnualGoal {
    /// The goal as one sentence, for summaries: "Given …, the student will … with …".
    pub fn sentence(&self) -> String {
        [
            self.condition.trim(),
            self.skill.trim(),
            self.criterion.trim(),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
    }
}

/// Section 5: annual goals.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct AnnualGoals {
    #[schemars(title = "Annual goals")]
    pub goals: Vec<AnnualGoal>,
}

/// How progress is reported to parents (L2143).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ReportMethod {
    #[schemars(title = "Written progress report")]
    WrittenReport,
    #[schemars(title = "Parent-teacher conference")]
    Conference,
    #[schemars(title = "Phone call")]
    Phone,
    #[schemars(title = "Email")]
    Email,
}

/// Section 6: reporting progress to parents (L2143).
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct ProgressReporting {
    /// How progress reports reach the parent.
    #[schemars(title = "How")]
    pub methods: Vec<ReportMethod>,
    /// Reports per school year; at least as often as report cards (L2143).
    #[schemars(title = "Reports per year", range(min = 1, max = 52))]
    pub times_per_year: Option<u8>,
    /// Reports go out at the same times as general-education report cards (L2143).
    #[schemars(title = "At report-card times")]
    pub with_report_cards: bool,
}
