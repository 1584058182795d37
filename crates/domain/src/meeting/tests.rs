//! Structural validation of a meeting record (not compliance: see `crate::compliance`).

use super::fixtures::*;
use super::*;

fn fields(err: DomainError) -> Vec<String> {
    match err {
        DomainError::Invalid(list) => list.into_iter().map(|e| e.field).collect(),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn a_well_formed_meeting_validates() {
    let s = student();
    assert!(annual_review(&s).validate().is_ok());
}

#[test]
fn errors_name_their_fields_and_come_back_together() {
    let s = student();
    let mut m = annual_review(&s);
    m.place = " ".into();
    m.meeting_type = MeetingType::Reconvene;
    m.participants[0].name.clear();
    m.participants[1].left_at = Some(t(2026, 3, 10, 11, 0));
    m.outreach.push(OutreachAttempt {
        channel: OutreachChannel::Phone,
        at: t(2026, 3, 1, 10, 0),
        contact_used: "".into(),
        outcome: OutreachOutcome::VoicemailLeft,
        notes: String::new(),
    });
    let f = fields(m.validate().unwrap_err());
    assert_eq!(
        f,
        [
            "place",
            "reconvenes",
            "participants[0].name",
            "participants[1].left_at",
            "outreach[0].contact_used"
        ]
    );
}

#[test]
fn reconvened_meeting_takes_the_original_type() {
    let s = student();
    let mut m = annual_review(&s);
    m.meeting_type = MeetingType::Reconvene;
    m.reconvenes = Some(MeetingType::Initial);
    let m = m.validate().unwrap();
    assert_eq!(m.effective_type(), MeetingType::Initial);
}

#[test]
fn left_before_joined_is_rejected() {
    let s = student();
    let mut m = annual_review(&s);
    m.participants[2].joined_at = Some(t(2026, 3, 10, 9, 30));
    m.participants[2].left_at = Some(t(2026, 3, 10, 9, 10));
    assert_eq!(
        fields(m.validate().unwrap_err()),
        ["participants[2].left_at"]
    );
}

#[test]
fn meeting_serializes_with_snake_case_changes() {
    let s = student();
    let mut m = annual_review(&s);
    m.proposed_changes
        .push(ProposedChange::StartParaprofessional);
    let json = serde_json::to_value(&m).unwrap();
    assert_eq!(
        json["proposed_changes"][0]["kind"],
        "start_paraprofessional"
    );
    let back: Meeting = serde_json::from_value(json).unwrap();
    assert_eq!(back, m);
}
