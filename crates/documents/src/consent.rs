//! Consent forms: initial evaluation (L207, L587), additional assessments in a reevaluation, and
//! initial provision of special education services (L3037). Each tells the parent what is
//! proposed, which records are shared with whom, that consent may be refused and revoked and
//! that a revocation is not retroactive (L207), and has signature and date lines.
//!
//! Where the manual allows partial consent (L209: "some but not all of the DOE's proposed
//! activities"), the form is a grid with a consent / do-not-consent box per activity; the
//! services form has one choice unless `DocumentSettings::partial_consent_for_services` says
//! otherwise (docs/decisions-documents.md, D14).

use crate::frame::{Built, Frame, Head, Item, Section, TEAM_LANGUAGE};
use crate::l10n::{Arg, Catalog};
use crate::{ConsentDocumentData, DocumentError};
use iepdesk_domain::language::Language;
use iepdesk_domain::notices::ConsentKind;

pub(crate) fn kind_id(k: ConsentKind) -> &'static str {
    match k {
        ConsentKind::InitialEvaluation => "initial_evaluation",
        ConsentKind::InitialProvisionOfServices => "initial_provision_of_services",
        ConsentKind::AdditionalAssessments => "additional_assessments",
    }
}

/// Whether the form lets the parent consent to some activities and not others.
pub(crate) fn itemized(data: &ConsentDocumentData) -> bool {
    match data.kind {
        ConsentKind::InitialEvaluation | ConsentKind::AdditionalAssessments => true,
        ConsentKind::InitialProvisionOfServices => data.settings.partial_consent_for_services,
    }
}

pub(crate) fn build(
    catalog: &Catalog,
    language: &Language,
    data: &ConsentDocumentData,
) -> Result<Built, DocumentError> {
    let activities: Vec<String> = data
        .activities
        .iter()
        .map(|a| a.trim().to_string())
        .filter(|a| !a.is_empty())
        .collect();
    if activities.is_empty() {
        return Err(DocumentError::Incomplete {
            field: "activities".into(),
            message: "a consent form lists what the parent is asked to consent to (SOPM L207): add the proposed activities".into(),
        });
    }
    let mut f = Frame::open(catalog, language, &data.student, &data.contact)?;
    let kind = kind_id(data.kind);
    let mut sections = vec![f.student_section(&data.student)?];

    // What is proposed, with a box per activity where partial consent is allowed.
    let title = f.t.t("section-consent-activities")?;
    for a in &activities {
        f.note_typed("activities", &title, a);
    }
    let body = if itemized(data) {
        vec![
            f.par("consent-activities-itemized")?,
            Item::Choices {
                header: vec![
                    f.t.t("column-proposed")?,
                    f.t.t("consent-choice-yes")?,
                    f.t.t("consent-choice-no")?,
                ],
                marker: f.marker(),
                typed: true,
                lang: TEAM_LANGUAGE.into(),
                rows: activities,
            },
        ]
    } else {
        vec![
            f.par("consent-activities-whole")?,
            Item::TypedList {
                marker: f.marker(),
                lang: TEAM_LANGUAGE.into(),
                items: activities,
            },
        ]
    };
    sections.push(Section::Block { title, body });

    // Which records are shared, and with whom (L207).
    let title = f.t.t("section-consent-records")?;
    let records = data
        .records_shared
        .as_deref()
        .unwrap_or("")
        .trim()
        .to_string();
    let body = if records.is_empty() {
        vec![f.par("consent-records-default")?]
    } else {
        vec![f.typed("records_shared", &title, None, &records)]
    };
    sections.push(Section::Block { title, body });

    // The rights that make consent informed (L207).
    let mut rights = Vec::new();
    for id in [
        "consent-right-decline",
        "consent-right-revoke",
        "consent-right-not-retroactive",
    ] {
        rights.push(f.t.t(id)?);
    }
    sections.push(Section::Block {
        title: f.t.t("section-consent-rights")?,
        body: vec![Item::List { items: rights }],
    });

    // Where to return the form, before the signature so that the form ends with it.
    sections.push(Section::Block {
        title: f.t.t("section-questions")?,
        body: f.contact_items("consent-return", &data.contact)?,
    });

    // The decision and the signature.
    let mut body = Vec::new();
    if !itemized(data) {
        body.push(Item::Checks {
            lines: vec![f.t.t("consent-whole-yes")?, f.t.t("consent-whole-no")?],
        });
    }
    body.push(f.par("consent-sign-intro")?);
    body.push(Item::Signatures {
        labels: vec![
            f.t.t("signature-parent")?,
            f.t.t("signature-name")?,
            f.t.t("signature-relationship")?,
            f.t.t("signature-date")?,
        ],
    });
    sections.push(Section::Block {
        title: f.t.t("section-consent-decision")?,
        body,
    });
    sections.extend(f.english_parts_section(&data.contact, false)?);

    let head = Head {
        title: f.t.t(&format!("consent-title-{kind}"))?,
        form: None,
        keyword: "Consent",
        produced_on: data.produced_on,
        subtitle: vec![f.t.t_args(
            "produced-on",
            &[("date", Arg::Str(&f.t.date(data.produced_on)?))],
        )?],
        notices: f.legal_notice()?,
        intro: vec![f.t.t(&format!("consent-intro-{kind}"))?],
    };
    f.finish(&data.student, head, sections)
}
