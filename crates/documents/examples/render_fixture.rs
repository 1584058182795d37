//! Renders the fictional test IEP and prints what the engine reports.
//!
//! `cargo run -p iepdesk-documents --example render_fixture -- ar /tmp/iep-ar.pdf`
//! (no arguments: every covered locale, PDFs not written).

#[path = "../tests/common/mod.rs"]
mod common;

use iepdesk_documents::{supported_locales, DocumentData, DocumentEngine};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let start = Instant::now();
    let engine = DocumentEngine::new()?;
    println!(
        "engine ready in {:.0} ms ({} font faces)",
        start.elapsed().as_secs_f64() * 1000.0,
        engine.font_families().len()
    );
    let locales = match args.first() {
        Some(l) => vec![l.clone()],
        None => supported_locales(),
    };
    for locale in locales {
        let data = common::finalized(&locale);
        let start = Instant::now();
        let doc = engine.render(&locale, &DocumentData::Iep(data))?;
        println!(
            "{locale:8} {:6.1} ms  {:3} KB  {} pages  share {:.2}  {:?}",
            start.elapsed().as_secs_f64() * 1000.0,
            doc.pdf.len() / 1024,
            doc.pages,
            doc.translated_share,
            doc.conformance
        );
        if let Some(path) = args.get(1) {
            std::fs::write(path, &doc.pdf)?;
        }
    }
    Ok(())
}
