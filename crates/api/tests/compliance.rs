//! Live findings on the IEP screen and the student's compliance panel, on fixed dates.

use chrono::NaiveDate;
use iepdesk_api::domain::compliance::case::DeadlineStatus;
use iepdesk_api::domain::compliance::Severity;
use iepdesk_api::domain::rules::Trigger;
use iepdesk_api::{ApiErrorKind, App, NewCaseEvent};
use iepdesk_domain::{
    CreateStudent, EditField, IepId, NewUserProfile, Role, StartIepDraft, Student,
};
use serde_json::json;
use tempfile::TempDir;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn setup() -> (TempDir, App, Student) {
    let dir = TempDir::new().unwrap();
    let app = App::open(dir.path().join("db.sqlite3")).unwrap();
    app.create_profile(NewUserProfile {
        name: "Casey Compliance".into(),
        role: Role::CaseManager,
    })
    .unwrap();
    let s = app
        .create_student_on(
            CreateStudent {
                first_name: "Panel".into(),
                last_name: "Fictional".into(),
                date_of_birth: "2016-05-01".into(),
                osis: "999000401".into(),
                home_language: "en".into(),
                parent_language: "en".into(),
                school_dbn: "02M475".into(),
                grade: "4".into(),
            },
            d("2026-01-05"),
        )
        .unwrap();
    (dir, app, s)
}

fn event(s: &Student, trigger: &str, date: &str) -> NewCaseEvent {
    NewCaseEvent {
        student_id: s.id,
        trigger: trigger.into(),
        date: date.into(),
        note: Some("Letter from the parent".into()),
    }
}

/// An annual review on Tue 2026-03-10 with only the parent on the attendance sheet.
fn meeting(s: &Student) -> serde_json::Value {
    json!({
        "id": "0195f2a4-0000-7000-8000-000000000001",
        "student_id": s.id,
        "meeting_type": "annual_review",
        "reconvenes": null,
        "starts_at": "2026-03-10T09:00:00",
        "ends_at": null,
        "place": "P.S. 475, room 210",
        "notice_sent_on": "2026-02-27",
        "interpreter": null,
        "parent_needs_sign_language": false,
        "context": {"current_program": "ict", "non_specialized_school": true},
        "proposed_changes": [],
        "participants": [{"name": "P. Fictional", "roles": ["parent"], "presence": "in_person",
                          "joined_at": null, "left_at": null, "interprets_instructional_implications": false}],
        "member_requests": [],
        "excusals": [],
        "parent_has_phone": true,
        "outreach": [],
        "student_invitation": null
    })
}

fn edit(app: &App, iep: IepId, path: &str, value: serde_json::Value) -> iepdesk_api::SavedEdit {
    app.edit_iep_field_on(
        EditField {
            iep_id: iep,
            path: path.into(),
            value,
        },
        d("2026-03-09"),
    )
    .unwrap()
}

#[test]
fn a_referral_gives_its_deadline_with_due_date_and_status() {
    let (_d, app, s) = setup();
    let recorded = app
        .record_case_event(event(&s, "referral_received", "2026-03-03"))
        .unwrap();
    assert_eq!(recorded.trigger, Trigger::ReferralReceived);

    // Notice of Referral: 5 school days after the referral (L149, L377, L621). Tue 2026-03-03 + 5 school
    // days, no recess that week = Tue 2026-03-10.
    let c = app.student_compliance_on(s.id, d("2026-03-04")).unwrap();
    assert_eq!(c.events, vec![recorded.clone()]);
    let notice = c
        .deadlines
        .iter()
        .find(|x| x.deadline.rule_id == "notice-of-referral")
        .expect("notice deadline");
    assert_eq!(notice.deadline.trigger, Trigger::ReferralReceived);
    assert_eq!(notice.deadline.due, d("2026-03-10"));
    assert_eq!(notice.status, DeadlineStatus::DueSoon);
    assert!(
        notice.summary.contains("due Tue 2026-03-10"),
        "{}",
        notice.summary
    );
    assert!(
        notice.summary.contains("after the referral"),
        "{}",
        notice.summary
    );

    // Nothing records the notice, so once the date has passed it is overdue and a finding.
    let later = app.student_compliance_on(s.id, d("2026-03-20")).unwrap();
    let notice = later
        .deadlines
        .iter()
        .find(|x| x.deadline.rule_id == "notice-of-referral")
        .unwrap();
    assert_eq!(notice.status, DeadlineStatus::Overdue);
    assert!(
        later
            .findings
            .iter()
            .any(|f| f.rule_id == "notice-of-referral-overdue"),
        "{:?}",
        later.findings
    );

    // Removing the event removes its deadlines.
    app.remove_case_event(recorded.id).unwrap();
    let none = app.student_compliance_on(s.id, d("2026-03-04")).unwrap();
    assert!(none.events.is_empty());
    assert!(none
        .deadlines
        .iter()
        .all(|x| x.deadline.trigger != Trigger::ReferralReceived));
}

#[test]
fn a_bad_event_names_its_field_and_writes_nothing() {
    let (_d, app, s) = setup();
    let history = app.history(s.id.0).unwrap().len();
    let err = app
        .record_case_event(event(&s, "referral_received", "2026-13-01"))
        .unwrap_err();
    assert_eq!(err.kind, ApiErrorKind::Invalid);
    assert_eq!(err.fields[0].field, "date");
    let err = app
        .record_case_event(NewCaseEvent {
            student_id: iepdesk_domain::StudentId::new(),
            ..event(&s, "referral_received", "2026-03-01")
        })
        .unwrap_err();
    assert_eq!(err.kind, ApiErrorKind::NotFound);
    assert_eq!(app.history(s.id.0).unwrap().len(), history);
    assert!(app
        .student_compliance_on(s.id, d("2026-03-04"))
        .unwrap()
        .events
        .is_empty());
}

#[test]
fn iep_findings_come_with_the_view_and_every_save_keyed_by_edit_path() {
    let (_d, app, s) = setup();
    let iep = app
        .start_iep_draft(StartIepDraft { student_id: s.id })
        .unwrap();
    let view = app.get_iep_on(iep.id, d("2026-03-09")).unwrap();
    // The content rules report every empty section too; the meeting's finding is the one here.
    let f: Vec<_> = view
        .findings
        .iter()
        .map(|f| (f.rule_id.as_str(), f.field.as_deref()))
        .filter(|(_, p)| p.is_some_and(|p| p.starts_with("meeting")))
        .collect();
    assert_eq!(f, [("meeting-not-recorded", Some("meeting"))]);
    assert!(view
        .findings
        .iter()
        .all(|f| f.field.as_deref().is_some_and(|p| !p.is_empty())));

    let saved = edit(&app, iep.id, "meeting", meeting(&s));
    let dr = saved
        .findings
        .iter()
        .find(|f| f.rule_id == "district-representative-required")
        .expect("DR missing");
    assert_eq!(dr.field.as_deref(), Some("meeting.participants"));
    assert_eq!(dr.severity, Severity::Error);
    assert!(!dr.sopm.is_empty());

    // Adding the member is one whole-array edit; the finding goes away with that save.
    let mut people = meeting(&s)["participants"].clone();
    people.as_array_mut().unwrap().push(
        json!({"name": "D. Rep", "roles": ["district_representative"], "presence": "in_person",
        "joined_at": null, "left_at": null, "interprets_instructional_implications": false}),
    );
    let saved = edit(&app, iep.id, "meeting.participants", people);
    assert!(
        saved
            .findings
            .iter()
            .all(|f| f.rule_id != "district-representative-required"),
        "{:?}",
        saved.findings
    );

    // The panel sees the same meeting through the draft's content, its fields in CASE.json form.
    let c = app.student_compliance_on(s.id, d("2026-03-09")).unwrap();
    assert!(
        c.findings.iter().any(|f| f
            .field
            .as_deref()
            .is_some_and(|p| p.starts_with("iep.meeting"))),
        "{:?}",
        c.findings
    );
    assert!(c
        .deadlines
        .iter()
        .any(|x| x.deadline.trigger == Trigger::IepMeeting));
}

#[test]
fn the_trigger_choices_include_the_referral() {
    let (_d, app, _s) = setup();
    let choices = app.case_triggers();
    let r = choices
        .iter()
        .find(|c| c.trigger == Trigger::ReferralReceived)
        .unwrap();
    assert_eq!(r.phrase, "the referral");
}
