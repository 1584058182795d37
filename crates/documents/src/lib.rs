//! IEP Desk parent documents: typst templates rendered to tagged PDF, every fixed text from Fluent.
//!
//! ```no_run
//! use iepdesk_documents::{DocumentEngine, DocumentKind, IepDocumentData};
//! # fn data() -> IepDocumentData { unimplemented!() }
//! let engine = DocumentEngine::new()?; // loads the fonts once; keep it and reuse it
//! let doc = engine.render(DocumentKind::Iep, "bn", &data())?;
//! std::fs::write("iep-bn.pdf", &doc.pdf)?;
//! println!("{:.0}% in Bangla", doc.translated_share * 100.0);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! * One language per document. A covered language (`assets/data/languages.toml`, `covered =
//!   true`) gets the document in that language; the text typed by the team stays as typed, in
//!   English, marked as such, and listed in a section that tells the parent how to ask for its
//!   translation. A translated copy says that the English IEP is the legal version.
//! * A language of the table that is not covered gets the English document with a cover notice
//!   naming the contact person (SOPM L153). A code the table does not know is an error that lists
//!   the supported locales.
//! * PDFs conform to PDF/A-2a and PDF/UA-1 (typst's built-in checks); fonts are embedded and
//!   subset. See `docs/decisions-documents.md` for the choices behind this crate.

mod engine;
mod iep;
mod l10n;
mod words;

pub use engine::{Conformance, DocumentEngine};
pub use l10n::ftl_files;
pub use words::count_words;

use chrono::NaiveDate;
use iepdesk_domain::iep::Iep;
use iepdesk_domain::student::Student;
use serde::{Deserialize, Serialize};

/// The documents this crate produces. Each has one template in `templates/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// The IEP, in the order of the New York State form (as far as the domain has sections).
    Iep,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 1] = [DocumentKind::Iep];

    pub fn name(self) -> &'static str {
        match self {
            DocumentKind::Iep => "iep",
        }
    }

    /// The kind named `name` (as in [`Self::name`]), for command lines.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|k| k.name().eq_ignore_ascii_case(name.trim()))
    }

    /// The version of the official form a document follows; printed on it and recorded in the
    /// PDF's keywords.
    pub fn form_version(self) -> FormVersion {
        match self {
            DocumentKind::Iep => IEP_FORM_VERSION,
        }
    }
}

/// A version of an official form. NYSED revises its forms; the version used for a document must
/// be recorded on it (shared/domain/README.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormVersion {
    /// Stable identifier, also the Fluent message id of the stamp printed on the document.
    pub id: &'static str,
    /// The stamp in English.
    pub english: &'static str,
}

/// The State IEP form the IEP document follows: NYSED's mandatory form as revised in November
/// 2023. A new revision is a new constant and a new Fluent message.
pub const IEP_FORM_VERSION: FormVersion = FormVersion {
    id: "form-nysed-iep-2023-11",
    english: "New York State IEP form (NYSED), revised November 2023",
};

/// The person a parent contacts about a document (named on the cover notice and in the
/// "parts in English" section).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactPerson {
    pub name: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

/// What the IEP document shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IepDocumentData {
    pub student: Student,
    pub iep: Iep,
    pub contact: ContactPerson,
    /// The date the copy is produced ("today": the crate reads no clock).
    pub produced_on: NaiveDate,
    /// Offset of local time from UTC in minutes (New York: -300, or -240 in summer), to print the
    /// date of a timestamp such as the moment an IEP was finalized.
    #[serde(default)]
    pub utc_offset_minutes: i32,
}

/// A rendered document.
#[derive(Debug, Clone)]
pub struct RenderedDocument {
    pub pdf: Vec<u8>,
    /// The locale the document is written in (`en` for a language that is not covered).
    pub locale: String,
    /// Words in the requested language (the parent's) divided by all words; names, ID numbers,
    /// codes, phone numbers and email addresses count in neither. 1.0 when English was requested;
    /// for a covered language, the localized text against the team's English narratives; for a
    /// language that is not covered, only a cover notice in that language would count.
    pub translated_share: f64,
    /// The parts of the document that are not in the parent's language, as field paths
    /// (`present_levels.social_development`); `document` when the whole document is in English
    /// because the language is not covered.
    pub english_parts: Vec<String>,
    /// Whether an English cover notice (SOPM L153) was put in front of the document.
    pub cover_notice: bool,
    /// The PDF standards the file conforms to.
    pub conformance: Conformance,
    pub pages: usize,
    /// typst's warnings (for instance a character no font has); empty for a clean document.
    pub warnings: Vec<String>,
}

/// Why a document could not be produced.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DocumentError {
    #[error("`{requested}` is not a language IEP Desk knows; documents can be produced in: {}", supported.join(", "))]
    UnknownLocale {
        requested: String,
        supported: Vec<String>,
    },
    #[error(
        "the covered language `{0}` has no translation (locales/{0}/documents.ftl is missing)"
    )]
    MissingLocale(String),
    #[error("locales/{locale}/{resource}.ftl cannot be loaded: {detail}")]
    Translation {
        locale: String,
        resource: String,
        detail: String,
    },
    #[error("the {locale} translation has no message `{id}`")]
    MissingMessage { locale: String, id: String },
    #[error("the {locale} message `{id}` could not be formatted: {detail}")]
    Message {
        locale: String,
        id: String,
        detail: String,
    },
    #[error("the cover notice needs the name of a contact person")]
    MissingContact,
    #[error("no font could be read from assets/fonts/: {0}")]
    Fonts(String),
    #[error("the {template} template failed: {detail}")]
    Template { template: String, detail: String },
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// Renders with a process-wide engine (fonts loaded on first use). For many documents, or to
/// control when the fonts load, hold a [`DocumentEngine`] instead.
pub fn render(
    kind: DocumentKind,
    locale: &str,
    data: &IepDocumentData,
) -> Result<RenderedDocument, DocumentError> {
    DocumentEngine::shared()?.render(kind, locale, data)
}

/// The locales documents are translated into: the covered languages of the language table.
pub fn supported_locales() -> Vec<String> {
    iepdesk_domain::language::Languages::get()
        .covered()
        .filter_map(|l| l.locale.clone())
        .collect()
}
