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
    assert_eq!(students.iter().filter(|s| !s["draft_iep_id"].is_null()).count(), 6);
    // One student has a finalized IEP, printable for the parent with its meeting notice.
    let app = iepdesk_api::App::open(db).unwrap();
    let arben = students.iter().find(|s| s["name"]["last"] == "Stonebridge-Demo").expect("Arben is seeded");
    let id = serde_json::from_value(arben["id"].clone()).unwrap();
    let printable: Vec<_> = app.parent_documents(id).unwrap().into_iter().map(|d| d.title).collect();
    // ...and the PWN: Recommendation issued with it.
    assert_eq!(printable.len(), 3, "{printable:?}");
    assert!(printable[0].starts_with("IEP, version 1 (finalized)"), "{printable:?}");
    assert!(printable[2].starts_with("Prior Written Notice: Recommendation"), "{printable:?}");

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

#[test]
fn rules_lists_the_catalog_with_sopm_lines() {
    let out = iepdesk(&["rules", "--json"]);
    assert!(out.status.success());
    let rules: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<_> = rules.as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_string()).collect();
    for id in ["initial-evaluation", "annual-review", "age-21-eligibility", "notice-of-iep-meeting"] {
        assert!(ids.iter().any(|i| i == id), "missing {id}");
    }
    let table = String::from_utf8(iepdesk(&["rules"]).stdout).unwrap();
    assert!(table.contains("initial-evaluation") && table.contains("[L"), "{table}");
}

#[test]
fn deadline_counts_calendar_days_from_consent() {
    // SOPM: the initial evaluation is due 60 calendar days after consent.
    let out = iepdesk(&["deadline", "initial-evaluation", "--from", "2025-10-01", "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(d["due"], "2025-11-30");
    assert_eq!(d["rule_id"], "initial-evaluation");
}

#[test]
fn deadline_errors_are_specific() {
    let out = iepdesk(&["deadline", "no-such-rule", "--from", "2025-10-01"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-rule"));
    let out = iepdesk(&["deadline", "initial-evaluation", "--from", "10/01/2025"]);
    assert_eq!(out.status.code(), Some(2), "a malformed date is a usage error");
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
    let dir = tempfile::TempDir::new().unwrap();
    let bad = dir.path().join("cal.toml");
    std::fs::write(&bad, "[calendar]\nschool_year = 5\n").unwrap();
    let out = iepdesk(&["deadline", "initial-placement", "--from", "2025-10-01", "--calendar", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("calendar"), "{}", String::from_utf8_lossy(&out.stderr));
}
