//! Annual reviews, reevaluations, amendments, ESY: SOPM L2645, L2887, L2917, L2925, L2929, L2947,
//! L2979, L3025, L3201.

use super::*;

#[test]
fn annual_review_by_the_anniversary_of_the_prior_meeting() {
    // L2887.
    assert_eq!(due("annual-review", d(2025, 3, 14)), d(2026, 3, 14));
    // A meeting on February 29: the anniversary in a common year is February 28.
    assert_eq!(due("annual-review", d(2024, 2, 29)), d(2025, 2, 28));
    assert_eq!(describe("annual-review"), "1 year after the IEP meeting");
}

#[test]
fn three_year_reevaluation() {
    // L2925.
    assert_eq!(due("three-year-reevaluation", d(2023, 5, 10)), d(2026, 5, 10));
}

#[test]
fn one_reevaluation_per_school_year() {
    // L2929: the next one without agreement starts the next school year (default, D-12).
    assert_eq!(due("reevaluation-frequency", d(2025, 10, 1)), d(2026, 7, 1));
    assert_eq!(due("reevaluation-frequency", d(2026, 6, 30)), d(2026, 7, 1));
    assert_eq!(describe("reevaluation-frequency"), "the start of the school year after the last reevaluation");
}

#[test]
fn notice_of_request_for_reevaluation_within_5_school_days() {
    // L2947: same count as the Notice of Referral.
    assert_eq!(due("notice-of-request-for-reevaluation", d(2025, 11, 26)), d(2025, 12, 5));
}

#[test]
fn consent_for_additional_assessments_outreach_after_7_calendar_days() {
    // L2979.
    assert_eq!(due("additional-assessments-consent-outreach", d(2025, 12, 30)), d(2026, 1, 6));
}

#[test]
fn amended_iep_within_10_business_days() {
    // L3025: Fri Dec 19, 2025 -> Tue Jan 6, 2026 (Christmas and New Year's Day skipped).
    assert_eq!(due("amendment-iep-and-pwn", d(2025, 12, 19)), d(2026, 1, 6));
}

#[test]
fn esy_dates_in_the_school_year() {
    // L2645: annual review by April 15 when ESY is considered; new ESY site by June 15.
    assert_eq!(due("esy-annual-review", d(2025, 9, 4)), d(2026, 4, 15));
    assert_eq!(due("esy-site-change-notice", d(2025, 9, 4)), d(2026, 6, 15));
    assert_eq!(describe("esy-annual-review"), "April 15 next after the first day of school");
}

#[test]
fn home_instruction_review_within_six_months() {
    // L3201.
    assert_eq!(due("home-instruction-annual-review", d(2025, 10, 1)), d(2026, 4, 1));
}
