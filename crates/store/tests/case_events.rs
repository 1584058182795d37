//! Case events: stored, listed by date, removed, and every insert and removal in the change log.

use chrono::NaiveDate;
use iepdesk_domain::rules::Trigger;
use iepdesk_domain::{CreateStudent, EntityKind, NewUserProfile, Role, Student, StudentId};
use iepdesk_store::{case_events, profile, students, Author, CaseEventRecord, Store, StoreError};
use serde_json::json;
use tempfile::TempDir;
use uuid::Uuid;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn setup() -> (TempDir, std::path::PathBuf, Store, Author, Student) {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("events.sqlite3");
    let mut store = Store::open(&path).unwrap();
    let p = NewUserProfile {
        name: "Case Manager Two".into(),
        role: Role::CaseManager,
    }
    .validate()
    .unwrap();
    let author = Author {
        user: p.id,
        device: store.device_id(),
    };
    store
        .write(author, |tx| {
            Ok::<_, StoreError>(((), profile::insert_profile(tx, &p)?))
        })
        .unwrap();
    let s = CreateStudent {
        first_name: "Eventa".into(),
        last_name: "Fictional".into(),
        date_of_birth: "2015-02-01".into(),
        osis: "999000301".into(),
        home_language: "en".into(),
        parent_language: "en".into(),
        school_dbn: "02M475".into(),
        grade: "5".into(),
    }
    .validate(d("2026-01-10"))
    .unwrap();
    store
        .write(author, |tx| {
            Ok::<_, StoreError>(((), students::insert(tx, &s)?))
        })
        .unwrap();
    (dir, path, store, author, s)
}

fn event(student: StudentId, trigger: Trigger, date: &str, note: Option<&str>) -> CaseEventRecord {
    CaseEventRecord {
        id: Uuid::now_v7(),
        student_id: student,
        trigger,
        date: d(date),
        note: note.map(Into::into),
    }
}

fn add(store: &mut Store, author: Author, e: &CaseEventRecord) -> Result<(), StoreError> {
    store.write(author, |tx| Ok(((), case_events::insert(tx, e)?)))
}

#[test]
fn events_round_trip_by_date_and_survive_reopen() {
    let (_dir, path, mut store, author, s) = setup();
    let late = event(s.id, Trigger::ConsentForEvaluation, "2026-02-20", None);
    let early = event(
        s.id,
        Trigger::ReferralReceived,
        "2026-02-02",
        Some("Parent letter received at the office."),
    );
    add(&mut store, author, &late).unwrap();
    add(&mut store, author, &early).unwrap();
    assert_eq!(
        store.case_events_of(s.id).unwrap(),
        vec![early.clone(), late.clone()]
    );
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.case_events_of(s.id).unwrap(), vec![early, late]);
}

#[test]
fn insert_and_removal_are_each_one_change_log_row_of_the_student() {
    let (_dir, _path, mut store, author, s) = setup();
    let before = store.history(s.id.0).unwrap();
    let e = event(
        s.id,
        Trigger::ReferralReceived,
        "2026-03-02",
        Some("By email"),
    );
    add(&mut store, author, &e).unwrap();
    let removed = store
        .write(author, |tx| case_events::remove(tx, e.id))
        .unwrap();
    assert_eq!(removed, e);
    assert!(store.case_events_of(s.id).unwrap().is_empty());

    let history = store.history(s.id.0).unwrap();
    let new_rows = &history[before.len()..];
    assert_eq!(new_rows.len(), 2);
    let path = format!("case_events.{}", e.id);
    let logged = json!({"trigger": "referral_received", "date": "2026-03-02", "note": "By email"});
    assert_eq!(new_rows[0].entity, EntityKind::Student);
    assert_eq!(
        (
            new_rows[0].path.as_str(),
            &new_rows[0].old,
            &new_rows[0].new
        ),
        (path.as_str(), &json!(null), &logged)
    );
    assert_eq!(
        (
            new_rows[1].path.as_str(),
            &new_rows[1].old,
            &new_rows[1].new
        ),
        (path.as_str(), &logged, &json!(null))
    );
    // The student's revision moves on with each, so a peer sees that the case changed.
    assert_eq!(new_rows[1].entity_revision, new_rows[0].entity_revision + 1);
}

#[test]
fn an_event_of_an_unknown_student_or_a_bad_date_writes_nothing() {
    let (_dir, _path, mut store, author, s) = setup();
    let count = store.change_count().unwrap();
    let stranger = event(
        StudentId::new(),
        Trigger::ReferralReceived,
        "2026-03-02",
        None,
    );
    assert!(matches!(
        add(&mut store, author, &stranger),
        Err(StoreError::NotFound {
            entity: "student",
            ..
        })
    ));
    assert!(matches!(
        store.write(author, |tx| case_events::remove(tx, Uuid::now_v7())),
        Err(StoreError::NotFound {
            entity: "case event",
            ..
        })
    ));
    // The table refuses what the type cannot express, should a row ever be written around it.
    let bad = store.conn().execute(
        "INSERT INTO case_event (id, student_id, kind, date, note, created_at) VALUES ('x', ?1, 'referral_received', '2026-02-30', NULL, 'now')",
        [s.id.to_string()],
    );
    assert!(bad.is_err());
    assert_eq!(store.change_count().unwrap(), count);
    assert!(store.case_events_of(s.id).unwrap().is_empty());
}
