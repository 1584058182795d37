//! Settings change the ambiguous rules and nothing else.

use super::*;

#[test]
fn unit_settings_change_the_count() {
    // D-6: the contractor's 15 days read as school days: from Wed Dec 24, 2025, winter recess,
    // Jan 5-9 (5), 12-16 (10), MLK Day, Jan 20-23 (14), Jan 26 (15).
    let s = RuleSettings { contractor_report: DaySpan::new(15, DayUnit::School), ..RuleSettings::default() };
    assert_eq!(due_with("contractor-report", d(2025, 12, 24), &s), d(2026, 1, 26));
    assert_eq!(
        RuleCatalog::standard().get("contractor-report").unwrap().describe(&s),
        "15 school days after the agency accepts the assignment"
    );
}

#[test]
fn osh_notice_in_school_days_reaches_further_back_over_midwinter_recess() {
    // D-8: L2777's 10 school days before Wed Feb 25, 2026: Feb 24, 23, recess Feb 16-20, Feb 13,
    // 12 (Lincoln's Birthday is a school day), 11, 10, 9, 6, 5, 4.
    let s = RuleSettings { osh_meeting_notice: DaySpan::new(10, DayUnit::School), ..RuleSettings::default() };
    assert_eq!(due_with("osh-meeting-notice", d(2026, 2, 25), &s), d(2026, 2, 4));
}

#[test]
fn expedited_resolution_period_of_15_days() {
    let s =
        RuleSettings { expedited_resolution_period: DaySpan::new(15, DayUnit::Calendar), ..RuleSettings::default() };
    assert_eq!(due_with("resolution-period-expedited", d(2025, 10, 1), &s), d(2025, 10, 16));
}

#[test]
fn procedural_safeguards_per_school_year() {
    // D-11: given in 2025-26, due again by the end of 2026-27.
    let s = RuleSettings { procedural_safeguards_annual: YearBasis::SchoolYear, ..RuleSettings::default() };
    assert_eq!(due_with("procedural-safeguards-annual", d(2025, 10, 1), &s), d(2027, 6, 30));
    let s = RuleSettings { reevaluation_frequency: YearBasis::Rolling, ..RuleSettings::default() };
    assert_eq!(due_with("reevaluation-frequency", d(2025, 10, 1), &s), d(2026, 10, 1));
}

#[test]
fn transition_age_can_follow_idea() {
    let s = RuleSettings { transition_planning_age: 16, ..RuleSettings::default() };
    assert_eq!(due_with("transition-planning", d(2012, 5, 20), &s), d(2028, 5, 20));
    assert_eq!(RuleCatalog::standard().get("transition-planning").unwrap().describe(&s), "the student's 16th birthday");
}

#[test]
fn september_first_birthday_strict_reading() {
    let s = RuleSettings {
        september_first_birthday: SeptemberFirstBirthday::IneligibleFromSeptember1,
        ..RuleSettings::default()
    };
    assert_eq!(due_with("age-21-eligibility", d(2005, 9, 1), &s), d(2026, 8, 31));
}

#[test]
fn calendar_deadlines_on_weekends_can_be_moved() {
    // D-4: consent Tue Sep 30, 2025 + 60 days = Saturday Nov 29. Kept by default; the business day
    // before is Friday Nov 28 (the day after Thanksgiving is a business day); after, Mon Dec 1.
    assert_eq!(due("initial-evaluation", d(2025, 9, 30)), d(2025, 11, 29));
    let prev =
        RuleSettings { non_business_due_date: NonBusinessDueDate::PreviousBusinessDay, ..RuleSettings::default() };
    assert_eq!(due_with("initial-evaluation", d(2025, 9, 30), &prev), d(2025, 11, 28));
    let next = RuleSettings { non_business_due_date: NonBusinessDueDate::NextBusinessDay, ..RuleSettings::default() };
    assert_eq!(due_with("initial-evaluation", d(2025, 9, 30), &next), d(2025, 12, 1));
    // Events that take effect, and school-day counts, never move.
    assert_eq!(due_with("withdrawal-case-closure", d(2025, 11, 24), &prev), d(2025, 11, 29));
    assert_eq!(due_with("notice-of-referral", d(2025, 11, 26), &prev), d(2025, 12, 5));
}
