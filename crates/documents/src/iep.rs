//! The IEP document: what `templates/iep.typ` receives, every visible text already localized.
//!
//! Sections follow the order of the New York State IEP form: the identifying information and the
//! present levels' narratives here, every other section field by field by `iep_form`.

use crate::frame::{
    counted_language_name, paragraphs, Built, Frame, Head, Narrative, Section, TEAM_LANGUAGE,
};
use crate::iep_form;
use crate::l10n::{Arg, Catalog, Text};
use crate::ordered::Ordered;
use crate::{DocumentError, DocumentKind, IepDocumentData, IepPart};
use chrono::Duration;
use iepdesk_domain::iep::{IepStatus, PresentLevels};
use iepdesk_domain::language::Language;
use iepdesk_domain::student::Grade;

pub(crate) fn build(
    catalog: &Catalog,
    language: &Language,
    data: &IepDocumentData,
) -> Result<Built, DocumentError> {
    let mut f = Frame::open(catalog, language, &data.student, &data.contact)?;
    let iep = &data.iep;
    let name = f.student_name(&data.student)?;
    let produced = f.t.date(data.produced_on)?;

    let mut notices = Vec::new();
    if f.translated {
        notices.push(f.t.t("translation-legal-notice")?);
    }
    let recommendations = data.part == IepPart::Recommendations;
    if recommendations {
        notices.push(f.t.t("rsesp-notice")?);
    } else if matches!(iep.status, IepStatus::Draft) {
        notices.push(f.t.t("draft-notice")?);
    }

    let mut sections = vec![identifying(&f.t, data, &name, &produced)?];
    let content = Ordered::of(&iep.content);
    if recommendations {
        for name in IepPart::RECOMMENDATION_SECTIONS {
            let value = content.get(name).cloned().unwrap_or(Ordered::Null);
            sections.push(iep_form::section(&mut f, name, &value)?);
        }
    } else {
        whole_form(&mut f, iep, &content, &mut sections)?;
    }

    // On a translated copy: which parts are in English and how to ask for their translation
    // (the DOE translates IEPs when a parent asks, SOPM L153).
    sections.extend(f.english_parts_section(&data.contact, true)?);

    let head = Head {
        title: f.t.t(if recommendations {
            "rsesp-title"
        } else {
            "iep-title"
        })?,
        form: DocumentKind::Iep.form_version(),
        keyword: "IEP",
        produced_on: data.produced_on,
        subtitle: vec![f
            .t
            .t_args("produced-on", &[("date", Arg::Str(&produced))])?],
        notices,
        intro: Vec::new(),
    };
    f.finish(&data.student, head, sections)
}

/// Every section of the form after the identifying information, in its order: present levels'
/// seven narratives with its strengths and needs by area, then each other section field by field.
fn whole_form(
    f: &mut Frame,
    iep: &iepdesk_domain::iep::Iep,
    content: &Ordered,
    sections: &mut Vec<Section>,
) -> Result<(), DocumentError> {
    let mut parts = Vec::new();
    for (component, text) in iep.content.present_levels.components() {
        let title = f.t.t(&format!("plop-{component}"))?;
        let written = f.note_typed(&format!("present_levels.{component}"), &title, text);
        parts.push(Narrative {
            title,
            marker: if written { f.marker() } else { None },
            lang: TEAM_LANGUAGE.to_string(),
            paragraphs: paragraphs(text),
            empty: if written {
                None
            } else {
                Some(f.t.t("not-yet-written")?)
            },
        });
    }
    debug_assert_eq!(parts.len(), PresentLevels::COMPONENTS.len());
    let mut present_levels = Some(parts);
    for name in iep_form::sections() {
        let value = content.get(name).cloned().unwrap_or(Ordered::Null);
        if name == "present_levels" {
            let more = iep_form::section_items(f, name, &value, &PresentLevels::COMPONENTS)?;
            sections.push(Section::Narratives {
                title: f.t.t("section-present-levels")?,
                parts: present_levels.take().unwrap_or_default(),
                more,
            });
        } else {
            sections.push(iep_form::section(f, name, &value)?);
        }
    }
    Ok(())
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
            counted_language_name(t, student.home_language.language()),
        ],
        [
            t.t("field-parent-language")?,
            counted_language_name(t, student.parent_language.language()),
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

pub(crate) fn grade(t: &Text, grade: Grade) -> Result<String, DocumentError> {
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
