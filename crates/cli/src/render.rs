//! `iepdesk render`: a parent document from a case file, written as an accessible PDF.

use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use iepdesk_api::documents::{render_case, Conformance, ContactPerson, DocumentRequest};
use iepdesk_api::{case, ApiError, ApiErrorKind};
use iepdesk_domain::notices::{ConsentKind, PwnSituation};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, ValueEnum)]
pub enum Doc {
    Iep,
    Pwn,
    MeetingNotice,
    Consent,
}

#[derive(Args)]
pub struct RenderArgs {
    /// The case file (CASE.json).
    case: PathBuf,
    /// The document.
    #[arg(long, value_enum)]
    doc: Doc,
    /// For --doc pwn: the notice's situation (referral_initial, refusal_of_initial_evaluation,
    /// recommendation_initial, recommendation, ineligibility, reevaluation_with_assessments,
    /// reevaluation, amendment, refusal). Default: the case's only notice.
    #[arg(long, value_parser = parse_situation)]
    situation: Option<PwnSituation>,
    /// For --doc consent: initial_evaluation, initial_provision_of_services or
    /// additional_assessments. Default: the case's only consent.
    #[arg(long, value_parser = parse_kind)]
    kind: Option<ConsentKind>,
    /// The document's language: a locale such as es, zh-Hant, ar; a language of the table that
    /// is not covered gets the English document with a cover notice.
    #[arg(long)]
    lang: String,
    /// The PDF to write.
    #[arg(short, long)]
    out: PathBuf,
    /// The person the parent contacts (default: the meeting's case manager or district
    /// representative).
    #[arg(long)]
    contact: Option<String>,
    #[arg(long, requires = "contact")]
    contact_phone: Option<String>,
    #[arg(long, requires = "contact")]
    contact_email: Option<String>,
    /// The date the copy is produced, YYYY-MM-DD (default: today).
    #[arg(long, value_parser = crate::parse_date)]
    today: Option<NaiveDate>,
}

pub const AFTER_HELP: &str = "Exit status:\n  0  the PDF was written\n  1  the PDF could not be produced or written\n  2  the input cannot be used: unreadable case (its field named on stderr), unknown document,\n     situation, kind or language (the supported ones listed), or a case that lacks what the\n     document needs (the field named); nothing is written";

fn parse_situation(s: &str) -> Result<PwnSituation, String> {
    from_snake(s).map_err(|_| format!("`{s}` is not a PWN situation; use one of: referral_initial, refusal_of_initial_evaluation, recommendation_initial, recommendation, ineligibility, reevaluation_with_assessments, reevaluation, amendment, refusal"))
}

fn parse_kind(s: &str) -> Result<ConsentKind, String> {
    from_snake(s).map_err(|_| format!("`{s}` is not a consent kind; use one of: initial_evaluation, initial_provision_of_services, additional_assessments"))
}

/// A domain enum from its snake_case name (kebab-case accepted too).
fn from_snake<T: serde::de::DeserializeOwned>(s: &str) -> Result<T, serde_json::Error> {
    serde_json::from_value(serde_json::Value::String(s.trim().replace('-', "_")))
}

pub fn run(a: RenderArgs) -> ExitCode {
    let request = match (a.doc, a.situation, a.kind) {
        (Doc::Pwn, s, None) => DocumentRequest::Pwn(s),
        (Doc::Consent, None, k) => DocumentRequest::Consent(k),
        (Doc::Iep, None, None) => DocumentRequest::Iep,
        (Doc::MeetingNotice, None, None) => DocumentRequest::MeetingNotice,
        (_, Some(_), _) => return usage("--situation applies to --doc pwn only"),
        (_, _, Some(_)) => return usage("--kind applies to --doc consent only"),
    };
    let text = match std::fs::read_to_string(&a.case) {
        Ok(t) => t,
        Err(e) => return usage(&format!("cannot read {}: {e}", a.case.display())),
    };
    let parsed = match case::parse_case(&text) {
        Ok(c) => c,
        Err(e) => return input_error(&a.case, &e),
    };
    let contact = a.contact.map(|name| ContactPerson {
        name,
        phone: a.contact_phone,
        email: a.contact_email,
    });
    let today = a.today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let doc = match render_case(&parsed, request, &a.lang, contact, today) {
        Ok(d) => d,
        Err(e) if e.kind == ApiErrorKind::Invalid => return input_error(&a.case, &e),
        Err(e) => {
            eprintln!("iepdesk: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = write_whole(&a.out, &doc.pdf) {
        eprintln!("iepdesk: cannot write {}: {e}", a.out.display());
        return ExitCode::FAILURE;
    }
    let conformance = match &doc.conformance {
        Conformance::PdfA2aUa1 => "PDF/A-2a + PDF/UA-1".to_string(),
        Conformance::PdfUa1 { pdfa_refused } => {
            format!("PDF/UA-1 only (PDF/A-2a refused: {pdfa_refused})")
        }
        Conformance::Tagged { refused } => format!("tagged PDF, no standard claimed ({refused})"),
    };
    println!("wrote {}", a.out.display());
    println!("pages: {}", doc.pages);
    println!(
        "language: {}{}",
        doc.locale,
        if doc.cover_notice {
            " (with a cover notice)"
        } else {
            ""
        }
    );
    println!("translated share: {:.0}%", doc.translated_share * 100.0);
    if !doc.english_parts.is_empty() {
        println!("parts in English: {}", doc.english_parts.join(", "));
    }
    println!("conformance: {conformance}");
    for w in &doc.warnings {
        println!("warning: {w}");
    }
    ExitCode::SUCCESS
}

/// Writes to a temporary file beside `out` and renames it into place, so a failure never leaves
/// a partial PDF under the requested name.
fn write_whole(out: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, out)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

fn usage(message: &str) -> ExitCode {
    eprintln!("iepdesk: {message}");
    ExitCode::from(2)
}

fn input_error(case: &Path, e: &ApiError) -> ExitCode {
    eprintln!("iepdesk: {}: {e}", case.display());
    for f in &e.fields {
        eprintln!("  {}: {}", f.field, f.message);
    }
    ExitCode::from(2)
}
