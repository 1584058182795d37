//! Render times (fonts already loaded): a Prior Written Notice in English and Arabic, one PWN in
//! all 14 locales, a long IEP (12+ pages), the notice and consent form, and the one-time engine
//! start (fonts and translations), and the app's preview (the full IEP with SVG pages).
//!
//! Targets (issue 5): PWN median < 50 ms; one PWN in all 14 locales < 1 s; a full IEP of 12+ pages
//! < 150 ms median: `full_iep` is the complete high-school IEP of tests/cases (every section, 12
//! pages in English); `long_iep` is the present levels with long, realistic narratives.
//!
//! `nice -n 19 env CARGO_TARGET_DIR=/work/targets/docs cargo bench -p iepdesk-documents`

#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use iepdesk_documents::{
    supported_locales, DocumentData, DocumentEngine, IepDocumentData, RenderOptions,
};
use iepdesk_domain::notices::{ConsentKind, PwnSituation};
use std::hint::black_box;
use std::time::Duration;

/// Sentences of the kind a team writes in present levels, combined into paragraphs that differ
/// from one another (so nothing is laid out once and reused).
const SENTENCES: [&str; 8] = [
    "Maya reads grade-4 texts with 92% accuracy but at 68 words correct per minute, below the spring benchmark of 118.",
    "When a passage is read aloud to her she answers literal and inferential questions at grade level, which shows that decoding, not comprehension, limits her access.",
    "In math she solves two-step word problems when the problem is broken into parts and a visual model is available; without them she often stops after the first step.",
    "Her teachers report that she participates in whole-class discussion, volunteers answers in science, and helps classmates set up experiments.",
    "During independent writing she produces three to four sentences in twenty minutes, with phonetic spellings of multisyllabic words and few capital letters.",
    "She uses text-to-speech software independently for classroom texts and asks for help when the software mispronounces a word.",
    "Her parent reports that homework takes more than an hour each night and that Maya becomes frustrated with reading assignments at home.",
    "Progress monitoring since September shows steady growth of about one word correct per minute each week, faster than before the current interventions.",
];

/// A finalized IEP whose seven present-levels components each hold long narratives: about 14
/// pages of US Letter in English.
fn long_iep(locale: &str) -> IepDocumentData {
    let mut data = common::finalized(locale);
    let p = &mut data.iep.content.present_levels;
    let fields: [&mut String; 7] = [
        &mut p.evaluation_results,
        &mut p.academic_achievement,
        &mut p.social_development,
        &mut p.physical_development,
        &mut p.management_needs,
        &mut p.effect_on_general_education,
        &mut p.special_factor_needs,
    ];
    for (f, field) in fields.into_iter().enumerate() {
        let paragraphs: Vec<String> = (0..9)
            .map(|k| {
                (0..6)
                    .map(|s| SENTENCES[(f + k + s) % SENTENCES.len()])
                    .collect::<Vec<_>>()
                    .join(" ")
                    + &format!(" (Observation {}.{}.)", f + 1, k + 1)
            })
            .collect();
        *field = paragraphs.join("\n\n");
    }
    data
}

/// The complete fictional high-school IEP of `tests/cases/high-school-full.json`: every section of
/// the State form filled (12 pages in English), finalized, in `locale`.
fn full_iep(locale: &str) -> IepDocumentData {
    let text = include_str!("../../../tests/cases/high-school-full.json");
    let case = iepdesk_domain::case::Case::from_json(text).expect("the full case reads");
    let mut data = common::finalized(locale);
    data.student = case.student;
    data.iep.student_id = data.student.id;
    data.iep.content = case.iep;
    data
}

fn render(c: &mut Criterion) {
    let engine = DocumentEngine::new().expect("engine loads");

    let mut pwn = c.benchmark_group("pwn");
    pwn.sample_size(30)
        .measurement_time(Duration::from_secs(15))
        .warm_up_time(Duration::from_secs(3));
    for locale in ["en", "ar"] {
        let data: DocumentData = common::pwn(PwnSituation::Recommendation, locale).into();
        pwn.bench_function(format!("render_{locale}"), |b| {
            b.iter(|| engine.render(black_box(locale), black_box(&data)).unwrap())
        });
    }
    // A different reason each time: typst's memo cache cannot reuse the last layout, as when a
    // case manager prints after editing.
    let mut edited = common::pwn(PwnSituation::Recommendation, "en");
    let mut n = 0u64;
    pwn.bench_function("render_en_edited", |b| {
        b.iter(|| {
            n += 1;
            edited.notice.reasons = format!("Edit {n}: {}", common::PWN_REASON);
            engine.render("en", &edited.clone().into()).unwrap()
        })
    });
    let all: Vec<(String, DocumentData)> = supported_locales()
        .into_iter()
        .map(|l| {
            let d = common::pwn(PwnSituation::Recommendation, &l).into();
            (l, d)
        })
        .collect();
    pwn.sample_size(10)
        .measurement_time(Duration::from_secs(30));
    pwn.bench_function("render_all_14_locales", |b| {
        b.iter(|| {
            for (locale, data) in &all {
                black_box(engine.render(locale, data).unwrap());
            }
        })
    });
    pwn.finish();

    let mut iep = c.benchmark_group("iep");
    iep.sample_size(20)
        .measurement_time(Duration::from_secs(30))
        .warm_up_time(Duration::from_secs(3));
    let pages = engine.render("en", &long_iep("en").into()).unwrap().pages;
    assert!(pages >= 12, "the long IEP has {pages} pages, fewer than 12");
    println!("long IEP: {pages} pages");
    for locale in ["en", "ar"] {
        let data: DocumentData = long_iep(locale).into();
        iep.bench_function(format!("render_long_{locale}"), |b| {
            b.iter(|| engine.render(black_box(locale), black_box(&data)).unwrap())
        });
    }
    // One narrative changed before every render, as after an edit: no layout to reuse.
    let mut edited = long_iep("en");
    let mut n = 0u64;
    iep.bench_function("render_long_en_edited", |b| {
        b.iter(|| {
            n += 1;
            edited.iep.content.present_levels.social_development =
                format!("Edit {n}: {}", SENTENCES.join(" "));
            engine.render("en", &edited.clone().into()).unwrap()
        })
    });
    let pages = engine.render("en", &full_iep("en").into()).unwrap().pages;
    assert!(pages >= 12, "the full IEP has {pages} pages, fewer than 12");
    println!("full IEP: {pages} pages");
    for locale in ["en", "ar"] {
        let data: DocumentData = full_iep(locale).into();
        iep.bench_function(format!("render_full_{locale}"), |b| {
            b.iter(|| engine.render(black_box(locale), black_box(&data)).unwrap())
        });
    }
    // "Print for parent": the same render with every page also drawn as SVG for the preview.
    let preview = RenderOptions { svg_pages: true };
    for locale in ["en", "ar"] {
        let data: DocumentData = full_iep(locale).into();
        let svg: usize = engine
            .render_with(locale, &data, preview)
            .unwrap()
            .svg_pages
            .iter()
            .map(String::len)
            .sum();
        println!("full IEP {locale}: preview SVG {} KB in all", svg / 1024);
        iep.bench_function(format!("preview_full_{locale}"), |b| {
            b.iter(|| {
                engine
                    .render_with(black_box(locale), black_box(&data), preview)
                    .unwrap()
            })
        });
    }
    let data: DocumentData = common::finalized("en").into();
    iep.bench_function("render_short_en", |b| {
        b.iter(|| engine.render("en", black_box(&data)).unwrap())
    });
    iep.finish();

    let mut other = c.benchmark_group("forms");
    other
        .sample_size(20)
        .measurement_time(Duration::from_secs(10));
    let notice: DocumentData = common::meeting_notice("es").into();
    other.bench_function("meeting_notice_es", |b| {
        b.iter(|| engine.render("es", black_box(&notice)).unwrap())
    });
    let consent: DocumentData = common::consent(ConsentKind::InitialEvaluation, "bn").into();
    other.bench_function("consent_bn", |b| {
        b.iter(|| engine.render("bn", black_box(&consent)).unwrap())
    });
    other.finish();

    let mut start = c.benchmark_group("engine");
    start
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    start.bench_function("new", |b| {
        b.iter(|| black_box(DocumentEngine::new().unwrap()))
    });
    start.finish();
}

criterion_group!(benches, render);
criterion_main!(benches);
