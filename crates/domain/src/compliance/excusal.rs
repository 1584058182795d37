//! Is each excusal valid (L1725–1749)? An invalid excusal leaves its member required, so the
//! composition check reports the member as missing as well.

use super::{lead, Ctx, Finding};
use crate::meeting::{
    AgreementChannel, ExcusalInitiator, ExcusalRequest, Meeting, MeetingType, MemberRequestKind,
    Requester, Role,
};

/// Every problem with every excusal request.
pub fn check_excusals(m: &Meeting, cx: &Ctx) -> Vec<Finding> {
    m.excusals
        .iter()
        .enumerate()
        .flat_map(|(i, e)| check_one(m, e, &format!("excusals[{i}]"), cx))
        .collect()
}

/// The member in `role` is excused by a request with no blocking finding.
pub fn validly_excused(m: &Meeting, role: Role, cx: &Ctx) -> bool {
    m.excusals
        .iter()
        .any(|e| e.member_role == role && !check_one(m, e, "", cx).iter().any(Finding::blocks))
}

fn check_one(m: &Meeting, e: &ExcusalRequest, at: &str, cx: &Ctx) -> Vec<Finding> {
    let mut f = Vec::new();
    let who = format!(
        "{} ({})",
        e.member_name,
        super::composition::role_name(e.member_role)
    );
    let date = m.date();
    if m.effective_type() == MeetingType::Initial {
        f.push(Finding::error("excusal-initial-meeting", "L1725",
            format!("{who} cannot be excused: no required member may be excused from an initial IEP meeting.")).at(at));
    }
    let parent_asked_member = m
        .member_requests
        .iter()
        .any(|r| r.kind == MemberRequestKind::ParentMember && r.requested_by == Requester::Parent);
    let not_excusable = match e.member_role {
        Role::Parent => Some("the parent"),
        Role::ParentMember if parent_asked_member => Some("the parent member the parent asked for"),
        Role::Student => Some("the student"),
        _ => None,
    };
    if let Some(what) = not_excusable {
        f.push(
            Finding::error(
                "excusal-member-not-excusable",
                "L1725",
                format!("The school may not ask to excuse {what}."),
            )
            .at(format!("{at}.member_role")),
        );
    }
    if e.initiated_by == ExcusalInitiator::Other {
        f.push(Finding::error("excusal-initiator", "L1725",
            format!("The excusal of {who} was not started by the district representative or the parent; consent obtained any other way has no effect.")).at(format!("{at}.initiated_by")));
    }
    match &e.parent_agreement {
        None => f.push(Finding::error("excusal-parent-agreement-missing", "L1725, L1737",
            format!("{who} is not excused: the parent has not agreed in writing.")).at(format!("{at}.parent_agreement"))),
        Some(a) if a.on > date => f.push(Finding::error("excusal-parent-agreement-missing", "L1725, L1737",
            format!("The parent agreed to excuse {who} on {}, after the meeting; the agreement must come first.", a.on)).at(format!("{at}.parent_agreement.on"))),
        Some(a) if a.channel == AgreementChannel::Email && e.area_discussed => f.push(Finding::error("excusal-email-agreement", "L1749",
            format!("The parent agreed to excuse {who} by email, but the member's area will be discussed, so a signed request is needed.")).at(format!("{at}.parent_agreement.channel"))),
        Some(_) => {}
    }
    let request_due = match lead::due("excusal-request", date, cx.calendars, cx.rules) {
        Ok(d) => d,
        Err(w) => return [f, vec![w]].concat(),
    };
    // The parent may ask or agree at any time (L1737 "notwithstanding the 5-day minimum"); a
    // school-initiated request inside 5 days is the late path of L1739.
    let standard = match (e.initiated_by, e.sent_to_parent_on) {
        (ExcusalInitiator::Parent, _) => false,
        (_, None) => {
            f.push(
                Finding::error(
                    "excusal-request-not-sent",
                    "L1737",
                    format!("No written excusal request for {who} was sent to the parent."),
                )
                .at(format!("{at}.sent_to_parent_on")),
            );
            false
        }
        (_, Some(sent)) => sent <= request_due,
    };
    if !standard
        && e.initiated_by == ExcusalInitiator::DistrictRepresentative
        && e.sent_to_parent_on.is_some()
    {
        let first = e.parent_agreement.as_ref().map(|a| a.on).unwrap_or(date);
        if e.reschedule_right_notified_on.is_none_or(|n| n > first) {
            f.push(Finding::error("excusal-late-reschedule-right", "L1739",
                format!("The request to excuse {who} went out after {request_due} ({}); the parent must first be told of the right to reschedule.", lead::describe("excusal-request", cx.rules)))
                .at(format!("{at}.reschedule_right_notified_on")));
        }
        if e.emergency_reason.is_none() {
            f.push(Finding::error("excusal-late-reason-missing", "L1739",
                format!("The late excusal of {who} must log the emergency or unavoidable conflict behind it.")).at(format!("{at}.emergency_reason")));
        }
    }
    if e.area_discussed {
        f.extend(check_written_input(e, &who, at, standard, date, cx));
    }
    f
}

/// The member's written input when the member's area is discussed: on the standard path it must
/// reach the parent by the `excusal-summary` date (L1737); otherwise it must at least reach the
/// team before the meeting, or the meeting must be adjourned (L1739, L1747).
fn check_written_input(
    e: &ExcusalRequest,
    who: &str,
    at: &str,
    standard: bool,
    date: chrono::NaiveDate,
    cx: &Ctx,
) -> Vec<Finding> {
    if standard {
        let due = match lead::due("excusal-summary", date, cx.calendars, cx.rules) {
            Ok(d) => d,
            Err(w) => return vec![w],
        };
        if e.summary_to_parent_on.is_none_or(|s| s > due) {
            return vec![Finding::error("excusal-summary-late", "L1737",
                format!("{who}'s area will be discussed, but the written summary did not reach the parent by {due} ({}), so the member may not be excused.", lead::describe("excusal-summary", cx.rules)))
                .at(format!("{at}.summary_to_parent_on"))];
        }
    } else if e.written_input_on.is_none_or(|w| w > date) {
        return vec![Finding::error("excusal-written-input-missing", "L1739, L1747",
            format!("{who}'s area will be discussed and no written input was submitted before the meeting: the meeting must be adjourned until the member contributes."))
            .at(format!("{at}.written_input_on"))];
    }
    Vec::new()
}
