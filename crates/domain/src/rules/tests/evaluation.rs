//! Evaluation and placement: SOPM L155, L159, L661, L703, L749, L753, L973, L995, L1003, L1009,
//! L2557–L2577, L3253, L3259.

use super::*;

#[test]
fn initial_evaluation_within_60_calendar_days_of_consent() {
    // L155, L675: consent Oct 1, 2025 -> Nov 30, 2025.
    assert_eq!(due("initial-evaluation", d(2025, 10, 1)), d(2025, 11, 30));
    assert_eq!(due("initial-iep-meeting-target", d(2025, 10, 1)), d(2025, 11, 30));
    assert_eq!(describe("initial-evaluation"), "60 calendar days after consent for the initial evaluation");
}

#[test]
fn initial_placement_within_60_school_days_of_consent() {
    // L155. From Oct 1, 2025, skipping Yom Kippur (Oct 2), Columbus Day (Oct 13), Diwali (Oct 20),
    // Election Day (Nov 4), Veterans Day (Nov 11), Thanksgiving (Nov 27-28) and winter recess
    // (Dec 24 - Jan 2): October gives 19, November 16 (35), December 17 (52), and the 60th school
    // day is Wednesday January 14, 2026.
    assert_eq!(due("initial-placement", d(2025, 10, 1)), d(2026, 1, 14));
}

#[test]
fn p1_alert_10_business_days_before_the_60th_school_day() {
    // L3259: 10 business days before Jan 14, 2026: Jan 13 ... Jan 5 (7), Jan 2 (8; a business day in
    // the recess), New Year's Day, Dec 31 (9), Dec 30 (10).
    assert_eq!(due("p1-alert", d(2025, 10, 1)), d(2025, 12, 30));
    assert_eq!(
        describe("p1-alert"),
        "60 school days after consent for the initial evaluation, then 10 business days earlier"
    );
}

#[test]
fn requested_reevaluation_and_its_placement() {
    // L155: 60 days from the reevaluation referral.
    assert_eq!(due("requested-reevaluation", d(2025, 12, 15)), d(2026, 2, 13));
    assert_eq!(due("reevaluation-placement", d(2025, 10, 1)), d(2026, 1, 14));
}

#[test]
fn a_placement_count_runs_through_the_summer() {
    // L151 + L155: consent Mon May 11, 2026. May 12-15 (4), 18-22 (9), Memorial Day, 26 (10),
    // Eid al-Adha (27), 28-29 (12), Jun 1-3 (15), Anniversary Day (4), Jun 5 (16; only lower schools
    // closed), 8-12 (21), 15-18 (25), Juneteenth, 22-26 (30), last day of school; Jun 29-30 are not
    // school days; July weekdays count except Fri Jul 3 (Independence Day observed): Jul 1-2 (32),
    // 6-10 (37), 13-17 (42), 20-24 (47), 27-31 (52), Aug 3-7 (57), Aug 10-12 (60).
    assert_eq!(due("initial-placement", d(2026, 5, 11)), d(2026, 8, 12));
}

#[test]
fn contract_agency_timelines() {
    // L973: 5 business days from Wed Dec 24, 2025: Dec 26, 29, 30, 31, Jan 2.
    assert_eq!(due("contractor-names-professional", d(2025, 12, 24)), d(2026, 1, 2));
    // L973 "fifteen (15) days" (calendar by default, D-6).
    assert_eq!(due("contractor-report", d(2025, 12, 24)), d(2026, 1, 8));
}

#[test]
fn independent_assessment_decision_and_denial() {
    // L1009: request Thu Mar 19, 2026; Eid al-Fitr Mar 20; spring recess Apr 2-10.
    // Mar 23-27 (5), 30, 31, Apr 1 (8), Apr 13 (9), 14 (10) ... 21 (15).
    assert_eq!(due("independent-assessment-decision", d(2026, 3, 19)), d(2026, 4, 14));
    assert_eq!(due("independent-assessment-denial-notice", d(2026, 3, 19)), d(2026, 4, 21));
}

#[test]
fn assessment_authorization_payment_in_six_weeks() {
    // L1003.
    assert_eq!(due("assessment-authorization-payment", d(2025, 10, 1)), d(2025, 11, 12));
}

#[test]
fn vocational_assessment_from_the_year_the_student_turns_12() {
    // L749, L2971: a student turning 12 on Nov 20, 2025 needs one in any evaluation completed in 2025.
    assert_eq!(due("vocational-assessment-age", d(2013, 11, 20)), d(2025, 1, 1));
    assert_eq!(due("vocational-assessment-age", d(2013, 1, 1)), d(2025, 1, 1));
    assert_eq!(describe("vocational-assessment-age"), "January 1 of the year the student turns 12");
    // L753: Level I updated annually.
    assert_eq!(due("vocational-assessment-update", d(2025, 3, 10)), d(2026, 3, 10));
}

#[test]
fn recency_of_documents() {
    // L703: a physical exam is recent for a year. L2557-L2577: NPS documents.
    assert_eq!(due("physical-exam-recency", d(2025, 5, 1)), d(2026, 5, 1));
    assert_eq!(due("nps-psychological-assessment-recency", d(2023, 5, 1)), d(2026, 5, 1));
    assert_eq!(due("nps-observation-recency", d(2025, 11, 30)), d(2026, 5, 30));
}
