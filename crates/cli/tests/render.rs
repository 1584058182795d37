//! `iepdesk render` on the example cases in tests/cases/, run as a user would.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn iepdesk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_iepdesk"))
        .args(args)
        .env_remove("IEPDESK_DB")
        .output()
        .unwrap()
}

fn case(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/cases")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn out_path(dir: &tempfile::TempDir, name: &str) -> PathBuf {
    dir.path().join(name)
}

#[test]
fn every_document_renders_from_the_documents_case() {
    let dir = tempfile::TempDir::new().unwrap();
    let c = case("documents-initial.json");
    for (doc, extra) in [
        ("iep", vec![]),
        ("pwn", vec!["--situation", "referral_initial"]),
        ("meeting-notice", vec![]),
        ("consent", vec!["--kind", "initial-evaluation"]),
    ] {
        let out = out_path(&dir, &format!("{doc}.pdf"));
        let mut args = vec![
            "render",
            c.as_str(),
            "--doc",
            doc,
            "--lang",
            "bn",
            "-o",
            out.to_str().unwrap(),
            "--today",
            "2026-04-01",
        ];
        args.extend(extra);
        let o = iepdesk(&args);
        let (stdout, stderr) = text(&o);
        assert!(o.status.success(), "{doc}: {stderr}");
        assert!(stdout.contains("pages: "), "{stdout}");
        assert!(stdout.contains("language: bn"), "{stdout}");
        assert!(stdout.contains("translated share: "), "{stdout}");
        assert!(
            stdout.contains("conformance: PDF/A-2a + PDF/UA-1"),
            "{stdout}"
        );
        let pdf = std::fs::read(&out).unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{doc}");
    }
    // Nothing but the requested files in the folder: no temporary file left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 4, "{names:?}");
}

#[test]
fn a_language_that_is_not_covered_gets_a_cover_notice() {
    let dir = tempfile::TempDir::new().unwrap();
    let out = out_path(&dir, "pwn-pl.pdf");
    let o = iepdesk(&[
        "render",
        &case("valid-annual-review.json"),
        "--doc",
        "pwn",
        "--lang",
        "pl",
        "-o",
        out.to_str().unwrap(),
        "--contact",
        "Dana Wrenfield",
        "--contact-phone",
        "212-555-0101",
    ]);
    let (stdout, stderr) = text(&o);
    assert!(o.status.success(), "{stderr}");
    assert!(
        stdout.contains("language: en (with a cover notice)"),
        "{stdout}"
    );
    assert!(stdout.contains("translated share: 0%"), "{stdout}");
}

#[test]
fn bad_input_exits_2_with_a_specific_message_and_writes_nothing() {
    let dir = tempfile::TempDir::new().unwrap();
    let out = out_path(&dir, "x.pdf");
    let o_str = out.to_str().unwrap();
    let valid = case("valid-annual-review.json");

    // Unknown locale: the supported ones are listed.
    let o = iepdesk(&[
        "render", &valid, "--doc", "pwn", "--lang", "tlh", "-o", o_str,
    ]);
    let (_, stderr) = text(&o);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("en, sq, ar, bn, zh-Hans, zh-Hant, fr, ht, ko, ru, es, uk, ur, uz"),
        "{stderr}"
    );

    // Unknown document.
    let o = iepdesk(&[
        "render", &valid, "--doc", "letter", "--lang", "en", "-o", o_str,
    ]);
    let (_, stderr) = text(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr.contains("meeting-notice"), "{stderr}");

    // Unknown situation.
    let o = iepdesk(&[
        "render",
        &valid,
        "--doc",
        "pwn",
        "--situation",
        "lunch",
        "--lang",
        "en",
        "-o",
        o_str,
    ]);
    let (_, stderr) = text(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr.contains("referral_initial"), "{stderr}");

    // A case that lacks what the document needs: the field is named.
    let o = iepdesk(&[
        "render", &valid, "--doc", "consent", "--lang", "en", "-o", o_str,
    ]);
    let (_, stderr) = text(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr.contains("consents"), "{stderr}");

    // An unreadable case names the field.
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"format_version": 1, "student": {"name": 3}}"#).unwrap();
    let o = iepdesk(&[
        "render",
        bad.to_str().unwrap(),
        "--doc",
        "iep",
        "--lang",
        "en",
        "-o",
        o_str,
    ]);
    let (_, stderr) = text(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr.contains("student"), "{stderr}");

    // A missing file.
    let o = iepdesk(&[
        "render",
        "/nonexistent/case.json",
        "--doc",
        "iep",
        "--lang",
        "en",
        "-o",
        o_str,
    ]);
    assert_eq!(o.status.code(), Some(2));

    assert!(!out.exists(), "no output is written on bad input");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "only bad.json"
    );
}

#[test]
fn an_unwritable_output_fails_without_leaving_a_file() {
    let o = iepdesk(&[
        "render",
        &case("valid-annual-review.json"),
        "--doc",
        "iep",
        "--lang",
        "en",
        "-o",
        "/nonexistent-dir/iep.pdf",
    ]);
    let (_, stderr) = text(&o);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot write"), "{stderr}");
}
