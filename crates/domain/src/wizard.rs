//! The IEP meeting wizard's steps: the sections of the New York State mandatory IEP form, in the
//! form's order, preceded by the meeting itself and followed by the summary. A step's status is
//! derived from the IEP's content and its findings, never stored.
//!
//! - `not_required`: transition steps before the transition age (unless started early, L2073);
//! - `not_started`: the section is still empty;
//! - `complete`: started, and no blocking finding under the section's path;
//! - `in_progress`: started, and every blocking finding points at a field still empty (something
//!   left to fill in);
//! - `blocked`: a blocking finding points at a field that has a value, or at the section as a
//!   whole (a rule the entries break, e.g. a need no goal addresses).

use crate::calendar::CalendarSet;
use crate::compliance::content::transition_required;
use crate::compliance::iep::under;
use crate::compliance::{check_iep, Ctx, Finding, MeetingSettings};
use crate::iep::{Iep, IepContent, IepStatus};
use crate::rules::RuleSettings;
use crate::student::Student;
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    NotStarted,
    InProgress,
    Complete,
    /// Has findings that block finalizing.
    Blocked,
    /// Not required for this student (e.g. transition sections before age 14).
    NotRequired,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct WizardStep {
    pub id: String,
    pub title: String,
    /// Where the manual describes this section.
    pub sopm: String,
    /// Whether this version of IEP Desk has the step's screen yet.
    pub available: bool,
    pub status: StepStatus,
}

/// (id, title, SOPM lines). Every id but `finalize` is a field of `IepContent`.
const STEPS: &[(&str, &str, &str)] = &[
    ("meeting", "IEP meeting and team", "L1169–L1560"),
    (
        "evaluation",
        "Evaluation results and eligibility",
        "L1561–L1990",
    ),
    (
        "present_levels",
        "Present levels of performance",
        "L1993–L2035",
    ),
    ("special_factors", "Special factors", "L2033–L2057"),
    (
        "postsecondary",
        "Postsecondary goals and transition needs",
        "L2061–L2107",
    ),
    ("annual_goals", "Annual goals", "L2109–L2139"),
    (
        "progress_reporting",
        "Reporting progress to parents",
        "L2143",
    ),
    ("programs_services", "Programs and services", "L2147–L2405"),
    ("twelve_month", "12-month services", "L2639–L2645"),
    (
        "testing_accommodations",
        "Testing accommodations",
        "L2419–L2487",
    ),
    (
        "transition_activities",
        "Coordinated transition activities",
        "L2489–L2509",
    ),
    (
        "assessment_participation",
        "State and district-wide assessments",
        "L2517–L2527",
    ),
    (
        "gen_ed_participation",
        "Participation with students without disabilities",
        "L2531–L2533",
    ),
    (
        "placement",
        "Language, transportation and placement",
        "L2535–L2631",
    ),
    ("finalize", "Summary and finalize", "L2625–L2631"),
];

/// The content sections, in wizard order (every step but `finalize`).
pub const SECTION_IDS: [&str; 14] = [
    "meeting",
    "evaluation",
    "present_levels",
    "special_factors",
    "postsecondary",
    "annual_goals",
    "progress_reporting",
    "programs_services",
    "twelve_month",
    "testing_accommodations",
    "transition_activities",
    "assessment_participation",
    "gen_ed_participation",
    "placement",
];

/// Steps required only from the transition age.
const TRANSITION_STEPS: [&str; 2] = ["postsecondary", "transition_activities"];

/// The wizard's steps with their status for this IEP. `findings` are the IEP's findings
/// (`compliance::check_iep`); `transition_required` whether the student reaches the transition age
/// while this IEP is in effect (`compliance::content::transition_required`).
pub fn steps(iep: &Iep, findings: &[Finding], transition_required: bool) -> Vec<WizardStep> {
    let tree = serde_json::to_value(&iep.content).expect("content serializes");
    let blank = serde_json::to_value(IepContent::default()).expect("content serializes");
    let transition_expected =
        transition_required || iep.content.postsecondary.early_start.is_some();
    STEPS
        .iter()
        .map(|(id, title, sopm)| {
            let status = if *id == "finalize" {
                finalize_status(iep, findings)
            } else if TRANSITION_STEPS.contains(id) && !transition_expected {
                StepStatus::NotRequired
            } else {
                section_status(id, &tree, &blank, findings)
            };
            WizardStep {
                id: id.to_string(),
                title: title.to_string(),
                sopm: sopm.to_string(),
                available: true,
                status,
            }
        })
        .collect()
}

/// [`steps`] with the findings computed here: on `today`, with the shipped calendars and the
/// default settings, as `App` does.
pub fn steps_for(iep: &Iep, student: &Student, today: NaiveDate) -> Vec<WizardStep> {
    let rules = RuleSettings::default();
    let meeting = MeetingSettings::default();
    let cx = Ctx {
        today,
        calendars: CalendarSet::standard(),
        rules: &rules,
        meeting: &meeting,
    };
    let findings = check_iep(&iep.content, student, &cx);
    steps_given(iep, student, today, &findings)
}

/// [`steps`] for findings the caller has already computed (the API sends them to the screen too).
pub fn steps_given(iep: &Iep, student: &Student, today: NaiveDate, findings: &[Finding]) -> Vec<WizardStep> {
    let on = iep.content.meeting.as_ref().map_or(today, |m| m.date());
    steps(
        iep,
        findings,
        transition_required(student.date_of_birth, on, &RuleSettings::default()),
    )
}

fn section_status(id: &str, tree: &Value, blank: &Value, findings: &[Finding]) -> StepStatus {
    if tree.get(id) == blank.get(id) {
        return StepStatus::NotStarted;
    }
    let blocking: Vec<&Finding> = under(findings, id).filter(|f| f.blocks()).collect();
    if blocking.is_empty() {
        StepStatus::Complete
    } else if blocking.iter().all(|f| {
        f.field
            .as_deref()
            .is_some_and(|p| p != id && is_empty_at(tree, p))
    }) {
        StepStatus::InProgress
    } else {
        StepStatus::Blocked
    }
}

fn finalize_status(iep: &Iep, findings: &[Finding]) -> StepStatus {
    if !matches!(iep.status, IepStatus::Draft) {
        StepStatus::Complete
    } else if findings.iter().any(Finding::blocks) {
        StepStatus::Blocked
    } else {
        StepStatus::NotStarted
    }
}

/// Whether the value at a dotted path is missing or empty (null, "", [], false).
fn is_empty_at(tree: &Value, path: &str) -> bool {
    match tree.pointer(&format!("/{}", path.replace('.', "/"))) {
        None | Some(Value::Null) | Some(Value::Bool(false)) => true,
        Some(Value::String(s)) => s.trim().is_empty(),
        Some(Value::Array(a)) => a.is_empty(),
        Some(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compliance::Severity;
    use crate::{StartIepDraft, StudentId};
    use serde_json::json;

    fn draft() -> Iep {
        StartIepDraft {
            student_id: StudentId::new(),
        }
        .start(1)
        .0
    }

    fn status_of(iep: &Iep, findings: &[Finding], transition: bool, id: &str) -> StepStatus {
        steps(iep, findings, transition)
            .into_iter()
            .find(|s| s.id == id)
            .unwrap()
            .status
    }

    #[test]
    fn steps_follow_the_state_form_order_and_are_all_available() {
        let all = steps(&draft(), &[], false);
        let ids: Vec<_> = all.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids.first(), Some(&"meeting"));
        assert_eq!(ids.last(), Some(&"finalize"));
        assert_eq!(ids[..14], SECTION_IDS);
        assert!(all.iter().all(|s| s.available));
        let pos = |id: &str| ids.iter().position(|s| *s == id).unwrap();
        assert!(pos("present_levels") < pos("annual_goals"));
        assert!(pos("annual_goals") < pos("programs_services"));
        assert!(pos("testing_accommodations") < pos("placement"));
    }

    #[test]
    fn status_follows_content_and_findings() {
        let mut iep = draft();
        assert_eq!(
            status_of(&iep, &[], false, "present_levels"),
            StepStatus::NotStarted
        );
        iep.edit("present_levels.social_development", json!("text"))
            .unwrap();
        let missing = vec![Finding::error("plop-component-missing", "L1993", "m")
            .at("present_levels.physical_development")];
        assert_eq!(
            status_of(&iep, &missing, false, "present_levels"),
            StepStatus::InProgress
        );
        let broken = vec![Finding::error("x", "L1", "m").at("present_levels.social_development")];
        assert_eq!(
            status_of(&iep, &broken, false, "present_levels"),
            StepStatus::Blocked
        );
        let warning = vec![Finding::warning("y", "L1", "m").at("present_levels.parent_concerns")];
        assert_eq!(warning[0].severity, Severity::Warning);
        assert_eq!(
            status_of(&iep, &warning, false, "present_levels"),
            StepStatus::Complete
        );
        iep.edit("present_levels.social_development", json!(""))
            .unwrap();
        assert_eq!(
            status_of(&iep, &missing, false, "present_levels"),
            StepStatus::NotStarted
        );
    }

    #[test]
    fn transition_steps_are_not_required_before_the_age_unless_started_early() {
        let mut iep = draft();
        assert_eq!(
            status_of(&iep, &[], false, "postsecondary"),
            StepStatus::NotRequired
        );
        assert_eq!(
            status_of(&iep, &[], true, "transition_activities"),
            StepStatus::NotStarted
        );
        iep.edit("postsecondary.early_start", json!("parent_request"))
            .unwrap();
        assert_eq!(
            status_of(&iep, &[], false, "postsecondary"),
            StepStatus::Complete
        );
    }

    #[test]
    fn finalize_step_is_blocked_by_any_blocking_finding() {
        let iep = draft();
        assert_eq!(
            status_of(
                &iep,
                &[Finding::error("a", "L1", "m").at("placement.recommendation")],
                false,
                "finalize"
            ),
            StepStatus::Blocked
        );
        assert_eq!(
            status_of(&iep, &[], false, "finalize"),
            StepStatus::NotStarted
        );
    }
}
