//! Things that must happen a set time before the meeting (digest 03 §3.2). The dates come from
//! the rule catalog; this only compares. Until the catalog date passes, a missing record is a
//! warning; after it, an error (M-15).

use super::{lead, Ctx, Finding};
use crate::meeting::Meeting;
use chrono::NaiveDate;

/// One lead-time requirement: catalog rule `rule`, findings `{id}-late` / `{id}-not-sent`.
pub struct Lead<'a> {
    pub rule: &'a str,
    pub id: &'a str,
    pub sopm: &'a str,
    pub what: &'a str,
    pub field: &'a str,
    pub done_on: Option<NaiveDate>,
}

pub fn on_time(m: &Meeting, cx: &Ctx, l: Lead) -> Vec<Finding> {
    let due = match lead::due(l.rule, m.date(), cx.calendars, cx.rules) {
        Ok(d) => d,
        Err(w) => return vec![w],
    };
    let rule = lead::describe(l.rule, cx.rules);
    let late = format!("{}-late", l.id);
    match l.done_on {
        Some(on) if on <= due => Vec::new(),
        Some(on) => vec![Finding::error(
            &late,
            l.sopm,
            format!(
                "{} was sent on {on}; it was due by {due} ({rule}).",
                capital(l.what)
            ),
        )
        .at(l.field)],
        None if cx.today > due => vec![Finding::error(
            &late,
            l.sopm,
            format!(
                "No date is recorded for {}; it was due by {due} ({rule}).",
                l.what
            ),
        )
        .at(l.field)],
        None => vec![Finding::warning(
            &format!("{}-not-sent", l.id),
            l.sopm,
            format!("Send {} by {due} ({rule}).", l.what),
        )
        .at(l.field)],
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Documents mailed 7 days ahead (checked once a date is recorded: the app cannot know whether
/// there were documents, M-16); progress reports requested 15 school days ahead when the student
/// has related services; the D75 hearing or vision office two weeks ahead (a warning: "or as soon
/// as the meeting is scheduled", L1701).
pub fn check_lead_times(m: &Meeting, cx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    if m.documents_sent_on.is_some() {
        out.extend(on_time(
            m,
            cx,
            Lead {
                rule: "iep-documents-to-parent",
                id: "documents-to-parent",
                sopm: "L1319, L1325",
                what: "the assessments and reports for the parent",
                field: "documents_sent_on",
                done_on: m.documents_sent_on,
            },
        ));
    }
    if m.context.has_related_services {
        out.extend(on_time(
            m,
            cx,
            Lead {
                rule: "progress-report-request",
                id: "progress-report-request",
                sopm: "L1475, L1623",
                what: "the request for related service progress reports",
                field: "progress_reports_requested_on",
                done_on: m.progress_reports_requested_on,
            },
        ));
    }
    if m.context.hearing_loss_consideration || m.context.vision_loss_consideration {
        let found = on_time(
            m,
            cx,
            Lead {
                rule: "d75-hearing-vision-contact",
                id: "d75-hearing-vision-contact",
                sopm: "L1701",
                what: "the contact with the D75 hearing or vision services office",
                field: "d75_services_contacted_on",
                done_on: m.d75_services_contacted_on,
            },
        );
        out.extend(found.into_iter().map(|mut f| {
            f.severity = super::Severity::Warning;
            f
        }));
    }
    out
}
