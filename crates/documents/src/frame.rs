//! What every document shares: the model the templates receive (`Doc`, `Section`), choosing the
//! document's language, the cover notice for a language that is not covered (SOPM L153), page
//! furniture, the team's typed text and the translated share.
//!
//! A document module (`iep`, `pwn`, `meeting_notice`, `consent`) opens a [`Frame`], formats its
//! text through `frame.t`, hands typed text to [`Frame::typed`] (so it is marked, listed among the
//! parts in English and counted), and ends with [`Frame::finish`].

use crate::l10n::{split_markers, strip_isolation, Arg, Catalog, Text, COVER, DOCUMENTS};
use crate::words::count_words;
use crate::{ContactPerson, DocumentError, FormVersion};
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use iepdesk_domain::language::Language;
use iepdesk_domain::student::Student;
use serde::Serialize;

/// The language the team writes in; the English document is the legal version.
pub(crate) const TEAM_LANGUAGE: &str = "en";

pub(crate) struct Built {
    pub json: Vec<u8>,
    pub locale: String,
    pub translated_share: f64,
    pub english_parts: Vec<String>,
    pub cover_notice: bool,
}

/// The whole document as the template sees it.
#[derive(Serialize)]
pub(crate) struct Doc {
    /// Text settings for the document's one language.
    lang: String,
    region: Option<String>,
    fonts: Vec<&'static str>,
    size: f64,
    /// PDF metadata.
    pdf_title: String,
    keywords: Vec<String>,
    date: [u32; 3],
    /// Page furniture.
    header: String,
    footer: String,
    page_of: Vec<Segment>,
    cover: Option<Cover>,
    title: String,
    subtitle: Vec<String>,
    notices: Vec<String>,
    /// Opening paragraphs, before the first section.
    intro: Vec<String>,
    sections: Vec<Section>,
}

/// A piece of "Page 1 of 3": fixed text, or a variable (`page`, `total`) filled in at layout.
#[derive(Serialize)]
struct Segment {
    var: bool,
    text: String,
}

/// The cover notice for a language that is not covered (SOPM L153).
#[derive(Serialize)]
struct Cover {
    title: String,
    paragraphs: Vec<String>,
}

/// A section of a document. Each kind has one renderer in `templates/common.typ`.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum Section {
    /// A two-column table of labelled values.
    Facts {
        title: String,
        rows: Vec<[String; 2]>,
    },
    /// Headed narrative texts typed by the team.
    Narratives {
        title: String,
        parts: Vec<Narrative>,
        /// Blocks after the narratives (present levels' areas, parent concerns, needs).
        more: Vec<Item>,
    },
    /// What is in English and how to ask for its translation.
    EnglishParts {
        title: String,
        intro: String,
        items: Vec<String>,
        paragraphs: Vec<String>,
    },
    /// A headed run of blocks: localized paragraphs and lists, the team's text, tables,
    /// checkbox choices and signature lines (the notices and forms).
    Block { title: String, body: Vec<Item> },
}

#[derive(Serialize)]
pub(crate) struct Narrative {
    pub title: String,
    /// "Written in English by the IEP team", on translated copies.
    pub marker: Option<String>,
    /// Language the text is written in (the team writes in English).
    pub lang: String,
    /// Paragraphs, each a list of lines, exactly as typed.
    pub paragraphs: Vec<Vec<String>>,
    /// Shown instead when the team has written nothing yet.
    pub empty: Option<String>,
}

/// One block of a [`Section::Block`].
#[derive(Serialize)]
#[serde(tag = "item", rename_all = "snake_case")]
pub(crate) enum Item {
    /// A paragraph in the document's language.
    Par { text: String },
    /// A bulleted list in the document's language.
    List { items: Vec<String> },
    /// Text the team typed, as typed, in its language, marked on translated copies. `label` is
    /// a bold lead-in in the document's language ("Why it was rejected:"), if any.
    Typed {
        label: Option<String>,
        marker: Option<String>,
        lang: String,
        paragraphs: Vec<Vec<String>>,
    },
    /// A list of texts the team typed (one per item).
    TypedList {
        marker: Option<String>,
        lang: String,
        items: Vec<String>,
    },
    /// A table with a header row; the first column holds row headers.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// Rows of a choice with a box to tick per option (consent, partial consent). `rows[i].text`
    /// is typed by the team when `typed` is set.
    Choices {
        header: Vec<String>,
        /// The "written in English" marker when the rows are the team's text.
        marker: Option<String>,
        typed: bool,
        lang: String,
        rows: Vec<String>,
    },
    /// Lines each with a box to tick (a whole consent or refusal).
    Checks { lines: Vec<String> },
    /// Lines to sign and date on paper: each label under an empty line.
    Signatures { labels: Vec<String> },
    /// A level-3 heading inside a section (a list of programs, of goals).
    Heading { text: String },
    /// The "Written in English by the IEP team" marker: the shaded cells below are as typed.
    Marker { text: String },
    /// A table of labelled values (a section of the IEP form, or one item of a list), with an
    /// optional title row.
    Fields {
        title: Option<String>,
        rows: Vec<FieldRow>,
    },
}

/// One row of [`Item::Fields`]: a label (row header) and its value, as paragraphs of lines.
#[derive(Serialize)]
pub(crate) struct FieldRow {
    pub label: String,
    pub lines: Vec<Vec<String>>,
    /// Typed by the team, in English, on a translated copy: shaded and set in English.
    pub typed: bool,
}

impl FieldRow {
    pub fn text(label: String, text: String) -> Self {
        Self {
            label,
            lines: vec![vec![text]],
            typed: false,
        }
    }
}

/// A document being built: its language, its text, and what of it is in English.
pub(crate) struct Frame<'c> {
    pub t: Text<'c>,
    pub locale: String,
    /// The requested language is one documents are translated into.
    pub covered: bool,
    /// The document is in a language other than the team's (English).
    pub translated: bool,
    cover: Option<Cover>,
    cover_words_in_parent_language: f64,
    english_words: f64,
    english_items: Vec<String>,
    english_parts: Vec<String>,
    marker: Option<String>,
}

/// The title block and furniture a document module supplies.
pub(crate) struct Head {
    pub title: String,
    pub form: Option<FormVersion>,
    pub keyword: &'static str,
    pub produced_on: NaiveDate,
    pub subtitle: Vec<String>,
    pub notices: Vec<String>,
    pub intro: Vec<String>,
}

impl<'c> Frame<'c> {
    /// Chooses the document's language for `language` and builds the cover notice when that
    /// language is not covered.
    pub fn open(
        catalog: &'c Catalog,
        language: &Language,
        student: &Student,
        contact: &ContactPerson,
    ) -> Result<Self, DocumentError> {
        let covered = language.covered
            && language
                .locale
                .as_deref()
                .is_some_and(|l| catalog.has(l, DOCUMENTS));
        let locale = if covered {
            language.locale.clone().unwrap_or_default()
        } else {
            "en".to_string()
        };
        let t = catalog
            .text(&locale, DOCUMENTS)
            .ok_or_else(|| DocumentError::MissingLocale(locale.clone()))?;
        let translated = locale != TEAM_LANGUAGE;
        let mut cover_words_in_parent_language = 0.0;
        let cover = if covered {
            None
        } else {
            let (cover, words) = cover(catalog, language, student, contact)?;
            cover_words_in_parent_language = words;
            Some(cover)
        };
        let marker = if translated {
            Some(t.t("written-in-english")?)
        } else {
            None
        };
        Ok(Self {
            t,
            locale,
            covered,
            translated,
            cover,
            cover_words_in_parent_language,
            english_words: 0.0,
            english_items: Vec::new(),
            english_parts: Vec::new(),
            marker,
        })
    }

    /// The "Written in English by the IEP team" marker, on translated copies.
    pub fn marker(&self) -> Option<String> {
        self.marker.clone()
    }

    /// Records text the team typed at `path`, listed as `label` among the parts in English.
    /// Returns whether there is any text.
    pub fn note_typed(&mut self, path: &str, label: &str, text: &str) -> bool {
        if text.trim().is_empty() {
            return false;
        }
        self.english_words += count_words(text);
        if self.translated && !self.english_parts.iter().any(|p| p == path) {
            // One entry per kind of text ("Annual goals: Skill"), however many goals have one.
            if !self.english_items.iter().any(|i| i == label) {
                self.english_items.push(label.to_string());
            }
            self.english_parts.push(path.to_string());
        }
        true
    }

    /// A typed block: the text as typed, marked, counted and listed under `label`.
    pub fn typed(&mut self, path: &str, label: &str, lead: Option<String>, text: &str) -> Item {
        self.note_typed(path, label, text);
        Item::Typed {
            label: lead,
            marker: self.marker(),
            lang: TEAM_LANGUAGE.into(),
            paragraphs: paragraphs(text),
        }
    }

    /// A list of typed texts (evaluations relied on, sources of help), listed once under `label`.
    pub fn typed_list(&mut self, path: &str, label: &str, items: &[String]) -> Item {
        let items: Vec<String> = items
            .iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        for i in &items {
            self.note_typed(path, label, i);
        }
        Item::TypedList {
            marker: self.marker(),
            lang: TEAM_LANGUAGE.into(),
            items,
        }
    }

    /// A paragraph of localized text.
    pub fn par(&self, id: &str) -> Result<Item, DocumentError> {
        Ok(Item::Par {
            text: self.t.t(id)?,
        })
    }

    pub fn par_args(&self, id: &str, args: &[(&str, Arg)]) -> Result<Item, DocumentError> {
        Ok(Item::Par {
            text: self.t.t_args(id, args)?,
        })
    }

    /// The student's name in the document's language order, without isolation marks of its own.
    pub fn student_name(&self, student: &Student) -> Result<String, DocumentError> {
        person_name(&self.t, student)
    }

    /// The student's identifying facts, at the top of every notice and form.
    pub fn student_section(&self, student: &Student) -> Result<Section, DocumentError> {
        let t = &self.t;
        Ok(Section::Facts {
            title: t.t("section-student")?,
            rows: vec![
                [t.t("field-student-name")?, self.student_name(student)?],
                [t.t("field-date-of-birth")?, t.date(student.date_of_birth)?],
                [t.t("field-osis")?, student.osis.as_str().to_string()],
                [
                    t.t("field-school")?,
                    student.school_dbn.as_str().to_string(),
                ],
                [t.t("field-grade")?, crate::iep::grade(t, student.grade)?],
            ],
        })
    }

    /// The boxed statement on a translated notice or form that the English one is the legal
    /// version.
    pub fn legal_notice(&self) -> Result<Vec<String>, DocumentError> {
        Ok(if self.translated {
            vec![self.t.t("translation-legal-notice-document")?]
        } else {
            Vec::new()
        })
    }

    /// A local time of day ("9:00 AM", "09:00").
    pub fn time(&self, at: NaiveDateTime) -> Result<String, DocumentError> {
        let hour = at.hour();
        let hour12 = match hour % 12 {
            0 => 12,
            h => h,
        };
        let minute = format!("{:02}", at.minute());
        let hour24 = format!("{hour:02}");
        self.t.t_args(
            "time",
            &[
                ("hour", Arg::Str(&hour24)),
                ("hour12", Arg::Num(hour12.into())),
                ("minute", Arg::Str(&minute)),
                ("period", Arg::Str(if hour < 12 { "am" } else { "pm" })),
            ],
        )
    }

    /// The "If you have questions, contact …" paragraph and the contact's phone and email.
    pub fn contact_items(
        &self,
        message: &str,
        contact: &ContactPerson,
    ) -> Result<Vec<Item>, DocumentError> {
        let mut out =
            vec![self.par_args(message, &[("contact", Arg::Neutral(contact.name.trim()))])?];
        for line in contact_lines(&self.t, contact, "contact-phone", "contact-email")? {
            out.push(Item::Par { text: line });
        }
        Ok(out)
    }

    /// The section listing the parts in English and how to ask for their translation (translated
    /// copies with typed text only). `iep` picks the IEP's wording.
    pub fn english_parts_section(
        &self,
        contact: &ContactPerson,
        iep: bool,
    ) -> Result<Option<Section>, DocumentError> {
        if !self.translated || self.english_items.is_empty() {
            return Ok(None);
        }
        let t = &self.t;
        let count = self.english_items.len() as i64;
        let mut paragraphs = vec![t.t_args(
            "english-parts-request",
            &[("contact", Arg::Neutral(contact.name.trim()))],
        )?];
        paragraphs.extend(contact_lines(t, contact, "contact-phone", "contact-email")?);
        let (title, intro) = if iep {
            ("section-english-parts", "english-parts-intro")
        } else {
            (
                "section-english-parts-document",
                "english-parts-intro-document",
            )
        };
        Ok(Some(Section::EnglishParts {
            title: t.t(title)?,
            intro: t.t_args(intro, &[("count", Arg::Num(count))])?,
            items: self.english_items.clone(),
            paragraphs,
        }))
    }

    /// Lays the document out for the template and works out its translated share.
    pub fn finish(
        self,
        student: &Student,
        head: Head,
        sections: Vec<Section>,
    ) -> Result<Built, DocumentError> {
        let t = &self.t;
        let name = person_name(t, student)?;
        // "Page 1 of 3": formatted once with markers, split, filled in by the template.
        let page_of_text = t.format_uncounted(
            "page-of",
            &[
                ("page", Arg::Str("@@page@@")),
                ("total", Arg::Str("@@total@@")),
            ],
        )?;
        let page_of: Vec<Segment> = split_markers(&page_of_text)
            .into_iter()
            .map(|(var, text)| Segment { var, text })
            .collect();
        t.count(
            &page_of
                .iter()
                .filter(|s| !s.var)
                .map(|s| s.text.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        );
        let stamp = match head.form {
            Some(form) => Some(t.t(form.id)?),
            None => None,
        };
        let header = t.t_args(
            "page-header",
            &[
                ("student", Arg::Neutral(&name)),
                ("osis", Arg::Neutral(student.osis.as_str())),
            ],
        )?;
        let mut subtitle = Vec::new();
        subtitle.extend(stamp.clone());
        subtitle.extend(head.subtitle);
        let mut keywords = vec![head.keyword.to_string()];
        if let Some(form) = head.form {
            keywords.push(form.id.trim_start_matches("form-").into());
        }
        keywords.push(format!("locale {}", self.locale));
        let (lang, region) = lang_region(&self.locale);
        let doc = Doc {
            lang,
            region,
            fonts: fonts(&self.locale),
            size: if matches!(self.locale.as_str(), "ar" | "ur") {
                11.5
            } else {
                10.5
            },
            pdf_title: t.format_uncounted(
                "document-title",
                &[
                    ("document", Arg::Str(&head.title)),
                    ("student", Arg::Str(&name)),
                ],
            )?,
            keywords,
            date: [
                head.produced_on.year() as u32,
                head.produced_on.month(),
                head.produced_on.day(),
            ],
            header,
            // The form version where the document follows a form; its title otherwise.
            footer: stamp.unwrap_or_else(|| head.title.clone()),
            page_of,
            cover: self.cover,
            title: head.title,
            subtitle,
            notices: head.notices,
            intro: head.intro,
            sections,
        };

        // Labels printed from the English fallback are English words, not the locale's.
        let localized_words = (t.words() - t.fallback_words()).max(0.0);
        let english_words = self.english_words + t.fallback_words();
        let translated_share = if self.covered {
            if !self.translated {
                1.0
            } else if localized_words + english_words > 0.0 {
                localized_words / (localized_words + english_words)
            } else {
                1.0
            }
        } else {
            let total = localized_words
                + english_words
                + doc
                    .cover
                    .as_ref()
                    .map_or(0.0, |c| words_of(&c.paragraphs) + count_words(&c.title));
            if total > 0.0 {
                self.cover_words_in_parent_language / total
            } else {
                0.0
            }
        };
        let english_parts = if self.covered {
            self.english_parts
        } else {
            vec!["document".to_string()]
        };
        Ok(Built {
            json: serde_json::to_vec(&doc).expect("the document model serializes"),
            locale: self.locale,
            translated_share,
            english_parts,
            cover_notice: doc.cover.is_some(),
        })
    }
}

/// The cover notice, in the parent's language where a translation of it exists, in English
/// otherwise; and how many of its words are in the parent's language.
fn cover(
    catalog: &Catalog,
    language: &Language,
    student: &Student,
    contact: &ContactPerson,
) -> Result<(Cover, f64), DocumentError> {
    if contact.name.trim().is_empty() {
        return Err(DocumentError::MissingContact);
    }
    let own = language.locale.as_deref().unwrap_or(&language.code);
    let (c, in_parent_language) = match catalog.text(own, COVER) {
        Some(c) => (c, true),
        None => (
            catalog
                .text("en", COVER)
                .ok_or_else(|| DocumentError::MissingLocale("en".into()))?,
            false,
        ),
    };
    let english = catalog
        .text("en", DOCUMENTS)
        .expect("English is always loaded");
    // The language is named in the language the notice is written in: by that locale's own
    // message where it has documents, by the table's native name otherwise.
    let language_name = if in_parent_language {
        catalog
            .text(own, DOCUMENTS)
            .map(|t| language_name(&t, language))
            .unwrap_or_else(|| language.native_name.clone())
    } else {
        language_name(&english, language)
    };
    let name = person_name(&english, student)?;
    let mut paragraphs = vec![
        c.t("cover-important")?,
        c.t_args(
            "cover-why-english",
            &[("language", Arg::Str(&language_name))],
        )?,
        c.t_args("cover-student", &[("student", Arg::Neutral(&name))])?,
        c.t_args(
            "cover-contact",
            &[("contact", Arg::Neutral(contact.name.trim()))],
        )?,
    ];
    paragraphs.extend(contact_lines(&c, contact, "cover-phone", "cover-email")?);
    let cover = Cover {
        title: c.t("cover-title")?,
        paragraphs,
    };
    let words = if in_parent_language { c.words() } else { 0.0 };
    Ok((cover, words))
}

pub(crate) fn words_of(texts: &[String]) -> f64 {
    texts.iter().map(|s| count_words(s)).sum()
}

/// The name of a language in the document's language; the table's own name for a language
/// that has no message yet.
pub(crate) fn language_name(t: &Text, language: &Language) -> String {
    let id = format!("language-{}", language.code);
    if t.has(&id) {
        t.format_uncounted(&id, &[])
            .unwrap_or_else(|_| language.native_name.clone())
    } else {
        language.native_name.clone()
    }
}

/// A language name counted as words of the document.
pub(crate) fn counted_language_name(t: &Text, language: &Language) -> String {
    let s = language_name(t, language);
    t.count(&s);
    s
}

pub(crate) fn person_name(t: &Text, student: &Student) -> Result<String, DocumentError> {
    let n = &student.name;
    // The name is isolated as a whole wherever it is placed; its parts need no marks of their own.
    Ok(strip_isolation(&t.format_uncounted(
        "person-name",
        &[("first", Arg::Str(&n.first)), ("last", Arg::Str(&n.last))],
    )?))
}

pub(crate) fn contact_lines(
    t: &Text,
    contact: &ContactPerson,
    phone_id: &str,
    email_id: &str,
) -> Result<Vec<String>, DocumentError> {
    let mut lines = Vec::new();
    if let Some(phone) = contact
        .phone
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        lines.push(t.t_args(phone_id, &[("phone", Arg::Neutral(phone))])?);
    }
    if let Some(email) = contact
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
    {
        lines.push(t.t_args(email_id, &[("email", Arg::Neutral(email))])?);
    }
    Ok(lines)
}

/// Splits typed text into paragraphs (at blank lines) of lines, keeping the text as typed.
pub(crate) fn paragraphs(text: &str) -> Vec<Vec<String>> {
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in normalized.split('\n') {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line.trim_end().to_string());
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// typst's `lang` and `region` for a locale. typst has no script subtag, so Chinese scripts are
/// told apart by region (and by the font face, see [`fonts`]).
pub(crate) fn lang_region(locale: &str) -> (String, Option<String>) {
    match locale {
        "zh-Hans" => ("zh".into(), Some("CN".into())),
        "zh-Hant" => ("zh".into(), Some("TW".into())),
        other => (other.split('-').next().unwrap_or(other).to_string(), None),
    }
}

/// Font families, in fallback order. Noto Sans sets Latin, Cyrillic and digits everywhere; each
/// script then has its face. Urdu uses Naskh, not Nastaliq (docs/decisions-documents.md).
pub(crate) fn fonts(locale: &str) -> Vec<&'static str> {
    let cjk = match locale {
        "zh-Hant" => "Noto Sans CJK TC",
        "ko" => "Noto Sans CJK KR",
        _ => "Noto Sans CJK SC",
    };
    vec!["Noto Sans", "Noto Naskh Arabic", "Noto Sans Bengali", cjk]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_keeps_its_lines_and_paragraphs() {
        assert_eq!(
            paragraphs("First line\r\nsecond line\n\n\n  Next paragraph  \n"),
            vec![
                vec!["First line".to_string(), "second line".to_string()],
                vec!["  Next paragraph".to_string()]
            ]
        );
        assert!(paragraphs("  \n \n").is_empty());
    }

    #[test]
    fn chinese_scripts_map_to_regions_and_faces() {
        assert_eq!(
            lang_region("zh-Hant"),
            ("zh".to_string(), Some("TW".to_string()))
        );
        assert_eq!(lang_region("ar"), ("ar".to_string(), None));
        assert!(fonts("zh-Hant").contains(&"Noto Sans CJK TC"));
        assert!(fonts("ko").contains(&"Noto Sans CJK KR"));
    }
}
