//! Golden tests of the notices and forms in every covered locale: the Prior Written Notice
//! (recommendation), the Notice of IEP Meeting and the consent for initial evaluation are each
//! rendered once per locale (shared by the tests below), read back with poppler-utils and
//! checked for their text in that language, embedded subset fonts, tags, title, language and
//! PDF/A-2a + PDF/UA-1. Further tests cover each PWN situation, the PSN enclosure decision, the
//! partial-consent grid, and refusals of incomplete data.

mod common;
mod support;

use common::*;
use iepdesk_documents::{
    Conformance, DocumentData, DocumentEngine, DocumentError, DocumentSettings, RenderedDocument,
};
use iepdesk_domain::notices::{ConsentKind, PwnSituation};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;
use support::*;

fn engine() -> &'static DocumentEngine {
    static E: OnceLock<DocumentEngine> = OnceLock::new();
    E.get_or_init(|| DocumentEngine::new().expect("engine loads"))
}

const DOCS: [&str; 3] = ["pwn", "meeting-notice", "consent"];

fn data(doc: &str, locale: &str) -> DocumentData {
    match doc {
        "pwn" => pwn(PwnSituation::Recommendation, locale).into(),
        "meeting-notice" => meeting_notice(locale).into(),
        "consent" => consent(ConsentKind::InitialEvaluation, locale).into(),
        other => panic!("no fixture for {other}"),
    }
}

/// Every document × every covered locale, rendered once for all tests of this file.
fn rendered() -> &'static BTreeMap<(String, String), (RenderedDocument, PathBuf)> {
    static R: OnceLock<BTreeMap<(String, String), (RenderedDocument, PathBuf)>> = OnceLock::new();
    R.get_or_init(|| {
        let mut out = BTreeMap::new();
        for doc in DOCS {
            for locale in covered() {
                let rendered = engine()
                    .render(&locale, &data(doc, &locale))
                    .unwrap_or_else(|e| panic!("{doc} {locale}: {e}"));
                let path = write_pdf(&format!("{doc}-{locale}"), &rendered);
                out.insert((doc.to_string(), locale), (rendered, path));
            }
        }
        out
    })
}

/// Strings each locale's documents must contain, written here independently of the .ftl files:
/// the PWN's "Why" element heading, the meeting notice's title, the consent form's title.
fn literals(doc: &str, locale: &str) -> &'static str {
    match (doc, locale) {
        ("pwn", "en") => "2. Why",
        ("pwn", "sq") => "2. Pse",
        ("pwn", "ar") => "2. السبب",
        ("pwn", "bn") => "2. কারণ",
        ("pwn", "zh-Hans") => "2. 原因",
        ("pwn", "zh-Hant") => "2. 原因",
        ("pwn", "fr") => "2. Pourquoi",
        ("pwn", "ht") => "2. Poukisa",
        ("pwn", "ko") => "2. 이유",
        ("pwn", "ru") => "2. Почему",
        ("pwn", "es") => "2. Por qué",
        ("pwn", "uk") => "2. Чому",
        ("pwn", "ur") => "2. وجہ",
        ("pwn", "uz") => "2. Nima uchun",
        ("meeting-notice", "en") => "Notice of IEP Meeting",
        ("meeting-notice", "sq") => "Njoftim për mbledhjen e IEP",
        ("meeting-notice", "ar") => "إشعار اجتماع IEP",
        ("meeting-notice", "bn") => "IEP সভার নোটিশ",
        ("meeting-notice", "zh-Hans") => "IEP会议通知",
        ("meeting-notice", "zh-Hant") => "IEP會議通知",
        ("meeting-notice", "fr") => "Avis de réunion IEP",
        ("meeting-notice", "ht") => "Avi Reyinyon IEP",
        ("meeting-notice", "ko") => "IEP 회의 통지서",
        ("meeting-notice", "ru") => "Уведомление о заседании по IEP",
        ("meeting-notice", "es") => "Aviso de reunión del IEP",
        ("meeting-notice", "uk") => "Повідомлення про засідання щодо IEP",
        ("meeting-notice", "ur") => "IEP میٹنگ کا نوٹس",
        ("meeting-notice", "uz") => "IEP yigʻilishi haqida xabarnoma",
        ("consent", "en") => "Consent for Initial Evaluation",
        ("consent", "sq") => "Pëlqim për vlerësimin fillestar",
        ("consent", "ar") => "الموافقة على التقييم الأولي",
        ("consent", "bn") => "প্রাথমিক মূল্যায়নের জন্য সম্মতি",
        ("consent", "zh-Hans") => "初次评估同意书",
        ("consent", "zh-Hant") => "初次評估同意書",
        ("consent", "fr") => "Consentement à l'évaluation initiale",
        ("consent", "ht") => "Konsantman pou premye evalyasyon an",
        ("consent", "ko") => "초기 평가 동의서",
        ("consent", "ru") => "Согласие на первичную оценку",
        ("consent", "es") => "Consentimiento para la evaluación inicial",
        ("consent", "uk") => "Згода на первинне оцінювання",
        ("consent", "ur") => "ابتدائی جائزے کے لیے رضامندی",
        ("consent", "uz") => "Dastlabki baholashga rozilik",
        other => panic!("no literal for {other:?}"),
    }
}

/// The messages each document must show, formatted as the engine does.
fn expected_messages(doc: &str, locale: &str) -> Vec<String> {
    let m = |id: &str| message(locale, id, &[]);
    let mut out = vec![m("section-questions")];
    if doc != "meeting-notice" {
        // The notice names the student in its meeting details; the others open with the facts.
        out.push(m("section-student"));
        out.push(m("field-osis"));
    }
    match doc {
        "pwn" => {
            out.push(m("pwn-title-recommendation"));
            out.push(m("pwn-intro-recommendation"));
            for id in [
                "pwn-element-action-propose",
                "pwn-element-reasons",
                "pwn-element-evaluations",
                "pwn-element-options",
                "pwn-element-other-factors",
                "pwn-element-safeguards",
                "pwn-element-assistance",
                "pwn-safeguards-statement",
                "pwn-psn-enclosed",
                "pwn-program-visit",
            ] {
                out.push(m(id));
            }
            out.push(message(locale, "pwn-option", &[("number", "1")]));
            out.push(message(locale, "pwn-contact", &[("contact", CONTACT)]));
        }
        "meeting-notice" => {
            for id in [
                "meeting-notice-intro",
                "meeting-type-annual_review",
                "field-meeting-place",
                "role-parent",
                "role-district_representative",
                "role-school_psychologist",
                "role-special_education_teacher",
                "role-general_education_teacher",
                "right-bring-people",
                "right-parent-member",
                "right-physician",
                "right-interpreter",
                "right-reschedule",
                "right-record",
                "right-documents",
            ] {
                out.push(m(id));
            }
            out.push(message(locale, "meeting-contact", &[("contact", CONTACT)]));
        }
        "consent" => {
            for id in [
                "consent-intro-initial_evaluation",
                "consent-activities-itemized",
                "consent-choice-yes",
                "consent-choice-no",
                "consent-records-default",
                "consent-right-decline",
                "consent-right-revoke",
                "consent-right-not-retroactive",
                "signature-parent",
                "signature-date",
            ] {
                out.push(m(id));
            }
        }
        _ => unreachable!(),
    }
    if locale != "en" {
        out.push(m("translation-legal-notice-document"));
        if doc != "meeting-notice" {
            out.push(m("written-in-english"));
            out.push(m("section-english-parts-document"));
        }
    }
    out
}

#[test]
fn every_document_in_every_locale_shows_its_text() {
    let mut failures = Vec::new();
    for ((doc, locale), (rendered, path)) in rendered() {
        assert_eq!(&rendered.locale, locale);
        assert!(!rendered.cover_notice);
        if rendered.conformance != Conformance::PdfA2aUa1 {
            failures.push(format!("{doc} {locale}: {:?}", rendered.conformance));
        }
        if !rendered.warnings.is_empty() {
            failures.push(format!("{doc} {locale}: warnings {:?}", rendered.warnings));
        }
        let text = extracted(path, locale, &[]);
        let mut expected = expected_messages(doc, locale);
        expected.push(literals(doc, locale).to_string());
        expected.push(OSIS.into());
        match doc.as_str() {
            // The team's text, exactly as typed.
            "pwn" => {
                expected.push(PWN_REASON.into());
                expected.push(PWN_OPTION_WHY.into());
                expected.push(PWN_EVALUATION.into());
            }
            "meeting-notice" => {
                expected.push("P.S. 999, Room 214".into());
                expected.push("Omar Sample".into());
                expected.push(message(
                    locale,
                    "date",
                    &[
                        ("day", "14"),
                        ("month", &message(locale, "month-4", &[])),
                        ("year", "2026"),
                    ],
                ));
            }
            "consent" => expected.extend(ACTIVITIES.iter().map(|a| a.to_string())),
            _ => {}
        }
        for e in expected {
            if !shows(&text, &e, locale) {
                failures.push(format!("{doc} {locale}: missing {e:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_document_is_tagged_titled_with_language_and_subset_fonts() {
    let mut failures = Vec::new();
    for ((doc, locale), (rendered, path)) in rendered() {
        for row in poppler("pdffonts", &[], path).lines().skip(2) {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let n = cols.len();
            if n < 7 {
                continue;
            }
            if (cols[n - 5], cols[n - 4], cols[n - 3]) != ("yes", "yes", "yes")
                || !cols[0].contains('+')
            {
                failures.push(format!(
                    "{doc} {locale}: font not embedded+subset+unicode: {row}"
                ));
            }
        }
        let info = poppler("pdfinfo", &[], path);
        if !info
            .lines()
            .any(|l| l.starts_with("Tagged:") && l.ends_with("yes"))
        {
            failures.push(format!("{doc} {locale}: not tagged"));
        }
        let name = format!("{STUDENT_FIRST} {STUDENT_LAST}");
        if !info
            .lines()
            .any(|l| l.starts_with("Title:") && l.contains(&name))
        {
            failures.push(format!("{doc} {locale}: no title with the student"));
        }
        let lang = match locale.as_str() {
            "zh-Hans" => "zh-CN",
            "zh-Hant" => "zh-TW",
            other => other,
        };
        let catalog_lang = format!("/Lang({lang})");
        if !rendered
            .pdf
            .windows(catalog_lang.len())
            .any(|w| w == catalog_lang.as_bytes())
        {
            failures.push(format!("{doc} {locale}: no {catalog_lang} in the catalog"));
        }
        let meta = poppler("pdfinfo", &["-meta"], path);
        if !(meta.contains("pdfaid:part") && meta.contains("pdfuaid:part")) {
            failures.push(format!("{doc} {locale}: no PDF/A or PDF/UA claim"));
        }
        if locale != "en"
            && doc != "meeting-notice"
            && !rendered.pdf.windows(9).any(|w| w == b"/Lang(en)")
        {
            failures.push(format!(
                "{doc} {locale}: the team's English text is not marked English"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_meeting_notice_lists_roles_in_a_table_with_headers() {
    let (_, path) = &rendered()[&("meeting-notice".to_string(), "en".to_string())];
    let structure = poppler("pdfinfo", &["-struct-text"], path);
    for tag in ["Table", "TH", "TD", "L ", "H1 ", "H2 "] {
        assert!(structure.contains(tag), "no {tag} in the structure tree");
    }
    let text = extracted(path, "en", &[]);
    assert!(text.contains("Time 2:30 PM"), "{text}");
    assert!(
        !text.contains("An interpreter for"),
        "English parent: no interpreter row"
    );
    let es = extracted(
        &rendered()[&("meeting-notice".to_string(), "es".to_string())].1,
        "es",
        &[],
    );
    assert!(es.contains("14:30"), "{es}");
    let spanish = message("es", "language-es", &[]);
    let interpreter = message("es", "meeting-interpreter-value", &[("language", &spanish)]);
    assert!(shows(&es, &interpreter, "es"), "{es}");
}

#[test]
fn every_pwn_situation_renders_with_its_title_and_parts() {
    use PwnSituation as S;
    for (situation, id, extra) in [
        (
            S::ReferralInitial,
            "referral_initial",
            Some("pwn-referral-next"),
        ),
        (
            S::RefusalOfInitialEvaluation,
            "refusal_of_initial_evaluation",
            Some("pwn-refusal-right-to-refer"),
        ),
        (
            S::RecommendationInitial,
            "recommendation_initial",
            Some("pwn-program-visit"),
        ),
        (
            S::Recommendation,
            "recommendation",
            Some("pwn-program-visit"),
        ),
        (
            S::Ineligibility,
            "ineligibility",
            Some("pwn-ineligibility-enclosed"),
        ),
        (
            S::ReevaluationWithAssessments,
            "reevaluation_with_assessments",
            None,
        ),
        (S::Reevaluation, "reevaluation", None),
        (S::Amendment, "amendment", None),
        (S::Refusal, "refusal", None),
    ] {
        for locale in ["en", "ar"] {
            let doc = engine()
                .render(locale, &pwn(situation, locale).into())
                .unwrap_or_else(|e| panic!("{id} {locale}: {e}"));
            let path = write_pdf(&format!("pwn-{id}-{locale}"), &doc);
            let text = extracted(&path, locale, &[]);
            let mut expected = vec![
                message(locale, &format!("pwn-title-{id}"), &[]),
                message(locale, &format!("pwn-intro-{id}"), &[]),
            ];
            expected.extend(extra.map(|e| message(locale, e, &[])));
            if let Some(kind) = situation.consent_needed() {
                let kind = match kind {
                    ConsentKind::InitialEvaluation => "initial_evaluation",
                    ConsentKind::InitialProvisionOfServices => "initial_provision_of_services",
                    ConsentKind::AdditionalAssessments => "additional_assessments",
                };
                let form = message(locale, &format!("consent-title-{kind}"), &[]);
                expected.push(message(locale, "pwn-consent-enclosed", &[("form", &form)]));
            }
            let refuse = message(locale, "pwn-element-action-refuse", &[]);
            if matches!(
                situation,
                S::Refusal | S::RefusalOfInitialEvaluation | S::Ineligibility
            ) {
                expected.push(refuse);
            } else {
                assert!(
                    !shows(&text, &refuse, locale),
                    "{id} {locale}: a proposal says it refuses"
                );
            }
            for e in expected {
                assert!(shows(&text, &e, locale), "{id} {locale}: missing {e:?}");
            }
        }
    }
}

#[test]
fn the_psn_enclosure_statement_appears_exactly_when_the_domain_requires_it() {
    let enclosed = message("en", "pwn-psn-enclosed", &[]);
    let how = message("en", "pwn-psn-how-to-obtain", &[]);
    let render = |d: iepdesk_documents::PwnDocumentData, name: &str| {
        let doc = engine().render("en", &d.into()).unwrap();
        extracted(&write_pdf(name, &doc), "en", &[])
    };
    // A recommendation with the PSN given two months earlier: not required, not enclosed; the
    // notice says how to get it.
    let mut recent = pwn(PwnSituation::Recommendation, "en");
    recent.last_psn_given = Some(chrono::NaiveDate::from_ymd_opt(2026, 1, 20).unwrap());
    recent.notice.psn_enclosed = false;
    let text = render(recent.clone(), "pwn-psn-recent");
    assert!(
        !text.contains(&enclosed),
        "not required, not enclosed: {text}"
    );
    assert!(text.contains(&how) && text.contains("From the school office or the DOE website."));

    // The same notice when the PSN was last given over a year ago: required, so a notice that
    // does not record it enclosed is refused, naming the field…
    let mut stale = recent.clone();
    stale.last_psn_given = Some(chrono::NaiveDate::from_ymd_opt(2024, 9, 1).unwrap());
    match engine().render("en", &stale.clone().into()).unwrap_err() {
        DocumentError::Incomplete { field, .. } => assert_eq!(field, "notice.psn_enclosed"),
        other => panic!("expected Incomplete, got {other:?}"),
    }
    // …and once enclosed, the notice says so.
    stale.notice.psn_enclosed = true;
    let text = render(stale, "pwn-psn-stale");
    assert!(text.contains(&enclosed) && !text.contains(&how));

    // The initial referral always encloses it (L373, L377), whatever the last date.
    let mut referral = pwn(PwnSituation::ReferralInitial, "en");
    referral.last_psn_given = Some(chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
    assert!(render(referral, "pwn-psn-referral").contains(&enclosed));
}

#[test]
fn an_incomplete_notice_is_refused_with_the_field_named() {
    let mut d = pwn(PwnSituation::Recommendation, "es");
    d.notice.reasons = "  ".into();
    let err = engine().render("es", &d.into()).unwrap_err();
    match &err {
        DocumentError::Incomplete { field, message } => {
            assert_eq!(field, "notice.reasons");
            assert!(message.contains("L173"), "{message}");
        }
        other => panic!("expected Incomplete, got {other:?}"),
    }
    let mut d = pwn(PwnSituation::Recommendation, "en");
    d.notice.program_visit_contact = None;
    assert!(matches!(
        engine().render("en", &d.into()).unwrap_err(),
        DocumentError::Incomplete { field, .. } if field == "notice.program_visit_contact"
    ));
    let mut m = meeting_notice("en");
    m.meeting.participants.clear();
    assert!(matches!(
        engine().render("en", &m.into()).unwrap_err(),
        DocumentError::Incomplete { field, .. } if field == "meeting.participants"
    ));
    let mut c = consent(ConsentKind::InitialEvaluation, "en");
    c.activities = vec![" ".into()];
    assert!(matches!(
        engine().render("en", &c.into()).unwrap_err(),
        DocumentError::Incomplete { field, .. } if field == "activities"
    ));
}

#[test]
fn partial_consent_is_offered_where_the_manual_allows_it() {
    let text = |d: iepdesk_documents::ConsentDocumentData, name: &str| {
        let doc = engine().render("en", &d.into()).unwrap();
        extracted(&write_pdf(name, &doc), "en", &[])
    };
    let grid = message("en", "consent-activities-itemized", &[]);
    let whole = message("en", "consent-whole-yes", &[]);
    let services = text(
        consent(ConsentKind::InitialProvisionOfServices, "en"),
        "consent-services-en",
    );
    assert!(
        services.contains(&whole) && !services.contains(&grid),
        "{services}"
    );
    assert!(services.contains(&message(
        "en",
        "consent-title-initial_provision_of_services",
        &[]
    )));
    let mut itemized = consent(ConsentKind::InitialProvisionOfServices, "en");
    itemized.settings = DocumentSettings {
        partial_consent_for_services: true,
    };
    let services = text(itemized, "consent-services-itemized-en");
    assert!(services.contains(&grid) && !services.contains(&whole));
    let reevaluation = text(
        consent(ConsentKind::AdditionalAssessments, "en"),
        "consent-reeval-en",
    );
    assert!(reevaluation.contains(&grid));
}

#[test]
fn translated_share_counts_the_teams_english_text() {
    for ((doc, locale), (rendered, _)) in rendered() {
        if locale == "en" {
            assert_eq!(rendered.translated_share, 1.0, "{doc}");
            assert!(rendered.english_parts.is_empty());
        } else if doc == "meeting-notice" {
            // Nothing typed but names and the place: wholly in the parent's language.
            assert_eq!(rendered.translated_share, 1.0, "{doc} {locale}");
        } else {
            assert!(
                rendered.translated_share > 0.5 && rendered.translated_share < 1.0,
                "{doc} {locale}: {}",
                rendered.translated_share
            );
            assert!(!rendered.english_parts.is_empty());
        }
    }
    let pwn = &rendered()[&("pwn".to_string(), "fr".to_string())].0;
    for part in [
        "action_description",
        "reasons",
        "evaluations_relied_on",
        "options_considered",
    ] {
        assert!(
            pwn.english_parts.contains(&part.to_string()),
            "{:?}",
            pwn.english_parts
        );
    }
}

#[test]
fn a_language_outside_the_covered_list_gets_a_cover_notice_in_that_language_when_there_is_one() {
    // Polish is in the table but not covered, and has no cover.ftl: English notice.
    let d = pwn(PwnSituation::Recommendation, "pl");
    let doc = engine().render_for_parent(&d.into()).unwrap();
    assert!(doc.cover_notice);
    assert_eq!(doc.locale, "en");
    assert_eq!(doc.translated_share, 0.0);
    let text = extracted(
        &write_pdf("pwn-pl-cover", &doc),
        "en",
        &["-f", "1", "-l", "1"],
    );
    assert!(text.contains("not yet translated into Polish"), "{text}");
}
