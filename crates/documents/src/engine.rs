//! The engine: fonts, the typst library and the translations, loaded once; and the minimal typst
//! `World` a render runs in (no file system, no network, no clock).

use crate::l10n::{Catalog, DOCUMENTS};
use crate::{consent, iep, meeting_notice, pwn, DocumentData, DocumentError, RenderedDocument};
use chrono::{Datelike, NaiveDate};
use iepdesk_domain::language::{Language, Languages};
use std::collections::HashMap;
use std::sync::OnceLock;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Feature, Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

include!(concat!(env!("OUT_DIR"), "/font_files.rs"));

/// Templates, by virtual path. `common.typ` holds what every document shares.
const TEMPLATES: &[(&str, &str)] = &[
    ("/common.typ", include_str!("../templates/common.typ")),
    ("/iep.typ", include_str!("../templates/iep.typ")),
    ("/pwn.typ", include_str!("../templates/pwn.typ")),
    (
        "/meeting-notice.typ",
        include_str!("../templates/meeting-notice.typ"),
    ),
    ("/consent.typ", include_str!("../templates/consent.typ")),
];
const DATA_PATH: &str = "/data.json";

/// The PDF standards a document conforms to. The engine asks for the most it can and steps down
/// only when typst refuses (a character no font has, for instance, is not allowed in PDF/A).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conformance {
    /// PDF/A-2a (archival, tagged) and PDF/UA-1 (accessible).
    PdfA2aUa1,
    /// PDF/UA-1 only; why PDF/A-2a was refused.
    PdfUa1 { pdfa_refused: String },
    /// A tagged PDF without a claimed standard; why the standards were refused.
    Tagged { refused: String },
}

/// Fonts, typst's standard library and the translations, loaded once. Cheap to share between
/// threads (`Send + Sync`); each [`render`](Self::render) builds its own small world.
pub struct DocumentEngine {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    catalog: Catalog,
    templates: HashMap<FileId, Source>,
}

impl DocumentEngine {
    /// Loads the embedded fonts and translations. Checks that every covered language of the
    /// language table has its translation.
    pub fn new() -> Result<Self, DocumentError> {
        let fonts: Vec<Font> = FONT_FILES
            .iter()
            .flat_map(|(_, data)| Font::iter(Bytes::new(*data)))
            .collect();
        if fonts.is_empty() {
            return Err(DocumentError::Fonts(
                "the build embedded no font files".into(),
            ));
        }
        let book = FontBook::from_fonts(&fonts);
        let library = Library::builder()
            .with_features([Feature::A11yExtras].into_iter().collect())
            .build();
        let catalog = Catalog::load()?;
        for locale in crate::supported_locales() {
            if !catalog.has(&locale, DOCUMENTS) {
                return Err(DocumentError::MissingLocale(locale));
            }
        }
        let templates = TEMPLATES
            .iter()
            .map(|(path, text)| (file_id(path), Source::new(file_id(path), text.to_string())))
            .collect();
        Ok(Self {
            library: LazyHash::new(library),
            book: LazyHash::new(book),
            fonts,
            catalog,
            templates,
        })
    }

    /// One engine for the whole process, created on first use.
    pub fn shared() -> Result<&'static DocumentEngine, DocumentError> {
        static ENGINE: OnceLock<Result<DocumentEngine, DocumentError>> = OnceLock::new();
        ENGINE
            .get_or_init(DocumentEngine::new)
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Font families the engine has (for diagnostics and tests).
    pub fn font_families(&self) -> Vec<String> {
        let mut names: Vec<String> = self.fonts.iter().map(|f| f.info().family.clone()).collect();
        names.dedup();
        names
    }

    /// The characters of `text` that no embedded font can show (an emoji, a script we ship no
    /// font for), each once, in order of appearance. A document containing one is still produced,
    /// but cannot claim PDF/A or PDF/UA (see [`Conformance`]); the UI can warn while the team types.
    pub fn unsupported_chars(&self, text: &str) -> Vec<char> {
        let mut out = Vec::new();
        for c in text.chars() {
            if c.is_whitespace()
                || c.is_control()
                || matches!(c as u32, 0x200B..=0x200F | 0x2066..=0x2069 | 0xFE00..=0xFE0F)
            {
                continue;
            }
            if !out.contains(&c)
                && !self
                    .fonts
                    .iter()
                    .any(|f| f.info().coverage.contains(c as u32))
            {
                out.push(c);
            }
        }
        out
    }

    /// Renders a document in `locale` (a code or locale of the language table, any case).
    pub fn render(
        &self,
        locale: &str,
        data: &DocumentData,
    ) -> Result<RenderedDocument, DocumentError> {
        self.render_with(locale, data, RenderOptions::default())
    }

    /// [`render`](Self::render), with what else the caller wants of the same layout.
    pub fn render_with(
        &self,
        locale: &str,
        data: &DocumentData,
        options: RenderOptions,
    ) -> Result<RenderedDocument, DocumentError> {
        let language = resolve(locale)?;
        let (built, template) = match data {
            DocumentData::Iep(d) => (iep::build(&self.catalog, language, d)?, "/iep.typ"),
            DocumentData::Pwn(d) => (pwn::build(&self.catalog, language, d)?, "/pwn.typ"),
            DocumentData::MeetingNotice(d) => (
                meeting_notice::build(&self.catalog, language, d)?,
                "/meeting-notice.typ",
            ),
            DocumentData::Consent(d) => {
                (consent::build(&self.catalog, language, d)?, "/consent.typ")
            }
        };
        let compiled = self.compile(template, &built.json, data.produced_on(), options)?;
        Ok(RenderedDocument {
            pdf: compiled.pdf,
            locale: built.locale,
            translated_share: built.translated_share,
            english_parts: built.english_parts,
            cover_notice: built.cover_notice,
            conformance: compiled.conformance,
            pages: compiled.pages,
            warnings: compiled.warnings,
            svg_pages: compiled.svg_pages,
        })
    }

    /// Renders for the parent: in the student's `parent_language`.
    pub fn render_for_parent(
        &self,
        data: &DocumentData,
    ) -> Result<RenderedDocument, DocumentError> {
        self.render(data.student().parent_language.as_str(), data)
    }

    fn compile(
        &self,
        template: &str,
        json: &[u8],
        today: NaiveDate,
        options: RenderOptions,
    ) -> Result<Compiled, DocumentError> {
        let main = file_id(template);
        let world = DocWorld {
            engine: self,
            main,
            data: Bytes::new(json.to_vec()),
            today,
        };
        let warned = typst::compile::<PagedDocument>(&world);
        let warnings: Vec<String> = warned
            .warnings
            .iter()
            .map(|w| describe(std::slice::from_ref(w)))
            .collect();
        let document = warned.output.map_err(|errors| DocumentError::Template {
            template: template.trim_start_matches('/').to_string(),
            detail: describe(&errors),
        })?;
        let pages = document.pages().len();
        // The preview is drawn from the same layout as the PDF, so what the team checks on
        // screen is what is saved.
        let svg_pages = if options.svg_pages {
            let svg = typst_svg::SvgOptions::default();
            document
                .pages()
                .iter()
                .map(|page| typst_svg::svg(page, &svg))
                .collect()
        } else {
            Vec::new()
        };
        let export = |standards: &[PdfStandard]| -> Result<Vec<u8>, String> {
            let standards = PdfStandards::new(standards).map_err(|e| e.message().to_string())?;
            let options = PdfOptions {
                standards,
                ..PdfOptions::default()
            };
            typst_pdf::pdf(&document, &options).map_err(|errors| describe(&errors))
        };
        let result = match export(&[PdfStandard::A_2a, PdfStandard::Ua_1]) {
            Ok(pdf) => (pdf, Conformance::PdfA2aUa1),
            Err(pdfa_refused) => match export(&[PdfStandard::Ua_1]) {
                Ok(pdf) => (pdf, Conformance::PdfUa1 { pdfa_refused }),
                Err(ua_refused) => {
                    let pdf = export(&[]).map_err(DocumentError::Pdf)?;
                    (
                        pdf,
                        Conformance::Tagged {
                            refused: format!("PDF/A-2a: {pdfa_refused}; PDF/UA-1: {ua_refused}"),
                        },
                    )
                }
            },
        };
        // Keep typst's memo cache from growing without bound in a long-running app.
        typst::comemo::evict(30);
        Ok(Compiled {
            pdf: result.0,
            conformance: result.1,
            pages,
            warnings,
            svg_pages,
        })
    }
}

/// What a render produces besides the PDF.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// Also draw each page as SVG ([`RenderedDocument::svg_pages`]), for an on-screen preview.
    pub svg_pages: bool,
}

struct Compiled {
    pdf: Vec<u8>,
    conformance: Conformance,
    pages: usize,
    warnings: Vec<String>,
    svg_pages: Vec<String>,
}

fn describe(errors: &[SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|e| {
            let hints: String = e
                .hints
                .iter()
                .map(|h| format!(" (hint: {})", h.v))
                .collect();
            format!("{}{hints}", e.message)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn file_id(path: &str) -> FileId {
    RootedPath::new(
        VirtualRoot::Project,
        VirtualPath::new(path).expect("valid template path"),
    )
    .intern()
}

/// Finds the language for a requested code or locale, or says which locales exist.
fn resolve(requested: &str) -> Result<&'static Language, DocumentError> {
    let table = Languages::get();
    let wanted = requested.trim();
    table
        .all()
        .iter()
        .find(|l| {
            l.code.eq_ignore_ascii_case(wanted)
                || l.locale
                    .as_deref()
                    .is_some_and(|x| x.eq_ignore_ascii_case(wanted))
        })
        .ok_or_else(|| DocumentError::UnknownLocale {
            requested: requested.to_string(),
            supported: crate::supported_locales(),
        })
}

/// What one render sees: the engine's fonts and library, the templates, and one data file.
struct DocWorld<'a> {
    engine: &'a DocumentEngine,
    main: FileId,
    data: Bytes,
    today: NaiveDate,
}

impl World for DocWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.engine.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.engine.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.engine
            .templates
            .get(&id)
            .cloned()
            .ok_or_else(|| not_found(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == file_id(DATA_PATH) {
            return Ok(self.data.clone());
        }
        match self.engine.templates.get(&id) {
            Some(source) => Ok(Bytes::from_string(source.clone())),
            None => Err(not_found(id)),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.engine.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Datetime::from_ymd(
            self.today.year(),
            self.today.month() as u8,
            self.today.day() as u8,
        )
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_with_slash().into())
}
