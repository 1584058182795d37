//! `iepdesk check` over every example case in tests/cases/ (fictional students, OSIS prefix 999),
//! and over broken input. Each `NAME.json` has a `NAME.expected.json`:
//! `{"today": "YYYY-MM-DD", "exit": 0|1, "findings": [rule ids that must appear], "absent": [...]}`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn iepdesk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_iepdesk"))
        .args(args)
        .output()
        .unwrap()
}

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases")
}

fn ids(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().map(|s| s.as_str().unwrap().to_string()).collect())
        .unwrap_or_default()
}

#[test]
fn every_example_case_gives_its_expected_findings() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(cases_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && !p.to_string_lossy().ends_with(".expected.json")
        })
        .collect();
    cases.sort();
    assert!(
        cases.len() >= 8,
        "expected the example cases, found {cases:?}"
    );
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_stem().unwrap().to_string_lossy().to_string();
        let expected_path = case.with_file_name(format!("{name}.expected.json"));
        let expected: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|_| panic!("{name} has no expected file")),
        )
        .unwrap();
        let today = expected["today"].as_str().unwrap();
        let out = iepdesk(&["check", case.to_str().unwrap(), "--today", today, "--json"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let report: serde_json::Value = match serde_json::from_slice(&out.stdout) {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("{name}: no JSON report ({e}); stderr: {stderr}"));
                continue;
            }
        };
        let found: Vec<String> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule_id"].as_str().unwrap().to_string())
            .collect();
        for want in ids(&expected["findings"]) {
            if !found.contains(&want) {
                failures.push(format!("{name}: missing finding {want}; found {found:?}"));
            }
        }
        for unwanted in ids(&expected["absent"]) {
            if found.contains(&unwanted) {
                failures.push(format!("{name}: unexpected finding {unwanted}"));
            }
        }
        let exit = expected["exit"].as_i64().unwrap() as i32;
        if out.status.code() != Some(exit) {
            failures.push(format!(
                "{name}: exit {:?}, expected {exit}; findings {found:?}",
                out.status.code()
            ));
        }
        if exit == 0 && report["errors"] != 0 {
            failures.push(format!(
                "{name}: a valid case has error findings: {found:?}"
            ));
        }
        // Every case is fictional by construction.
        let text = std::fs::read_to_string(case).unwrap();
        let osis = serde_json::from_str::<serde_json::Value>(&text).unwrap()["student"]["osis"]
            .as_str()
            .unwrap()
            .to_string();
        if !osis.starts_with("999") {
            failures.push(format!(
                "{name}: OSIS {osis} is not in the fictional 999 range"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_human_table_lists_severity_rule_message_and_sopm() {
    let case = cases_dir().join("missing-district-representative.json");
    let out = iepdesk(&["check", case.to_str().unwrap(), "--today", "2026-03-16"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find(|l| l.contains("district-representative-required"))
        .expect("the finding is listed");
    assert!(
        line.starts_with("error")
            && line.contains("L1181")
            && line.contains("No district representative"),
        "{line}"
    );
    assert!(text.contains("met         annual-review"), "{text}");

    let valid = cases_dir().join("valid-annual-review.json");
    let out = iepdesk(&["check", valid.to_str().unwrap(), "--today", "2026-03-16"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// Writes `text` to a temporary CASE.json, runs `iepdesk check` on it, returns (status, stderr).
fn check_text(text: &str) -> (Option<i32>, String) {
    let dir = tempfile::TempDir::new().unwrap();
    let path = dir.path().join("CASE.json");
    std::fs::write(&path, text).unwrap();
    let out = iepdesk(&["check", path.to_str().unwrap(), "--today", "2026-03-16"]);
    assert!(out.stdout.is_empty(), "no report for bad input");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

fn valid_text() -> String {
    std::fs::read_to_string(cases_dir().join("valid-annual-review.json")).unwrap()
}

fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(&valid_text()).unwrap();
    edit(&mut v);
    serde_json::to_string_pretty(&v).unwrap()
}

#[test]
fn a_missing_field_exits_2_and_names_it() {
    let text = edited(|v| {
        v["student"]
            .as_object_mut()
            .unwrap()
            .remove("date_of_birth");
    });
    let (code, err) = check_text(&text);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("student.date_of_birth"), "{err}");

    let text = edited(|v| {
        v["iep"]["meeting"]["participants"][1]
            .as_object_mut()
            .unwrap()
            .remove("roles");
    });
    let (code, err) = check_text(&text);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("iep.meeting.participants[1].roles"), "{err}");
}

#[test]
fn a_wrong_type_exits_2_and_names_the_field() {
    let (code, err) = check_text(&edited(|v| {
        v["iep"]["meeting"]["notice_sent_on"] = serde_json::json!(20260227)
    }));
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("iep.meeting.notice_sent_on"), "{err}");

    let (code, err) = check_text(&edited(|v| {
        v["events"][0]["trigger"] = serde_json::json!("annual_reveiw")
    }));
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("events[0].trigger"), "{err}");
}

#[test]
fn a_wrong_or_missing_version_is_its_own_error() {
    let (code, err) = check_text(&edited(|v| v["format_version"] = serde_json::json!(2)));
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("format_version 2 is not supported"), "{err}");

    let (code, err) = check_text(&edited(|v| {
        v.as_object_mut().unwrap().remove("format_version");
    }));
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("format_version is missing"), "{err}");
}

#[test]
fn not_json_or_not_a_file_exits_2() {
    let (code, err) = check_text("{\"format_version\": 1,");
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("line 1"), "{err}");
    let out = iepdesk(&["check", "/nonexistent/CASE.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
}

#[test]
fn help_documents_the_exit_statuses() {
    let out = iepdesk(&["check", "--help"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Exit status")
            && text.contains("blocks finalizing")
            && text.contains("format_version"),
        "{text}"
    );
}
