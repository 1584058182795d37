//! Power-cut safety: a writer process saves a growing text field in a tight loop and reports each
//! save it has been told is done; we kill -9 it mid-burst and reopen the database. Every save it
//! reported must be there, and the file must pass `PRAGMA integrity_check`.
//!
//! The writer is this same test binary, re-executed with `IEPDESK_CRASH_WRITER` set.

use iepdesk_api::App;
use iepdesk_domain::{CreateStudent, EditField, NewUserProfile, Role, StartIepDraft};
use serde_json::json;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const FIELD: &str = "present_levels.social_development";

fn text(n: usize) -> String {
    // Every save appends one word, so "save n happened" is checkable from the text alone.
    (0..=n)
        .map(|i| format!("w{i}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn crash_writer() {
    let Some(db) = std::env::var_os("IEPDESK_CRASH_WRITER") else {
        return;
    };
    let app = App::open(db).unwrap();
    let iep_id = std::env::var("IEPDESK_CRASH_IEP").unwrap().parse().unwrap();
    let mut out = std::io::stdout().lock();
    for n in 0.. {
        app.edit_iep_field(EditField {
            iep_id,
            path: FIELD.into(),
            value: json!(text(n)),
        })
        .unwrap();
        use std::io::Write;
        writeln!(out, "saved {n}").unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn kill_9_during_a_burst_of_saves_loses_nothing_reported_saved() {
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("crash.sqlite3");
    let iep_id = {
        let app = App::open(&db).unwrap();
        app.create_profile(NewUserProfile {
            name: "Casey".into(),
            role: Role::CaseManager,
        })
        .unwrap();
        let s = app
            .create_student(CreateStudent {
                first_name: "Crash".into(),
                last_name: "Testcase".into(),
                date_of_birth: "2012-05-05".into(),
                osis: "200000058".into(),
                home_language: "en".into(),
                parent_language: "en".into(),
                school_dbn: "01M015".into(),
                grade: "8".into(),
            })
            .unwrap();
        app.start_iep_draft(StartIepDraft { student_id: s.id })
            .unwrap()
            .id
    };

    for round in 0..3u64 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "crash_writer", "--nocapture", "--test-threads=1"])
            .env("IEPDESK_CRASH_WRITER", &db)
            .env("IEPDESK_CRASH_IEP", iep_id.to_string())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        // Let it save a while (a different number of saves each round), then pull the plug.
        let want = 40 + round * 37;
        let mut last_saved = None;
        let deadline = Instant::now() + Duration::from_secs(60);
        while let Some(Ok(line)) = lines.next() {
            if let Some(n) = line.strip_prefix("saved ") {
                last_saved = Some(n.parse::<usize>().unwrap());
                if last_saved.unwrap() as u64 >= want || Instant::now() > deadline {
                    break;
                }
            }
        }
        // SIGKILL: no destructors, no flush, no chance to finish the transaction in flight.
        child.kill().unwrap();
        child.wait().unwrap();
        let last_saved = last_saved.expect("the writer reported saves");

        let app = App::open(&db).unwrap();
        assert_eq!(app.integrity_check().unwrap(), "ok");
        let view = app.get_iep(iep_id).unwrap();
        let stored = view.iep.content.present_levels.social_development;
        let words = stored.split(' ').count();
        assert!(
            words > last_saved,
            "round {round}: save {last_saved} was reported but only {words} words are stored"
        );
        assert!(
            stored.starts_with(&text(last_saved)),
            "round {round}: stored text is not a continuation"
        );
        // The change log agrees with the state: its last entry is the stored value.
        let history = app.history(iep_id.0).unwrap();
        assert_eq!(history.last().unwrap().new, json!(stored));
    }
}
