//! Teachers required "at all times" (L1497, L1529, L1565, L1571, L1597): several may take turns,
//! but at every moment from start to end at least one must be in the room or on the line.

use super::composition::{attends, required_members, role_name};
use super::{excusal, Ctx, Finding};
use crate::meeting::{Meeting, NaiveDateTime};
use chrono::Duration;

pub fn check_presence(m: &Meeting, cx: &Ctx) -> Vec<Finding> {
    let Some(end) = m.ends_at else {
        return Vec::new();
    };
    let tolerance = Duration::minutes(i64::from(cx.meeting.presence_tolerance_minutes));
    let mut out = Vec::new();
    for r in required_members(m, cx).0.iter().filter(|r| r.whole_meeting) {
        if r.roles
            .iter()
            .any(|role| excusal::validly_excused(m, *role, cx))
        {
            continue; // an excused member's absence is the excusal's business
        }
        let mut spans: Vec<(NaiveDateTime, NaiveDateTime)> = m
            .participants
            .iter()
            .filter(|p| attends(p, cx) && r.roles.iter().any(|role| p.has(*role)))
            .map(|p| (p.joined_at.unwrap_or(m.starts_at), p.left_at.unwrap_or(end)))
            .collect();
        if spans.is_empty() {
            continue; // reported as missing by the composition check
        }
        spans.sort();
        if let Some((from, to)) = first_gap(&spans, m.starts_at, end, tolerance) {
            let id = r.rule_id.replace("-required", "-continuous");
            let name = role_name(r.roles[0]);
            out.push(Finding::error(&id, &r.sopm, format!(
                "No {name} was present from {} to {}: at least one must be present at every moment of the meeting.",
                from.format("%H:%M"), to.format("%H:%M")
            )).at("participants"));
        }
    }
    out
}

/// The first stretch of [start, end] no span covers, ignoring gaps up to `tolerance`.
fn first_gap(
    spans: &[(NaiveDateTime, NaiveDateTime)],
    start: NaiveDateTime,
    end: NaiveDateTime,
    tolerance: Duration,
) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let mut covered_to = start;
    for &(from, to) in spans {
        if from > covered_to + tolerance {
            return Some((covered_to, from));
        }
        covered_to = covered_to.max(to);
    }
    (covered_to + tolerance < end).then_some((covered_to, end))
}
