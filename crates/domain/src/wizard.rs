//! The IEP meeting wizard's steps: the sections of the New York State mandatory IEP form, in the
//! form's order, preceded by the meeting itself and followed by the summary. A step's status is
//! derived from the IEP's content, never stored.

use crate::iep::{Iep, IepStatus, PresentLevels};
use serde::Serialize;
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

/// (id, title, SOPM lines, available)
const STEPS: &[(&str, &str, &str, bool)] = &[
    ("meeting", "IEP meeting and team", "L1169–L1560", false),
    ("evaluation", "Evaluation results and eligibility", "L1561–L1990", false),
    ("present_levels", "Present levels of performance", "L1993–L2057", true),
    ("special_factors", "Special factors", "L2033–L2057", false),
    ("postsecondary", "Postsecondary goals and transition needs", "L2061–L2107", false),
    ("annual_goals", "Annual goals", "L2109–L2139", false),
    ("progress_reporting", "Reporting progress to parents", "L2143", false),
    ("programs_services", "Programs and services", "L2147–L2405", false),
    ("twelve_month", "12-month services", "L2639–L2680", false),
    ("testing_accommodations", "Testing accommodations", "L2409–L2450", false),
    ("transition_activities", "Coordinated transition activities", "L2451–L2480", false),
    ("assessment_participation", "State and district-wide assessments", "L2481–L2520", false),
    ("gen_ed_participation", "Participation with students without disabilities", "L2521–L2540", false),
    ("placement", "Language, transportation and placement", "L2541–L2638", false),
    ("finalize", "Summary and finalize", "L2625", false),
];

/// The wizard's steps with their status for this IEP.
pub fn steps(iep: &Iep) -> Vec<WizardStep> {
    STEPS
        .iter()
        .map(|(id, title, sopm, available)| WizardStep {
            id: id.to_string(),
            title: title.to_string(),
            sopm: sopm.to_string(),
            available: *available,
            status: status(id, iep),
        })
        .collect()
}

fn status(step: &str, iep: &Iep) -> StepStatus {
    match step {
        "present_levels" => {
            match iep.content.present_levels.filled() {
                0 => StepStatus::NotStarted,
                n if n == PresentLevels::COMPONENTS.len() => StepStatus::Complete,
                _ if !matches!(iep.status, IepStatus::Draft) => StepStatus::Blocked,
                _ => StepStatus::InProgress,
            }
        }
        _ => StepStatus::NotStarted,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{StartIepDraft, StudentId};
    use serde_json::json;

    fn pl_status(iep: &Iep) -> StepStatus {
        steps(iep).into_iter().find(|s| s.id == "present_levels").unwrap().status
    }

    #[test]
    fn steps_follow_the_state_form_order() {
        let iep = StartIepDraft { student_id: StudentId::new() }.start(1).0;
        let ids: Vec<_> = steps(&iep).into_iter().map(|s| s.id).collect();
        assert_eq!(ids.first().map(String::as_str), Some("meeting"));
        assert_eq!(ids.last().map(String::as_str), Some("finalize"));
        let pos = |id: &str| ids.iter().position(|s| s == id).unwrap();
        assert!(pos("present_levels") < pos("annual_goals"));
        assert!(pos("annual_goals") < pos("programs_services"));
        assert!(pos("testing_accommodations") < pos("placement"));
    }

    #[test]
    fn present_levels_status_follows_content() {
        let mut iep = StartIepDraft { student_id: StudentId::new() }.start(1).0;
        assert_eq!(pl_status(&iep), StepStatus::NotStarted);
        iep.edit("present_levels.social_development", json!("text")).unwrap();
        assert_eq!(pl_status(&iep), StepStatus::InProgress);
        iep.edit("present_levels.social_development", json!("  ")).unwrap();
        assert_eq!(pl_status(&iep), StepStatus::NotStarted);
        for c in PresentLevels::COMPONENTS {
            iep.edit(&format!("present_levels.{c}"), json!("text")).unwrap();
        }
        assert_eq!(pl_status(&iep), StepStatus::Complete);
    }
}
