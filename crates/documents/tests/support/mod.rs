//! Reading rendered PDFs back with poppler-utils (installed by scripts/install-deps.sh), and
//! formatting messages the way the engine does, for the document tests.
#![allow(dead_code)]

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use iepdesk_documents::{ftl_files, RenderedDocument};
use iepdesk_domain::language::Languages;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs a poppler tool on a PDF, failing clearly when the tool is missing.
pub fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let mut cmd = Command::new(tool);
    cmd.args(args).arg(pdf);
    if tool == "pdftotext" {
        cmd.arg("-"); // to standard output
    }
    let out = cmd.output().unwrap_or_else(|e| {
        panic!("`{tool}` could not be run ({e}). It comes with poppler-utils: run scripts/install-deps.sh (or apt-get install poppler-utils).")
    });
    assert!(
        out.status.success(),
        "{tool} failed on {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    // `pdfinfo -struct` prints some strings in their PDF encoding; everything else is UTF-8.
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn write_pdf(name: &str, doc: &RenderedDocument) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("documents");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.pdf"));
    // Tests run in parallel and several render the same document to the same name: write to a
    // private file and rename, so a reader never sees another test's half-written PDF.
    let tmp = dir.join(format!("{name}.pdf.{:?}.tmp", std::thread::current().id()));
    std::fs::write(&tmp, &doc.pdf).unwrap();
    std::fs::rename(&tmp, &path).unwrap();
    path
}

/// Text as compared: no bidi control marks (Fluent's isolation marks, and the embedding marks
/// pdftotext adds around right-to-left runs), no-break spaces as spaces, whitespace collapsed.
/// For Chinese, Korean, Bangla, Arabic and Urdu, no whitespace at all: CJK lines break between
/// any two characters and typst spaces CJK from Latin by itself; poppler puts spaces inside
/// Bangla words after some vowel signs (its word-gap guess) and around punctuation in
/// right-to-left lines, although the characters are in order.
pub fn normalize(s: &str, no_spaces: bool) -> String {
    let s: String = s
        .chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .map(|c| if c == '\u{a0}' || c == '\u{202f}' { ' ' } else { c })
        .collect();
    if no_spaces {
        s.chars().filter(|c| !c.is_whitespace()).collect()
    } else {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// Whether `text` (normalized) shows `expected`. In Arabic and Urdu, poppler's reordering of a
/// line that mixes right-to-left words with digits or Latin is not the logical order (it swaps
/// brackets around "(IEP)", moves numbers, and spaces out punctuation; the page itself is right,
/// see docs/samples). So right-to-left text is compared without whitespace, and a string that
/// mixes in digits or Latin is checked word by word.
pub fn shows(text: &str, expected: &str, locale: &str) -> bool {
    let e = normalize(expected, no_spaces(locale));
    if text.contains(&e) {
        return true;
    }
    // pdftotext drops a hyphen at the end of a line ("kerak-" + "kerakmasligini" comes out as
    // "kerakkerakmasligini"), so hyphens do not count.
    if e.contains('-') && text.replace('-', "").contains(&e.replace('-', "")) {
        return true;
    }
    let mixed = expected.chars().any(|c| c.is_ascii_alphanumeric());
    if is_rtl(locale) && mixed {
        // Split at every character that is not a letter, digit or mark: poppler also reverses
        // a range such as "1–32" in a right-to-left line, and wraps "(… 1–" / "32)".
        let words: Vec<String> = normalize(expected, false)
            .split(|c: char| !(c.is_alphanumeric() || is_mark(c)))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        return words.iter().all(|w| text.contains(w.as_str()));
    }
    false
}

/// Arabic and Urdu vowel signs and other combining marks, which belong to their word.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED)
}

pub fn no_spaces(locale: &str) -> bool {
    matches!(locale, "zh-Hans" | "zh-Hant" | "ko" | "bn" | "ar" | "ur")
}

pub fn extracted(path: &Path, locale: &str, args: &[&str]) -> String {
    let mut all = vec!["-enc", "UTF-8"];
    all.extend_from_slice(args);
    normalize(&poppler("pdftotext", &all, path), no_spaces(locale))
}

/// A message of the documents' bundle of a locale (documents.ftl, iep-form.ftl and
/// goal-bank.ftl), formatted like the engine does.
pub fn message(locale: &str, id: &str, args: &[(&str, &str)]) -> String {
    let mut bundle = FluentBundle::new(vec![locale.parse().unwrap()]);
    for (_, _, source) in ftl_files()
        .iter()
        .filter(|(l, r, _)| *l == locale && matches!(*r, "documents" | "iep-form" | "goal-bank"))
    {
        bundle
            .add_resource(FluentResource::try_new(source.to_string()).unwrap())
            .unwrap();
    }
    let pattern = bundle
        .get_message(id)
        .unwrap_or_else(|| panic!("{locale}: no {id}"))
        .value()
        .unwrap();
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        match v.parse::<i64>() {
            Ok(n) => fargs.set(*k, n),
            Err(_) => fargs.set(*k, *v),
        }
    }
    let mut errors = vec![];
    bundle
        .format_pattern(pattern, Some(&fargs), &mut errors)
        .into_owned()
}

pub fn is_rtl(locale: &str) -> bool {
    Languages::get().find(locale).is_some_and(|l| l.rtl)
}

pub fn covered() -> Vec<String> {
    Languages::get()
        .covered()
        .map(|l| l.locale.clone().unwrap())
        .collect()
}
