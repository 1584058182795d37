//! The IEP document: what `templates/iep.typ` receives, every visible text already localized.
//!
//! Sections follow the order of the New York State IEP form. Only sections the domain has are
//! built (identifying information, present levels); the next ones (postsecondary goals, annual
//! goals, …) are added here one by one as the domain gains them, each as a [`Section`] of an
//! existing kind or of a new kind with its renderer in `templates/common.typ`.

use crate::l10n::{split_markers, strip_isolation, Arg, Catalog, Text, COVER, DOCUMENTS};
use crate::words::count_words;
use crate::{DocumentError, DocumentKind, IepDocumentData};
use chrono::{Datelike, Duration};
use iepdesk_domain::iep::{IepStatus, PresentLevels};
use iepdesk_domain::language::Language;
use iepdesk_domain::student::Grade;
use serde::Serialize;

pub(crate) struct Built {
    pub json: Vec<u8>,
    pub locale: String,
    pub translated_share: f64,
    pub english_parts: Vec<String>,
    pub cover_notice: bool,
}

/// The whole document as the template sees it.
#[derive(Serialize)]
struct Doc {
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
enum Section {
    /// A two-column table of labelled values.
    Facts {
        title: String,
        rows: Vec<[String; 2]>,
    },
    /// Headed narrative texts typed by the team.
    Narratives {
        title: String,
        parts: Vec<Narrative>,
    },
    /// What is in English and how to ask for its translation.
    EnglishParts {
        title: String,
        intro: String,
        items: Vec<String>,
        paragraphs: Vec<String>,
    },
}

#[derive(Serialize)]
struct Narrative {
    title: String,
    /// "Written in English by the IEP team", on translated copies.
    marker: Option<String>,
    /// Language the text is written in (the team writes in English).
    lang: String,
    /// Paragraphs, each a list of lines, exactly as typed.
    paragraphs: Vec<Vec<String>>,
    /// Shown instead when the team has written nothing yet.
    empty: Option<String>,
}

/// The language the team writes narratives in; the English IEP is the legal version.
const TEAM_LANGUAGE: &str = "en";

pub(crate) fn build(
    catalog: &Catalog,
    language: &Language,
    data: &IepDocumentData,
) -> Result<Built, DocumentError> {
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
    let student = &data.student;
    let iep = &data.iep;

    // Cover notice for a language outside the covered list: in the parent's language where a
    // translation of the notice exists, in English otherwise.
    let mut cover_words_in_parent_language = 0.0;
    let cover = if covered {
        None
    } else {
        if data.contact.name.trim().is_empty() {
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
        let language_name = language_name(&english, language);
        let name = person_name(&english, data)?;
        let mut paragraphs = vec![
            c.t("cover-important")?,
            c.t_args(
                "cover-why-english",
                &[("language", Arg::Str(&language_name))],
            )?,
            c.t_args("cover-student", &[("student", Arg::Neutral(&name))])?,
            c.t_args(
                "cover-contact",
                &[("contact", Arg::Neutral(data.contact.name.trim()))],
            )?,
        ];
        paragraphs.extend(contact_lines(&c, data, "cover-phone", "cover-email")?);
        let cover = Cover {
            title: c.t("cover-title")?,
            paragraphs,
        };
        if in_parent_language {
            cover_words_in_parent_language = c.words();
        }
        Some(cover)
    };

    let name = person_name(&t, data)?;
    let form = DocumentKind::Iep.form_version();
    let stamp = t.t(form.id)?;
    let produced = t.date(data.produced_on)?;

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

    let mut notices = Vec::new();
    if translated {
        notices.push(t.t("translation-legal-notice")?);
    }
    if matches!(iep.status, IepStatus::Draft) {
        notices.push(t.t("draft-notice")?);
    }

    let mut sections = vec![identifying(&t, data, &name, &produced)?];

    // Present levels: the seven components, in the order of the State form.
    let mut english_words = 0.0;
    let mut english_items = Vec::new();
    let mut english_parts = Vec::new();
    let mut parts = Vec::new();
    for (component, text) in iep.content.present_levels.components() {
        let title = t.t(&format!("plop-{component}"))?;
        let paragraphs = paragraphs(text);
        let written = !paragraphs.is_empty();
        if written {
            english_words += count_words(text);
            if translated {
                english_items.push(t.t(&format!("plop-{component}"))?);
                english_parts.push(format!("present_levels.{component}"));
            }
        }
        parts.push(Narrative {
            title,
            marker: if written && translated {
                Some(t.t("written-in-english")?)
            } else {
                None
            },
            lang: TEAM_LANGUAGE.to_string(),
            paragraphs,
            empty: if written {
                None
            } else {
                Some(t.t("not-yet-written")?)
            },
        });
    }
    debug_assert_eq!(parts.len(), PresentLevels::COMPONENTS.len());
    sections.push(Section::Narratives {
        title: t.t("section-present-levels")?,
        parts,
    });

    // On a translated copy: which parts are in English and how to ask for their translation
    // (the DOE translates IEPs when a parent asks, SOPM L153).
    if translated && !english_items.is_empty() {
        let count = english_items.len() as i64;
        let mut paragraphs = vec![t.t_args(
            "english-parts-request",
            &[("contact", Arg::Neutral(data.contact.name.trim()))],
        )?];
        paragraphs.extend(contact_lines(&t, data, "contact-phone", "contact-email")?);
        sections.push(Section::EnglishParts {
            title: t.t("section-english-parts")?,
            intro: t.t_args("english-parts-intro", &[("count", Arg::Num(count))])?,
            items: english_items,
            paragraphs,
        });
    }

    let (lang, region) = lang_region(&locale);
    let title = t.t("iep-title")?;
    let doc = Doc {
        lang,
        region,
        fonts: fonts(&locale),
        size: if matches!(locale.as_str(), "ar" | "ur") {
            11.5
        } else {
            10.5
        },
        pdf_title: t.format_uncounted(
            "document-title",
            &[("document", Arg::Str(&title)), ("student", Arg::Str(&name))],
        )?,
        keywords: vec![
            "IEP".into(),
            form.id.trim_start_matches("form-").into(),
            format!("locale {locale}"),
        ],
        date: [
            data.produced_on.year() as u32,
            data.produced_on.month(),
            data.produced_on.day(),
        ],
        header: t.t_args(
            "page-header",
            &[
                ("student", Arg::Neutral(&name)),
                ("osis", Arg::Neutral(student.osis.as_str())),
            ],
        )?,
        footer: stamp.clone(),
        page_of,
        cover,
        title,
        subtitle: vec![
            stamp,
            t.t_args("produced-on", &[("date", Arg::Str(&produced))])?,
        ],
        notices,
        sections,
    };

    let localized_words = t.words();
    let translated_share = if covered {
        if !translated {
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
            cover_words_in_parent_language / total
        } else {
            0.0
        }
    };
    if !covered {
        english_parts = vec!["document".to_string()];
    }

    Ok(Built {
        json: serde_json::to_vec(&doc).expect("the document model serializes"),
        locale,
        translated_share,
        english_parts,
        cover_notice: doc.cover.is_some(),
    })
}

fn identifying(
    t: &Text,
    data: &IepDocumentData,
    name: &str,
    produced: &str,
) -> Result<Section, DocumentError> {
    let student = &data.student;
    let iep = &data.iep;
    let mut rows = vec![
        [t.t("field-student-name")?, name.to_string()],
        [t.t("field-date-of-birth")?, t.date(student.date_of_birth)?],
        [t.t("field-osis")?, student.osis.as_str().to_string()],
        [
            t.t("field-school")?,
            student.school_dbn.as_str().to_string(),
        ],
        [t.t("field-grade")?, grade(t, student.grade)?],
        [
            t.t("field-home-language")?,
            counted(t, language_name(t, student.home_language.language())),
        ],
        [
            t.t("field-parent-language")?,
            counted(t, language_name(t, student.parent_language.language())),
        ],
        [
            t.t("field-iep-version")?,
            t.t_args(
                "iep-version-value",
                &[("version", Arg::Num(iep.version.into()))],
            )?,
        ],
        [
            t.t("field-iep-status")?,
            t.t(&format!("iep-status-{}", iep.status.name()))?,
        ],
    ];
    if let IepStatus::Finalized { at, .. } = &iep.status {
        let local = at.naive_utc() + Duration::minutes(data.utc_offset_minutes.into());
        rows.push([t.t("field-finalized-on")?, t.date(local.date())?]);
    }
    if iep.amends.is_some() {
        rows.push([t.t("field-amendment")?, t.t("iep-amends-earlier")?]);
    }
    rows.push([t.t("field-produced-on")?, produced.to_string()]);
    Ok(Section::Facts {
        title: t.t("section-identifying")?,
        rows,
    })
}

fn counted(t: &Text, s: String) -> String {
    t.count(&s);
    s
}

fn words_of(texts: &[String]) -> f64 {
    texts.iter().map(|s| count_words(s)).sum()
}

/// The name of a language in the document's language; the table's own name for a language
/// that has no message yet.
fn language_name(t: &Text, language: &Language) -> String {
    let id = format!("language-{}", language.code);
    if t.has(&id) {
        t.format_uncounted(&id, &[])
            .unwrap_or_else(|_| language.native_name.clone())
    } else {
        language.native_name.clone()
    }
}

fn person_name(t: &Text, data: &IepDocumentData) -> Result<String, DocumentError> {
    let n = &data.student.name;
    // The name is isolated as a whole wherever it is placed; its parts need no marks of their own.
    Ok(strip_isolation(&t.format_uncounted(
        "person-name",
        &[("first", Arg::Str(&n.first)), ("last", Arg::Str(&n.last))],
    )?))
}

fn grade(t: &Text, grade: Grade) -> Result<String, DocumentError> {
    match grade {
        Grade::ThreeK => t.t("grade-3k"),
        Grade::PreK => t.t("grade-pk"),
        Grade::K => t.t("grade-k"),
        Grade::Ungraded => t.t("grade-ug"),
        numbered => t.t_args(
            "grade-n",
            &[(
                "grade",
                Arg::Num(numbered.code().parse().unwrap_or_default()),
            )],
        ),
    }
}

fn contact_lines(
    t: &Text,
    data: &IepDocumentData,
    phone_id: &str,
    email_id: &str,
) -> Result<Vec<String>, DocumentError> {
    let mut lines = Vec::new();
    if let Some(phone) = data
        .contact
        .phone
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        lines.push(t.t_args(phone_id, &[("phone", Arg::Neutral(phone))])?);
    }
    if let Some(email) = data
        .contact
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
fn paragraphs(text: &str) -> Vec<Vec<String>> {
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
fn lang_region(locale: &str) -> (String, Option<String>) {
    match locale {
        "zh-Hans" => ("zh".into(), Some("CN".into())),
        "zh-Hant" => ("zh".into(), Some("TW".into())),
        other => (other.split('-').next().unwrap_or(other).to_string(), None),
    }
}

/// Font families, in fallback order. Noto Sans sets Latin, Cyrillic and digits everywhere; each
/// script then has its face. Urdu uses Naskh, not Nastaliq (docs/decisions-documents.md).
fn fonts(locale: &str) -> Vec<&'static str> {
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
