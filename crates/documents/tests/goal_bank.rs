//! The goal bank in the parent's language: `locales/en/goal-bank.ftl` is generated from the
//! shipped bank, every covered locale translates every part of every goal keeping its numbers,
//! and the full high-school IEP, with one goal as the bank wrote it and one the team changed,
//! prints the first in the parent's language and the second as typed, in every covered locale,
//! with the form's structured values (program, service, frequency, testing accommodation,
//! placement) in that language too; and the same draft's recommendations page (SOPM L1491) shows
//! only the identifying information and the recommended programs, services and placement.

mod support;

use chrono::NaiveDate;
use iepdesk_documents::{
    english_goal_bank_ftl, ftl_files, DocumentEngine, IepDocumentData, IepPart,
};
use iepdesk_domain::case::Case;
use iepdesk_domain::iep::goal_bank;
use iepdesk_domain::iep::StartIepDraft;
use iepdesk_domain::language::LanguageCode;
use std::collections::BTreeMap;
use support::{covered, extracted, message, shows, write_pdf};

const ENGLISH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../locales/en/goal-bank.ftl"
);

#[test]
fn the_english_file_is_generated_from_the_bank() {
    let want = english_goal_bank_ftl();
    if std::env::var_os("UPDATE_LOCALES").is_some() {
        std::fs::write(ENGLISH, &want).unwrap();
    }
    let have = std::fs::read_to_string(ENGLISH).unwrap_or_default();
    assert!(
        have == want,
        "locales/en/goal-bank.ftl is stale: run `UPDATE_LOCALES=1 cargo test -p iepdesk-documents --test goal_bank`, then translate the changed goals in every locale"
    );
}

/// `id = value` of a one-line-message file.
fn values(source: &str) -> BTreeMap<&str, &str> {
    source
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(" = "))
        .collect()
}

fn numbers(text: &str) -> Vec<String> {
    let mut found: Vec<String> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    found.sort();
    found
}

#[test]
fn every_covered_locale_translates_every_goal_keeping_its_numbers() {
    let files: BTreeMap<&str, &str> = ftl_files()
        .iter()
        .filter(|(_, r, _)| *r == "goal-bank")
        .map(|(l, _, s)| (*l, *s))
        .collect();
    let english = values(files["en"]);
    assert!(english.len() >= 600, "{} messages", english.len());
    let mut problems = Vec::new();
    for locale in covered() {
        let Some(source) = files.get(locale.as_str()) else {
            problems.push(format!("locales/{locale}/goal-bank.ftl is missing"));
            continue;
        };
        if locale == "en" {
            continue;
        }
        let own = values(source);
        for (id, en) in &english {
            match own.get(id) {
                None => problems.push(format!("{locale}: no {id}")),
                Some(v) if v.trim() == en.trim() => {
                    problems.push(format!("{locale}: {id} is still English"))
                }
                Some(v) if numbers(v) != numbers(en) => problems.push(format!(
                    "{locale}: {id} has the numbers {:?}, English {:?}",
                    numbers(v),
                    numbers(en)
                )),
                Some(_) => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The full high-school IEP of tests/cases, its first goal replaced by the bank goal
/// `read-main-idea` as picked, and its second goal started from a bank goal but reworded.
fn full_iep(locale: &str) -> IepDocumentData {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/cases/high-school-full.json"
    );
    let case = Case::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut student = case.student.clone();
    student.parent_language = LanguageCode::parse(locale).unwrap();
    let (mut iep, _) = StartIepDraft {
        student_id: student.id,
    }
    .start(1);
    iep.content = case.iep.clone();
    let goals = &mut iep.content.annual_goals.goals;
    let picked = goal_bank::find("read-main-idea").unwrap().to_annual_goal();
    goals[0] = iepdesk_domain::iep::AnnualGoal {
        id: goals[0].id.clone(),
        need_ids: goals[0].need_ids.clone(),
        postsecondary_goal_id: goals[0].postsecondary_goal_id.clone(),
        ..picked
    };
    goals[1].bank_id = Some("read-inference".into());
    IepDocumentData {
        student,
        iep,
        contact: iepdesk_documents::ContactPerson {
            name: "Dana Example".into(),
            phone: None,
            email: None,
        },
        produced_on: NaiveDate::from_ymd_opt(2026, 3, 23).unwrap(),
        utc_offset_minutes: -240,
        part: iepdesk_documents::IepPart::Whole,
    }
}

#[test]
fn the_full_iep_prints_bank_goals_and_structured_values_in_every_covered_locale() {
    let engine = DocumentEngine::shared().unwrap();
    let mut problems = Vec::new();
    for locale in covered() {
        let data = full_iep(&locale);
        let reworded = data.iep.content.annual_goals.goals[1].skill.clone();
        let doc = engine.render(&locale, &data.into()).unwrap();
        assert!(doc.pages >= 12, "{locale}: {} pages", doc.pages);
        let path = write_pdf(&format!("full-iep-{locale}"), &doc);
        let text = extracted(&path, &locale, &[]);
        let mut expect = |what: String| {
            if !shows(&text, &what, &locale) {
                problems.push(format!(
                    "{locale}: `{what}` not found in {}",
                    path.display()
                ));
            }
        };
        for part in [
            "skill",
            "condition",
            "criterion",
            "benchmark-1",
            "benchmark-2",
        ] {
            expect(message(
                &locale,
                &format!("goal-read-main-idea-{part}"),
                &[],
            ));
        }
        for id in [
            "iep-program-kind-ict",
            "iep-related-service-type-counseling",
            "iep-time-multiplier-time-and-a-half",
            "iep-placement-kind-doe-non-specialized",
        ] {
            expect(message(&locale, id, &[]));
        }
        expect(message(&locale, "iep-frequency-week", &[("times", "5")]));
        // The reworded goal is the team's text: as typed, and listed among the English parts.
        expect(reworded.clone());
        if locale != "en" {
            let listed = |p: &str| doc.english_parts.iter().any(|x| x == p);
            if listed("annual_goals.goals.0.skill") || !listed("annual_goals.goals.1.skill") {
                problems.push(format!(
                    "{locale}: the bank goal's parts must not be listed in English, the reworded one must: {:?}",
                    doc.english_parts
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_recommendations_page_of_a_draft_in_every_covered_locale() {
    let engine = DocumentEngine::shared().unwrap();
    let mut problems = Vec::new();
    for locale in covered() {
        let data = IepDocumentData {
            part: IepPart::Recommendations,
            ..full_iep(&locale)
        };
        let doc = engine.render(&locale, &data.into()).unwrap();
        let path = write_pdf(&format!("recommendations-{locale}"), &doc);
        let text = extracted(&path, &locale, &[]);
        for id in [
            "rsesp-title",
            "iep-program-kind-ict",
            "iep-related-service-type-counseling",
            "iep-placement-kind-doe-non-specialized",
        ] {
            let want = message(&locale, id, &[]);
            if !shows(&text, &want, &locale) {
                problems.push(format!(
                    "{locale}: `{want}` not found in {}",
                    path.display()
                ));
            }
        }
        // Not the rest of the IEP: no present levels, no goals, no testing accommodations.
        for id in [
            "section-present-levels",
            "goal-read-main-idea-skill",
            "iep-time-multiplier-time-and-a-half",
        ] {
            let unwanted = message(&locale, id, &[]);
            if shows(&text, &unwanted, &locale) {
                problems.push(format!(
                    "{locale}: `{unwanted}` is on the recommendations page"
                ));
            }
        }
        let whole = engine.render(&locale, &full_iep(&locale).into()).unwrap();
        if doc.pages * 2 > whole.pages {
            problems.push(format!(
                "{locale}: {} pages of the IEP's {}",
                doc.pages, whole.pages
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
