//! Renders the fictional IEP in every covered locale and checks the PDF from outside, with
//! poppler-utils (installed by scripts/install-deps.sh): the text comes back out in the right
//! language, fonts are embedded and subset, the file is tagged, titled, has its language and
//! claims PDF/A-2a and PDF/UA-1, and Arabic and Urdu pages run right to left.

mod common;
mod support;

use common::*;
use iepdesk_documents::{Conformance, DocumentEngine, DocumentError, RenderedDocument};
use iepdesk_domain::iep::PresentLevels;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use support::*;

fn engine() -> &'static DocumentEngine {
    static E: OnceLock<DocumentEngine> = OnceLock::new();
    E.get_or_init(|| DocumentEngine::new().expect("engine loads"))
}

/// Literal strings each locale's IEP must contain, written here independently of the .ftl
/// files: the document title and the legal-version statement (absent from English).
fn literal_expectations(locale: &str) -> &'static [&'static str] {
    match locale {
        "en" => &[
            "Individualized Education Program (IEP)",
            "Present Levels of Performance and Individual Needs",
            "Page 1 of",
        ],
        "sq" => &[
            "Programi i Arsimit të Individualizuar (IEP)",
            "Versioni ligjor i këtij dokumenti",
        ],
        "ar" => &["برنامج التعليم الفردي (IEP)", "النسخة القانونية المعتمدة"],
        "bn" => &["স্বতন্ত্রীকৃত শিক্ষা কর্মসূচি (IEP)", "আইনি সংস্করণ"],
        "zh-Hans" => &["个别化教育计划（IEP）", "具有法律效力的版本是英文版IEP"],
        "zh-Hant" => &["個別化教育計劃（IEP）", "具有法律效力的版本是英文版IEP"],
        "fr" => &[
            "Programme d'éducation individualisé (IEP)",
            "juridiquement valable",
        ],
        "ht" => &[
            "Pwogram Edikasyon Endividyalize (IEP)",
            "vèsyon legal dokiman sa a",
        ],
        "ko" => &[
            "개별화 교육 프로그램(IEP)",
            "법적 효력을 갖는 것은 영문 IEP입니다",
        ],
        "ru" => &[
            "Индивидуализированная программа обучения (IEP)",
            "Юридическую силу имеет версия IEP на английском языке",
        ],
        "es" => &[
            "Programa de Educación Individualizado (IEP)",
            "El IEP en inglés es la versión legal",
        ],
        "uk" => &[
            "Індивідуальна програма навчання (IEP)",
            "Юридичну силу має версія IEP англійською мовою",
        ],
        "ur" => &["انفرادی تعلیمی پروگرام (IEP)", "قانونی نسخہ انگریزی IEP ہے"],
        "uz" => &[
            "Individuallashtirilgan taʼlim dasturi (IEP)",
            "yuridik kuchga ega versiyasi",
        ],
        other => panic!("no literal expectations for {other}"),
    }
}

fn render(locale: &str) -> (RenderedDocument, PathBuf) {
    let doc = engine()
        .render(locale, &finalized(locale).into())
        .unwrap_or_else(|e| panic!("{locale}: {e}"));
    let path = write_pdf(&format!("iep-{locale}"), &doc);
    (doc, path)
}

#[test]
fn every_covered_locale_renders_with_its_text_coming_back_out() {
    let mut failures = Vec::new();
    for locale in covered() {
        let (doc, path) = render(&locale);
        assert_eq!(doc.locale, locale);
        assert!(!doc.cover_notice);
        assert_eq!(doc.conformance, Conformance::PdfA2aUa1, "{locale}");
        assert!(doc.warnings.is_empty(), "{locale}: {:?}", doc.warnings);
        let text = extracted(&path, &locale, &[]);
        let mut expected: Vec<String> = literal_expectations(&locale)
            .iter()
            .map(|s| s.to_string())
            .collect();
        for id in [
            "iep-title",
            "section-identifying",
            "section-present-levels",
            "field-osis",
            "field-date-of-birth",
        ] {
            expected.push(message(&locale, id, &[]));
        }
        for c in PresentLevels::COMPONENTS {
            expected.push(message(&locale, &format!("plop-{c}"), &[]));
        }
        let pages = doc.pages.to_string();
        expected.push(message(
            &locale,
            "page-of",
            &[("page", "1"), ("total", &pages)],
        ));
        expected.push(message(&locale, "grade-n", &[("grade", "5")]));
        expected.push(message(&locale, &format!("language-{locale}"), &[]));
        if locale != "en" {
            expected.push(message(&locale, "translation-legal-notice", &[]));
            expected.push(message(&locale, "written-in-english", &[]));
            expected.push(message(&locale, "section-english-parts", &[]));
            expected.push(message(&locale, "english-parts-intro", &[("count", "7")]));
            expected.push(message(
                &locale,
                "english-parts-request",
                &[("contact", CONTACT)],
            ));
        }
        // The team's text, exactly as typed (straight apostrophe included), and the identifiers.
        expected.push("Maya's health and vision are within normal limits.".into());
        expected.push(OSIS.into());
        expected.push("02M999".into());
        for e in expected {
            if !shows(&text, &e, &locale) {
                failures.push(format!("{locale}: missing {e:?}"));
            }
        }
        if locale == "en" {
            for absent in ["legal version", "Written in English"] {
                if text.contains(absent) {
                    failures.push(format!("en: the English IEP must not say {absent:?}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "text missing from the PDFs (see {}):\n{}",
        Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("documents")
            .display(),
        failures.join("\n")
    );
}

#[test]
fn fonts_are_embedded_and_subset_and_the_file_is_tagged_with_title_and_language() {
    for locale in covered() {
        let (doc, path) = render(&locale);
        let fonts = poppler("pdffonts", &[], &path);
        let rows: Vec<&str> = fonts
            .lines()
            .skip(2)
            .filter(|l| !l.trim().is_empty())
            .collect();
        assert!(!rows.is_empty(), "{locale}: pdffonts lists no font");
        for row in &rows {
            // name type encoding emb sub uni object ID: read the yes/no columns from the right.
            let cols: Vec<&str> = row.split_whitespace().collect();
            let n = cols.len();
            assert!(n >= 7, "{locale}: unexpected pdffonts row {row:?}");
            let (emb, sub, uni) = (cols[n - 5], cols[n - 4], cols[n - 3]);
            assert_eq!(
                (emb, sub, uni),
                ("yes", "yes", "yes"),
                "{locale}: font not embedded+subset+unicode: {row}"
            );
            assert!(
                cols[0].contains('+'),
                "{locale}: subset fonts carry a tag prefix: {row}"
            );
        }

        let info = poppler("pdfinfo", &[], &path);
        assert!(
            info.lines()
                .any(|l| l.starts_with("Tagged:") && l.ends_with("yes")),
            "{locale}: not tagged:\n{info}"
        );
        let title_line = info
            .lines()
            .find(|l| l.starts_with("Title:"))
            .unwrap_or_else(|| panic!("{locale}: no title:\n{info}"));
        let name = format!("{STUDENT_FIRST} {STUDENT_LAST}");
        assert!(
            title_line.contains(&name),
            "{locale}: title without the student: {title_line}"
        );
        assert!(
            normalize(title_line, false)
                .contains(&normalize(&message(&locale, "iep-title", &[]), false)),
            "{locale}: title not in the document's language: {title_line}"
        );
        assert!(
            info.lines()
                .any(|l| l.starts_with("Pages:") && l.ends_with(&doc.pages.to_string())),
            "{locale}: page count"
        );

        let meta = poppler("pdfinfo", &["-meta"], &path);
        let lang = match locale.as_str() {
            "zh-Hans" => "zh-CN",
            "zh-Hant" => "zh-TW",
            other => other,
        };
        assert!(
            meta.contains(&format!(">{lang}<")),
            "{locale}: XMP has no dc:language {lang}:\n{meta}"
        );
        assert!(
            meta.contains("pdfaid:part") && meta.contains("pdfuaid:part"),
            "{locale}: no PDF/A or PDF/UA claim in XMP:\n{meta}"
        );
        if locale != "en" {
            // The team's English text is announced as English inside the translated document.
            assert!(
                doc.pdf.windows(9).any(|w| w == b"/Lang(en)"),
                "{locale}: no English span"
            );
        }
        if matches!(locale.as_str(), "en" | "es" | "ru") {
            // Poppler's structure dump garbles complex scripts (tech notes §1.2); Latin and
            // Cyrillic are reliable.
            let structure = poppler("pdfinfo", &["-struct-text"], &path);
            if locale == "en" {
                // Heading titles outside ASCII come out in UTF-16; check the English ones.
                let h = |level: u8, id: &str| format!("H{level} \"{}\"", message(&locale, id, &[]));
                for needle in [
                    h(1, "iep-title"),
                    h(2, "section-identifying"),
                    h(2, "section-present-levels"),
                    h(3, "plop-social_development"),
                ] {
                    assert!(
                        structure.contains(&needle),
                        "{locale}: no {needle} in the structure tree"
                    );
                }
            }
            for level in ["H1 ", "H2 ", "H3 "] {
                assert!(
                    structure.contains(level),
                    "{locale}: no {level}heading in the structure tree"
                );
            }
            for tag in ["Table", "TH", "TD", "P (block)"] {
                assert!(
                    structure.contains(tag),
                    "{locale}: no {tag} in the structure tree"
                );
            }
            if locale != "en" {
                assert!(
                    structure.contains("\n  L ") || structure.contains("L (block)"),
                    "{locale}: the English parts are not a list"
                );
            }
        }
        let catalog_lang = format!("/Lang({lang})");
        assert!(
            doc.pdf
                .windows(catalog_lang.len())
                .any(|w| w == catalog_lang.as_bytes()),
            "{locale}: the catalog has no {catalog_lang}"
        );
    }
}

/// Words of page 1 with their boxes, from `pdftotext -bbox`.
fn words_on_first_page(path: &Path) -> Vec<(f64, f64, f64, f64, String)> {
    let html = poppler("pdftotext", &["-bbox", "-f", "1", "-l", "1"], path);
    let attr = |tag: &str, name: &str| -> f64 {
        let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[start..].split('"').next().unwrap().parse().unwrap()
    };
    html.lines()
        .filter(|l| l.trim_start().starts_with("<word"))
        .map(|l| {
            let text = l
                .split('>')
                .nth(1)
                .unwrap()
                .split('<')
                .next()
                .unwrap()
                .to_string();
            (
                attr(l, "xMin"),
                attr(l, "yMin"),
                attr(l, "xMax"),
                attr(l, "yMax"),
                text,
            )
        })
        .collect()
}

#[test]
fn arabic_and_urdu_run_right_to_left_and_tables_mirror() {
    // US Letter is 612 pt wide; the side margins are 2.2 cm (62.4 pt).
    let (left, right) = (62.4, 612.0 - 62.4);
    let label_column = 0.36 * (right - left);
    for locale in ["en", "ar", "ur", "ru", "bn"] {
        let (_, path) = render(locale);
        let words = words_on_first_page(&path);
        // The title line: the first line below the running header (which ends above 60 pt).
        let first = words
            .iter()
            .filter(|w| w.1 > 60.0)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .expect("text below the header");
        let middle = (first.1 + first.3) / 2.0;
        let title: Vec<_> = words
            .iter()
            .filter(|w| w.1 < middle && w.3 > middle)
            .collect();
        let (min_x, max_x) = title
            .iter()
            .fold((f64::MAX, 0.0f64), |(a, b), w| (a.min(w.0), b.max(w.2)));
        // The OSIS value in the identifying table (the lower of its occurrences; the header has one too).
        let osis = words
            .iter()
            .filter(|w| w.4.contains(OSIS))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .expect("OSIS on page 1");
        if is_rtl(locale) {
            assert!(
                (max_x - right).abs() < 3.0,
                "{locale}: title does not start at the right margin ({min_x:.1}–{max_x:.1})"
            );
            assert!(
                osis.2 < right - label_column + 3.0,
                "{locale}: value column not on the left (OSIS at {:.1}–{:.1})",
                osis.0,
                osis.2
            );
            // The label of the row is right of its value.
            let label = words
                .iter()
                .filter(|w| w.1 < osis.3 && w.3 > osis.1 && w.0 > osis.2)
                .count();
            assert!(label > 0, "{locale}: no label right of the OSIS value");
        } else {
            assert!(
                (min_x - left).abs() < 3.0,
                "{locale}: title does not start at the left margin ({min_x:.1}–{max_x:.1})"
            );
            assert!(
                osis.0 > left + label_column - 3.0,
                "{locale}: value column not on the right (OSIS at {:.1})",
                osis.0
            );
        }
    }
}

#[test]
fn translated_share_and_english_parts_are_reported() {
    let en = engine().render("en", &finalized("en").into()).unwrap();
    assert_eq!(en.translated_share, 1.0);
    assert!(en.english_parts.is_empty());
    for locale in ["es", "ar", "zh-Hant", "bn"] {
        let doc = engine().render(locale, &finalized(locale).into()).unwrap();
        assert!(
            doc.translated_share > 0.3 && doc.translated_share < 0.9,
            "{locale}: share {}",
            doc.translated_share
        );
        assert_eq!(doc.english_parts.len(), 7);
        assert!(doc
            .english_parts
            .contains(&"present_levels.social_development".to_string()));
    }
    // Fewer English narratives, larger share.
    let few = engine().render("es", &draft("es", &[2]).into()).unwrap();
    let all = engine().render("es", &finalized("es").into()).unwrap();
    assert!(few.translated_share > all.translated_share);
    assert_eq!(
        few.english_parts,
        vec!["present_levels.social_development".to_string()]
    );
}

#[test]
fn a_draft_marks_unwritten_parts_and_lists_only_written_ones() {
    let doc = engine().render("ru", &draft("ru", &[1, 4]).into()).unwrap();
    let path = write_pdf("iep-ru-draft", &doc);
    let text = extracted(&path, "ru", &[]);
    for (id, args) in [
        ("draft-notice", vec![]),
        ("not-yet-written", vec![]),
        ("english-parts-intro", vec![("count", "2")]),
        ("iep-version-value", vec![("version", "2")]),
        ("iep-status-draft", vec![]),
    ] {
        assert!(
            shows(&text, &message("ru", id, &args), "ru"),
            "{id} missing: {text}"
        );
    }
    assert_eq!(
        doc.english_parts,
        vec![
            "present_levels.academic_achievement",
            "present_levels.management_needs"
        ]
    );
}

#[test]
fn an_empty_draft_has_no_english_parts_section() {
    // Spanish: a locale whose IEP form labels are translated (D19: the others fall back to
    // English labels for now, and those count as English words).
    let doc = engine().render("es", &draft("es", &[]).into()).unwrap();
    let path = write_pdf("iep-es-empty", &doc);
    let text = extracted(&path, "es", &[]);
    assert!(shows(&text, &message("es", "not-yet-written", &[]), "es"));
    assert!(!shows(
        &text,
        &message("es", "section-english-parts", &[]),
        "es"
    ));
    assert!(doc.english_parts.is_empty());
    assert_eq!(doc.translated_share, 1.0);
}

#[test]
fn a_language_outside_the_covered_list_gets_the_english_iep_with_a_cover_notice() {
    let mut data = finalized("pl");
    let doc = engine().render_for_parent(&data.clone().into()).unwrap();
    assert_eq!(doc.locale, "en");
    assert!(doc.cover_notice);
    assert_eq!(doc.english_parts, vec!["document"]);
    assert_eq!(doc.translated_share, 0.0);
    assert_eq!(doc.conformance, Conformance::PdfA2aUa1);
    let path = write_pdf("iep-pl-cover", &doc);
    let first = extracted(&path, "en", &["-f", "1", "-l", "1"]);
    assert!(
        first.contains("Important: a document about your child's education"),
        "{first}"
    );
    assert!(first.contains("It is an important document and it should be translated."));
    assert!(first.contains("not yet translated into Polish"), "{first}");
    assert!(
        first.contains(&format!("please contact {CONTACT}.")),
        "{first}"
    );
    assert!(first.contains("(212) 555-0147"));
    let all = extracted(&path, "en", &[]);
    assert!(all.contains("Individualized Education Program (IEP)"));

    data.contact.name = "  ".into();
    assert_eq!(
        engine()
            .render_for_parent(&data.clone().into())
            .unwrap_err(),
        DocumentError::MissingContact
    );
}

#[test]
fn an_unknown_locale_is_refused_with_the_supported_list() {
    let err = engine()
        .render("xx-Klingon", &finalized("en").into())
        .unwrap_err();
    match &err {
        DocumentError::UnknownLocale {
            requested,
            supported,
        } => {
            assert_eq!(requested, "xx-Klingon");
            assert_eq!(supported.len(), 14);
            assert!(supported.contains(&"zh-Hant".to_string()));
        }
        other => panic!("expected UnknownLocale, got {other:?}"),
    }
    let shown = err.to_string();
    assert!(
        shown.contains("en, sq, ar, bn, zh-Hans, zh-Hant, fr, ht, ko, ru, es, uk, ur, uz"),
        "{shown}"
    );
    // Codes are matched case-insensitively.
    assert_eq!(
        engine()
            .render("ZH-hant", &finalized("zh-Hant").into())
            .unwrap()
            .locale,
        "zh-Hant"
    );
}

#[test]
fn a_character_no_font_has_still_gives_a_document() {
    // Typed text may hold anything; PDF/A forbids missing glyphs, so the engine steps down.
    let mut data = finalized("es");
    data.iep.content.present_levels.social_development =
        "Maya loves dinosaurs \u{1F996} and drawing.".into();
    let doc = engine().render("es", &data.clone().into()).unwrap();
    match &doc.conformance {
        Conformance::Tagged { refused } => {
            assert!(refused.contains("could not be displayed"), "{refused}")
        }
        other => panic!("a missing glyph is refused by PDF/A and by PDF/UA; got {other:?}"),
    }
    assert_eq!(
        engine().unsupported_chars(&data.iep.content.present_levels.social_development),
        vec!['\u{1F996}']
    );
    let every_script =
        "Maya Иван Іван Oʻzbek Kreyòl ë ç محمد علی ٹیم শিক্ষা 学生 學生 학생 ‘’ “” – — · …";
    assert!(
        engine().unsupported_chars(every_script).is_empty(),
        "{:?}",
        engine().unsupported_chars(every_script)
    );
    assert!(doc.pdf.starts_with(b"%PDF-"));
}

#[test]
fn renders_are_deterministic() {
    let a = engine().render("ar", &finalized("ar").into()).unwrap();
    let mut data = finalized("ar");
    data.student.id = iepdesk_domain::ids::StudentId(uuid::Uuid::nil());
    let b = engine().render("ar", &data.clone().into()).unwrap();
    let c = engine().render("ar", &data.into()).unwrap();
    assert_eq!(b.pdf, c.pdf, "same data, same bytes");
    assert_eq!(a.pages, b.pages);
}
