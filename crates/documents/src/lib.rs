//! IEP Desk parent documents: typst templates rendered to tagged PDF, every fixed text from Fluent.
//!
//! ```no_run
//! use iepdesk_documents::{DocumentData, DocumentEngine, IepDocumentData};
//! # fn data() -> IepDocumentData { unimplemented!() }
//! let engine = DocumentEngine::new()?; // loads the fonts once; keep it and reuse it
//! let doc = engine.render("bn", &DocumentData::Iep(data()))?;
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

mod consent;
mod engine;
mod frame;
mod iep;
mod iep_form;
mod l10n;
mod meeting_notice;
mod ordered;
mod pwn;
mod words;

pub use engine::{Conformance, DocumentEngine, RenderOptions};
pub use l10n::{english_goal_bank_ftl, ftl_files};
pub use words::count_words;

use chrono::NaiveDate;
use iepdesk_domain::iep::Iep;
use iepdesk_domain::meeting::Meeting;
use iepdesk_domain::notices::{ConsentKind, PriorWrittenNotice, PwnSituation};
use iepdesk_domain::student::Student;
use serde::{Deserialize, Serialize};

/// The documents this crate produces, with the situation or kind that picks their text. Each
/// document has one template in `templates/`; the situation of a notice and the kind of a
/// consent choose its title, its opening and its situation-specific parts (`src/pwn.rs`,
/// `src/consent.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// The IEP, in the order of the New York State form (as far as the domain has sections).
    Iep,
    /// A Prior Written Notice for one of the situations SESIS has a form for (L171).
    Pwn(PwnSituation),
    /// The Notice of IEP Meeting (L1325, L1685).
    MeetingNotice,
    /// A consent form (L207, L209, L3037).
    Consent(ConsentKind),
}

impl DocumentKind {
    /// The names of [`Self::name`], for command lines.
    pub const NAMES: [&'static str; 4] = ["iep", "pwn", "meeting-notice", "consent"];

    /// The document's name without its situation (`pwn` for every Prior Written Notice).
    pub fn name(self) -> &'static str {
        match self {
            DocumentKind::Iep => "iep",
            DocumentKind::Pwn(_) => "pwn",
            DocumentKind::MeetingNotice => "meeting-notice",
            DocumentKind::Consent(_) => "consent",
        }
    }

    /// The version of the official form a document follows, if it follows one; printed on it
    /// and recorded in the PDF's keywords.
    pub fn form_version(self) -> Option<FormVersion> {
        match self {
            DocumentKind::Iep => Some(IEP_FORM_VERSION),
            _ => None,
        }
    }
}

/// Readings of the manual the documents depend on (docs/decisions-documents.md, D14).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DocumentSettings {
    /// Offer the per-activity (partial) consent grid on the consent for initial provision of
    /// services too. L209 allows partial consent to "the DOE's proposed activities" in the
    /// section on evaluation consent; L3037 describes consent to services as one consent. Default
    /// `false`: the services form has one consent / do-not-consent choice.
    pub partial_consent_for_services: bool,
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
    /// The whole IEP, or only its recommendations page.
    #[serde(default)]
    pub part: IepPart,
}

/// How much of the IEP a document shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IepPart {
    /// Every section of the form.
    #[default]
    Whole,
    /// The Recommended Special Education Programs and Services page: the identifying information,
    /// programs and services, 12-month services, and language, transportation and placement.
    /// Handed to the parent at the meeting when the IEP is not finalized there; the IEP itself
    /// follows within 10 business days (SOPM L1491).
    Recommendations,
}

impl IepPart {
    /// The sections of `IepContent` the recommendations page shows, in the form's order.
    pub const RECOMMENDATION_SECTIONS: [&'static str; 3] =
        ["programs_services", "twelve_month", "placement"];
}

/// What a Prior Written Notice shows: the notice with its seven elements, as the domain holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PwnDocumentData {
    pub student: Student,
    pub notice: PriorWrittenNotice,
    pub contact: ContactPerson,
    /// When the parent was last given the Procedural Safeguards Notice before this notice, if
    /// known: the domain's `psn_required` decides from it whether the notice encloses the PSN.
    #[serde(default)]
    pub last_psn_given: Option<NaiveDate>,
    pub produced_on: NaiveDate,
}

/// What a Notice of IEP Meeting shows: the meeting (type, time, place, invited team by role).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeetingNoticeData {
    pub student: Student,
    pub meeting: Meeting,
    pub contact: ContactPerson,
    pub produced_on: NaiveDate,
}

/// What a consent form shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConsentDocumentData {
    pub student: Student,
    pub kind: ConsentKind,
    /// The proposed activities (assessments, services) the parent consents to, or not, as the
    /// team typed them.
    pub activities: Vec<String>,
    /// Which records will be shared and with whom (L207), as the team typed it; a general
    /// statement is printed when empty.
    #[serde(default)]
    pub records_shared: Option<String>,
    pub contact: ContactPerson,
    pub produced_on: NaiveDate,
    #[serde(default)]
    pub settings: DocumentSettings,
}

/// A document to render, with its data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentData {
    Iep(IepDocumentData),
    Pwn(PwnDocumentData),
    MeetingNotice(MeetingNoticeData),
    Consent(ConsentDocumentData),
}

impl DocumentData {
    pub fn kind(&self) -> DocumentKind {
        match self {
            DocumentData::Iep(_) => DocumentKind::Iep,
            DocumentData::Pwn(d) => DocumentKind::Pwn(d.notice.situation),
            DocumentData::MeetingNotice(_) => DocumentKind::MeetingNotice,
            DocumentData::Consent(d) => DocumentKind::Consent(d.kind),
        }
    }

    pub fn student(&self) -> &Student {
        match self {
            DocumentData::Iep(d) => &d.student,
            DocumentData::Pwn(d) => &d.student,
            DocumentData::MeetingNotice(d) => &d.student,
            DocumentData::Consent(d) => &d.student,
        }
    }

    pub fn produced_on(&self) -> NaiveDate {
        match self {
            DocumentData::Iep(d) => d.produced_on,
            DocumentData::Pwn(d) => d.produced_on,
            DocumentData::MeetingNotice(d) => d.produced_on,
            DocumentData::Consent(d) => d.produced_on,
        }
    }
}

impl From<IepDocumentData> for DocumentData {
    fn from(d: IepDocumentData) -> Self {
        DocumentData::Iep(d)
    }
}
impl From<PwnDocumentData> for DocumentData {
    fn from(d: PwnDocumentData) -> Self {
        DocumentData::Pwn(d)
    }
}
impl From<MeetingNoticeData> for DocumentData {
    fn from(d: MeetingNoticeData) -> Self {
        DocumentData::MeetingNotice(d)
    }
}
impl From<ConsentDocumentData> for DocumentData {
    fn from(d: ConsentDocumentData) -> Self {
        DocumentData::Consent(d)
    }
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
    /// Each page as an SVG image, when asked for ([`RenderOptions::svg_pages`]); else empty.
    pub svg_pages: Vec<String>,
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
    /// The data lacks something the document must show; `field` is its path in the data
    /// (`notice.reasons`, `meeting.participants`, `activities`).
    #[error("{field}: {message}")]
    Incomplete { field: String, message: String },
    #[error("no font could be read from assets/fonts/: {0}")]
    Fonts(String),
    #[error("the {template} template failed: {detail}")]
    Template { template: String, detail: String },
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// Renders with a process-wide engine (fonts loaded on first use). For many documents, or to
/// control when the fonts load, hold a [`DocumentEngine`] instead.
pub fn render(locale: &str, data: &DocumentData) -> Result<RenderedDocument, DocumentError> {
    DocumentEngine::shared()?.render(locale, data)
}

/// The locales documents are translated into: the covered languages of the language table.
pub fn supported_locales() -> Vec<String> {
    iepdesk_domain::language::Languages::get()
        .covered()
        .filter_map(|l| l.locale.clone())
        .collect()
}
