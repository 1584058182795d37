//! Store tests on a real database file.

use chrono::{NaiveDate, Utc};
use iepdesk_domain::{
    CreateStudent, IepStatus, NewUserProfile, PresentLevels, Role, StartIepDraft, Student,
};
use iepdesk_store::{ieps, profile, students, Author, Store, StoreError};
use serde_json::json;
use tempfile::TempDir;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn new_student(osis: &str) -> Student {
    CreateStudent {
        first_name: "Testa".into(),
        last_name: "Fictional".into(),
        date_of_birth: "2014-03-09".into(),
        osis: osis.into(),
        home_language: "bn".into(),
        parent_language: "bn".into(),
        school_dbn: "24Q061".into(),
        grade: "6".into(),
    }
    .validate(today())
    .unwrap()
}

struct Fixture {
    _dir: TempDir,
    path: std::path::PathBuf,
    store: Store,
    author: Author,
}

fn fixture() -> Fixture {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("iepdesk.sqlite3");
    let mut store = Store::open(&path).unwrap();
    let p = NewUserProfile {
        name: "Case Manager One".into(),
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
    Fixture {
        _dir: dir,
        path,
        store,
        author,
    }
}

fn add_student(f: &mut Fixture, s: &Student) -> Result<(), StoreError> {
    f.store
        .write(f.author, |tx| Ok(((), students::insert(tx, s)?)))
}

fn start_draft(f: &mut Fixture, s: &Student) -> iepdesk_domain::Iep {
    f.store
        .write(f.author, |tx| {
            let version = ieps::next_version(tx, s.id)?;
            let (iep, changes) = StartIepDraft { student_id: s.id }.start(version);
            let logged = ieps::insert(tx, &iep, changes)?;
            Ok::<_, StoreError>((iep, logged))
        })
        .unwrap()
}

fn edit(
    f: &mut Fixture,
    iep: iepdesk_domain::IepId,
    path: &str,
    value: serde_json::Value,
) -> Result<i64, StoreError> {
    f.store.write(f.author, |tx| {
        let mut stored = ieps::get(tx, iep)?;
        let changes = stored.iep.edit(path, value)?;
        let (rev, logged) = ieps::update(tx, &stored.iep, stored.revision, changes)?;
        Ok((rev, logged))
    })
}

#[test]
fn schema_is_migrated_and_reopening_is_idempotent() {
    let f = fixture();
    assert_eq!(
        f.store.schema_version().unwrap(),
        iepdesk_store::SCHEMA_VERSION
    );
    let device = f.store.device_id();
    drop(f.store);
    let again = Store::open(&f.path).unwrap();
    assert_eq!(
        again.device_id(),
        device,
        "device id is made once per database"
    );
    assert_eq!(
        again.schema_version().unwrap(),
        iepdesk_store::SCHEMA_VERSION
    );
}

#[test]
fn state_and_change_log_are_written_together_and_survive_reopen() {
    let mut f = fixture();
    let s = new_student("200000017");
    let before = f.store.change_count().unwrap();
    add_student(&mut f, &s).unwrap();
    let iep = start_draft(&mut f, &s);
    edit(
        &mut f,
        iep.id,
        "present_levels.social_development",
        json!("Greets peers by name."),
    )
    .unwrap();

    let history = f.store.history(iep.id.0).unwrap();
    let last = history.last().unwrap();
    assert_eq!(last.path, "content.present_levels.social_development");
    assert_eq!(last.old, json!(""));
    assert_eq!(last.new, json!("Greets peers by name."));
    assert_eq!(last.author_id, f.author.user.to_string());
    assert_eq!(last.device_id, f.author.device.to_string());
    assert_eq!(last.entity_revision, 2);
    assert!(last.pushed_at.is_none());
    assert!(chrono::DateTime::parse_from_rfc3339(&last.recorded_at).is_ok());
    // 8 student fields + 2 for the new draft + 1 edit.
    assert_eq!(f.store.change_count().unwrap() - before, 8 + 2 + 1);

    let path = f.path.clone();
    drop(f.store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.student(s.id).unwrap(), s);
    assert_eq!(
        store
            .iep(iep.id)
            .unwrap()
            .iep
            .content
            .present_levels
            .social_development,
        "Greets peers by name."
    );
    assert_eq!(store.history(iep.id.0).unwrap().len(), 3);
}

#[test]
fn a_failed_command_leaves_state_and_log_untouched() {
    let mut f = fixture();
    let s = new_student("200000017");
    add_student(&mut f, &s).unwrap();
    let iep = start_draft(&mut f, &s);
    let log_before = f.store.change_count().unwrap();
    let state_before = f.store.iep(iep.id).unwrap();

    // Invalid domain input.
    assert!(edit(
        &mut f,
        iep.id,
        "present_levels.social_development",
        json!(7)
    )
    .is_err());
    // Duplicate OSIS refused by the database after the domain accepted it.
    let twin = new_student("200000017");
    assert!(matches!(
        add_student(&mut f, &twin),
        Err(StoreError::DuplicateOsis(_))
    ));
    // A command that writes state, then fails, rolls the state back too.
    let r: Result<(), StoreError> = f.store.write(f.author, |tx| {
        let mut stored = ieps::get(tx, iep.id)?;
        let changes = stored.iep.edit(
            "present_levels.management_needs",
            json!("Seat near the board."),
        )?;
        ieps::update(tx, &stored.iep, stored.revision, changes)?;
        Err(StoreError::Corrupt(
            "simulated failure after the state write".into(),
        ))
    });
    assert!(r.is_err());

    assert_eq!(f.store.change_count().unwrap(), log_before);
    assert_eq!(f.store.iep(iep.id).unwrap(), state_before);
    assert_eq!(f.store.search_students("").unwrap().len(), 1);
}

#[test]
fn change_log_rows_cannot_be_updated_or_deleted() {
    let mut f = fixture();
    add_student(&mut f, &new_student("200000017")).unwrap();
    let conn = f.store.conn();
    for sql in [
        "UPDATE change_log SET new_value = '\"forged\"'",
        "UPDATE change_log SET author_id = 'someone-else' WHERE seq = 1",
        "DELETE FROM change_log",
        "DELETE FROM change_log WHERE seq = 1",
    ] {
        let err = conn.execute(sql, []).unwrap_err();
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
    let id = f.store.outbox(1).unwrap()[0].change_id;
    f.store.mark_pushed(&[(id, 41)]).unwrap();
    f.store.mark_pushed(&[(id, 41)]).unwrap(); // idempotent
    let err = f
        .store
        .conn()
        .execute("DELETE FROM change_push", [])
        .unwrap_err();
    assert!(err.to_string().contains("append-only"));
}

#[test]
fn outbox_holds_exactly_the_unpushed_changes_in_order() {
    let mut f = fixture();
    add_student(&mut f, &new_student("200000017")).unwrap();
    let all = f.store.outbox(1000).unwrap();
    assert!(all.windows(2).all(|w| w[0].seq < w[1].seq));
    let acks: Vec<_> = all
        .iter()
        .take(3)
        .enumerate()
        .map(|(i, c)| (c.change_id, i as i64))
        .collect();
    f.store.mark_pushed(&acks).unwrap();
    let rest = f.store.outbox(1000).unwrap();
    assert_eq!(rest.len(), all.len() - 3);
    assert_eq!(rest[0].seq, all[3].seq);
}

#[test]
fn a_finalized_iep_refuses_edits_at_the_store_level() {
    let mut f = fixture();
    let s = new_student("200000017");
    add_student(&mut f, &s).unwrap();
    let iep = start_draft(&mut f, &s);
    for c in PresentLevels::COMPONENTS {
        edit(
            &mut f,
            iep.id,
            &format!("present_levels.{c}"),
            json!(format!("{c} text")),
        )
        .unwrap();
    }
    f.store
        .write(f.author, |tx| {
            let mut stored = ieps::get(tx, iep.id)?;
            let changes = stored.iep.finalize(Utc::now(), &[])?;
            let (rev, logged) = ieps::update(tx, &stored.iep, stored.revision, changes)?;
            Ok::<_, StoreError>((rev, logged))
        })
        .unwrap();
    let finalized = f.store.iep(iep.id).unwrap();
    assert!(matches!(finalized.iep.status, IepStatus::Finalized { .. }));
    let log_before = f.store.change_count().unwrap();

    // Through the domain: refused.
    assert!(matches!(
        edit(
            &mut f,
            iep.id,
            "present_levels.social_development",
            json!("x")
        ),
        Err(StoreError::Domain(_))
    ));
    // Around the domain, straight at the database: refused by the trigger.
    let err = f.store.conn().execute(
        "UPDATE iep SET content = json_set(content, '$.present_levels.social_development', 'x')",
        [],
    );
    assert!(matches!(
        err.map_err(StoreError::from),
        Err(StoreError::Immutable)
    ));
    let err = f
        .store
        .conn()
        .execute("UPDATE iep SET status = 'draft', finalized_at = NULL", []);
    assert!(matches!(
        err.map_err(StoreError::from),
        Err(StoreError::Immutable)
    ));
    let err = f.store.conn().execute("DELETE FROM iep", []);
    assert!(matches!(
        err.map_err(StoreError::from),
        Err(StoreError::Immutable)
    ));
    // Through the store's own update path, bypassing the domain check: refused.
    let mut forged = finalized.iep.clone();
    forged.content.present_levels.social_development = "forged".into();
    let r: Result<(), StoreError> = f.store.write(f.author, |tx| {
        ieps::update(tx, &forged, finalized.revision, vec![])?;
        Ok(((), vec![]))
    });
    assert!(matches!(r, Err(StoreError::Immutable)), "{r:?}");

    assert_eq!(f.store.iep(iep.id).unwrap(), finalized);
    assert_eq!(f.store.change_count().unwrap(), log_before);
}

#[test]
fn one_draft_per_student() {
    let mut f = fixture();
    let s = new_student("200000017");
    add_student(&mut f, &s).unwrap();
    start_draft(&mut f, &s);
    let r = f.store.write(f.author, |tx| {
        let version = ieps::next_version(tx, s.id)?;
        let (iep, changes) = StartIepDraft { student_id: s.id }.start(version);
        Ok::<_, StoreError>(((), ieps::insert(tx, &iep, changes)?))
    });
    assert!(matches!(r, Err(StoreError::DraftExists)), "{r:?}");
}

#[test]
fn search_matches_each_word_against_names_and_osis() {
    let mut f = fixture();
    let mut a = new_student("200000017");
    a.name.first = "Ana".into();
    a.name.last = "Rivera-Test".into();
    let mut b = new_student("200000025");
    b.name.first = "Bo".into();
    b.name.last = "Example".into();
    b.school_dbn = iepdesk_domain::Dbn::parse("02M475").unwrap();
    add_student(&mut f, &a).unwrap();
    add_student(&mut f, &b).unwrap();
    let names = |q: &str| {
        f.store
            .search_students(q)
            .unwrap()
            .into_iter()
            .map(|s| s.name.first)
            .collect::<Vec<_>>()
    };
    assert_eq!(names(""), ["Bo", "Ana"]);
    assert_eq!(names("ana riv"), ["Ana"]);
    assert_eq!(names("000025"), ["Bo"]);
    assert_eq!(
        names("24q061"),
        ["Ana"],
        "matches the school DBN, case-insensitively"
    );
    assert_eq!(names("m475 bo"), ["Bo"]);
    assert_eq!(names("%"), Vec::<String>::new());
    assert_eq!(names("zzz"), Vec::<String>::new());
}

#[test]
fn a_newer_schema_is_refused() {
    let f = fixture();
    f.store
        .conn()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    drop(f.store);
    assert!(matches!(
        Store::open(&f.path),
        Err(StoreError::TooNew { found: 999, .. })
    ));
}

#[test]
fn marking_a_finalized_iep_amended_passes_the_trigger_and_keeps_its_content() {
    let mut f = fixture();
    let s = new_student("200000018");
    add_student(&mut f, &s).unwrap();
    let iep = start_draft(&mut f, &s);
    edit(&mut f, iep.id, "present_levels.social_development", json!("text")).unwrap();
    f.store
        .write(f.author, |tx| {
            let mut stored = ieps::get(tx, iep.id)?;
            let changes = stored.iep.finalize(Utc::now(), &[])?;
            ieps::update(tx, &stored.iep, stored.revision, changes)
        })
        .unwrap();
    let finalized = f.store.iep(iep.id).unwrap();
    // Only the status columns change, which the trigger lets through (finalized -> amended).
    let by = start_draft(&mut f, &s).id; // amended_by names a stored IEP
    f.store
        .write(f.author, |tx| {
            let mut stored = ieps::get(tx, iep.id)?;
            let changes = stored.iep.mark_amended(by)?;
            ieps::mark_amended(tx, iep.id, by, stored.revision, changes)
        })
        .unwrap();
    let amended = f.store.iep(iep.id).unwrap();
    assert_eq!(amended.iep.status, IepStatus::Amended { by });
    assert_eq!(amended.iep.content, finalized.iep.content);
    let err = f.store.conn().execute("UPDATE iep SET amended_by = NULL WHERE status = 'amended'", []);
    assert!(matches!(err.map_err(StoreError::from), Err(StoreError::Immutable)));
}
