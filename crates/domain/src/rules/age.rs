//! Age-based rules: birthdays, school years, and the age-21 end of eligibility.

use super::settings::{RuleSettings, SeptemberFirstBirthday};
use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The date a student born on `dob` turns `years` old. A February 29 birthday falls on
/// February 28 in common years (decision D-15: the earlier date, so age-triggered duties start
/// no later than they should).
pub fn birthday(dob: NaiveDate, years: u32) -> Option<NaiveDate> {
    dob.checked_add_months(Months::new(years.checked_mul(12)?))
}

/// The calendar year in which a New York school year (July 1 – June 30) containing `date`
/// starts.
pub fn school_year_start_year(date: NaiveDate) -> i32 {
    if date.month() >= 7 {
        date.year()
    } else {
        date.year() - 1
    }
}

/// When eligibility for special education ends because of age (fn56 L1791, fn160 L3865).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgeOut {
    pub twenty_first_birthday: NaiveDate,
    /// Last day of the last 10-month school year the student is served (a June 30). The Exit
    /// Summary is due before it (L3863).
    pub last_school_year_day: NaiveDate,
    /// For a 21st birthday from July 1 to August 31: recommended ESY continues through August 31.
    pub esy_through: Option<NaiveDate>,
    /// First day the student is no longer eligible.
    pub ineligible_from: NaiveDate,
}

impl AgeOut {
    /// The last day any service may be given.
    pub fn last_day_of_eligibility(&self) -> NaiveDate {
        self.esy_through.unwrap_or(self.last_school_year_day)
    }
}

/// A student is eligible only if not yet 21 as of September 1 of the school year; one who turns 21
/// on or after September 1 is served through June 30 of that school year; one who turns 21
/// between July 1 and August 31 may receive recommended ESY and is ineligible from September 1.
pub fn age_out(dob: NaiveDate, settings: &RuleSettings) -> Option<AgeOut> {
    let b21 = birthday(dob, 21)?;
    let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    let summer_birthday = matches!(b21.month(), 7 | 8);
    let sept_first = b21.month() == 9 && b21.day() == 1;
    let strict_sept_first = settings.september_first_birthday == SeptemberFirstBirthday::IneligibleFromSeptember1;
    if summer_birthday || (sept_first && strict_sept_first) {
        // The last 10-month year ended the June 30 before the birthday; summer services continue.
        return Some(AgeOut {
            twenty_first_birthday: b21,
            last_school_year_day: ymd(b21.year(), 6, 30)?,
            esy_through: ymd(b21.year(), 8, 31),
            ineligible_from: ymd(b21.year(), 9, 1)?,
        });
    }
    let end_year = school_year_start_year(b21) + 1;
    Some(AgeOut {
        twenty_first_birthday: b21,
        last_school_year_day: ymd(end_year, 6, 30)?,
        esy_through: None,
        ineligible_from: ymd(end_year, 7, 1)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn turning_21_during_the_school_year_serves_through_june_30() {
        let a = age_out(d(2005, 10, 15), &RuleSettings::default()).unwrap();
        assert_eq!(a.twenty_first_birthday, d(2026, 10, 15));
        assert_eq!(a.last_day_of_eligibility(), d(2027, 6, 30));
        assert_eq!(a.ineligible_from, d(2027, 7, 1));
        // A spring birthday: the school year that is already running.
        let a = age_out(d(2005, 3, 1), &RuleSettings::default()).unwrap();
        assert_eq!(a.last_day_of_eligibility(), d(2026, 6, 30));
        // June 30 itself.
        let a = age_out(d(2005, 6, 30), &RuleSettings::default()).unwrap();
        assert_eq!(a.last_day_of_eligibility(), d(2026, 6, 30));
    }

    #[test]
    fn turning_21_in_july_or_august_allows_esy_only() {
        for dob in [d(2005, 7, 1), d(2005, 7, 20), d(2005, 8, 31)] {
            let a = age_out(dob, &RuleSettings::default()).unwrap();
            assert_eq!(a.last_school_year_day, d(2026, 6, 30), "{dob}");
            assert_eq!(a.esy_through, Some(d(2026, 8, 31)), "{dob}");
            assert_eq!(a.ineligible_from, d(2026, 9, 1), "{dob}");
        }
    }

    #[test]
    fn a_september_first_birthday_follows_the_setting() {
        let default = age_out(d(2005, 9, 1), &RuleSettings::default()).unwrap();
        assert_eq!(default.last_day_of_eligibility(), d(2027, 6, 30));
        let strict = RuleSettings {
            september_first_birthday: SeptemberFirstBirthday::IneligibleFromSeptember1,
            ..RuleSettings::default()
        };
        let strict = age_out(d(2005, 9, 1), &strict).unwrap();
        assert_eq!(strict.ineligible_from, d(2026, 9, 1));
    }

    #[test]
    fn leap_day_birthdays() {
        assert_eq!(birthday(d(2012, 2, 29), 14), Some(d(2026, 2, 28)));
        assert_eq!(birthday(d(2012, 2, 29), 16), Some(d(2028, 2, 29)));
    }
}
