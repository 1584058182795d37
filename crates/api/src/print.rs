//! "Print for parent": which parent documents a student's records can produce (IEPs, meeting
//! notices, issued Prior Written Notices and consent forms), a preview in any
//! language of the table, and the PDF saved to a folder.
//!
//! A document is rendered from the stored records each time (the IEP as stored, finalized or not;
//! the meeting an IEP records), so the preview and the saved file are the same layout of the same
//! data. The language defaults, in the UI, to the parent's preferred language; any language of
//! the table may be asked for: one that is not covered gets the English document with a cover
//! notice (SOPM L153), which the preview reports.

use crate::documents::{default_contact, internal, invalid, snake};
use crate::{ApiError, App};
use chrono::{Local, NaiveDate};
use iepdesk_documents::{
    Conformance, ConsentDocumentData, ContactPerson, DocumentData, DocumentEngine, DocumentError,
    IepDocumentData, IepPart, MeetingNoticeData, PwnDocumentData, RenderOptions, RenderedDocument,
};
use iepdesk_domain::notices::{Notice, NoticeContent, NoticeStatus};
use iepdesk_domain::{Iep, IepId, IepStatus, NoticeId, Student, StudentId};
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use ts_rs::TS;

/// A parent document the app can produce from its records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ParentDocument {
    /// A finalized IEP (or one since amended: the parent may ask for the version they had).
    Iep { iep_id: IepId },
    /// The Notice of IEP Meeting for the meeting an IEP records (L1325, L1685).
    MeetingNotice { iep_id: IepId },
    /// The Recommended Special Education Programs and Services page of a draft IEP, handed to
    /// the parent at the meeting when the IEP is not finalized there (L1491).
    Recommendations { iep_id: IepId },
    /// An issued notice: a Prior Written Notice or a consent form (`notices.rs`).
    Notice { notice_id: NoticeId },
}

impl ParentDocument {
    /// Why this IEP cannot give this document, if it cannot: the one rule behind both the list
    /// of printable documents and the refusal of a request.
    fn refusal(self, iep: &Iep) -> Option<ApiError> {
        let draft = matches!(iep.status, IepStatus::Draft);
        match self {
            ParentDocument::Iep { .. } if draft => Some(invalid(
                "document",
                "a draft IEP is not printed for the parent: finalize it first, or print its recommended programs and services",
            )),
            ParentDocument::Recommendations { .. } if !draft => Some(invalid(
                "document",
                "this IEP is finalized: print the IEP itself, which holds its recommendations",
            )),
            ParentDocument::MeetingNotice { .. } if iep.content.meeting.is_none() => Some(invalid(
                "meeting",
                "this IEP records no meeting: fill the meeting step (date, time, place, team) first",
            )),
            _ => None,
        }
    }

    /// Why this notice cannot be printed, if it cannot: a draft may still change, and the
    /// parent's copy must be what the school keeps.
    fn notice_refusal(notice: &Notice) -> Option<ApiError> {
        matches!(notice.status, NoticeStatus::Draft).then(|| {
            invalid(
                "document",
                "this notice is a draft: issue it first, so the parent's copy is the one the school keeps",
            )
        })
    }
}

/// One entry of a student's "Print for parent" list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PrintableDocument {
    pub document: ParentDocument,
    /// What the team sees in the list (English, like the rest of the app's screens).
    pub title: String,
    /// The version of the IEP it belongs to, if any.
    pub iep_version: Option<u32>,
}

/// What to render, in which language (a code or locale of the language table).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
pub struct ParentDocumentRequest {
    pub document: ParentDocument,
    pub language: String,
}

/// The preview: the pages as the PDF will have them, and what the team should know before
/// handing it over.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DocumentPreview {
    /// The locale the document is written in (`en` for a language that is not covered).
    pub locale: String,
    /// Each page as an SVG image.
    pub pages: Vec<String>,
    /// Words in the requested language / all words (names and numbers count in neither).
    pub translated_share: f64,
    /// The parts printed in English because the team typed them, as field paths.
    pub english_parts: Vec<String>,
    /// The document is in English with a cover notice, the language not being covered (L153).
    pub cover_notice: bool,
    /// The PDF standards the file meets, in words.
    pub conformance: String,
    /// typst's warnings, e.g. a character no shipped font can show.
    pub warnings: Vec<String>,
    /// The name the PDF is saved under.
    pub file_name: String,
}

/// A PDF written to disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SavedDocument {
    /// The full path of the file.
    pub path: String,
    #[ts(type = "number")]
    pub bytes: u64,
    pub pages: u32,
    pub locale: String,
}

impl App {
    /// The parent documents the student's records can produce, newest IEP first: each
    /// finalized or amended IEP, the recommendations page of a draft that recommends programs or
    /// services, and the meeting notice of each IEP that records a meeting.
    pub fn parent_documents(
        &self,
        student_id: StudentId,
    ) -> Result<Vec<PrintableDocument>, ApiError> {
        let store = self.store();
        store.student(student_id)?;
        let mut out = Vec::new();
        for summary in store.ieps_of(student_id)? {
            let iep = store.iep(summary.id)?.iep;
            let v = iep.version;
            let id = iep.id;
            // A draft's recommendations page is listed once it recommends something; from the
            // summary step it can be printed at any time.
            let recommends = iep.content.programs_services != Default::default();
            let candidates = [
                (
                    ParentDocument::Iep { iep_id: id },
                    format!("IEP, version {v} ({})", iep.status.name()),
                ),
                (
                    ParentDocument::Recommendations { iep_id: id },
                    format!("Recommended programs and services (draft IEP, version {v})"),
                ),
                (
                    ParentDocument::MeetingNotice { iep_id: id },
                    match &iep.content.meeting {
                        Some(m) => format!(
                            "Notice of IEP Meeting on {} (IEP version {v})",
                            m.starts_at.date()
                        ),
                        None => String::new(),
                    },
                ),
            ];
            for (document, title) in candidates {
                let listed = match document {
                    ParentDocument::Recommendations { .. } => recommends,
                    _ => true,
                };
                if listed && document.refusal(&iep).is_none() {
                    out.push(PrintableDocument {
                        document,
                        title,
                        iep_version: Some(v),
                    });
                }
            }
        }
        // Issued notices, newest first; a draft is printed once it is issued.
        for stored in store.notices_of(student_id)? {
            let n = stored.notice;
            if ParentDocument::notice_refusal(&n).is_none() {
                let iep_version = match n.iep_id {
                    Some(id) => Some(store.iep(id)?.iep.version),
                    None => None,
                };
                out.push(PrintableDocument {
                    document: ParentDocument::Notice { notice_id: n.id },
                    title: format!(
                        "{} (sent {})",
                        crate::notices::notice_title(&n.content),
                        n.content.sent_on()
                    ),
                    iep_version,
                });
            }
        }
        Ok(out)
    }

    /// Renders a parent document with its pages drawn for the screen.
    pub fn preview_parent_document(
        &self,
        request: &ParentDocumentRequest,
    ) -> Result<DocumentPreview, ApiError> {
        self.preview_parent_document_on(request, Local::now().date_naive())
    }

    /// `preview_parent_document` produced on an explicit "today", for tests.
    pub fn preview_parent_document_on(
        &self,
        request: &ParentDocumentRequest,
        today: NaiveDate,
    ) -> Result<DocumentPreview, ApiError> {
        let (doc, name) = self.render_parent(request, today, true)?;
        Ok(DocumentPreview {
            locale: doc.locale,
            pages: doc.svg_pages,
            translated_share: doc.translated_share,
            english_parts: doc.english_parts,
            cover_notice: doc.cover_notice,
            conformance: conformance_text(&doc.conformance),
            warnings: doc.warnings,
            file_name: name,
        })
    }

    /// Renders a parent document and writes the PDF into `folder` (created if missing). An
    /// existing file is never replaced: the name takes a number instead.
    pub fn save_parent_document(
        &self,
        request: &ParentDocumentRequest,
        folder: &Path,
    ) -> Result<SavedDocument, ApiError> {
        self.save_parent_document_on(request, folder, Local::now().date_naive())
    }

    /// `save_parent_document` produced on an explicit "today", for tests.
    pub fn save_parent_document_on(
        &self,
        request: &ParentDocumentRequest,
        folder: &Path,
        today: NaiveDate,
    ) -> Result<SavedDocument, ApiError> {
        let (doc, name) = self.render_parent(request, today, false)?;
        let path = write_new(folder, &name, &doc.pdf).map_err(|e| {
            ApiError::new(
                crate::ApiErrorKind::Storage,
                format!("The PDF could not be saved in {}: {e}", folder.display()),
            )
        })?;
        Ok(SavedDocument {
            path: path.display().to_string(),
            bytes: doc.pdf.len() as u64,
            pages: doc.pages as u32,
            locale: doc.locale,
        })
    }

    /// The rendered document and the file name it is saved under.
    fn render_parent(
        &self,
        request: &ParentDocumentRequest,
        today: NaiveDate,
        svg_pages: bool,
    ) -> Result<(RenderedDocument, String), ApiError> {
        let (data, doc_name, student) = match request.document {
            ParentDocument::Notice { notice_id } => self.notice_data(notice_id, today)?,
            ParentDocument::Iep { iep_id }
            | ParentDocument::MeetingNotice { iep_id }
            | ParentDocument::Recommendations { iep_id } => {
                self.iep_data(request.document, iep_id, today)?
            }
        };
        let engine = DocumentEngine::shared().map_err(internal)?;
        let doc = engine
            .render_with(&request.language, &data, RenderOptions { svg_pages })
            .map_err(render_error)?;
        let name = file_name(&student, &doc_name, &doc.locale, today);
        Ok((doc, name))
    }

    /// An issued notice's document data, its name in the file name, and the student.
    fn notice_data(
        &self,
        id: NoticeId,
        today: NaiveDate,
    ) -> Result<(DocumentData, String, Student), ApiError> {
        let (notice, student, meeting, events, profile_name) = {
            let store = self.store();
            let notice = store.notice(id)?.notice;
            let student = store.student(notice.student_id)?;
            let meeting = match notice.iep_id {
                Some(iep) => store.iep(iep)?.iep.content.meeting,
                None => None,
            };
            let events = store.case_events_of(student.id)?;
            let profile = store.active_profile()?.map(|p| p.name);
            (notice, student, meeting, events, profile)
        };
        if let Some(refused) = ParentDocument::notice_refusal(&notice) {
            return Err(refused);
        }
        let contact = contact(meeting.as_ref(), profile_name)?;
        let sent_on = notice.content.sent_on();
        let (data, name): (DocumentData, String) = match notice.content {
            NoticeContent::Pwn(n) => {
                let name = format!("PWN {}", snake(&n.situation).replace('_', " "));
                let data = PwnDocumentData {
                    student: student.clone(),
                    last_psn_given: crate::notices::last_psn_before(&events, n.sent_on),
                    notice: n,
                    contact,
                    produced_on: today,
                };
                (data.into(), name)
            }
            NoticeContent::Consent(c) => {
                let name = format!("Consent {}", snake(&c.kind).replace('_', " "));
                let data = ConsentDocumentData {
                    student: student.clone(),
                    kind: c.kind,
                    activities: c.activities,
                    records_shared: c.records_shared.filter(|r| !r.trim().is_empty()),
                    contact,
                    produced_on: today,
                    settings: Default::default(),
                };
                (data.into(), name)
            }
        };
        Ok((data, format!("{name} {sent_on}"), student))
    }

    /// An IEP document's data (the IEP, its recommendations page or its meeting notice), its
    /// name in the file name, and the student.
    fn iep_data(
        &self,
        document: ParentDocument,
        iep_id: IepId,
        today: NaiveDate,
    ) -> Result<(DocumentData, String, Student), ApiError> {
        let (iep, student, profile_name) = {
            let store = self.store();
            let iep = store.iep(iep_id)?.iep;
            let student = store.student(iep.student_id)?;
            let profile = store.active_profile()?.map(|p| p.name);
            (iep, student, profile)
        };
        if let Some(refused) = document.refusal(&iep) {
            return Err(refused);
        }
        let contact = contact(iep.content.meeting.as_ref(), profile_name)?;
        let iep_part = |part| IepDocumentData {
            student: student.clone(),
            iep: iep.clone(),
            contact: contact.clone(),
            produced_on: today,
            utc_offset_minutes: Local::now().offset().local_minus_utc() / 60,
            part,
        };
        let (data, doc_name): (DocumentData, _) = match document {
            ParentDocument::Iep { .. } => (iep_part(IepPart::Whole).into(), "IEP"),
            ParentDocument::Recommendations { .. } => {
                (iep_part(IepPart::Recommendations).into(), "Recommendations")
            }
            ParentDocument::MeetingNotice { .. } => {
                let data = MeetingNoticeData {
                    student: student.clone(),
                    // Present: `refusal` checked it.
                    meeting: iep
                        .content
                        .meeting
                        .clone()
                        .unwrap_or_else(|| unreachable!()),
                    contact: contact.clone(),
                    produced_on: today,
                };
                (data.into(), "Meeting notice")
            }
            ParentDocument::Notice { .. } => {
                unreachable!("render_parent sends notices to notice_data")
            }
        };
        Ok((data, format!("{doc_name} v{}", iep.version), student))
    }
}

/// The parent's contact: the meeting's case manager (or district representative), else whoever
/// uses this device.
fn contact(
    meeting: Option<&iepdesk_domain::meeting::Meeting>,
    profile_name: Option<String>,
) -> Result<ContactPerson, ApiError> {
    match default_contact(meeting) {
        Ok(contact) => Ok(contact),
        Err(_) => Ok(ContactPerson {
            name: profile_name.filter(|n| !n.trim().is_empty()).ok_or_else(|| {
                invalid(
                    "contact",
                    "name the person the parent should contact: add a case manager to the meeting, or set up this device's profile",
                )
            })?,
            phone: None,
            email: None,
        }),
    }
}

/// "Rivera Ana - IEP v2 - es - 2026-12-06.pdf": found by the student's name, sorted by date.
fn file_name(student: &Student, doc: &str, locale: &str, today: NaiveDate) -> String {
    let who = format!("{} {}", student.name.last.trim(), student.name.first.trim());
    let raw = format!("{who} - {doc} - {locale} - {today}.pdf");
    // No path separators or characters other systems refuse in a name.
    raw.chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect()
}

/// Writes `bytes` to `folder/name`, or `name (2)`, `(3)`… when taken. The file appears complete
/// or not at all: it is written and synced under a temporary name, then linked to its final name
/// (a link never replaces an existing file). Where the file system has no hard links (FAT on a
/// USB stick), the final name is created exclusively and written instead.
fn write_new(folder: &Path, name: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
    static SAVES: AtomicU64 = AtomicU64::new(0);
    fs::create_dir_all(folder)?;
    let n = SAVES.fetch_add(1, Ordering::Relaxed);
    let tmp = folder.join(format!(".{name}.{}-{n}.part", std::process::id()));
    write_synced(fs::File::create(&tmp)?, bytes)?;
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, "pdf"));
    let result = (1..1000)
        .map(|n| match n {
            1 => folder.join(name),
            n => folder.join(format!("{stem} ({n}).{ext}")),
        })
        .find_map(|candidate| match fs::hard_link(&tmp, &candidate) {
            Ok(()) => Some(Ok(candidate)),
            Err(e) if e.kind() == ErrorKind::AlreadyExists => None,
            Err(_) => match fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&candidate)
            {
                Ok(file) => Some(write_synced(file, bytes).map(|()| candidate)),
                Err(e) if e.kind() == ErrorKind::AlreadyExists => None,
                Err(e) => Some(Err(e)),
            },
        })
        .unwrap_or_else(|| Err(std::io::Error::other("no free file name")));
    let _ = fs::remove_file(&tmp);
    result
}

fn write_synced(mut file: fs::File, bytes: &[u8]) -> std::io::Result<()> {
    file.write_all(bytes)?;
    file.sync_all()
}

fn conformance_text(c: &Conformance) -> String {
    match c {
        Conformance::PdfA2aUa1 => "PDF/A-2a and PDF/UA-1 (archival, accessible)".into(),
        Conformance::PdfUa1 { .. } => "PDF/UA-1 (accessible); not PDF/A".into(),
        Conformance::Tagged { .. } => "tagged PDF; not PDF/A or PDF/UA".into(),
    }
}

/// A document error as the team sees it. The documents name incomplete data by the same dotted
/// paths the IEP's fields have (`meeting.place`), so the field is passed on as it is.
fn render_error(e: DocumentError) -> ApiError {
    match e {
        DocumentError::UnknownLocale { .. } => invalid("language", &e.to_string()),
        DocumentError::Incomplete { field, message } => invalid(&field, &message),
        other => internal(other),
    }
}
