//! The parent's side of the meeting: the notice, outreach before going ahead without them
//! (L1349–1353), an interpreter (L1433, L1723), and the student's invitation from age 14 (L1683).

use super::composition::attends;
use super::{lead, Ctx, Finding};
use crate::meeting::{Meeting, OutreachChannel, OutreachOutcome, Role};
use crate::student::Student;
use chrono::Duration;

pub fn check_notice(m: &Meeting, cx: &Ctx) -> Vec<Finding> {
    super::lead_times::on_time(
        m,
        cx,
        super::lead_times::Lead {
            rule: "notice-of-iep-meeting",
            id: "notice-of-meeting",
            sopm: "L1325, L1451",
            what: "the Notice of IEP Meeting",
            field: "notice_sent_on",
            done_on: m.notice_sent_on,
        },
    )
}

/// Going ahead without the parent needs: two calls at different times when the parent has a
/// phone, a follow-up letter by mail, and a letter home with the student when there is no phone
/// or no voicemail could be left (L1349–1353). Email counts toward none of these (M-4).
pub fn check_outreach(m: &Meeting, cx: &Ctx) -> Vec<Finding> {
    if m.participants
        .iter()
        .any(|p| p.has(Role::Parent) && attends(p, cx))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut calls: Vec<_> = m
        .outreach
        .iter()
        .filter(|o| o.channel == OutreachChannel::Phone)
        .collect();
    calls.sort_by_key(|o| o.at);
    let gap = Duration::minutes(i64::from(cx.meeting.outreach_phone_gap_minutes));
    let different_times = calls.iter().any(|a| {
        calls
            .iter()
            .any(|b| b.at.date() != a.at.date() || b.at - a.at >= gap)
    });
    if m.parent_has_phone && !(calls.len() >= 2 && different_times) {
        out.push(Finding::error("parent-outreach-phone", "L1349, L1353", format!(
            "The parent is not at the meeting and {} phone attempt(s) at different times are logged; at least two are needed before meeting without the parent.",
            if different_times { calls.len() } else { calls.len().min(1) }
        )).at("outreach"));
    }
    let sent = |c: OutreachChannel| m.outreach.iter().any(|o| o.channel == c);
    if !sent(OutreachChannel::LetterByMail) {
        out.push(
            Finding::error(
                "parent-outreach-letter",
                "L1353",
                "The parent is not at the meeting and no follow-up letter by mail is logged.",
            )
            .at("outreach"),
        );
    }
    let no_voicemail = !calls.is_empty()
        && !calls.iter().any(|o| {
            matches!(
                o.outcome,
                OutreachOutcome::VoicemailLeft | OutreachOutcome::Reached
            )
        });
    if (!m.parent_has_phone || no_voicemail) && !sent(OutreachChannel::LetterHomeWithStudent) {
        out.push(Finding::error("parent-outreach-letter-home", "L1353",
            "The parent has no phone or no voicemail could be left, so the letter must also be sent home with the student; none is logged.").at("outreach"));
    }
    out
}

/// An interpreter for a parent who takes part and does not speak English, or needs sign language.
pub fn check_interpreter(m: &Meeting, student: &Student, cx: &Ctx) -> Vec<Finding> {
    if !m
        .participants
        .iter()
        .any(|p| p.has(Role::Parent) && attends(p, cx))
    {
        return Vec::new();
    }
    let lang = &student.parent_language;
    let spoken = lang.as_str() != "en";
    match &m.interpreter {
        None if spoken || m.parent_needs_sign_language => vec![Finding::error(
            "interpreter-required",
            "L1433, L1723",
            format!(
                "The parent takes part and needs {}, but no interpreter is recorded.",
                if spoken {
                    format!("an interpreter for {}", lang.language().english_name)
                } else {
                    "a sign-language interpreter".into()
                }
            ),
        )
        .at("interpreter")],
        Some(i) if spoken && i.language != *lang && !m.parent_needs_sign_language => {
            vec![Finding::error(
                "interpreter-language-mismatch",
                "L1433",
                format!(
                    "The interpreter speaks {}, but the parent's language is {}.",
                    i.language.language().english_name,
                    lang.language().english_name
                ),
            )
            .at("interpreter.language")]
        }
        Some(i) if m.parent_needs_sign_language && !i.sign_language => vec![Finding::error(
            "interpreter-required",
            "L1433",
            "The parent needs a sign-language interpreter; the interpreter recorded is not one.",
        )
        .at("interpreter.sign_language")],
        _ => Vec::new(),
    }
}

/// From the birthday the catalog's `student-invitation` rule gives (14), the student must be
/// invited, before the meeting (L1683).
pub fn check_student_invitation(m: &Meeting, student: &Student, cx: &Ctx) -> Vec<Finding> {
    let from = match lead::due(
        "student-invitation",
        student.date_of_birth,
        cx.calendars,
        cx.rules,
    ) {
        Ok(d) => d,
        Err(w) => return vec![w],
    };
    if m.date() < from {
        return Vec::new();
    }
    match &m.student_invitation {
        Some(inv) if inv.sent_on <= m.date() => Vec::new(),
        _ => vec![Finding::error("student-invitation-required", "L1683",
            "The student is 14 or older on the meeting date and must be invited; no invitation sent before the meeting is recorded.")
            .at("student_invitation")],
    }
}
