//! Age-based rules: SOPM L1683, L1791, L2061, L2489, L3863, L3865.

use super::*;

#[test]
fn transition_planning_from_the_14th_birthday() {
    // L2061, L2489.
    assert_eq!(due("transition-planning", d(2012, 5, 20)), d(2026, 5, 20));
    assert_eq!(describe("transition-planning"), "the student's 14th birthday");
    // L1683.
    assert_eq!(due("student-invitation", d(2012, 5, 20)), d(2026, 5, 20));
}

#[test]
fn age_out_by_birthday_bucket() {
    // fn56 L1791, fn160 L3865.
    // Turns 21 on Oct 15, 2026 (after Sept 1): served through June 30, 2027.
    assert_eq!(due("age-21-eligibility", d(2005, 10, 15)), d(2027, 6, 30));
    // Turns 21 on July 20, 2026: ESY through August 31, 2026; ineligible from Sept 1.
    assert_eq!(due("age-21-eligibility", d(2005, 7, 20)), d(2026, 8, 31));
    // Turns 21 on March 1, 2026: the running school year, through June 30, 2026.
    assert_eq!(due("age-21-eligibility", d(2005, 3, 1)), d(2026, 6, 30));
    // Turns 21 on Sept 1, 2026: "on or after September 1" (default, D-13).
    assert_eq!(due("age-21-eligibility", d(2005, 9, 1)), d(2027, 6, 30));
}

#[test]
fn exit_summary_before_the_last_school_year_ends() {
    // L3863: for a July birthday, the last 10-month school year ends the June 30 before it.
    assert_eq!(due("exit-summary-age-out", d(2005, 7, 20)), d(2026, 6, 30));
    assert_eq!(due("exit-summary-age-out", d(2005, 10, 15)), d(2027, 6, 30));
}

#[test]
fn age_rules_need_no_school_calendar() {
    let rule = RuleCatalog::standard().get("age-21-eligibility").unwrap();
    assert_eq!(rule.due(d(2030, 1, 1), &CalendarSet::new(), &RuleSettings::default()), Ok(d(2051, 6, 30)));
}
