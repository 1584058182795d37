//! Render times: the IEP in English, Arabic and Traditional Chinese, one render of the IEP in all
//! 14 locales, and the one-time engine start (fonts and translations).
//!
//! `nice -n 19 env CARGO_TARGET_DIR=/work/targets/docs cargo bench -p iepdesk-documents`

#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use iepdesk_documents::{supported_locales, DocumentEngine, DocumentKind};
use std::hint::black_box;
use std::time::Duration;

fn render(c: &mut Criterion) {
    let engine = DocumentEngine::new().expect("engine loads");
    let mut group = c.benchmark_group("iep");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(20))
        .warm_up_time(Duration::from_secs(3));
    for locale in ["en", "ar", "zh-Hant"] {
        let data = common::finalized(locale);
        group.bench_function(format!("render_{locale}"), |b| {
            b.iter(|| {
                engine
                    .render(DocumentKind::Iep, black_box(locale), black_box(&data))
                    .unwrap()
            })
        });
    }
    // Each iteration with a different narrative: typst's memo cache cannot reuse the last layout,
    // as when a teacher prints after editing.
    for locale in ["en", "ar"] {
        let mut data = common::finalized(locale);
        let mut n = 0u64;
        group.bench_function(format!("render_{locale}_edited"), |b| {
            b.iter(|| {
                n += 1;
                data.iep.content.present_levels.social_development =
                    format!("Edit number {n}: Maya works well in pairs.");
                engine.render(DocumentKind::Iep, locale, &data).unwrap()
            })
        });
    }
    let all: Vec<_> = supported_locales()
        .into_iter()
        .map(|l| (common::finalized(&l), l))
        .collect();
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(40));
    group.bench_function("render_all_14_locales", |b| {
        b.iter(|| {
            for (data, locale) in &all {
                black_box(engine.render(DocumentKind::Iep, locale, data).unwrap());
            }
        })
    });
    group.finish();

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
