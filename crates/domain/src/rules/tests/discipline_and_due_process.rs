//! Transfers, discipline and due process: SOPM L3329–L3363, L3483–L3709, L3745–L3815.

use super::*;

#[test]
fn transfer_timelines() {
    // L3329, L3345: 5 days; L3349, L3359: IEP within 30 calendar days of enrollment.
    assert_eq!(due("transfer-records-request", d(2025, 9, 10)), d(2025, 9, 15));
    assert_eq!(due("transfer-placement", d(2025, 9, 10)), d(2025, 9, 15));
    assert_eq!(due("transfer-iep", d(2025, 10, 1)), d(2025, 10, 31));
}

#[test]
fn release_from_ocfs_or_acs() {
    // L3363: 30 calendar days (Oct 31, 2025), then 30 more school days: Nov 3 (1), Election Day,
    // 5-7 (4), 10 (5), Veterans Day, 12-14 (8), 17-21 (13), 24-26 (16), Dec 1-5 (21), 8-12 (26),
    // 15-18 (30).
    assert_eq!(due("release-iep", d(2025, 10, 1)), d(2025, 10, 31));
    assert_eq!(due("release-assessments", d(2025, 10, 1)), d(2025, 12, 18));
}

#[test]
fn manifestation_reviews() {
    // L3521: teacher removal Wed Dec 17, 2025: Dec 18, 19, 22, 23, recess, Jan 5.
    assert_eq!(due("mdr-teacher-removal", d(2025, 12, 17)), d(2026, 1, 5));
    // L3519: 5 school days after the scheduled conference.
    assert_eq!(due("mdr-principal-suspension", d(2025, 12, 17)), d(2026, 1, 5));
    // L3509: superintendent's hearing Thu Oct 9, 2025: Oct 10, Columbus Day, Oct 14.
    assert_eq!(due("mdr-superintendent-suspension", d(2025, 10, 9)), d(2025, 10, 14));
    // L3483: worksheet within 24 hours.
    assert_eq!(due("mdr-worksheet-entry", d(2025, 10, 14)), d(2025, 10, 15));
}

#[test]
fn suspension_plans() {
    // L3705: Part 1 within 3 school days of a suspension on Mon Nov 24, 2025 (Thanksgiving recess).
    assert_eq!(due("suspension-plan-part-1", d(2025, 11, 24)), d(2025, 12, 1));
    // L3709: Part 2 within 10 school days of arrival at the ALC on Mon Dec 1: Dec 2-5 (4),
    // 8-12 (9), 15 (10).
    assert_eq!(due("suspension-plan-part-2", d(2025, 12, 1)), d(2025, 12, 15));
    // L3699: K-5 and D75, both parts within 10 school days of the suspension: Nov 25, 26 (2),
    // Thanksgiving recess, Dec 1-5 (7), 8, 9, 10 (10).
    assert_eq!(due("suspension-plan-elementary-d75", d(2025, 11, 24)), d(2025, 12, 10));
}

#[test]
fn expedited_evaluation_when_deemed_to_know() {
    // L3681: consent Wed Dec 10, 2025: Dec 11, 12 (2), 15-19 (7), 22, 23 (9), Jan 5-9 (14), 12 (15).
    assert_eq!(due("deemed-to-know-evaluation", d(2025, 12, 10)), d(2026, 1, 12));
}

#[test]
fn due_process_standard_track() {
    // L3769, L3781, L3785.
    assert_eq!(due("sufficiency-challenge", d(2025, 10, 1)), d(2025, 10, 16));
    assert_eq!(due("due-process-response", d(2025, 10, 1)), d(2025, 10, 11));
    assert_eq!(due("resolution-meeting", d(2025, 10, 1)), d(2025, 10, 16));
    assert_eq!(due("resolution-period", d(2025, 10, 1)), d(2025, 10, 31));
}

#[test]
fn due_process_expedited_track() {
    // L3815: meeting in 7 days, period 14 days (default, D-9), hearing within 20 school days of
    // filing, decision 10 school days after the hearing.
    assert_eq!(due("resolution-meeting-expedited", d(2025, 10, 1)), d(2025, 10, 8));
    assert_eq!(due("resolution-period-expedited", d(2025, 10, 1)), d(2025, 10, 15));
    // Filed Wed Dec 10, 2025: ... Jan 12-16 (19), MLK Day, Jan 20 (20).
    assert_eq!(due("expedited-hearing", d(2025, 12, 10)), d(2026, 1, 20));
    assert_eq!(due("expedited-hearing-decision", d(2026, 1, 20)), d(2026, 2, 3));
}

#[test]
fn resolution_agreement_can_be_voided_for_3_business_days() {
    // L3805: signed Fri Nov 7, 2025: Nov 10, Veterans Day, 12, 13.
    assert_eq!(due("resolution-agreement-void-window", d(2025, 11, 7)), d(2025, 11, 13));
}

#[test]
fn alc_placement_limits() {
    // L3621: 45 school days; L3655: 45 days.
    assert_eq!(due("iho-alc-order-limit", d(2025, 10, 1)), d(2025, 11, 15));
    let end = due("alc-special-circumstances-limit", d(2025, 10, 1));
    assert_eq!(CalendarSet::standard().count_between(d(2025, 10, 1), end, DayUnit::School), Ok(45));
}
