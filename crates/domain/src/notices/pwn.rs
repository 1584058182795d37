//! A Prior Written Notice and the checks that it is complete for its situation.

use crate::calendar::CalendarSet;
use crate::compliance::{lead, Finding};
use crate::language::LanguageCode;
use crate::rules::RuleSettings;
use crate::student::Student;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The situation the notice is for: SESIS has one template per situation (L171).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PwnSituation {
    /// PWN: Notice of Referral: Initial (L373, L377); sent with the PSN.
    ReferralInitial,
    /// PWN: Refusal of Request to Conduct Initial Evaluation (L497).
    RefusalOfInitialEvaluation,
    /// PWN: Recommendation after the first IEP (with consent to services, L3037).
    RecommendationInitial,
    /// PWN: Recommendation after any later IEP meeting (L1491).
    Recommendation,
    /// PWN: Ineligibility (L1975).
    Ineligibility,
    /// A reevaluation that needs new assessments (consent for additional assessments).
    ReevaluationWithAssessments,
    /// A reevaluation on existing data.
    Reevaluation,
    /// An amendment to the IEP.
    Amendment,
    /// A refusal of something the parent asked for.
    Refusal,
}

impl PwnSituation {
    /// The consent the proposed action needs, which must travel with the notice (L203).
    pub fn consent_needed(self) -> Option<super::ConsentKind> {
        use super::ConsentKind as K;
        match self {
            Self::ReferralInitial => Some(K::InitialEvaluation),
            Self::RecommendationInitial => Some(K::InitialProvisionOfServices),
            Self::ReevaluationWithAssessments => Some(K::AdditionalAssessments),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PwnAction {
    Propose,
    Refuse,
}

/// An event that itself requires the PSN (L149, L203), coinciding with the notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PsnOccasion {
    ParentRequestForEvaluation,
    StateComplaintReceived,
    DueProcessComplaintReceived,
    ParentAskedForPsn,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct RejectedOption {
    #[schemars(title = "Option")]
    pub option: String,
    #[schemars(title = "Why rejected", extend("x-narrative" = true))]
    pub why_rejected: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct ConsentRequestRef {
    #[schemars(title = "Consent asked for")]
    pub kind: super::ConsentKind,
    #[schemars(title = "Date sent")]
    pub sent_on: NaiveDate,
}

/// The notice with its seven required elements (L173–197; digest 01 §4, E5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct PriorWrittenNotice {
    /// Chosen when the notice is started: it decides the template and the required parts.
    #[schemars(extend("x-hidden" = true))]
    pub situation: PwnSituation,
    #[schemars(extend("x-hidden" = true))]
    pub action: PwnAction,
    #[schemars(title = "Date sent")]
    pub sent_on: NaiveDate,
    /// The language of the copy is chosen when it is printed.
    #[schemars(extend("x-hidden" = true))]
    pub language: LanguageCode,
    /// For a parent whose language is not covered: the cover notice in that language (L153).
    #[schemars(extend("x-hidden" = true))]
    pub cover_notice: bool,
    /// Element 1 (L173–197): the action, in words the parent can follow, e.g. "Provide ICT for
    /// English and math, and counseling once a week in a group of 3".
    #[schemars(title = "1. What the DOE proposes or refuses to do", extend("x-narrative" = true))]
    pub action_description: String,
    /// Element 2: why the DOE proposes or refuses it, from the evaluations and the meeting.
    #[schemars(title = "2. Why", extend("x-narrative" = true))]
    pub reasons: String,
    /// Element 3: one line each, with its date; prefilled from the IEP's evaluations.
    #[schemars(title = "3. Evaluations, assessments, records and reports relied on")]
    pub evaluations_relied_on: Vec<String>,
    /// Element 4: each other option and why it was rejected, specifically; prefilled from the
    /// IEP's placement section.
    #[schemars(title = "4. Other options considered and why each was rejected")]
    pub options_considered: Vec<RejectedOption>,
    /// Or the statement that no other option was considered (decision M-12).
    #[schemars(title = "No other option was considered")]
    pub no_other_options: bool,
    /// Element 5: anything else relevant to the decision; "None" is a valid answer (M-12).
    #[schemars(title = "5. Other relevant factors (or \"none\")", extend("x-narrative" = true))]
    pub other_factors: String,
    /// Element 6: the printed notice always states it.
    #[schemars(title = "6. The notice states that the parent has procedural safeguards")]
    pub safeguards_statement: bool,
    /// Required with a referral, a request for evaluation, a complaint, a parent's request, or
    /// when none was given in the past year (L149, L203); prefilled from the case.
    #[schemars(title = "The Procedural Safeguards Notice is enclosed")]
    pub psn_enclosed: bool,
    #[schemars(title = "How the parent can get the Procedural Safeguards Notice", extend("x-when" = {"psn_enclosed": [false]}))]
    pub psn_how_to_obtain: Option<String>,
    /// Element 7: one line each, with a phone number or address, e.g. the Special Education
    /// Hotline.
    #[schemars(title = "7. Whom the parent can contact for help")]
    pub sources_of_assistance: Vec<String>,
    /// Events that require the PSN at the same time as this notice.
    #[schemars(title = "Events that also require the Procedural Safeguards Notice now")]
    pub psn_occasions: Vec<PsnOccasion>,
    /// The consent request sent with the notice, if any.
    #[schemars(title = "Consent request sent with the notice")]
    pub consent_request: Option<ConsentRequestRef>,
    /// For a recommendation: whom the parent calls to visit a program like the one recommended,
    /// with a current phone number (L1491).
    #[schemars(title = "Contact name and phone to arrange a program visit")]
    pub program_visit_contact: Option<String>,
    /// Refusal of a request for initial evaluation: the rest of the package (L497, L515–519).
    #[schemars(title = "What goes with the refusal")]
    pub refusal_package: Option<RefusalPackage>,
}

/// What goes with a PWN: Refusal of Request to Conduct Initial Evaluation (L497, L515–519).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(default)]
pub struct RefusalPackage {
    /// The parent was told of the right to make a referral.
    #[schemars(title = "The parent was told of the right to make a referral")]
    pub right_to_refer_told: bool,
    /// A copy of the request for referral went to the parent.
    #[schemars(title = "A copy of the request for referral goes to the parent")]
    pub copy_of_request: bool,
    /// The parent was offered a meeting to discuss the request.
    #[schemars(title = "The parent was offered a meeting to discuss the request")]
    pub meeting_offered: bool,
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// The last date before `on` that the parent was given the Procedural Safeguards Notice, from a
/// case's dated events: what [`psn_required`] counts the year from.
pub fn last_psn_before(
    events: impl IntoIterator<Item = (crate::rules::Trigger, NaiveDate)>,
    on: NaiveDate,
) -> Option<NaiveDate> {
    events
        .into_iter()
        .filter(|(t, d)| *t == crate::rules::Trigger::ProceduralSafeguardsNoticeGiven && *d < on)
        .map(|(_, d)| d)
        .max()
}

/// Does the PSN have to be enclosed with this notice? (L149, L203; M-13)
pub fn psn_required(
    n: &PriorWrittenNotice,
    last_psn_given: Option<NaiveDate>,
    calendars: &CalendarSet,
    settings: &RuleSettings,
) -> Result<bool, Finding> {
    if n.situation == PwnSituation::ReferralInitial || !n.psn_occasions.is_empty() {
        return Ok(true);
    }
    match last_psn_given {
        None => Ok(true),
        Some(last) => {
            Ok(lead::due("procedural-safeguards-annual", last, calendars, settings)? <= n.sent_on)
        }
    }
}

/// Every missing element and every rule the notice breaks for its situation.
pub fn check_pwn(
    n: &PriorWrittenNotice,
    student: &Student,
    last_psn_given: Option<NaiveDate>,
    calendars: &CalendarSet,
    settings: &RuleSettings,
) -> Vec<Finding> {
    let mut f = Vec::new();
    let mut element = |missing: bool, id: &str, field: &str, what: &str| {
        if missing {
            f.push(
                Finding::error(
                    id,
                    "L173–197",
                    format!("The notice does not state {what}; every Prior Written Notice must."),
                )
                .at(field),
            );
        }
    };
    element(
        blank(&n.action_description),
        "pwn-action-missing",
        "action_description",
        "what the DOE proposes or refuses to do",
    );
    element(
        blank(&n.reasons),
        "pwn-reasons-missing",
        "reasons",
        "why the DOE proposes or refuses the action",
    );
    element(
        n.evaluations_relied_on.iter().all(|e| blank(e)),
        "pwn-evaluations-missing",
        "evaluations_relied_on",
        "the evaluations, assessments, records or reports the decision relied on",
    );
    element(
        (n.options_considered.is_empty() && !n.no_other_options)
            || n.options_considered
                .iter()
                .any(|o| blank(&o.option) || blank(&o.why_rejected)),
        "pwn-options-missing",
        "options_considered",
        "the other options considered and why each was rejected (or that none was)",
    );
    element(
        blank(&n.other_factors),
        "pwn-other-factors-missing",
        "other_factors",
        "the other relevant factors (or \"none\")",
    );
    element(
        !n.safeguards_statement
            || (!n.psn_enclosed && n.psn_how_to_obtain.as_deref().is_none_or(blank)),
        "pwn-safeguards-missing",
        "safeguards_statement",
        "that the parent has procedural safeguards, with the PSN enclosed or how to get it",
    );
    element(
        n.sources_of_assistance.iter().all(|s| blank(s)),
        "pwn-assistance-missing",
        "sources_of_assistance",
        "whom the parent can contact for help understanding special education",
    );
    match psn_required(n, last_psn_given, calendars, settings) {
        Ok(true) if !n.psn_enclosed => f.push(Finding::error("pwn-psn-not-enclosed", "L149, L203",
            "The Procedural Safeguards Notice must be enclosed with this notice (initial referral, a request for evaluation, a complaint, a parent's request, or none given in the past year).").at("psn_enclosed")),
        Err(w) => f.push(w),
        _ => {}
    }
    if let Some(kind) = n.situation.consent_needed() {
        if !n
            .consent_request
            .as_ref()
            .is_some_and(|c| c.kind == kind && c.sent_on == n.sent_on)
        {
            f.push(Finding::error("pwn-consent-not-paired", "L203",
                format!("This action needs the parent's consent ({kind:?}); the consent request must go out with the notice, on the same day.")).at("consent_request"));
        }
    }
    if matches!(
        n.situation,
        PwnSituation::Recommendation | PwnSituation::RecommendationInitial
    ) && n.program_visit_contact.as_deref().is_none_or(blank)
    {
        f.push(Finding::error("pwn-program-visit-contact", "L1491",
            "A PWN: Recommendation must tell the parent of the right to visit a program like the one recommended and give a current contact name and phone number.").at("program_visit_contact"));
    }
    if n.situation == PwnSituation::RefusalOfInitialEvaluation {
        f.extend(check_refusal_package(n.refusal_package.as_ref()));
    }
    f.extend(check_language(n, student));
    f
}

/// A refusal to evaluate goes out with every other step of L515–519, or the request must become a
/// referral.
fn check_refusal_package(p: Option<&RefusalPackage>) -> Option<Finding> {
    let p = p.cloned().unwrap_or_default();
    let missing: Vec<&str> = [
        (
            p.right_to_refer_told,
            "telling the parent of the right to refer",
        ),
        (p.copy_of_request, "a copy of the request for referral"),
        (
            p.meeting_offered,
            "an offer of a meeting to discuss the request",
        ),
    ]
    .into_iter()
    .filter_map(|(done, what)| (!done).then_some(what))
    .collect();
    (!missing.is_empty()).then(|| {
        Finding::error(
            "pwn-refusal-package-incomplete",
            "L497, L515–519",
            format!(
                "A refusal to evaluate must come with {}.",
                missing.join(", ")
            ),
        )
        .at("refusal_package")
    })
}

/// Covered languages get a translation; others get English with a cover notice (L153).
fn check_language(n: &PriorWrittenNotice, student: &Student) -> Vec<Finding> {
    let parent = &student.parent_language;
    if parent.as_str() == "en" || n.language == *parent {
        return Vec::new();
    }
    if parent.language().covered {
        return vec![Finding::error("pwn-not-translated", "L153", format!(
            "The parent's language, {}, is a covered language: the notice must be produced in it.", parent.language().english_name)).at("language")];
    }
    if !n.cover_notice {
        return vec![Finding::error("pwn-cover-notice-missing", "L153", format!(
            "{} is not a covered language: send the English notice with a cover notice in {} saying it is important and whom to contact.",
            parent.language().english_name, parent.language().english_name)).at("cover_notice")];
    }
    Vec::new()
}
