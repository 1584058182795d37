//! The Prior Written Notice: the seven required elements (SOPM L173–197) from the domain's
//! `PriorWrittenNotice`, then what the notice's situation adds.
//!
//! SESIS has one PWN form per situation (L171). Here a situation is a row of [`extras`] plus its
//! messages (`pwn-title-*`, `pwn-intro-*`): the title, the opening, and the situation's own parts
//! (the consent form enclosed, L203; the right to visit a program, L1491; the rest of the refusal
//! package, L497/L515–519; the present levels sent with an ineligibility notice, L1975). The
//! elements themselves are the same for every situation.
//!
//! Whether the Procedural Safeguards Notice is enclosed is the domain's decision
//! (`notices::psn_required`, L149/L203); this module only prints it. A notice that breaks one of
//! the domain's content rules (an element missing, the PSN required but not recorded as
//! enclosed) is refused with the field named rather than printed incomplete.

use crate::frame::{Built, Frame, Head, Item, Section};
use crate::l10n::{Arg, Catalog};
use crate::{DocumentError, PwnDocumentData};
use iepdesk_domain::calendar::CalendarSet;
use iepdesk_domain::language::Language;
use iepdesk_domain::notices::{check_pwn, psn_required, PwnAction, PwnSituation};
use iepdesk_domain::rules::RuleSettings;

/// The name of a situation in message ids (`pwn-title-recommendation`).
pub(crate) fn situation_id(s: PwnSituation) -> &'static str {
    match s {
        PwnSituation::ReferralInitial => "referral_initial",
        PwnSituation::RefusalOfInitialEvaluation => "refusal_of_initial_evaluation",
        PwnSituation::RecommendationInitial => "recommendation_initial",
        PwnSituation::Recommendation => "recommendation",
        PwnSituation::Ineligibility => "ineligibility",
        PwnSituation::ReevaluationWithAssessments => "reevaluation_with_assessments",
        PwnSituation::Reevaluation => "reevaluation",
        PwnSituation::Amendment => "amendment",
        PwnSituation::Refusal => "refusal",
    }
}

/// The domain's findings that make a notice unfit to print. The language findings are left out
/// (the caller chooses the language of this copy), and so is the pairing of the consent request
/// (this packet states that the consent form is enclosed).
const REFUSED: [&str; 10] = [
    "pwn-action-missing",
    "pwn-reasons-missing",
    "pwn-evaluations-missing",
    "pwn-options-missing",
    "pwn-other-factors-missing",
    "pwn-safeguards-missing",
    "pwn-assistance-missing",
    "pwn-psn-not-enclosed",
    "pwn-program-visit-contact",
    "pwn-refusal-package-incomplete",
];

pub(crate) fn build(
    catalog: &Catalog,
    language: &Language,
    data: &PwnDocumentData,
) -> Result<Built, DocumentError> {
    let n = &data.notice;
    let calendars = CalendarSet::standard();
    let settings = RuleSettings::default();
    if let Some(f) = check_pwn(n, &data.student, data.last_psn_given, calendars, &settings)
        .into_iter()
        .find(|f| REFUSED.contains(&f.rule_id.as_str()))
    {
        return Err(DocumentError::Incomplete {
            field: format!("notice.{}", f.field.unwrap_or_default()),
            message: format!("{} (SOPM {})", f.message, f.sopm),
        });
    }
    let enclose_psn = psn_required(n, data.last_psn_given, calendars, &settings).map_err(|f| {
        DocumentError::Incomplete {
            field: "last_psn_given".into(),
            message: f.message,
        }
    })? || n.psn_enclosed;

    let mut f = Frame::open(catalog, language, &data.student, &data.contact)?;
    let situation = situation_id(n.situation);
    let mut sections = vec![f.student_section(&data.student)?];

    // 1. The action proposed or refused.
    let action_title = f.t.t(match n.action {
        PwnAction::Propose => "pwn-element-action-propose",
        PwnAction::Refuse => "pwn-element-action-refuse",
    })?;
    let item = f.typed(
        "action_description",
        &action_title,
        None,
        &n.action_description,
    );
    sections.push(block(action_title, vec![item]));

    // 2. Why.
    let title = f.t.t("pwn-element-reasons")?;
    let item = f.typed("reasons", &title, None, &n.reasons);
    sections.push(block(title, vec![item]));

    // 3. Each evaluation, assessment, record or report relied on.
    let title = f.t.t("pwn-element-evaluations")?;
    let item = f.typed_list("evaluations_relied_on", &title, &n.evaluations_relied_on);
    sections.push(block(title, vec![item]));

    // 4. Other options considered and why each was rejected, or that none was.
    let title = f.t.t("pwn-element-options")?;
    let mut body = Vec::new();
    for (i, o) in n.options_considered.iter().enumerate() {
        let lead =
            f.t.t_args("pwn-option", &[("number", Arg::Num(i as i64 + 1))])?;
        body.push(f.typed("options_considered", &title, Some(lead), &o.option));
        let why = f.t.t("pwn-option-rejected-because")?;
        body.push(f.typed("options_considered", &title, Some(why), &o.why_rejected));
    }
    if n.options_considered.is_empty() {
        body.push(f.par("pwn-no-other-options")?);
    }
    sections.push(block(title, body));

    // 5. Other relevant factors.
    let title = f.t.t("pwn-element-other-factors")?;
    let item = f.typed("other_factors", &title, None, &n.other_factors);
    sections.push(block(title, vec![item]));

    // 6. Procedural safeguards: the statement, and the PSN enclosed or how to get it.
    let title = f.t.t("pwn-element-safeguards")?;
    let mut body = vec![f.par("pwn-safeguards-statement")?];
    if enclose_psn {
        body.push(f.par("pwn-psn-enclosed")?);
    } else {
        body.push(f.par("pwn-psn-how-to-obtain")?);
        if let Some(how) = n.psn_how_to_obtain.as_deref() {
            body.push(f.typed("psn_how_to_obtain", &title, None, how));
        }
    }
    body.push(f.par("pwn-psn-website")?);
    sections.push(block(title, body));

    // 7. Sources of help.
    let title = f.t.t("pwn-element-assistance")?;
    let mut body = vec![f.par("pwn-assistance-intro")?];
    body.push(f.typed_list("sources_of_assistance", &title, &n.sources_of_assistance));
    sections.push(block(title, body));

    // What the situation adds.
    let extra = extras(&mut f, data)?;
    if !extra.is_empty() {
        sections.push(block(f.t.t("pwn-section-more")?, extra));
    }

    sections.push(block(
        f.t.t("section-questions")?,
        f.contact_items("pwn-contact", &data.contact)?,
    ));
    sections.extend(f.english_parts_section(&data.contact, false)?);

    let head = Head {
        title: f.t.t(&format!("pwn-title-{situation}"))?,
        form: None,
        keyword: "Prior Written Notice",
        produced_on: data.produced_on,
        subtitle: vec![f
            .t
            .t_args("notice-date", &[("date", Arg::Str(&f.t.date(n.sent_on)?))])?],
        notices: f.legal_notice()?,
        intro: vec![f.t.t(&format!("pwn-intro-{situation}"))?],
    };
    f.finish(&data.student, head, sections)
}

fn block(title: String, body: Vec<Item>) -> Section {
    Section::Block { title, body }
}

/// The parts one situation adds to the seven elements.
fn extras(f: &mut Frame, data: &PwnDocumentData) -> Result<Vec<Item>, DocumentError> {
    let n = &data.notice;
    let mut out = Vec::new();
    // An action that needs consent: the form goes out with the notice (L203).
    if let Some(kind) = n.situation.consent_needed() {
        let form = f.t.format_uncounted(
            &format!("consent-title-{}", crate::consent::kind_id(kind)),
            &[],
        )?;
        out.push(f.par_args("pwn-consent-enclosed", &[("form", Arg::Str(&form))])?);
    }
    match n.situation {
        PwnSituation::ReferralInitial => out.push(f.par("pwn-referral-next")?),
        PwnSituation::Recommendation | PwnSituation::RecommendationInitial => {
            // L1491: the right to visit a similar program, with a current contact.
            out.push(f.par("pwn-program-visit")?);
            let label = f.t.format_uncounted("pwn-program-visit-label", &[])?;
            if let Some(c) = n.program_visit_contact.as_deref() {
                out.push(f.typed("program_visit_contact", &label, None, c));
            }
        }
        PwnSituation::RefusalOfInitialEvaluation => {
            let p = n.refusal_package.clone().unwrap_or_default();
            let mut items = Vec::new();
            if p.right_to_refer_told {
                items.push(f.t.t("pwn-refusal-right-to-refer")?);
            }
            if p.copy_of_request {
                items.push(f.t.t("pwn-refusal-copy-of-request")?);
            }
            if p.meeting_offered {
                items.push(f.t.t("pwn-refusal-meeting-offered")?);
            }
            out.push(Item::List { items });
        }
        PwnSituation::Ineligibility => out.push(f.par("pwn-ineligibility-enclosed")?),
        _ => {}
    }
    Ok(out)
}
