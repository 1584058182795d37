//! Compliance tests by rule family. Each test cites the SOPM lines it implements; each finding has
//! a test that makes it fire and the fixture (a compliant annual review) shows it silent.

use super::*;
pub(crate) use crate::meeting::fixtures::*;
pub(crate) use crate::meeting::*;

mod composition;
mod excusals;
mod lead_times;
mod parent;
mod presence;
mod psychologist;

pub(crate) fn findings(m: &Meeting, s: &Student) -> Vec<Finding> {
    findings_with(m, s, &MeetingSettings::default())
}

pub(crate) fn findings_with(m: &Meeting, s: &Student, settings: &MeetingSettings) -> Vec<Finding> {
    let cx = Ctx {
        today: d(2026, 3, 10),
        calendars: CalendarSet::standard(),
        rules: &RuleSettings::default(),
        meeting: settings,
    };
    check_meeting_with(m, s, &cx)
}

pub(crate) fn ids(m: &Meeting, s: &Student) -> Vec<String> {
    findings(m, s).into_iter().map(|f| f.rule_id).collect()
}

pub(crate) fn fires(m: &Meeting, s: &Student, id: &str) -> bool {
    ids(m, s).iter().any(|x| x == id)
}

#[test]
fn the_fixture_is_compliant() {
    let s = student();
    assert_eq!(findings(&annual_review(&s), &s), vec![]);
}

#[test]
fn check_meeting_uses_default_settings() {
    let s = student();
    let m = annual_review(&s);
    assert!(check_meeting(
        &m,
        &s,
        d(2026, 3, 10),
        CalendarSet::standard(),
        &RuleSettings::default()
    )
    .is_empty());
}

#[test]
fn findings_carry_field_and_sopm_line() {
    let s = student();
    let mut m = annual_review(&s);
    m.participants.remove(0);
    let f = findings(&m, &s);
    assert_eq!(f[0].rule_id, "district-representative-required");
    assert_eq!(f[0].severity, Severity::Error);
    assert!(f[0].sopm.starts_with("L1181"));
    assert_eq!(f[0].field.as_deref(), Some("participants"));
    assert!(
        f[0].message.contains("district representative"),
        "{}",
        f[0].message
    );
}
