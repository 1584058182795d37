//! Day counting against known dates of the shipped DOE calendars, the calendar files against the
//! holiday rules, and properties of counting.

use super::*;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn cal() -> &'static CalendarSet {
    CalendarSet::standard()
}

// ---- the shipped files ----------------------------------------------------------------------

#[test]
fn standard_set_covers_three_contiguous_school_years() {
    assert_eq!(cal().years().len(), 3);
    assert_eq!(cal().coverage(), vec![(d(2024, 7, 1), d(2027, 6, 30))]);
}

#[test]
fn file_holidays_match_the_holiday_rules() {
    for year in cal().years() {
        let mut expected: Vec<(NaiveDate, HolidayKind)> = (year.start.year()..=year.end.year())
            .flat_map(legal_holidays)
            .filter(|h| year.covers(h.date))
            .map(|h| (h.date, h.kind))
            .collect();
        expected.sort_by_key(|(date, _)| *date);
        let listed: Vec<(NaiveDate, HolidayKind)> = year.holidays.iter().map(|h| (h.date, h.kind)).collect();
        assert_eq!(listed, expected, "{}: [[holiday]] list differs from the rules", year.id);
    }
}

#[test]
fn every_federal_holiday_during_the_school_year_closes_schools() {
    // DOE closes on every Federal holiday unless it falls on a Saturday (then schools stay open
    // on the observed Friday). Lincoln's Birthday, a State holiday, is a school day.
    for year in cal().years() {
        for h in &year.holidays {
            let in_session_period = h.date >= year.first_day_of_school && h.date <= year.last_day_of_school;
            let saturday_holiday = h.name.ends_with("(observed)") && h.date.weekday() == Weekday::Fri;
            if h.kind == HolidayKind::Federal && in_session_period && !saturday_holiday {
                assert!(year.closure_on(h.date).is_some(), "{}: {} ({}) is not a closure", year.id, h.name, h.date);
            }
        }
    }
}

#[test]
fn school_years_have_about_180_school_days() {
    for year in cal().years() {
        let days = (0..=(year.last_day_of_school - year.first_day_of_school).num_days())
            .map(|i| year.first_day_of_school + Duration::days(i))
            .filter(|&day| year.is_school_day(day) == Some(true))
            .count();
        assert!((175..=186).contains(&days), "{} has {days} school days", year.id);
    }
}

#[test]
fn unverified_closures_are_flagged_only_in_the_provisional_year() {
    for year in cal().years() {
        let unverified = year.closures.iter().filter(|c| c.unverified).count();
        if year.id == "nyc-doe-2026-27" {
            assert!(unverified > 0);
        } else {
            assert_eq!(unverified, 0, "{}", year.id);
        }
    }
}

// ---- known dates ----------------------------------------------------------------------------

#[test]
fn weekends_are_skipped() {
    // Friday Oct 3, 2025 + 1 business day = Monday Oct 6.
    assert_eq!(cal().add(d(2025, 10, 3), 1, DayUnit::Business).unwrap(), d(2025, 10, 6));
    assert_eq!(cal().add(d(2025, 10, 3), 1, DayUnit::School).unwrap(), d(2025, 10, 6));
    assert_eq!(cal().add(d(2025, 10, 3), 1, DayUnit::Calendar).unwrap(), d(2025, 10, 4));
    // A Saturday trigger: day 1 is the Monday.
    assert_eq!(cal().add(d(2025, 10, 4), 1, DayUnit::Business).unwrap(), d(2025, 10, 6));
}

#[test]
fn thanksgiving_recess() {
    // Wed Nov 26, 2025: Thursday and Friday are closed for students, but the day after
    // Thanksgiving is a business day.
    assert_eq!(cal().add(d(2025, 11, 26), 1, DayUnit::School).unwrap(), d(2025, 12, 1));
    assert_eq!(cal().add(d(2025, 11, 26), 1, DayUnit::Business).unwrap(), d(2025, 11, 28));
    assert_eq!(cal().count_between(d(2025, 11, 26), d(2025, 12, 1), DayUnit::School).unwrap(), 1);
}

#[test]
fn winter_recess_spans_the_new_year() {
    // Tue Dec 23, 2025 + 1 school day: recess Dec 24 - Jan 2, back Monday Jan 5, 2026.
    assert_eq!(cal().add(d(2025, 12, 23), 1, DayUnit::School).unwrap(), d(2026, 1, 5));
    // Business days skip only Christmas and New Year's Day.
    assert_eq!(cal().add(d(2025, 12, 23), 3, DayUnit::Business).unwrap(), d(2025, 12, 29));
    assert_eq!(cal().count_between(d(2025, 12, 23), d(2026, 1, 5), DayUnit::Business).unwrap(), 7);
}

#[test]
fn spring_recess() {
    // Wed Apr 1, 2026 + 1 school day: recess Apr 2-10, back Monday Apr 13.
    assert_eq!(cal().add(d(2026, 4, 1), 1, DayUnit::School).unwrap(), d(2026, 4, 13));
    assert!(!cal().is_school_day(d(2025, 4, 16)).unwrap(), "2024-25 spring recess");
}

#[test]
fn july_and_august_weekdays_are_school_days_except_legal_holidays() {
    // June 27-30, 2026 follow the last day of school: not school days (it is still June).
    assert!(!cal().is_school_day(d(2026, 6, 29)).unwrap());
    // Fri Jun 26, 2026 (last day) + 1 school day = Wed Jul 1.
    assert_eq!(cal().add(d(2026, 6, 26), 1, DayUnit::School).unwrap(), d(2026, 7, 1));
    // Friday July 3, 2026 is Independence Day observed: Thu Jul 2 + 1 = Mon Jul 6.
    assert_eq!(cal().add(d(2026, 7, 2), 1, DayUnit::School).unwrap(), d(2026, 7, 6));
    assert!(cal().is_school_day(d(2025, 8, 15)).unwrap(), "a summer Friday");
    // Aug 31, 2026 + 1 school day: September days before the first day (Sept 10) are not
    // school days, whatever the summer rule says.
    assert_eq!(cal().add(d(2026, 8, 31), 1, DayUnit::School).unwrap(), d(2026, 9, 10));
}

#[test]
fn state_only_holidays_stop_business_days_but_not_school() {
    // Thu Feb 12, 2026, Lincoln's Birthday: schools are open.
    assert!(cal().is_school_day(d(2026, 2, 12)).unwrap());
    assert!(!cal().is_business_day(d(2026, 2, 12)));
    // Election Day: neither.
    assert!(!cal().is_school_day(d(2025, 11, 4)).unwrap());
    assert!(!cal().is_business_day(d(2025, 11, 4)));
}

#[test]
fn school_closures_that_are_not_legal_holidays_are_business_days() {
    // Lunar New Year 2025, Diwali 2025, Rosh Hashanah 2025.
    for day in [d(2025, 1, 29), d(2025, 10, 20), d(2025, 9, 23)] {
        assert!(!cal().is_school_day(day).unwrap(), "{day}");
        assert!(cal().is_business_day(day), "{day}");
    }
}

#[test]
fn partial_closures_stay_school_days() {
    assert!(cal().is_school_day(d(2025, 6, 6)).unwrap(), "clerical day for lower schools only");
    assert!(cal().is_school_day(d(2025, 1, 27)).unwrap(), "PD day for high schools only");
    assert!(!cal().is_school_day(d(2026, 6, 4)).unwrap(), "Anniversary Day: no students attend");
}

#[test]
fn counting_back_before_a_meeting() {
    // 15 school days before Mon Apr 20, 2026 crosses spring recess and Eid al-Fitr (Mar 20).
    assert_eq!(cal().sub(d(2026, 4, 20), 15, DayUnit::School).unwrap(), d(2026, 3, 18));
    assert_eq!(cal().count_between(d(2026, 3, 18), d(2026, 4, 20), DayUnit::School).unwrap(), 15);
}

#[test]
fn a_count_across_school_years() {
    // 60 school days from consent on Mon May 4, 2026 run through the summer into 2026-27.
    let due = cal().add(d(2026, 5, 4), 60, DayUnit::School).unwrap();
    assert!(due.month() == 7 || due.month() == 8, "{due}");
    assert_eq!(cal().count_between(d(2026, 5, 4), due, DayUnit::School).unwrap(), 60);
}

#[test]
fn school_days_outside_the_loaded_years_are_an_error() {
    let err = cal().is_school_day(d(2027, 7, 1)).unwrap_err();
    assert!(matches!(err, CalendarError::NotCovered { date, .. } if date == d(2027, 7, 1)));
    assert!(err.to_string().contains("2024-07-01 to 2027-06-30"), "{err}");
    // Counting that would run past the end fails instead of guessing.
    assert!(cal().add(d(2027, 6, 1), 60, DayUnit::School).is_err());
    // Business and calendar days need no school calendar.
    assert_eq!(CalendarSet::new().add(d(2030, 12, 24), 1, DayUnit::Business).unwrap(), d(2030, 12, 26));
}

#[test]
fn overlapping_years_are_refused_and_can_be_replaced() {
    let mut set = cal().clone();
    let again = set.years()[1].clone();
    assert!(matches!(set.insert(again.clone()), Err(CalendarError::Overlap { .. })));
    let removed = set.replace(again);
    assert_eq!(removed.len(), 1);
    assert_eq!(set.years().len(), 3);
}

#[test]
fn a_user_calendar_can_be_merged() {
    // A school's own file for the year after the shipped ones.
    let text = r#"
format = 1
[calendar]
id = "user-2027-28"
name = "Next year, typed in by a school"
start = 2027-07-01
end = 2028-06-30
first_day_of_school = 2027-09-09
last_day_of_school = 2028-06-26
[calendar.source]
title = "Typed from the DOE PDF"
[[closure]]
name = "Winter Recess"
from = 2027-12-24
to = 2028-01-03
kind = "recess"
"#;
    let mut set = cal().clone();
    set.insert_toml(text).unwrap();
    assert_eq!(set.coverage(), vec![(d(2024, 7, 1), d(2028, 6, 30))]);
    // Thu Dec 23, 2027 + 1 school day: back Tuesday Jan 4, 2028.
    assert_eq!(set.add(d(2027, 12, 23), 1, DayUnit::School).unwrap(), d(2028, 1, 4));
    // Counting now runs across the old edge of coverage.
    assert!(set.add(d(2027, 6, 1), 60, DayUnit::School).is_ok());
    // A broken user file comes back with its line and key.
    let err = set.insert_toml(&text.replace("2027-09-09", "2027-13-09")).unwrap_err();
    assert!(matches!(err, CalendarLoadError::File(_)), "{err}");
}

#[test]
fn huge_counts_are_refused() {
    assert!(matches!(
        cal().add(d(2025, 1, 1), MAX_COUNT + 1, DayUnit::Business),
        Err(CalendarError::CountTooLarge { .. })
    ));
}

// ---- properties -----------------------------------------------------------------------------

/// A date in the covered span, leaving room for counts to stay inside it.
fn covered_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..700).prop_map(|offset| d(2024, 7, 1) + Duration::days(offset))
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..365 * 30).prop_map(|offset| d(2010, 1, 1) + Duration::days(offset))
}

fn unit() -> impl Strategy<Value = DayUnit> {
    prop_oneof![Just(DayUnit::Calendar), Just(DayUnit::School), Just(DayUnit::Business)]
}

proptest! {
    #[test]
    fn add_then_count_back_gives_n(start in covered_date(), n in 0u32..120, unit in unit()) {
        let due = cal().add(start, n, unit).unwrap();
        prop_assert_eq!(cal().count_between(start, due, unit).unwrap(), i64::from(n));
    }

    #[test]
    fn sub_is_the_inverse_of_add_on_qualifying_days(start in (150i64..1090).prop_map(|o| d(2024, 7, 1) + Duration::days(o)),
                                                     n in 0u32..100, unit in unit()) {
        // Meetings and other "before" anchors are qualifying days; move the anchor onto one.
        let anchor = cal().on_or_after(start, unit).unwrap();
        let earlier = cal().sub(anchor, n, unit).unwrap();
        prop_assert_eq!(cal().count_between(earlier, anchor, unit).unwrap(), i64::from(n));
        prop_assert_eq!(cal().add(earlier, n, unit).unwrap(), anchor);
    }

    #[test]
    fn business_day_deadlines_never_land_on_weekends_or_holidays(start in any_date(), n in 1u32..60) {
        let due = CalendarSet::new().add(start, n, DayUnit::Business).unwrap();
        prop_assert!(!matches!(due.weekday(), Weekday::Sat | Weekday::Sun));
        prop_assert!(legal_holiday_on(due).is_none());
        let back = CalendarSet::new().sub(start, n, DayUnit::Business).unwrap();
        prop_assert!(is_business_day_by_rule(back));
    }

    #[test]
    fn school_day_results_are_school_days(start in covered_date(), n in 1u32..120) {
        let due = cal().add(start, n, DayUnit::School).unwrap();
        prop_assert!(cal().is_school_day(due).unwrap());
        prop_assert!(due > start);
    }

    #[test]
    fn more_days_never_come_earlier(start in covered_date(), a in 0u32..100, b in 0u32..100, unit in unit()) {
        let (lo, hi) = (a.min(b), a.max(b));
        prop_assert!(cal().add(start, lo, unit).unwrap() <= cal().add(start, hi, unit).unwrap());
    }

    #[test]
    fn a_later_trigger_never_gives_an_earlier_deadline(s1 in covered_date(), s2 in covered_date(), n in 0u32..100, unit in unit()) {
        let (early, late) = (s1.min(s2), s1.max(s2));
        prop_assert!(cal().add(early, n, unit).unwrap() <= cal().add(late, n, unit).unwrap());
    }

    #[test]
    fn counts_add_up(a in covered_date(), b in covered_date(), c in covered_date(), unit in unit()) {
        let ab = cal().count_between(a, b, unit).unwrap();
        let bc = cal().count_between(b, c, unit).unwrap();
        prop_assert_eq!(ab + bc, cal().count_between(a, c, unit).unwrap());
    }

    #[test]
    fn business_days_are_a_subset_of_weekdays_and_school_days_of_weekdays(day in covered_date()) {
        if cal().is_school_day(day).unwrap() || cal().is_business_day(day) {
            prop_assert!(!matches!(day.weekday(), Weekday::Sat | Weekday::Sun));
        }
        // In July and August a school day is exactly a business day (L151).
        if matches!(day.month(), 7 | 8) {
            prop_assert_eq!(cal().is_school_day(day).unwrap(), cal().is_business_day(day));
        }
    }

    #[test]
    fn school_days_outside_coverage_are_always_errors(offset in 1i64..5000) {
        let after = d(2027, 6, 30) + Duration::days(offset);
        let before = d(2024, 7, 1) - Duration::days(offset);
        let after_is_not_covered = matches!(cal().is_school_day(after), Err(CalendarError::NotCovered { .. }));
        let before_is_not_covered = matches!(cal().is_school_day(before), Err(CalendarError::NotCovered { .. }));
        prop_assert!(after_is_not_covered);
        prop_assert!(before_is_not_covered);
    }
}
