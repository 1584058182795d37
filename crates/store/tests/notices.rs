//! Notices on a real database file, and the migration that added them (version 3 rebuilds the
//! change log so it accepts the `notice` entity).

use chrono::{NaiveDate, Utc};
use iepdesk_domain::notices::{ConsentKind, ConsentRequest, Notice, NoticeContent, NoticeStatus};
use iepdesk_domain::{CreateStudent, EntityKind, NewUserProfile, Role, Student};
use iepdesk_store::{notices, profile, students, Author, Store, StoreError, SCHEMA_VERSION};
use rusqlite::Connection;
use serde_json::json;
use tempfile::TempDir;

fn student() -> Student {
    CreateStudent {
        first_name: "Testa".into(),
        last_name: "Fictional".into(),
        date_of_birth: "2014-03-09".into(),
        osis: "200000017".into(),
        home_language: "bn".into(),
        parent_language: "bn".into(),
        school_dbn: "24Q061".into(),
        grade: "6".into(),
    }
    .validate(NaiveDate::from_ymd_opt(2026, 12, 7).unwrap())
    .unwrap()
}

/// A profile and the fictional student in `store`, and who writes as that profile.
fn with_profile_and_student(store: &mut Store) -> (Author, Student) {
    let p = NewUserProfile {
        name: "Social Worker One".into(),
        role: Role::SocialWorker,
    }
    .validate()
    .unwrap();
    let author = Author {
        user: p.id,
        device: store.device_id(),
    };
    let s = student();
    store
        .write(author, |tx| {
            let mut logged = profile::insert_profile(tx, &p)?;
            logged.extend(students::insert(tx, &s)?);
            Ok::<_, StoreError>(((), logged))
        })
        .unwrap();
    (author, s)
}

fn open() -> (TempDir, std::path::PathBuf, Store, Author, Student) {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("iepdesk.sqlite3");
    let mut store = Store::open(&path).unwrap();
    let (author, s) = with_profile_and_student(&mut store);
    (dir, path, store, author, s)
}

fn consent_form(s: &Student) -> Notice {
    Notice::start(
        s.id,
        None,
        NoticeContent::Consent(ConsentRequest {
            kind: ConsentKind::InitialEvaluation,
            sent_on: NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
            activities: vec![],
            records_shared: None,
        }),
    )
    .0
}

#[test]
fn a_notice_is_drafted_issued_and_then_frozen() {
    let (_dir, path, mut store, author, s) = open();
    let n = store
        .write(author, |tx| {
            let (n, changes) = Notice::start(s.id, None, consent_form(&s).content);
            let logged = notices::insert(tx, &n, changes)?;
            Ok::<_, StoreError>((n, logged))
        })
        .unwrap();
    let edit = |store: &mut Store, value: serde_json::Value| {
        store.write(author, |tx| {
            let mut stored = notices::get(tx, n.id)?;
            let changes = stored.notice.edit("activities", value)?;
            notices::update(tx, &stored.notice, stored.revision, changes)
        })
    };
    assert_eq!(
        edit(&mut store, json!(["Psychoeducational evaluation"])).unwrap(),
        2
    );
    let issued = store
        .write(author, |tx| {
            let mut stored = notices::get(tx, n.id)?;
            let changes = stored.notice.issue(Utc::now(), &[])?;
            let (_, logged) = notices::update(tx, &stored.notice, stored.revision, changes)?;
            Ok::<_, StoreError>((stored.notice, logged))
        })
        .unwrap();
    // The domain refuses the edit; the trigger refuses it too, whoever asks.
    assert!(edit(&mut store, json!(["Something else"])).is_err());
    for sql in [
        "UPDATE notice SET content = '{}'",
        "UPDATE notice SET status = 'draft', issued_at = NULL, content_hash = NULL",
        "DELETE FROM notice",
    ] {
        let err = store.conn().execute(sql, []).unwrap_err();
        assert!(
            err.to_string().contains("issued notice is immutable"),
            "{sql}: {err}"
        );
    }
    drop(store);
    let store = Store::open(&path).unwrap();
    let back = store.notice(n.id).unwrap();
    assert_eq!(back.notice, issued);
    assert!(matches!(back.notice.status, NoticeStatus::Issued { .. }));
    assert_eq!(store.notices_of(s.id).unwrap().len(), 1);
    let history = store.history(n.id.0).unwrap();
    assert!(
        history.iter().all(|c| c.entity == EntityKind::Notice),
        "{history:?}"
    );
    assert!(history
        .iter()
        .any(|c| c.path == "content.activities" && c.entity_revision == 2));
    assert!(history
        .iter()
        .any(|c| c.path == "status" && c.entity_revision == 3));
}

#[test]
fn an_unknown_student_writes_nothing() {
    let (_dir, _path, mut store, author, s) = open();
    let before = store.change_count().unwrap();
    let mut other = s.clone();
    other.id = iepdesk_domain::StudentId::new();
    let r = store.write(author, |tx| {
        let (n, changes) = Notice::start(other.id, None, consent_form(&other).content);
        notices::insert(tx, &n, changes).map(|l| ((), l))
    });
    assert!(r.is_err(), "a notice of an unknown student was stored");
    assert_eq!(store.change_count().unwrap(), before);
}

#[test]
fn a_version_2_database_keeps_every_change_and_push_mark_through_the_migration() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("old.sqlite3");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../migrations/0001_initial.sql"))
            .unwrap();
        conn.execute_batch(include_str!("../migrations/0002_case_event.sql"))
            .unwrap();
        conn.pragma_update(None, "user_version", 2).unwrap();
        for (i, id) in [
            "01a00000-0000-7000-8000-000000000001",
            "01a00000-0000-7000-8000-000000000002",
        ]
        .iter()
        .enumerate()
        {
            conn.execute(
                "INSERT INTO change_log (change_id, command_id, entity, entity_id, entity_revision, field_path,
                     old_value, new_value, author_id, device_id, recorded_at)
                 VALUES (?1, 'c', 'student', '01a00000-0000-7000-8000-0000000000aa', ?2, 'name.first', 'null', '\"A\"', 'u', 'd', '2026-12-01T09:00:00-05:00')",
                rusqlite::params![id, i as i64 + 1],
            )
            .unwrap();
        }
        conn.execute(
            "INSERT INTO change_push (change_id, pushed_at, server_seq) VALUES ('01a00000-0000-7000-8000-000000000001', 'x', 7)",
            [],
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.change_count().unwrap(), 2);
    let outbox = store.outbox(10).unwrap();
    assert_eq!(outbox.len(), 1, "the pushed mark survived");
    assert_eq!(outbox[0].seq, 2, "seq is kept");
    // Still append-only, and new rows continue the sequence.
    let err = store
        .conn()
        .execute("DELETE FROM change_log", [])
        .unwrap_err();
    assert!(err.to_string().contains("append-only"));
    let err = store
        .conn()
        .execute("UPDATE change_log SET new_value = '1'", [])
        .unwrap_err();
    assert!(err.to_string().contains("append-only"));
    let fk: bool = store
        .conn()
        .pragma_query_value(None, "foreign_keys", |r| r.get(0))
        .unwrap();
    assert!(fk, "foreign keys are back on after migrating");
    let (author, s) = with_profile_and_student(&mut store);
    store
        .write(author, |tx| {
            let (n, changes) = Notice::start(s.id, None, consent_form(&s).content);
            notices::insert(tx, &n, changes).map(|logged| ((), logged))
        })
        .unwrap();
    let outbox = store.outbox(1000).unwrap();
    assert!(outbox.iter().any(|c| c.entity == EntityKind::Notice));
    assert!(outbox.windows(2).all(|w| w[0].seq < w[1].seq) && outbox[1].seq == 3);
    assert_eq!(store.integrity_check().unwrap(), "ok");
}
