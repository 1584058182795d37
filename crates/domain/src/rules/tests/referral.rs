//! Referral, consent and surrogates: SOPM L149, L239, L303, L377, L413, L515, L601–L643.

use super::*;

#[test]
fn referral_is_faxed_by_the_end_of_the_next_business_day() {
    // L377. Friday -> Monday; Monday Nov 10, 2025 -> Veterans Day -> Wednesday.
    assert_eq!(due("referral-fax-into-sesis", d(2025, 11, 7)), d(2025, 11, 10));
    assert_eq!(due("referral-fax-into-sesis", d(2025, 11, 10)), d(2025, 11, 12));
}

#[test]
fn notice_of_referral_within_5_school_days() {
    // L377: referral Wed Nov 26, 2025; Thanksgiving recess Nov 27-28; Dec 1-5 are days 1-5.
    assert_eq!(due("notice-of-referral", d(2025, 11, 26)), d(2025, 12, 5));
    assert_eq!(describe("notice-of-referral"), "5 school days after the referral");
}

#[test]
fn gen_ed_meeting_within_10_school_days_across_winter_recess() {
    // L413: Wed Dec 17, 2025: Dec 18, 19, 22, 23 (4), recess Dec 24 - Jan 2, Jan 5-9 (9), Jan 12 (10).
    assert_eq!(due("gen-ed-interventions-meeting", d(2025, 12, 17)), d(2026, 1, 12));
}

#[test]
fn request_for_referral_decision_skips_the_high_holidays() {
    // L515: Mon Sep 22, 2025; Rosh Hashanah Sep 23-24 and Yom Kippur Oct 2 are closed.
    // Sep 25, 26, 29, 30, Oct 1 (5), Oct 3, 6, 7, 8, 9 (10).
    assert_eq!(due("request-for-referral-decision", d(2025, 9, 22)), d(2025, 10, 9));
}

#[test]
fn social_history_meeting_window() {
    // L607: referral Mon Nov 3, 2025 + 15 business days. Election Day (Nov 4) and Veterans Day
    // (Nov 11) are State/Federal holidays: Nov 5-7 (3), 10 (4), 12-14 (7), 17-21 (12), 24-26 (15).
    assert_eq!(due("social-history-meeting-latest", d(2025, 11, 3)), d(2025, 11, 26));
    // L611: notice mailed the same Monday: not before the 7th business day, Fri Nov 14.
    assert_eq!(due("social-history-meeting-earliest", d(2025, 11, 3)), d(2025, 11, 14));
    // L613: outreach starts at least 5 days before the appointment.
    assert_eq!(due("social-history-outreach", d(2025, 11, 20)), d(2025, 11, 15));
}

#[test]
fn non_consent_and_withdrawal_count_calendar_days() {
    // L639: 25 days after the Notice of Social History Meeting; L641/L643: 5 days after the
    // Final Notice of Withdrawal. Unqualified "days" are calendar days (L151).
    assert_eq!(due("non-consent-decision", d(2025, 10, 1)), d(2025, 10, 26));
    assert_eq!(due("withdrawal-case-closure", d(2025, 10, 1)), d(2025, 10, 6));
    assert_eq!(describe("non-consent-decision"), "25 calendar days after the Notice of Social History Meeting is sent");
}

#[test]
fn procedural_safeguards_at_least_once_a_year() {
    // L149.
    assert_eq!(due("procedural-safeguards-annual", d(2025, 10, 1)), d(2026, 10, 1));
}

#[test]
fn surrogate_within_10_business_days_over_the_holidays() {
    // L303: Fri Dec 19, 2025: Dec 22, 23, 24 (3), Christmas, 26 (4), 29-31 (7), New Year's Day,
    // Jan 2 (8), 5 (9), 6 (10). Winter recess is not a holiday for business days.
    assert_eq!(due("surrogate-appointment", d(2025, 12, 19)), d(2026, 1, 6));
}

#[test]
fn gol_designation_lasts_at_most_six_months() {
    // L239. August 31 + 6 months is the end of February.
    assert_eq!(due("gol-designation-expiry", d(2025, 8, 31)), d(2026, 2, 28));
}
