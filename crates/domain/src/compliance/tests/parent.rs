//! Notice (L1325, L1451), outreach before meeting without the parent (L1349–1353), interpreter
//! (L1433, L1723), the student's invitation (L1683).

use super::*;
use crate::language::LanguageCode;

#[test]
fn notice_at_least_seven_days_before() {
    // L1325 via catalog `notice-of-iep-meeting`: due Mar 3 for Mar 10.
    let s = student();
    let mut m = annual_review(&s);
    m.notice_sent_on = Some(d(2026, 3, 3));
    assert!(findings(&m, &s).is_empty());
    m.notice_sent_on = Some(d(2026, 3, 4));
    assert!(fires(&m, &s, "notice-of-meeting-late"));
    m.notice_sent_on = None;
    assert!(
        fires(&m, &s, "notice-of-meeting-late"),
        "today (Mar 10) is past the due date"
    );
}

#[test]
fn notice_not_yet_due_is_a_warning() {
    let s = student();
    let mut m = annual_review(&s);
    m.notice_sent_on = None;
    let cx = Ctx {
        today: d(2026, 2, 20),
        calendars: CalendarSet::standard(),
        rules: &RuleSettings::default(),
        meeting: &MeetingSettings::default(),
    };
    let f = check_meeting_with(&m, &s, &cx);
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].rule_id.as_str(), f[0].severity),
        ("notice-of-meeting-not-sent", Severity::Warning)
    );
}

fn call(day: u32, h: u32, outcome: OutreachOutcome) -> OutreachAttempt {
    OutreachAttempt {
        channel: OutreachChannel::Phone,
        at: t(2026, 3, day, h, 0),
        contact_used: "212-555-0100".into(),
        outcome,
        notes: String::new(),
    }
}

fn letter(channel: OutreachChannel) -> OutreachAttempt {
    OutreachAttempt {
        channel,
        at: t(2026, 3, 4, 15, 0),
        contact_used: "10 Main St".into(),
        outcome: OutreachOutcome::Sent,
        notes: String::new(),
    }
}

fn without_parent(s: &Student) -> Meeting {
    let mut m = annual_review(s);
    m.participants.retain(|p| !p.has(Role::Parent));
    m.outreach = vec![
        call(2, 10, OutreachOutcome::VoicemailLeft),
        call(3, 18, OutreachOutcome::VoicemailLeft),
        letter(OutreachChannel::LetterByMail),
    ];
    m
}

#[test]
fn outreach_complete_lets_the_meeting_proceed() {
    let s = student();
    assert!(findings(&without_parent(&s), &s).is_empty());
}

#[test]
fn two_calls_at_different_times() {
    // L1349; M-3: same day within two hours is not "different times".
    let s = student();
    let mut m = without_parent(&s);
    m.outreach[1] = call(2, 11, OutreachOutcome::VoicemailLeft);
    assert!(fires(&m, &s, "parent-outreach-phone"));
    m.outreach.remove(1);
    assert!(fires(&m, &s, "parent-outreach-phone"));
}

#[test]
fn follow_up_letter_by_mail() {
    // L1353.
    let s = student();
    let mut m = without_parent(&s);
    m.outreach.pop();
    assert!(fires(&m, &s, "parent-outreach-letter"));
}

#[test]
fn letter_home_when_no_phone_or_no_voicemail() {
    // L1353.
    let s = student();
    let mut m = without_parent(&s);
    m.outreach[0].outcome = OutreachOutcome::NoAnswerNoVoicemail;
    m.outreach[1].outcome = OutreachOutcome::NoAnswerNoVoicemail;
    assert!(fires(&m, &s, "parent-outreach-letter-home"));
    m.outreach
        .push(letter(OutreachChannel::LetterHomeWithStudent));
    assert!(findings(&m, &s).is_empty());
    let mut m = without_parent(&s);
    m.parent_has_phone = false;
    m.outreach.drain(0..2);
    assert_eq!(ids(&m, &s), ["parent-outreach-letter-home"]);
}

#[test]
fn interpreter_for_a_non_english_speaking_parent() {
    // L1433, L1723.
    let mut s = student();
    s.parent_language = LanguageCode::parse("es").unwrap();
    let mut m = annual_review(&s);
    assert!(fires(&m, &s, "interpreter-required"));
    m.interpreter = Some(Interpreter {
        name: "I. Terp".into(),
        language: LanguageCode::parse("bn").unwrap(),
        sign_language: false,
    });
    assert!(fires(&m, &s, "interpreter-language-mismatch"));
    m.interpreter.as_mut().unwrap().language = LanguageCode::parse("es").unwrap();
    assert!(findings(&m, &s).is_empty());
}

#[test]
fn sign_language_interpreter() {
    // L1433.
    let s = student();
    let mut m = annual_review(&s);
    m.parent_needs_sign_language = true;
    assert!(fires(&m, &s, "interpreter-required"));
}

#[test]
fn student_invited_from_fourteen() {
    // L1683 via catalog `student-invitation`: 14th birthday Mar 10, 2026 is the meeting day.
    let mut s = student();
    s.date_of_birth = d(2012, 3, 10);
    let mut m = annual_review(&s);
    assert!(fires(&m, &s, "student-invitation-required"));
    m.student_invitation = Some(StudentInvitation {
        sent_on: d(2026, 2, 27),
        parent_consulted: false,
    });
    assert!(findings(&m, &s).is_empty());
    s.date_of_birth = d(2012, 3, 11);
    m.student_invitation = None;
    assert!(findings(&m, &s).is_empty(), "13 on the meeting day");
}
