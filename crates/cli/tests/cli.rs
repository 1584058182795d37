//! The `iepdesk` binary, run as a user would.

use std::process::Command;

fn iepdesk(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_iepdesk")).args(args).env_remove("IEPDESK_DB").output().unwrap()
}

#[test]
fn demo_seed_then_list() {
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite3");
    let db = db.to_str().unwrap();

    let out = iepdesk(&["demo", "seed", "--db", db]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("seeded 20 fictional students"));

    // Seeding again does nothing.
    let again = iepdesk(&["demo", "seed", "--db", db]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("already holds 20 students"));

    let list = iepdesk(&["students", "list", "--db", db, "--json"]);
    assert!(list.status.success());
    let students: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let students = students.as_array().unwrap();
    assert_eq!(students.len(), 20);
    assert!(students.iter().all(|s| s["osis"].as_str().unwrap().starts_with("999")), "demo OSIS numbers are not issuable");
    assert_eq!(students.iter().filter(|s| !s["draft_iep_id"].is_null()).count(), 7);

    let table = iepdesk(&["students", "list", "--db", db, "--search", "quill"]);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.contains("Quillfeather, Sofia") && text.contains("Snowquill, Dmitri"), "{text}");
    assert!(text.trim_end().ends_with("2 students"));
}

#[test]
fn missing_db_argument_is_a_clear_error() {
    let out = iepdesk(&["students", "list"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--db"));
}

#[test]
fn unreadable_database_is_reported_not_panicked() {
    let dir = tempfile::TempDir::new().unwrap();
    let bogus = dir.path().join("not-a-db.sqlite3");
    std::fs::write(&bogus, b"this is not a database file at all, just text padding it out to a page").unwrap();
    let out = iepdesk(&["students", "list", "--db", bogus.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("iepdesk: "), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}
