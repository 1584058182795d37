//! Every timeline in the SOPM digests (shared/domain/01–06) as a rule. Each cites the lines of the
//! SOPM text dump it implements; "the manual decides", so open the line when in doubt.

use super::rule::{Rule, RuleFamily as F, RuleKind as K, RuleSummary};
use super::settings::{RuleSettings, SpanSetting as S};
use super::timing::{
    AgeAnchor, AgeOutPoint, AgeYears, Amount, AnnualSetting, ChartOutcome, ChartRow, Direction, MonthDay, Step, Timing,
};
use super::trigger::Trigger as T;
use super::{Deadline, DeadlineError};
use crate::calendar::{CalendarSet, DayUnit};
use chrono::NaiveDate;
use serde::Serialize;
use std::sync::OnceLock;

/// The rules, in catalog order (grouped by family, in the manual's order).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleCatalog {
    rules: Vec<Rule>,
}

impl RuleCatalog {
    /// Every timeline of the manual that IEP Desk tracks.
    pub fn standard() -> &'static RuleCatalog {
        static CATALOG: OnceLock<RuleCatalog> = OnceLock::new();
        CATALOG.get_or_init(|| RuleCatalog { rules: standard_rules() })
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Rules counting from `trigger`.
    pub fn for_trigger(&self, trigger: T) -> impl Iterator<Item = &Rule> {
        self.rules.iter().filter(move |r| r.trigger == trigger)
    }

    /// The deadline of rule `id` for an event on `trigger_date`.
    pub fn deadline(
        &self,
        id: &str,
        trigger_date: NaiveDate,
        calendars: &CalendarSet,
        settings: &RuleSettings,
    ) -> Result<Deadline, DeadlineError> {
        self.get(id).ok_or_else(|| DeadlineError::UnknownRule(id.to_string()))?.deadline(
            trigger_date,
            calendars,
            settings,
        )
    }

    pub fn summaries(&self, settings: &RuleSettings) -> Vec<RuleSummary> {
        self.rules.iter().map(|r| r.summary(settings)).collect()
    }
}

// ---- building blocks ------------------------------------------------------------------------

const CAL: DayUnit = DayUnit::Calendar;
const SCHOOL: DayUnit = DayUnit::School;
const BUSINESS: DayUnit = DayUnit::Business;

fn after(count: u32, unit: DayUnit) -> Step {
    Step { amount: Amount::Days { count, unit }, direction: Direction::After }
}

fn before(count: u32, unit: DayUnit) -> Step {
    Step { amount: Amount::Days { count, unit }, direction: Direction::Before }
}

fn setting(key: S, direction: Direction) -> Step {
    Step { amount: Amount::Setting(key), direction }
}

fn later(amount: Amount) -> Step {
    Step { amount, direction: Direction::After }
}

fn steps(list: &[Step]) -> Timing {
    Timing::Steps(list.to_vec())
}

fn by(month: u32, day: u32) -> Timing {
    Timing::NextDate(MonthDay::new(month, day))
}

#[allow(clippy::too_many_arguments)]
fn rule(id: &str, title: &str, family: F, kind: K, trigger: T, timing: Timing, sopm_lines: &[u32], note: &str) -> Rule {
    Rule {
        id: id.into(),
        title: title.into(),
        family,
        kind,
        trigger,
        timing,
        sopm_lines: sopm_lines.to_vec(),
        note: note.into(),
    }
}

/// The three service kinds with the same arranging pattern (L3107, L3119, L3121–L3125): a DOE
/// provider within 2 school days of consent (during the year) or of the first day of school
/// (continuing students), else an authorization after a further period.
fn arranging_rules(out: &mut Vec<Rule>) {
    let kinds: [(&str, &str, &str, Step, &[u32]); 3] = [
        ("setss", "DOE SETSS teacher assigned", "P-4 authorization for SETSS issued", after(5, SCHOOL), &[3107]),
        ("enl", "DOE ENL teacher assigned", "ENL Authorization issued", after(5, SCHOOL), &[3119]),
        (
            "related-service",
            "DOE related service provider assigned",
            "Related Service Authorization (RSA) issued",
            setting(S::RsaSearch, Direction::After),
            &[3121, 3125],
        ),
    ];
    for (key, assign, authorize, then, lines) in kinds {
        let assign_id =
            if key == "related-service" { "related-service-provider".to_string() } else { format!("{key}-teacher") };
        let auth_id = if key == "related-service" {
            "related-service-authorization".to_string()
        } else {
            format!("{key}-authorization")
        };
        for (suffix, trigger, when) in [
            ("", T::ConsentForServices, "during the school year"),
            ("-september", T::FirstDayOfSchool, "continuing students"),
        ] {
            out.push(rule(
                &format!("{assign_id}-assignment{suffix}"),
                &format!("{assign} ({when})"),
                F::ServicesAndPlacement,
                K::Deadline,
                trigger,
                steps(&[after(2, SCHOOL)]),
                lines,
                "Continuing students and placements deferred to September count from the first day of school; \
                 new services during the year from consent to services.",
            ));
            out.push(rule(
                &format!("{auth_id}{suffix}"),
                &format!("{authorize} if no DOE provider ({when})"),
                F::ServicesAndPlacement,
                K::Deadline,
                trigger,
                steps(&[after(2, SCHOOL), then]),
                lines,
                "Counts on from the end of the 2-school-day assignment window. The search for a DOE or \
                 contract provider continues after the authorization (L3125).",
            ));
        }
    }
}

// One `push` per rule keeps each rule a self-contained, greppable block.
#[allow(clippy::vec_init_then_push)]
fn standard_rules() -> Vec<Rule> {
    let mut r = Vec::new();

    // ---- Referral and consent (digest 01, 02) --------------------------------------------
    r.push(rule(
        "referral-fax-into-sesis",
        "Referral document faxed into SESIS",
        F::ReferralAndConsent,
        K::Deadline,
        T::ReferralReceived,
        steps(&[after(1, BUSINESS)]),
        &[377],
        "\"By the conclusion of the following business day.\" An email referral counts from the email's date.",
    ));
    r.push(rule(
        "notice-of-referral",
        "Notice of Referral sent with the Procedural Safeguards Notice",
        F::ReferralAndConsent,
        K::Deadline,
        T::ReferralReceived,
        steps(&[after(5, SCHOOL)]),
        &[149, 377, 621],
        "Parent and other non-DOE referrals. For a DOE referral the day the notice is sent is the referral \
         date (fn17, L621). The clock keeps running while a non-DOE sender's authority is confirmed (D-16).",
    ));
    r.push(rule(
        "gen-ed-interventions-meeting",
        "General education interventions meeting (if the parent accepts)",
        F::ReferralAndConsent,
        K::Deadline,
        T::ReferralReceived,
        steps(&[after(10, SCHOOL)]),
        &[413],
        "Counts from the school's receipt of the referral document. The meeting does not pause any other \
         timeline.",
    ));
    r.push(rule(
        "request-for-referral-decision",
        "Referral made, or all four steps taken, after a request for referral",
        F::ReferralAndConsent,
        K::Deadline,
        T::RequestForReferralReceived,
        steps(&[after(10, SCHOOL)]),
        &[515],
        "\"As soon as a determination is made, and no later than 10 school days after receipt.\"",
    ));
    r.push(rule(
        "social-history-meeting-latest",
        "Social history meeting: latest date",
        F::ReferralAndConsent,
        K::Deadline,
        T::ReferralReceived,
        steps(&[after(15, BUSINESS)]),
        &[601, 607],
        "No later than 15 business days from the date of the initial referral.",
    ));
    r.push(rule(
        "social-history-meeting-earliest",
        "Social history meeting: earliest date",
        F::ReferralAndConsent,
        K::Earliest,
        T::NoticeOfSocialHistoryMeetingSent,
        steps(&[after(7, BUSINESS)]),
        &[611],
        "No earlier than 7 business days from the day the Notice of Social History Meeting is mailed, unless \
         the parent agreed to an earlier date.",
    ));
    r.push(rule(
        "social-history-outreach",
        "Outreach for an unconfirmed social history appointment",
        F::ReferralAndConsent,
        K::Deadline,
        T::SocialHistoryMeeting,
        steps(&[before(5, CAL)]),
        &[613, 617],
        "Outreach (two calls, a letter, a backpacked letter when needed) begins at least 5 days before the \
         appointment.",
    ));
    r.push(rule(
        "non-consent-decision",
        "Close the case or start due process when consent is not given",
        F::ReferralAndConsent,
        K::Deadline,
        T::NoticeOfSocialHistoryMeetingSent,
        steps(&[setting(S::NonConsentDecision, Direction::After)]),
        &[639],
        "\"25 days\" with no unit: calendar days under L151 (D-5).",
    ));
    r.push(rule(
        "withdrawal-case-closure",
        "Case closed after the Final Notice of Withdrawal",
        F::ReferralAndConsent,
        K::TakesEffect,
        T::FinalNoticeOfWithdrawalSent,
        steps(&[setting(S::WithdrawalCaseClosure, Direction::After)]),
        &[641, 643],
        "\"After five days\" with no unit: calendar days under L151 (D-5). Applies both to a written \
         withdrawal of consent during the evaluation and to continued non-consent.",
    ));
    r.push(rule(
        "procedural-safeguards-annual",
        "Procedural Safeguards Notice given again",
        F::ReferralAndConsent,
        K::Deadline,
        T::ProceduralSafeguardsNoticeGiven,
        steps(&[later(Amount::Annual(AnnualSetting::ProceduralSafeguards))]),
        &[149, 203],
        "\"At least one time a year\": a rolling year by default (D-11).",
    ));

    // ---- Parents and surrogates (digest 01) -----------------------------------------------
    r.push(rule(
        "surrogate-appointment",
        "Surrogate parent assigned",
        F::ParentsAndSurrogates,
        K::Deadline,
        T::NoParentDetermined,
        steps(&[after(10, BUSINESS)]),
        &[303],
        "The start event is implied: the day it is determined that no one meets the definition of parent.",
    ));
    r.push(rule(
        "gol-designation-expiry",
        "General Obligations Law 15-A designation ends",
        F::ParentsAndSurrogates,
        K::Expires,
        T::GolDesignationStart,
        steps(&[later(Amount::Months(6))]),
        &[239],
        "No longer than six months at a time; a designation longer than 30 days must be notarized and signed \
         by both the designee and the parent.",
    ));

    // ---- Evaluation (digest 01 §3.2, digest 02) ----------------------------------------------
    r.push(rule(
        "initial-evaluation",
        "Initial evaluation completed",
        F::Evaluation,
        K::Deadline,
        T::ConsentForEvaluation,
        steps(&[after(60, CAL)]),
        &[155, 675, 981],
        "Within 60 (calendar) days of the DOE's receipt of consent. Contractor extensions and deciding who \
         assesses do not extend it (L927, L995).",
    ));
    r.push(rule(
        "initial-iep-meeting-target",
        "Initial IEP meeting held within the evaluation's 60 days",
        F::Evaluation,
        K::Target,
        T::ConsentForEvaluation,
        steps(&[after(60, CAL)]),
        &[159],
        "A goal, not a rule: \"all efforts should be made\" to hold the IEP meeting within the 60 days.",
    ));
    r.push(rule(
        "initial-placement",
        "Placement arranged (initial)",
        F::Evaluation,
        K::Deadline,
        T::ConsentForEvaluation,
        steps(&[after(60, SCHOOL)]),
        &[155, 3107, 3253],
        "Every recommended program and related service, including transportation, is provided.",
    ));
    r.push(rule(
        "requested-reevaluation",
        "Requested reevaluation completed",
        F::Evaluation,
        K::Deadline,
        T::ReevaluationReferral,
        steps(&[after(60, CAL)]),
        &[155],
        "",
    ));
    r.push(rule(
        "reevaluation-placement",
        "Placement arranged (reevaluation)",
        F::Evaluation,
        K::Deadline,
        T::ReevaluationReferral,
        steps(&[after(60, SCHOOL)]),
        &[155, 3107, 3253],
        "",
    ));
    r.push(rule(
        "contractor-names-professional",
        "Contract agency names its professional in SESIS",
        F::Evaluation,
        K::Deadline,
        T::ContractAssignmentReceived,
        steps(&[after(5, BUSINESS)]),
        &[973],
        "",
    ));
    r.push(rule(
        "contractor-report",
        "Contract agency's assessment report in SESIS",
        F::Evaluation,
        K::Deadline,
        T::ContractAssignmentAccepted,
        steps(&[setting(S::ContractorReport, Direction::After)]),
        &[973, 995],
        "The body says 15 days; footnote 31 says 15 school days and 15 business days. Calendar days by \
         default: the text of the rule, and the earliest date (D-6). An extension never extends the \
         evaluation timeline.",
    ));
    r.push(rule(
        "independent-assessment-decision",
        "Decision on an independent assessment request",
        F::Evaluation,
        K::Deadline,
        T::IndependentAssessmentRequestReceived,
        steps(&[after(10, SCHOOL)]),
        &[1009],
        "The clinical supervisor authorizes the assessment or finds the DOE assessment appropriate.",
    ));
    r.push(rule(
        "independent-assessment-denial-notice",
        "Prior Written Notice denying an independent assessment",
        F::Evaluation,
        K::Deadline,
        T::IndependentAssessmentRequestReceived,
        steps(&[after(15, SCHOOL)]),
        &[1009],
        "",
    ));
    r.push(rule(
        "assessment-authorization-payment",
        "Assessment Authorization payment processed",
        F::Evaluation,
        K::Deadline,
        T::AssessmentReportAndInvoiceReceived,
        steps(&[after(42, CAL)]),
        &[1003],
        "\"Within 6 weeks\" = 42 calendar days.",
    ));
    r.push(rule(
        "physical-exam-recency",
        "Physical examination no longer recent",
        F::Evaluation,
        K::Expires,
        T::AssessmentCompleted,
        steps(&[later(Amount::Years(1))]),
        &[703],
        "A physical examination on file counts if conducted in the past year.",
    ));
    r.push(rule(
        "vocational-assessment-age",
        "Vocational assessment required (age 12)",
        F::Evaluation,
        K::StartsApplying,
        T::DateOfBirth,
        Timing::Age { years: AgeYears::Fixed(12), anchor: AgeAnchor::JanuaryFirst },
        &[661, 693, 749, 2125, 2509, 2971],
        "Required for students 12 or older, or who turn 12 by the end of the calendar year in which the \
         evaluation is completed: so for any evaluation completed from January 1 of that year.",
    ));
    r.push(rule(
        "vocational-assessment-update",
        "Level I vocational assessment updated",
        F::Evaluation,
        K::Deadline,
        T::VocationalAssessment,
        steps(&[later(Amount::Years(1))]),
        &[753, 2971],
        "\"Must be updated annually.\"",
    ));
    r.push(rule(
        "nps-psychological-assessment-recency",
        "Psychological assessment too old for an NPS recommendation",
        F::Evaluation,
        K::Expires,
        T::AssessmentCompleted,
        steps(&[later(Amount::Years(3))]),
        &[2557],
        "Needed before an NPS recommendation unless the psychologist explains in writing why not.",
    ));
    r.push(rule(
        "nps-educational-assessment-recency",
        "Educational needs assessment too old for an NPS recommendation",
        F::Evaluation,
        K::Expires,
        T::AssessmentCompleted,
        steps(&[later(Amount::Months(6))]),
        &[2561],
        "",
    ));
    r.push(rule(
        "nps-observation-recency",
        "Classroom observation too old for an NPS recommendation",
        F::Evaluation,
        K::Expires,
        T::AssessmentCompleted,
        steps(&[later(Amount::Months(6))]),
        &[2573],
        "",
    ));
    r.push(rule(
        "nps-psychiatric-assessment-recency",
        "Psychiatric assessment too old for an NPS recommendation (Emotional Disturbance)",
        F::Evaluation,
        K::Expires,
        T::AssessmentCompleted,
        steps(&[later(Amount::Months(6))]),
        &[2577],
        "Unless written documentation says why it is not needed or not yet available.",
    ));

    // ---- IEP meeting (digest 03) -------------------------------------------------------------
    r.push(rule(
        "notice-of-iep-meeting",
        "Notice of IEP Meeting sent",
        F::IepMeeting,
        K::Deadline,
        T::IepMeeting,
        steps(&[before(7, CAL)]),
        &[1325, 1451],
        "At least 7 calendar days in advance.",
    ));
    r.push(rule(
        "iep-documents-to-parent",
        "Assessments and reports mailed to the parent",
        F::IepMeeting,
        K::Deadline,
        T::IepMeeting,
        steps(&[before(7, CAL)]),
        &[1319, 1325],
        "",
    ));
    r.push(rule(
        "progress-report-request",
        "Related service providers asked for progress reports",
        F::IepMeeting,
        K::Deadline,
        T::IepMeeting,
        steps(&[before(15, SCHOOL)]),
        &[1475, 1623],
        "Providers must be given notice at least 15 school days before the meeting.",
    ));
    r.push(rule(
        "audio-recording-request",
        "Parent's written request to audio-record the meeting",
        F::IepMeeting,
        K::Deadline,
        T::IepMeeting,
        steps(&[before(1, BUSINESS)]),
        &[1355],
        "",
    ));
    r.push(rule(
        "parent-member-request",
        "Written request for a parent member",
        F::IepMeeting,
        K::Deadline,
        T::IepMeeting,
        steps(&[setting(S::SeventyTwoHours, Direction::Before)]),
        &[1671],
        "\"At least 72 hours prior\", counted as 3 calendar days before the meeting date (D-10).",
    ));
    r.push(rule(
        "physician-request",
        "Written request for a physician at the meeting",
        F::IepMeeting,
        K::Deadline,
        T::IepMeeting,
        steps(&[setting(S::SeventyTwoHours, Direction::Before)]),
        &[1685],
        "As for the parent member (D-10).",
    ));
    r.push(rule(
        "excusal-request",
        "Excusal request sent to the parent",
        F::IepMeeting,
        K::Deadline,
        T::IepMeeting,
        steps(&[before(5, CAL)]),
        &[1737, 1741],
        "At least five calendar days before; an emergency excusal may come later (L1739).",
    ));
    r.push(rule(
        "excusal-summary",
        "Excused member's written summary to the parent",
        F::IepMeeting,
        K::Deadline,
        T::IepMeeting,
        steps(&[setting(S::ExcusalSummaryLead, Direction::Before)]),
        &[1737],
        "When the member's area will be discussed; a late summary makes the excusal invalid.",
    ));
    r.push(rule(
        "d75-hearing-vision-contact",
        "D75 hearing or vision services contacted",
        F::IepMeeting,
        K::Deadline,
        T::IepMeeting,
        steps(&[before(14, CAL)]),
        &[1701],
        "\"At least two weeks prior\" (or as soon as the meeting is scheduled).",
    ));
    r.push(rule(
        "osh-meeting-notice",
        "Office of School Health given notice of the meeting",
        F::IepMeeting,
        K::Deadline,
        T::IepMeeting,
        steps(&[setting(S::OshMeetingNotice, Direction::Before)]),
        &[2769, 2777, 2853],
        "When OSH disagrees with a nursing or transportation request. L2769 and L2853 say 10 business days, \
         L2777 10 school days (D-8).",
    ));
    r.push(rule(
        "iep-finalization",
        "IEP finalized and issued after a meeting that did not finalize it",
        F::IepMeeting,
        K::Deadline,
        T::IepMeeting,
        steps(&[after(10, BUSINESS)]),
        &[1491, 3037, 3043],
        "With the PWN: Recommendation and, for an initial, the Consent for Initial Provision of Services.",
    ));

    // ---- Reviews and reevaluations (digest 05) -------------------------------------------------
    r.push(rule(
        "annual-review",
        "Annual review IEP meeting",
        F::ReviewsAndReevaluations,
        K::Deadline,
        T::IepMeeting,
        steps(&[later(Amount::Years(1))]),
        &[2887, 3761],
        "Within one year of the prior IEP meeting: by its anniversary (D-17). An amendment does not move it \
         (L3025); due process does not pause it (L3761).",
    ));
    r.push(rule(
        "three-year-reevaluation",
        "Three-year reevaluation IEP meeting",
        F::ReviewsAndReevaluations,
        K::Deadline,
        T::IepMeetingAfterComprehensiveEvaluation,
        steps(&[later(Amount::Years(3))]),
        &[2907, 2925, 3761],
        "Counts from the IEP meeting after the most recent comprehensive evaluation, not a narrow one (fn98). \
         If due in the same year as the annual review, complete it by the annual review date (L2887).",
    ));
    r.push(rule(
        "reevaluation-frequency",
        "Next reevaluation without the parent's and school's agreement",
        F::ReviewsAndReevaluations,
        K::Earliest,
        T::LastReevaluation,
        steps(&[later(Amount::Annual(AnnualSetting::ReevaluationFrequency))]),
        &[2917, 2929, 2947],
        "L2917 says once a year, L2929 and L2947 once per school year; school year by default (D-12). Orders \
         and resolution agreements override it (fn101, fn103).",
    ));
    r.push(rule(
        "notice-of-request-for-reevaluation",
        "Notice of Request for Reevaluation sent with the Procedural Safeguards Notice",
        F::ReviewsAndReevaluations,
        K::Deadline,
        T::ReevaluationRequestReceived,
        steps(&[after(5, SCHOOL)]),
        &[2947],
        "In the parent's preferred language.",
    ));
    r.push(rule(
        "additional-assessments-consent-outreach",
        "Outreach for an unanswered Consent for Additional Assessments",
        F::ReviewsAndReevaluations,
        K::Deadline,
        T::ConsentForAdditionalAssessmentsSent,
        steps(&[after(7, CAL)]),
        &[2979],
        "",
    ));
    r.push(rule(
        "amendment-iep-and-pwn",
        "Amended IEP and PWN: Recommendation issued",
        F::ReviewsAndReevaluations,
        K::Deadline,
        T::AmendmentWaiverSigned,
        steps(&[after(10, BUSINESS)]),
        &[3025],
        "",
    ));
    r.push(rule(
        "esy-annual-review",
        "Annual review held when ESY will be considered",
        F::ReviewsAndReevaluations,
        K::Target,
        T::FirstDayOfSchool,
        by(4, 15),
        &[2645],
        "\"Should be scheduled no later than April 15.\"",
    ));
    r.push(rule(
        "esy-site-change-notice",
        "Family told of a new ESY site",
        F::ReviewsAndReevaluations,
        K::Deadline,
        T::FirstDayOfSchool,
        by(6, 15),
        &[2645],
        "",
    ));
    r.push(rule(
        "home-instruction-annual-review",
        "Projected annual review for a home instruction recommendation",
        F::ReviewsAndReevaluations,
        K::Deadline,
        T::IepMeeting,
        steps(&[later(Amount::Months(6))]),
        &[3201],
        "At most six months from the IEP meeting.",
    ));

    // ---- Services and placement (digest 05, 06) -------------------------------------------------
    r.push(rule(
        "services-consent-outreach",
        "Outreach for an unsigned Consent for Initial Provision of Services",
        F::ServicesAndPlacement,
        K::Deadline,
        T::ConsentForServicesIssued,
        steps(&[after(7, CAL)]),
        &[3045],
        "",
    ));
    r.push(rule(
        "services-consent-case-closure",
        "Case may be closed without consent to services",
        F::ServicesAndPlacement,
        K::TakesEffect,
        T::ServicesConsentOutreachDocumented,
        steps(&[setting(S::ServicesConsentCaseClosure, Direction::After)]),
        &[3057],
        "\"45 days\" with no unit: calendar days under L151 (D-5). The DOE may not use due process to compel \
         services.",
    ));
    r.push(rule(
        "withdrawal-of-consent-effective",
        "Withdrawal of consent to services takes effect",
        F::ServicesAndPlacement,
        K::TakesEffect,
        T::NoticeOfTerminationSent,
        steps(&[after(11, SCHOOL)]),
        &[3067],
        "11 school days from the date the Parent Revocation – Notice of Termination is sent; all IEP services \
         end that day.",
    ));
    r.push(rule(
        "nursing-referral-review",
        "OSH reviews the nursing referral",
        F::ServicesAndPlacement,
        K::Deadline,
        T::NursingReferralReceivedByOsh,
        steps(&[after(5, SCHOOL)]),
        &[2755, 2765],
        "Also the day the case manager chases OSH if no answer came. A referral returned to Draft and reset \
         to Review gets another 5 school days from the reset.",
    ));
    r.push(rule(
        "nursing-incomplete-forms-outreach",
        "OSH reaches out about incomplete nursing forms",
        F::ServicesAndPlacement,
        K::Deadline,
        T::IncompleteNursingFormsReceivedByOsh,
        steps(&[after(5, SCHOOL)]),
        &[2765],
        "",
    ));
    r.push(rule(
        "interim-monolingual-speech-september",
        "Interim monolingual speech considered (no bilingual provider by the 15th school day)",
        F::ServicesAndPlacement,
        K::Deadline,
        T::FirstDayOfSchool,
        steps(&[after(14, SCHOOL)]),
        &[2689],
        "The 15th school day of the school year, the first day being the 1st: 14 school days after it.",
    ));
    r.push(rule(
        "interim-monolingual-speech",
        "Interim monolingual speech considered (service starting after the school year began)",
        F::ServicesAndPlacement,
        K::Deadline,
        T::ProjectedServiceStart,
        steps(&[after(15, SCHOOL)]),
        &[2689],
        "",
    ));
    arranging_rules(&mut r);
    for (suffix, trigger, what) in
        [("", T::ConsentForEvaluation, "initial"), ("-reevaluation", T::ReevaluationReferral, "reevaluation")]
    {
        r.push(rule(
            &format!("p1-alert{suffix}"),
            &format!("Supervisor or chairperson alerted: special class placement due ({what})"),
            F::ServicesAndPlacement,
            K::Alert,
            trigger,
            steps(&[after(60, SCHOOL), before(10, BUSINESS)]),
            &[3253, 3259],
            "10 business days before the 60th school day, for a student awaiting a special class for 60% or more \
             of the week. A P-1 is owed if no offer is made by the 60th school day, unless the delay is the \
             parent's (L3243).",
        ));
    }
    r.push(rule(
        "deferred-placement-offer",
        "Placement offered for a placement deferred to September",
        F::ServicesAndPlacement,
        K::Deadline,
        T::PlacementDeferredToSeptember,
        by(8, 15),
        &[2615, 3253],
        "Also for continuing special class students moving to a new school in September.",
    ));
    r.push(rule(
        "placement-offer-lead",
        "Placement offered before the projected initiation date",
        F::ServicesAndPlacement,
        K::Deadline,
        T::ProjectedInitiationDate,
        steps(&[before(20, SCHOOL)]),
        &[2615],
        "At least 20 school days before the initiation date.",
    ));
    r.push(rule(
        "turning-five-placement",
        "Placement issued for a student turning five",
        F::ServicesAndPlacement,
        K::Deadline,
        T::ReferralReceived,
        Timing::Chart(vec![
            ChartRow {
                from: MonthDay::new(9, 1),
                to: MonthDay::new(3, 1),
                outcome: ChartOutcome::By(MonthDay::new(6, 15)),
            },
            ChartRow {
                from: MonthDay::new(3, 2),
                to: MonthDay::new(4, 1),
                outcome: ChartOutcome::By(MonthDay::new(7, 15)),
            },
            ChartRow {
                from: MonthDay::new(4, 2),
                to: MonthDay::new(5, 10),
                outcome: ChartOutcome::By(MonthDay::new(8, 15)),
            },
            ChartRow {
                from: MonthDay::new(5, 11),
                to: MonthDay::new(8, 31),
                outcome: ChartOutcome::Count(after(60, SCHOOL)),
            },
        ]),
        &[3255, 3257],
        "",
    ));
    r.push(rule(
        "defer-to-central-certification",
        "Defer to Central Package certified",
        F::ServicesAndPlacement,
        K::Deadline,
        T::DeferToCentralPacketReceived,
        steps(&[after(5, BUSINESS)]),
        &[2599],
        "",
    ));
    r.push(rule(
        "p2-decision",
        "DOE decision on a P-2",
        F::ServicesAndPlacement,
        K::Deadline,
        T::P2Received,
        steps(&[setting(S::P2Decision, Direction::After)]),
        &[3275],
        "\"15 days\": calendar days under L151 (D-5). Without a decision by then, the P-2 is deemed approved.",
    ));
    r.push(rule(
        "ict-thirteenth-student-notice",
        "NYSED notified of a 13th student in an ICT class",
        F::ServicesAndPlacement,
        K::Deadline,
        T::StudentJoinedClass,
        steps(&[setting(S::IctThirteenthStudentNotice, Direction::After)]),
        &[3097],
        "\"10 days\": calendar days under L151 (D-5).",
    ));
    r.push(rule(
        "class-composition-notice",
        "Special class composition described to the FSC and parents",
        F::ServicesAndPlacement,
        K::Deadline,
        T::FirstDayOfSchool,
        by(11, 1),
        &[3085],
        "When both the reading and math ranges of a 12:1, 12:1+1 or 15:1 class exceed 3 years.",
    ));
    r.push(rule(
        "iesp-request-form",
        "Request for Special Education Services form mailed to IESP parents",
        F::ServicesAndPlacement,
        K::Deadline,
        T::FirstDayOfSchool,
        by(4, 1),
        &[3395],
        "",
    ));
    r.push(rule(
        "iesp-request-due",
        "IESP parent's written request for next year's services",
        F::ServicesAndPlacement,
        K::Deadline,
        T::FirstDayOfSchool,
        by(6, 1),
        &[3395],
        "",
    ));
    r.push(rule(
        "iesp-first-request",
        "First request for IESP services after initial identification",
        F::ServicesAndPlacement,
        K::Deadline,
        T::InitialIdentification,
        Timing::Chart(vec![
            ChartRow {
                from: MonthDay::new(6, 1),
                to: MonthDay::new(8, 31),
                outcome: ChartOutcome::Count(after(30, CAL)),
            },
            ChartRow {
                from: MonthDay::new(9, 1),
                to: MonthDay::new(3, 31),
                outcome: ChartOutcome::Count(after(30, CAL)),
            },
            ChartRow {
                from: MonthDay::new(4, 1),
                to: MonthDay::new(5, 31),
                outcome: ChartOutcome::By(MonthDay::new(6, 1)),
            },
        ]),
        &[3397, 3401, 3405, 3407],
        "The 30 days are assumed to run from the initial identification date (D-18).",
    ));

    // ---- Transfers (digest 06) ---------------------------------------------------------------
    r.push(rule(
        "transfer-records-request",
        "Records requested for a student transferring in",
        F::Transfers,
        K::Deadline,
        T::TransferLearned,
        steps(&[setting(S::TransferRecordsRequest, Direction::After)]),
        &[3329],
        "\"Immediately (in no more than 5 days)\": calendar days under L151 (D-5).",
    ));
    r.push(rule(
        "transfer-placement",
        "Placement identified for a student transferring in",
        F::Transfers,
        K::Deadline,
        T::FamilyAppearedForEnrollment,
        steps(&[setting(S::TransferPlacement, Direction::After)]),
        &[3345],
        "\"No later than five days\": calendar days under L151 (D-5).",
    ));
    r.push(rule(
        "transfer-iep",
        "New IEP for a transfer student whose eligibility is accepted",
        F::Transfers,
        K::Deadline,
        T::SchoolEnrollment,
        steps(&[after(30, CAL)]),
        &[3349, 3359],
        "",
    ));
    r.push(rule(
        "release-iep",
        "IEP for a student returning from an OCFS or ACS placement",
        F::Transfers,
        K::Deadline,
        T::SchoolAdmissionAfterRelease,
        steps(&[after(30, CAL)]),
        &[3363],
        "",
    ));
    r.push(rule(
        "release-assessments",
        "Assessments, meeting and services after release, when new assessments are needed",
        F::Transfers,
        K::Deadline,
        T::SchoolAdmissionAfterRelease,
        steps(&[after(30, CAL), after(30, SCHOOL)]),
        &[3363],
        "An additional 30 school days after the 30 calendar days.",
    ));

    // ---- Discipline (digest 06) --------------------------------------------------------------
    r.push(rule(
        "mdr-teacher-removal",
        "Manifestation determination review after a teacher removal",
        F::Discipline,
        K::Deadline,
        T::TeacherRemovalImposed,
        steps(&[after(5, SCHOOL)]),
        &[3521],
        "",
    ));
    r.push(rule(
        "mdr-principal-suspension",
        "Manifestation determination review after a principal's suspension",
        F::Discipline,
        K::Deadline,
        T::PrincipalSuspensionConference,
        steps(&[after(5, SCHOOL)]),
        &[3519],
        "Counts from the date scheduled for the suspension conference.",
    ));
    r.push(rule(
        "mdr-principal-suspension-rescheduled",
        "Manifestation determination review after a conference the parent adjourned",
        F::Discipline,
        K::Deadline,
        T::RescheduledPrincipalSuspensionConference,
        steps(&[setting(S::RescheduledMdr, Direction::After)]),
        &[3519],
        "\"Within five days\": calendar days under L151 by default (D-7).",
    ));
    r.push(rule(
        "mdr-superintendent-suspension",
        "Manifestation determination review after a superintendent's suspension hearing",
        F::Discipline,
        K::Deadline,
        T::SuperintendentSuspensionHearing,
        steps(&[after(2, SCHOOL)]),
        &[3509],
        "SOHO schedules it two school days after the hearing.",
    ));
    r.push(rule(
        "mdr-worksheet-entry",
        "MDR Worksheet entered in SOHO",
        F::Discipline,
        K::Deadline,
        T::MdrMeeting,
        steps(&[after(1, CAL)]),
        &[3483],
        "\"Within 24 hours\" of the meeting: by the next day, at the latest by the meeting's time of day.",
    ));
    r.push(rule(
        "suspension-plan-part-1",
        "Suspension Plan Part 1 completed by the home school",
        F::Discipline,
        K::Deadline,
        T::Suspension,
        steps(&[after(3, SCHOOL)]),
        &[3705],
        "Grades 6–12 in districts 1–32.",
    ));
    r.push(rule(
        "suspension-plan-part-2",
        "Suspension Plan Part 2 completed by the ALC",
        F::Discipline,
        K::Deadline,
        T::SuspensionSiteArrival,
        steps(&[after(10, SCHOOL)]),
        &[3709],
        "Counts from the student's arrival at the ALC (D-19).",
    ));
    r.push(rule(
        "suspension-plan-elementary-d75",
        "Suspension Plan completed (grades K–5 and D75)",
        F::Discipline,
        K::Deadline,
        T::Suspension,
        steps(&[after(10, SCHOOL)]),
        &[3699],
        "Both parts, by the home school with the IEP team and the parent.",
    ));
    r.push(rule(
        "alc-special-circumstances-limit",
        "ALC placement for a manifestation with special circumstances ends",
        F::Discipline,
        K::Expires,
        T::AlcPlacementStart,
        steps(&[after(45, SCHOOL)]),
        &[3621],
        "Weapons, drugs or serious bodily injury sustained at a superintendent's hearing.",
    ));
    r.push(rule(
        "iho-alc-order-limit",
        "ALC placement ordered by a hearing officer ends",
        F::Discipline,
        K::Expires,
        T::IhoAlcOrderStart,
        steps(&[setting(S::IhoAlcOrder, Direction::After)]),
        &[3655],
        "\"Up to 45 days\": calendar days under L151 (D-5); extensions come in further 45-day orders.",
    ));
    r.push(rule(
        "deemed-to-know-evaluation",
        "Expedited evaluation of a student the DOE is deemed to know about",
        F::Discipline,
        K::Deadline,
        T::ConsentForExpeditedEvaluation,
        steps(&[after(15, SCHOOL)]),
        &[3681],
        "",
    ));

    // ---- Due process (digest 06) -------------------------------------------------------------
    r.push(rule(
        "sufficiency-challenge",
        "Insufficiency challenge to a due process complaint",
        F::DueProcess,
        K::Deadline,
        T::DueProcessComplaintFiled,
        steps(&[after(15, CAL)]),
        &[3769],
        "Counts from the request date. Expedited complaints cannot be challenged; an amended complaint \
         restarts every timeline.",
    ));
    r.push(rule(
        "due-process-response",
        "Due Process Response sent",
        F::DueProcess,
        K::Deadline,
        T::DueProcessComplaintFiled,
        steps(&[after(10, CAL)]),
        &[3769, 3787],
        "",
    ));
    r.push(rule(
        "resolution-meeting",
        "Resolution meeting held",
        F::DueProcess,
        K::Deadline,
        T::DueProcessComplaintReceived,
        steps(&[after(15, CAL)]),
        &[3781],
        "",
    ));
    r.push(rule(
        "resolution-period",
        "Resolution period ends",
        F::DueProcess,
        K::TakesEffect,
        T::DueProcessComplaintReceived,
        steps(&[after(30, CAL)]),
        &[3785],
        "",
    ));
    r.push(rule(
        "resolution-meeting-expedited",
        "Resolution meeting held (expedited hearing)",
        F::DueProcess,
        K::Deadline,
        T::DueProcessComplaintFiled,
        steps(&[after(7, CAL)]),
        &[3801, 3815],
        "L3801 counts from receipt, L3815 from filing; filing is the earlier date (D-9).",
    ));
    r.push(rule(
        "resolution-period-expedited",
        "Resolution period ends (expedited hearing)",
        F::DueProcess,
        K::TakesEffect,
        T::DueProcessComplaintFiled,
        steps(&[setting(S::ExpeditedResolutionPeriod, Direction::After)]),
        &[3805, 3815],
        "14 calendar days from filing (L3815) by default; L3805 says 15 (D-9).",
    ));
    r.push(rule(
        "expedited-hearing",
        "Expedited hearing held",
        F::DueProcess,
        K::Deadline,
        T::DueProcessComplaintFiled,
        steps(&[after(20, SCHOOL)]),
        &[3815],
        "No extensions or adjournments, even by joint request.",
    ));
    r.push(rule(
        "expedited-hearing-decision",
        "Expedited hearing decision",
        F::DueProcess,
        K::Deadline,
        T::ExpeditedHearing,
        steps(&[after(10, SCHOOL)]),
        &[3815],
        "",
    ));
    r.push(rule(
        "resolution-agreement-void-window",
        "Resolution agreement can no longer be voided",
        F::DueProcess,
        K::Expires,
        T::ResolutionAgreementSigned,
        steps(&[after(3, BUSINESS)]),
        &[3805],
        "Either party may void it within 3 business days of signing; then the DOE follows up on it.",
    ));
    r.push(rule(
        "mediation-session",
        "Mediation session held",
        F::DueProcess,
        K::Target,
        T::MediationRequest,
        steps(&[after(30, CAL)]),
        &[3745],
        "\"Generally scheduled to take place within 15 to 30 days of the request.\"",
    ));

    // ---- Age and exit (digest 03, 04, 06) --------------------------------------------------------
    r.push(rule(
        "transition-planning",
        "Postsecondary goals and transition activities required",
        F::AgeAndExit,
        K::StartsApplying,
        T::DateOfBirth,
        Timing::Age { years: AgeYears::TransitionPlanning, anchor: AgeAnchor::Birthday },
        &[2061, 2081, 2113, 2489],
        "The IEP in effect when the student is 14 must include them; earlier if appropriate or if the parent \
         asks (L2073, L2509). 14 is a setting: IDEA says 16 (D-14).",
    ));
    r.push(rule(
        "student-invitation",
        "Student invited to IEP meetings",
        F::AgeAndExit,
        K::StartsApplying,
        T::DateOfBirth,
        Timing::Age { years: AgeYears::Fixed(14), anchor: AgeAnchor::Birthday },
        &[1683],
        "A student age 14 or older must be invited; if the student does not attend, the student's preferences \
         go in the present levels.",
    ));
    r.push(rule(
        "age-21-eligibility",
        "Last day of eligibility (age 21)",
        F::AgeAndExit,
        K::EligibilityEnds,
        T::DateOfBirth,
        Timing::AgeOut(AgeOutPoint::LastDayOfEligibility),
        &[1791, 3865],
        "Not eligible once 21 as of September 1 of the school year; turning 21 on or after September 1 means \
         service through June 30; turning 21 from July 1 to August 31 means recommended ESY, then ineligible \
         from September 1. A September 1 birthday is read as \"on or after September 1\" by default (D-13).",
    ));
    r.push(rule(
        "exit-summary-age-out",
        "Exit Summary given to a student aging out",
        F::AgeAndExit,
        K::Deadline,
        T::DateOfBirth,
        Timing::AgeOut(AgeOutPoint::LastSchoolYearDay),
        &[3863, 3865],
        "Before the end of the school year in which the student ages out; for a July–August birthday, the \
         last 10-month school year (D-13).",
    ));
    r
}
