//! Required teachers at every moment of the meeting: L1497, L1529, L1565, L1571.

use super::*;

#[test]
fn special_education_teachers_may_take_turns() {
    // L1529: no one teacher must stay throughout, but one must be there at all times.
    let s = student();
    let mut m = annual_review(&s);
    m.participants[1].left_at = Some(t(2026, 3, 10, 9, 30));
    let mut second = person("T. Second", &[Role::SpecialEducationTeacher]);
    second.joined_at = Some(t(2026, 3, 10, 9, 30));
    m.participants.push(second);
    assert!(!fires(&m, &s, "special-education-teacher-continuous"));
    m.participants[4].joined_at = Some(t(2026, 3, 10, 9, 40));
    let f = findings(&m, &s);
    let gap = f
        .iter()
        .find(|f| f.rule_id == "special-education-teacher-continuous")
        .expect("fires");
    assert!(gap.message.contains("09:30 to 09:40"), "{}", gap.message);
}

#[test]
fn general_education_teacher_joined_late() {
    // L1565, L1571.
    let s = student();
    let mut m = annual_review(&s);
    m.participants[2].joined_at = Some(t(2026, 3, 10, 9, 5));
    assert!(fires(&m, &s, "general-education-teacher-continuous"));
    let tolerant = MeetingSettings {
        presence_tolerance_minutes: 5,
        ..Default::default()
    };
    assert!(findings_with(&m, &s, &tolerant).is_empty(), "M-5 tolerance");
}

#[test]
fn not_checked_before_the_meeting_ends() {
    let s = student();
    let mut m = annual_review(&s);
    m.ends_at = None;
    m.participants[2].left_at = Some(t(2026, 3, 10, 9, 5));
    assert!(!fires(&m, &s, "general-education-teacher-continuous"));
}
