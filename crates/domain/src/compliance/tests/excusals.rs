//! Excusal of a required member: L1725, L1737, L1739, L1747, L1749 (fn54). Lead times from the
//! catalog's `excusal-request` and `excusal-summary` rules (Mar 5 for a Mar 10 meeting).

use super::*;

/// The gen-ed teacher excused on the standard path; the area will not be discussed.
fn excused(s: &Student) -> Meeting {
    let mut m = annual_review(s);
    m.participants
        .retain(|p| !p.has(Role::GeneralEducationTeacher));
    m.excusals.push(ExcusalRequest {
        member_role: Role::GeneralEducationTeacher,
        member_name: "G. General".into(),
        initiated_by: ExcusalInitiator::DistrictRepresentative,
        area_discussed: false,
        parts: None,
        sent_to_parent_on: Some(d(2026, 3, 2)),
        parent_agreement: Some(ParentAgreement {
            channel: AgreementChannel::Email,
            on: d(2026, 3, 4),
        }),
        written_input_on: None,
        summary_to_parent_on: None,
        emergency_reason: None,
        reschedule_right_notified_on: None,
    });
    m
}

#[test]
fn a_valid_excusal_covers_the_missing_member() {
    let s = student();
    assert_eq!(findings(&excused(&s), &s), vec![]);
}

#[test]
fn no_excusal_at_an_initial_meeting() {
    // L1725.
    let s = student();
    let mut m = excused(&s);
    m.meeting_type = MeetingType::Initial;
    let ids = ids(&m, &s);
    assert!(ids.contains(&"excusal-initial-meeting".into()));
    assert!(
        ids.contains(&"general-education-teacher-required".into()),
        "the member is still missing"
    );
}

#[test]
fn parent_and_student_cannot_be_excused() {
    // L1725.
    let s = student();
    let mut m = excused(&s);
    m.excusals[0].member_role = Role::Parent;
    assert!(fires(&m, &s, "excusal-member-not-excusable"));
}

#[test]
fn only_the_district_representative_or_parent_may_initiate() {
    // L1725.
    let s = student();
    let mut m = excused(&s);
    m.excusals[0].initiated_by = ExcusalInitiator::Other;
    assert!(fires(&m, &s, "excusal-initiator"));
}

#[test]
fn written_agreement_before_the_meeting() {
    // L1725, L1737.
    let s = student();
    let mut m = excused(&s);
    m.excusals[0].parent_agreement = None;
    assert!(fires(&m, &s, "excusal-parent-agreement-missing"));
    m.excusals[0].parent_agreement = Some(ParentAgreement {
        channel: AgreementChannel::SignedRequest,
        on: d(2026, 3, 11),
    });
    assert!(fires(&m, &s, "excusal-parent-agreement-missing"));
}

#[test]
fn email_agreement_only_when_the_area_is_not_discussed() {
    // fn54 L1749.
    let s = student();
    let mut m = excused(&s);
    m.excusals[0].area_discussed = true;
    m.excusals[0].summary_to_parent_on = Some(d(2026, 3, 3));
    assert_eq!(
        ids(&m, &s),
        [
            "general-education-teacher-required",
            "excusal-email-agreement"
        ]
    );
    m.excusals[0].parent_agreement = Some(ParentAgreement {
        channel: AgreementChannel::SignedRequest,
        on: d(2026, 3, 4),
    });
    assert!(findings(&m, &s).is_empty());
}

#[test]
fn request_must_be_sent() {
    // L1737.
    let s = student();
    let mut m = excused(&s);
    m.excusals[0].sent_to_parent_on = None;
    assert!(fires(&m, &s, "excusal-request-not-sent"));
}

#[test]
fn summary_must_reach_the_parent_five_days_ahead() {
    // L1737: sent Mar 6, after the Mar 5 `excusal-summary` date.
    let s = student();
    let mut m = excused(&s);
    m.excusals[0].area_discussed = true;
    m.excusals[0].parent_agreement = Some(ParentAgreement {
        channel: AgreementChannel::SignedRequest,
        on: d(2026, 3, 4),
    });
    m.excusals[0].summary_to_parent_on = Some(d(2026, 3, 6));
    let f = findings(&m, &s);
    assert_eq!(
        f.iter().map(|f| f.rule_id.as_str()).collect::<Vec<_>>(),
        ["general-education-teacher-required", "excusal-summary-late"]
    );
    assert!(f[1].message.contains("2026-03-05"), "{}", f[1].message);
}

#[test]
fn late_request_needs_reschedule_right_and_reason() {
    // L1739: request Mar 7, inside five days.
    let s = student();
    let mut m = excused(&s);
    m.excusals[0].sent_to_parent_on = Some(d(2026, 3, 7));
    m.excusals[0].parent_agreement = Some(ParentAgreement {
        channel: AgreementChannel::SignedRequest,
        on: d(2026, 3, 8),
    });
    let ids = ids(&m, &s);
    assert!(ids.contains(&"excusal-late-reschedule-right".into()));
    assert!(ids.contains(&"excusal-late-reason-missing".into()));
    m.excusals[0].reschedule_right_notified_on = Some(d(2026, 3, 7));
    m.excusals[0].emergency_reason = Some("Teacher hospitalized".into());
    assert!(findings(&m, &s).is_empty());
}

#[test]
fn late_path_with_area_discussed_needs_written_input_or_adjournment() {
    // L1739, L1747: parent-initiated, area discussed, no written input.
    let s = student();
    let mut m = excused(&s);
    m.excusals[0].initiated_by = ExcusalInitiator::Parent;
    m.excusals[0].sent_to_parent_on = None;
    m.excusals[0].area_discussed = true;
    m.excusals[0].parent_agreement = Some(ParentAgreement {
        channel: AgreementChannel::SignedRequest,
        on: d(2026, 3, 9),
    });
    assert!(fires(&m, &s, "excusal-written-input-missing"));
    m.excusals[0].written_input_on = Some(d(2026, 3, 9));
    assert!(findings(&m, &s).is_empty());
}
