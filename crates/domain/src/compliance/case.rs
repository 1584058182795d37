//! A whole case checked at once: every finding of the meeting, notice and consent checks, and
//! every deadline the case's events start, with its status on `today`.
//!
//! What "met" can mean is limited by what a case records (docs/case-format.md, "Limits"): a
//! deadline is met when the case holds the event or record that fulfils it (the next IEP meeting
//! for the annual review, the notice date for the notice of meeting...). A rule whose fulfilment
//! the case cannot record is `unverified` once past, never `overdue`; a rule that applies only in
//! a situation the case does not describe is `conditional`; one the case shows does not apply (no
//! excusal, no related services) is not listed.

use super::{check_meeting_with, Ctx, Finding, MeetingSettings, Severity};
use crate::calendar::CalendarSet;
use crate::case::{Case, CaseEvent};
use crate::meeting::{Meeting, MemberRequestKind, Program};
use crate::notices::{check_consent, check_pwn, check_surrogate, ConsentKind, PwnSituation};
use crate::rules::{Deadline, Rule, RuleCatalog, RuleKind, RuleSettings, Trigger};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Days ahead within which an open deadline is "due soon", unless the caller says otherwise.
pub const DEFAULT_DUE_SOON_DAYS: u32 = 14;

/// Where a deadline stands on the day of the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineStatus {
    /// The case records it done on or before the due date.
    Met,
    /// The case records it done, after the due date.
    MetLate,
    /// Past due and the case records nothing that fulfils it.
    Overdue,
    /// Open, due within the due-soon window.
    DueSoon,
    /// Open, due later.
    Upcoming,
    /// Past due, but the case format cannot record whether it was done: look in the records.
    Unverified,
    /// Applies only in a situation the case does not describe (e.g. OSH disagreeing).
    Conditional,
    /// Not a deadline (an earliest date, an expiry, an age): the date has passed.
    Passed,
}

impl DeadlineStatus {
    pub fn label(self) -> &'static str {
        match self {
            Self::Met => "met",
            Self::MetLate => "met late",
            Self::Overdue => "overdue",
            Self::DueSoon => "due soon",
            Self::Upcoming => "upcoming",
            Self::Unverified => "unverified",
            Self::Conditional => "conditional",
            Self::Passed => "passed",
        }
    }
}

/// A catalog rule applied to one event of the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CaseDeadline {
    #[serde(flatten)]
    pub deadline: Deadline,
    pub status: DeadlineStatus,
    /// The date the case records it done, when it does.
    pub done_on: Option<NaiveDate>,
    /// Where that date comes from (`iep.meeting.notice_sent_on`, `events[3]`...), or why the rule
    /// is conditional or not applicable.
    pub basis: String,
    /// "due Tue 2026-03-10 · 5 school days after the referral".
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseReport {
    pub today: NaiveDate,
    /// "Last, First (OSIS 999000001)".
    pub student: String,
    /// Errors first, then warnings; within each, meeting, notices, consents, surrogate, deadlines.
    pub findings: Vec<Finding>,
    /// By due date.
    pub deadlines: Vec<CaseDeadline>,
    pub errors: usize,
    pub warnings: usize,
}

impl CaseReport {
    /// Any finding that blocks (severity error).
    pub fn blocks(&self) -> bool {
        self.errors > 0
    }
}

/// [`check_case_with`] with the default meeting settings; a deadline within `due_soon_days` of
/// `today` is due soon ([`DEFAULT_DUE_SOON_DAYS`] unless the user asks otherwise).
pub fn check_case(
    case: &Case,
    today: NaiveDate,
    calendars: &CalendarSet,
    rules: &RuleSettings,
    due_soon_days: u32,
) -> CaseReport {
    let meeting = MeetingSettings::default();
    check_case_with(
        case,
        &Ctx {
            today,
            calendars,
            rules,
            meeting: &meeting,
        },
        due_soon_days,
    )
}

pub fn check_case_with(case: &Case, cx: &Ctx, due_soon_days: u32) -> CaseReport {
    let student = &case.student;
    let mut findings = Vec::new();
    if let Some(m) = &case.iep.meeting {
        findings.extend(
            check_meeting_with(m, student, cx)
                .into_iter()
                .map(|f| prefix(f, "iep.meeting")),
        );
    }
    // A case that records only the meeting is checked for the meeting alone (decision I-9).
    if case.iep.has_sections() {
        findings.extend(
            super::iep::check_iep_content(
                &case.iep,
                student,
                cx,
                &super::content::ContentSettings::default(),
            )
            .into_iter()
            .map(|f| prefix(f, "iep")),
        );
    }
    for (i, n) in case.notices.iter().enumerate() {
        let last_psn = case.last_psn_before(n.sent_on);
        findings.extend(
            check_pwn(n, student, last_psn, cx.calendars, cx.rules)
                .into_iter()
                .map(|f| prefix(f, &format!("notices[{i}]"))),
        );
    }
    for (i, c) in case.consents.iter().enumerate() {
        findings.extend(
            check_consent(c, cx.calendars, cx.rules)
                .into_iter()
                .map(|f| prefix(f, &format!("consents[{i}]"))),
        );
    }
    if let Some(s) = &case.surrogate {
        findings.extend(
            check_surrogate(s, cx.today, cx.calendars, cx.rules)
                .into_iter()
                .map(|f| prefix(f, "surrogate")),
        );
    }

    let events = case.all_events();
    let mut deadlines = Vec::new();
    for event in &events {
        for rule in RuleCatalog::standard().for_trigger(event.trigger) {
            match deadline_for(case, &events, event, rule, cx, due_soon_days) {
                Ok(Some((d, finding))) => {
                    deadlines.push(d);
                    findings.extend(finding);
                }
                Ok(None) => {}
                Err(f) => findings.push(f),
            }
        }
    }
    deadlines.sort_by(|a, b| {
        a.deadline
            .due
            .cmp(&b.deadline.due)
            .then_with(|| a.deadline.rule_id.cmp(&b.deadline.rule_id))
    });
    findings.sort_by_key(|f| f.severity); // stable: keeps the order within a severity
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    CaseReport {
        today: cx.today,
        student: format!(
            "{}, {} (OSIS {})",
            student.name.last,
            student.name.first,
            student.osis.as_str()
        ),
        warnings: findings.len() - errors,
        errors,
        findings,
        deadlines,
    }
}

fn prefix(mut f: Finding, at: &str) -> Finding {
    f.field = Some(match f.field.take() {
        Some(field) => format!("{at}.{field}"),
        None => at.to_string(),
    });
    f
}

/// How the case can show a rule fulfilled.
enum Fulfilment {
    /// A later event of one of these kinds.
    Event(&'static [Trigger]),
    /// A date recorded on the meeting the event is (only for the case's own meeting).
    Meeting(fn(&Meeting) -> Option<NaiveDate>),
    /// A notice of this situation sent on or after the event.
    Notice(PwnSituation),
    /// A consent of this kind received on or after the event.
    Consent(ConsentKind),
    /// The surrogate's appointment date.
    Surrogate,
    /// The case cannot record it.
    Unrecorded,
    /// Applies only in a situation the case does not describe.
    Conditional(&'static str),
    /// The case shows the rule does not apply: not listed.
    NotApplicable,
}

/// Whether the rule is reported by the meeting, notice or surrogate checks already, so the
/// deadline adds no finding of its own.
fn checked_elsewhere(f: &Fulfilment) -> bool {
    matches!(f, Fulfilment::Meeting(_) | Fulfilment::Surrogate)
}

fn fulfilment(rule: &Rule, meeting: Option<&Meeting>) -> Fulfilment {
    use Fulfilment as F;
    use Trigger as T;
    const MEETINGS: &[T] = &[T::IepMeeting, T::IepMeetingAfterComprehensiveEvaluation];
    const MDR: &[T] = &[T::MdrMeeting];
    match rule.id.as_str() {
        "initial-evaluation" => F::Event(&[
            T::AssessmentCompleted,
            T::IepMeeting,
            T::IepMeetingAfterComprehensiveEvaluation,
        ]),
        "initial-iep-meeting-target" | "annual-review" => F::Event(MEETINGS),
        "three-year-reevaluation" => F::Event(&[T::IepMeetingAfterComprehensiveEvaluation]),
        "requested-reevaluation" => F::Event(&[
            T::AssessmentCompleted,
            T::IepMeetingAfterComprehensiveEvaluation,
        ]),
        "social-history-meeting-latest" => F::Event(&[T::SocialHistoryMeeting]),
        "procedural-safeguards-annual" => F::Event(&[T::ProceduralSafeguardsNoticeGiven]),
        "vocational-assessment-update" => F::Event(&[T::VocationalAssessment]),
        "mdr-teacher-removal"
        | "mdr-principal-suspension"
        | "mdr-principal-suspension-rescheduled"
        | "mdr-superintendent-suspension" => F::Event(MDR),
        "notice-of-referral" => F::Notice(PwnSituation::ReferralInitial),
        "services-consent-outreach" => F::Consent(ConsentKind::InitialProvisionOfServices),
        "additional-assessments-consent-outreach" => F::Consent(ConsentKind::AdditionalAssessments),
        "surrogate-appointment" => F::Surrogate,
        "notice-of-iep-meeting" => F::Meeting(|m| m.notice_sent_on),
        "iep-documents-to-parent" => match meeting {
            Some(m) if m.documents_sent_on.is_some() => F::Meeting(|m| m.documents_sent_on),
            _ => F::Conditional("only when there are assessments or reports to send (M-16)"),
        },
        "progress-report-request" => match meeting {
            Some(m) if m.context.has_related_services => {
                F::Meeting(|m| m.progress_reports_requested_on)
            }
            Some(_) => F::NotApplicable,
            None => F::Conditional("when the student has related services"),
        },
        "d75-hearing-vision-contact" => match meeting {
            Some(m)
                if m.context.hearing_loss_consideration || m.context.vision_loss_consideration =>
            {
                F::Meeting(|m| m.d75_services_contacted_on)
            }
            Some(_) => F::NotApplicable,
            None => F::Conditional("when hearing or vision loss needs consideration"),
        },
        "parent-member-request" | "physician-request" => {
            let kind = if rule.id == "parent-member-request" {
                MemberRequestKind::ParentMember
            } else {
                MemberRequestKind::Physician
            };
            match meeting {
                Some(m) if m.member_requests.iter().any(|r| r.kind == kind) => {
                    if kind == MemberRequestKind::ParentMember {
                        F::Meeting(|m| request_date(m, MemberRequestKind::ParentMember))
                    } else {
                        F::Meeting(|m| request_date(m, MemberRequestKind::Physician))
                    }
                }
                Some(_) => F::NotApplicable,
                None => F::Conditional("when the parent asks for one"),
            }
        }
        "excusal-request" => match meeting {
            Some(m) if !m.excusals.is_empty() => {
                F::Meeting(|m| latest(m.excusals.iter().map(|e| e.sent_to_parent_on)))
            }
            Some(_) => F::NotApplicable,
            None => F::Conditional("when a member is excused"),
        },
        "excusal-summary" => match meeting {
            Some(m) if m.excusals.iter().any(|e| e.area_discussed) => F::Meeting(|m| {
                latest(
                    m.excusals
                        .iter()
                        .filter(|e| e.area_discussed)
                        .map(|e| e.summary_to_parent_on),
                )
            }),
            Some(_) => F::NotApplicable,
            None => F::Conditional("when an excused member's area is discussed"),
        },
        "home-instruction-annual-review" => match meeting.and_then(|m| m.context.current_program) {
            Some(Program::HomeInstruction) => F::Event(MEETINGS),
            _ => F::Conditional("when home instruction is recommended"),
        },
        "audio-recording-request" => F::Conditional("when the parent wants to record the meeting"),
        "osh-meeting-notice" => {
            F::Conditional("when OSH disagrees with a nursing or transportation request")
        }
        "iep-finalization" => F::Conditional("when the meeting did not finalize the IEP"),
        _ => F::Unrecorded,
    }
}

/// The snake_case name CASE.json uses.
pub fn trigger_name(t: Trigger) -> String {
    serde_json::to_value(t)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn request_date(m: &Meeting, kind: MemberRequestKind) -> Option<NaiveDate> {
    m.member_requests
        .iter()
        .filter(|r| r.kind == kind)
        .map(|r| r.received_in_writing_on)
        .max()
}

/// The latest of dates that must all be there: `None` if any is missing.
fn latest(dates: impl Iterator<Item = Option<NaiveDate>>) -> Option<NaiveDate> {
    dates
        .collect::<Option<Vec<_>>>()
        .and_then(|v| v.into_iter().max())
}

type Found = (CaseDeadline, Option<Finding>);

fn deadline_for(
    case: &Case,
    events: &[CaseEvent],
    event: &CaseEvent,
    rule: &Rule,
    cx: &Ctx,
    due_soon_days: u32,
) -> Result<Option<Found>, Finding> {
    // The meeting of `iep.meeting` is "the" meeting; others listed are history.
    let this_meeting = case
        .iep
        .meeting
        .as_ref()
        .filter(|m| event.trigger == Trigger::IepMeeting && m.date() == event.date);
    let how = fulfilment(rule, this_meeting);
    // Of an earlier meeting, only what the case can follow up (the next annual review) is shown;
    // a rule the case shows does not apply is not listed.
    let earlier_meeting = event.trigger == Trigger::IepMeeting && this_meeting.is_none();
    if matches!(how, Fulfilment::NotApplicable)
        || (earlier_meeting && !matches!(how, Fulfilment::Event(_)))
    {
        return Ok(None);
    }
    let d = rule
        .deadline(event.date, cx.calendars, cx.rules)
        .map_err(|e| {
            Finding::warning(
                "deadline-not-computable",
                "L151",
                format!(
                    "Could not compute {} from {} on {}: {e}.",
                    rule.id,
                    event.trigger.phrase(),
                    event.date
                ),
            )
        })?;
    let (done_on, basis): (Option<NaiveDate>, String) = match &how {
        Fulfilment::Event(kinds) => events
            .iter()
            .enumerate()
            .find(|(_, e)| kinds.contains(&e.trigger) && e.date > event.date && e.date <= cx.today)
            .map(|(_, e)| {
                (
                    Some(e.date),
                    format!("{} on {}", trigger_name(e.trigger), e.date),
                )
            })
            .unwrap_or((None, String::new())),
        Fulfilment::Meeting(get) => match this_meeting {
            Some(m) => (get(m), "iep.meeting".into()),
            None => (None, String::new()),
        },
        Fulfilment::Notice(situation) => case
            .notices
            .iter()
            .enumerate()
            .filter(|(_, n)| n.situation == *situation && n.sent_on >= event.date)
            .min_by_key(|(_, n)| n.sent_on)
            .map(|(i, n)| (Some(n.sent_on), format!("notices[{i}]")))
            .unwrap_or((None, String::new())),
        Fulfilment::Consent(kind) => case
            .consents
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == *kind && c.received_on >= event.date)
            .min_by_key(|(_, c)| c.received_on)
            .map(|(i, c)| (Some(c.received_on), format!("consents[{i}]")))
            .unwrap_or((None, String::new())),
        Fulfilment::Surrogate => (
            case.surrogate.as_ref().and_then(|s| s.appointed_on),
            "surrogate.appointed_on".into(),
        ),
        Fulfilment::Unrecorded => (None, "the case format cannot record it".into()),
        Fulfilment::Conditional(why) => (None, (*why).to_string()),
        Fulfilment::NotApplicable => (None, String::new()),
    };
    // Events in the future (a scheduled meeting) do not fulfil anything yet.
    let done_on = done_on.filter(|on| *on <= cx.today || matches!(how, Fulfilment::Meeting(_)));
    let is_deadline = matches!(rule.kind, RuleKind::Deadline | RuleKind::Target);
    let open = |due: NaiveDate| {
        if (due - cx.today).num_days() <= i64::from(due_soon_days) {
            DeadlineStatus::DueSoon
        } else {
            DeadlineStatus::Upcoming
        }
    };
    let status = match (&how, done_on) {
        (Fulfilment::Conditional(_), _) => DeadlineStatus::Conditional,
        _ if !is_deadline => {
            if d.due < cx.today {
                DeadlineStatus::Passed
            } else {
                open(d.due)
            }
        }
        (_, Some(on)) if on <= d.due => DeadlineStatus::Met,
        (_, Some(_)) => DeadlineStatus::MetLate,
        (Fulfilment::Unrecorded, None) if d.due < cx.today => DeadlineStatus::Unverified,
        (_, None) if d.due < cx.today => DeadlineStatus::Overdue,
        (_, None) => open(d.due),
    };
    let finding = (!checked_elsewhere(&how))
        .then(|| deadline_finding(rule, &d, status, done_on))
        .flatten();
    let summary = format!("due {} {} · {}", d.due.weekday(), d.due, d.description);
    let basis = if basis.is_empty() {
        event.note.clone().unwrap_or_default()
    } else {
        basis
    };
    Ok(Some((
        CaseDeadline {
            deadline: d,
            status,
            done_on,
            basis,
            summary,
        },
        finding,
    )))
}

fn deadline_finding(
    rule: &Rule,
    d: &Deadline,
    status: DeadlineStatus,
    done_on: Option<NaiveDate>,
) -> Option<Finding> {
    let sopm = d
        .sopm_lines
        .iter()
        .map(|l| format!("L{l}"))
        .collect::<Vec<_>>()
        .join(", ");
    let when = format!(
        "due {} {} ({}, from {})",
        d.due.weekday(),
        d.due,
        d.description,
        d.trigger_date
    );
    match status {
        DeadlineStatus::Overdue if rule.kind == RuleKind::Deadline => Some(Finding::error(
            &format!("{}-overdue", rule.id),
            &sopm,
            format!(
                "{}: overdue, {when}; the case records nothing that fulfils it.",
                d.title
            ),
        )),
        DeadlineStatus::Overdue => Some(Finding::warning(
            &format!("{}-overdue", rule.id),
            &sopm,
            format!("{}: target missed, {when}.", d.title),
        )),
        DeadlineStatus::MetLate => Some(Finding::warning(
            &format!("{}-late", rule.id),
            &sopm,
            format!(
                "{}: done on {}, late; it was {when}.",
                d.title,
                done_on.unwrap_or(d.due)
            ),
        )),
        _ => None,
    }
    .map(|f| f.at("events"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::CalendarSet;

    const VALID: &str = include_str!("../../../../tests/cases/valid-annual-review.json");

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn report(case: &Case, today: &str, due_soon: u32) -> CaseReport {
        let meeting = MeetingSettings::default();
        let rules = RuleSettings::default();
        check_case_with(
            case,
            &Ctx {
                today: d(today),
                calendars: CalendarSet::standard(),
                rules: &rules,
                meeting: &meeting,
            },
            due_soon,
        )
    }

    fn status(r: &CaseReport, rule: &str, trigger_date: &str) -> DeadlineStatus {
        r.deadlines
            .iter()
            .find(|x| x.deadline.rule_id == rule && x.deadline.trigger_date == d(trigger_date))
            .unwrap_or_else(|| panic!("no {rule} from {trigger_date}"))
            .status
    }

    #[test]
    fn the_valid_case_has_no_blocking_finding_and_its_deadlines_are_met() {
        let case = Case::from_json(VALID).unwrap();
        let r = check_case(
            &case,
            d("2026-03-16"),
            CalendarSet::standard(),
            &RuleSettings::default(),
            DEFAULT_DUE_SOON_DAYS,
        );
        assert!(!r.blocks(), "{:#?}", r.findings);
        assert_eq!(
            status(&r, "annual-review", "2025-03-11"),
            DeadlineStatus::Met
        );
        assert_eq!(
            status(&r, "notice-of-iep-meeting", "2026-03-10"),
            DeadlineStatus::Met
        );
        assert!(
            !r.deadlines
                .iter()
                .any(|x| x.deadline.rule_id == "excusal-request"),
            "no excusal: not listed"
        );
        assert_eq!(
            status(&r, "osh-meeting-notice", "2026-03-10"),
            DeadlineStatus::Conditional
        );
        assert_eq!(
            status(&r, "annual-review", "2026-03-10"),
            DeadlineStatus::Upcoming
        );
        assert_eq!(
            status(&r, "reevaluation-frequency", "2024-03-05"),
            DeadlineStatus::Passed
        );
        let first = &r
            .deadlines
            .iter()
            .find(|x| x.deadline.rule_id == "notice-of-iep-meeting")
            .unwrap()
            .summary;
        assert_eq!(
            first,
            "due Tue 2026-03-03 · 7 calendar days before the IEP meeting"
        );
        assert!(r
            .deadlines
            .windows(2)
            .all(|w| w[0].deadline.due <= w[1].deadline.due));
    }

    #[test]
    fn a_late_annual_review_is_met_late_with_a_warning() {
        let mut case = Case::from_json(VALID).unwrap();
        case.events
            .iter_mut()
            .find(|e| e.date == d("2025-03-11"))
            .unwrap()
            .date = d("2025-03-05");
        let r = report(&case, "2026-03-16", 14);
        assert_eq!(
            status(&r, "annual-review", "2025-03-05"),
            DeadlineStatus::MetLate
        );
        assert!(r
            .findings
            .iter()
            .any(|f| f.rule_id == "annual-review-late" && f.severity == Severity::Warning));
    }

    #[test]
    fn a_scheduled_meeting_does_not_meet_a_deadline_before_it_happens() {
        let case = Case::from_json(VALID).unwrap();
        // On 2026-02-20 the meeting of 2026-03-10 is only scheduled.
        let r = report(&case, "2026-02-20", 14);
        assert_eq!(
            status(&r, "annual-review", "2025-03-11"),
            DeadlineStatus::Upcoming
        );
        let r = report(&case, "2026-02-20", 30);
        assert_eq!(
            status(&r, "annual-review", "2025-03-11"),
            DeadlineStatus::DueSoon
        );
        // Past the due date with no later meeting held: overdue, an error.
        let mut late = case.clone();
        late.iep.meeting = None;
        let r = report(&late, "2026-03-16", 14);
        assert_eq!(
            status(&r, "annual-review", "2025-03-11"),
            DeadlineStatus::Overdue
        );
        assert!(r
            .findings
            .iter()
            .any(|f| f.rule_id == "annual-review-overdue" && f.blocks()));
    }

    #[test]
    fn findings_carry_the_path_of_their_record() {
        let mut case = Case::from_json(VALID).unwrap();
        case.notices[0].reasons.clear();
        let r = report(&case, "2026-03-16", 14);
        let f = r
            .findings
            .iter()
            .find(|f| f.rule_id == "pwn-reasons-missing")
            .unwrap();
        assert_eq!(f.field.as_deref(), Some("notices[0].reasons"));
        assert_eq!(r.errors, 1);
    }
}
