//! All findings for one IEP draft, with every finding's `field` written as the dotted path that
//! `EditField` takes (`meeting.participants.2.left_at`), so a screen can show each finding beside
//! the field it concerns and a wizard step can count its own.
//!
//! The meeting checks name fields relative to the meeting and with brackets
//! (`participants[2].left_at`); this module is the one place that turns them into content paths.
//! Content rules (goals, services, accommodations…) add their findings here too.

use super::content::{check_content, ContentCx, ContentSettings};
use super::{check_meeting_with, Ctx, Finding};
use crate::iep::IepContent;
use crate::student::Student;

/// The rule id of the finding that says the meeting has not been set up yet.
pub const NO_MEETING: &str = "meeting-not-recorded";

/// Every finding for an IEP's content: the meeting and its team, then the content rules.
pub fn check_iep(content: &IepContent, student: &Student, cx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    match &content.meeting {
        None => out.push(
            Finding::error(
                NO_MEETING,
                "L1169",
                "Record the IEP meeting: its type, date, place and who attended. An IEP is developed at a meeting of the team.",
            )
            .at("meeting"),
        ),
        Some(m) => out.extend(check_meeting_with(m, student, cx).into_iter().map(|f| within("meeting", f))),
    }
    out.extend(check_iep_content(content, student, cx, &ContentSettings::default()));
    out
}

/// The content rules alone, their fields already content paths. The reference date is the
/// meeting's date, or today before the meeting is recorded.
pub fn check_iep_content(content: &IepContent, student: &Student, cx: &Ctx, settings: &ContentSettings) -> Vec<Finding> {
    let on = content.meeting.as_ref().map_or(cx.today, |m| m.date());
    check_content(&ContentCx { content, student, on, rules: cx.rules, settings })
}

/// Re-roots a finding's field under `prefix`, in `EditField` path form. A finding without a
/// field concerns the whole section.
pub fn within(prefix: &str, mut f: Finding) -> Finding {
    f.field = Some(match f.field.take() {
        None => prefix.to_string(),
        Some(field) => format!("{prefix}.{}", edit_path(&field)),
    });
    f
}

/// `participants[2].left_at` → `participants.2.left_at`.
pub fn edit_path(field: &str) -> String {
    field.replace('[', ".").replace(']', "")
}

/// The findings that concern `path` or anything under it (`meeting` covers
/// `meeting.participants.0.role`).
pub fn under<'a>(findings: &'a [Finding], path: &'a str) -> impl Iterator<Item = &'a Finding> + 'a {
    findings.iter().filter(move |f| {
        f.field.as_deref().is_some_and(|p| p == path || p.strip_prefix(path).is_some_and(|rest| rest.starts_with('.')))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bracket_paths_become_edit_paths_under_the_section() {
        assert_eq!(edit_path("participants[2].left_at"), "participants.2.left_at");
        let f = within("meeting", Finding::error("x", "L1", "m").at("excusals[0].parent_agreement.on"));
        assert_eq!(f.field.as_deref(), Some("meeting.excusals.0.parent_agreement.on"));
        let g = within("meeting", Finding::warning("y", "L1", "m"));
        assert_eq!(g.field.as_deref(), Some("meeting"));
    }

    #[test]
    fn under_matches_whole_segments_only() {
        let fs = vec![
            Finding::error("a", "L1", "m").at("meeting.participants.1.role"),
            Finding::error("b", "L1", "m").at("meeting.participants_extra"),
            Finding::error("c", "L1", "m").at("meeting"),
        ];
        let ids: Vec<_> = under(&fs, "meeting.participants").map(|f| f.rule_id.as_str()).collect();
        assert_eq!(ids, ["a"]);
        assert_eq!(under(&fs, "meeting").count(), 3);
    }
}
