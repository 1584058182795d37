//! Counting days in the manual's three units.
//!
//! Convention (docs/decisions-deadlines.md, D-1): the trigger date is day 0, and "within N days"
//! falls on the Nth qualifying day after it. The trigger itself never counts, even when it is a
//! qualifying day; a trigger on a weekend or in a recess simply starts counting from the next
//! qualifying day. Counting backwards ("at least N days before") mirrors this.

use super::set::{CalendarError, CalendarSet};
use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;
use ts_rs::TS;

/// The manual's day units (SOPM L151).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum DayUnit {
    /// "days" with no qualifier: every day.
    Calendar,
    /// A day DOE schools are in session for students; in July and August every weekday that is
    /// not a legal holiday. Needs a loaded school calendar for every day counted.
    School,
    /// A weekday that is not a New York State or Federal holiday.
    Business,
}

impl DayUnit {
    /// "school day" / "school days" and so on.
    pub fn noun(self, count: u32) -> &'static str {
        match (self, count == 1) {
            (DayUnit::Calendar, true) => "calendar day",
            (DayUnit::Calendar, false) => "calendar days",
            (DayUnit::School, true) => "school day",
            (DayUnit::School, false) => "school days",
            (DayUnit::Business, true) => "business day",
            (DayUnit::Business, false) => "business days",
        }
    }
}

impl fmt::Display for DayUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.noun(2))
    }
}

/// No deadline in the manual is longer than three years; this bound keeps a typo from looping
/// for minutes.
pub const MAX_COUNT: u32 = 5_000;

impl CalendarSet {
    /// Whether `date` counts in `unit`.
    pub fn is_counted(&self, date: NaiveDate, unit: DayUnit) -> Result<bool, CalendarError> {
        match unit {
            DayUnit::Calendar => Ok(true),
            DayUnit::Business => Ok(self.is_business_day(date)),
            DayUnit::School => self.is_school_day(date),
        }
    }

    /// The `n`th qualifying day after `start` (day 0). `add(start, 0, _)` is `start`.
    pub fn add(&self, start: NaiveDate, n: u32, unit: DayUnit) -> Result<NaiveDate, CalendarError> {
        self.step(start, n, unit, 1)
    }

    /// The `n`th qualifying day before `start`: the latest date that still leaves `n` qualifying
    /// days before `start` ("at least n days before the meeting").
    pub fn sub(&self, start: NaiveDate, n: u32, unit: DayUnit) -> Result<NaiveDate, CalendarError> {
        self.step(start, n, unit, -1)
    }

    /// How many qualifying days lie after `from` up to and including `to`; when `to` is before
    /// `from`, minus the qualifying days after `to` up to and including `from`. Counts add up:
    /// `count_between(a, b) + count_between(b, c) == count_between(a, c)`, and
    /// `count_between(d, add(d, n)) == n`.
    pub fn count_between(&self, from: NaiveDate, to: NaiveDate, unit: DayUnit) -> Result<i64, CalendarError> {
        if unit == DayUnit::Calendar {
            return Ok((to - from).num_days());
        }
        let (lo, hi, sign) = if to >= from { (from, to, 1) } else { (to, from, -1) };
        let mut count = 0i64;
        let mut d = lo;
        while d < hi {
            d = d.succ_opt().ok_or(CalendarError::OutOfRange)?;
            if self.is_counted(d, unit)? {
                count += 1;
            }
        }
        Ok(sign * count)
    }

    fn step(&self, start: NaiveDate, n: u32, unit: DayUnit, dir: i64) -> Result<NaiveDate, CalendarError> {
        if n > MAX_COUNT {
            return Err(CalendarError::CountTooLarge { count: n, max: MAX_COUNT });
        }
        if unit == DayUnit::Calendar {
            return start.checked_add_signed(Duration::days(dir * i64::from(n))).ok_or(CalendarError::OutOfRange);
        }
        let mut d = start;
        let mut left = n;
        while left > 0 {
            d = d.checked_add_signed(Duration::days(dir)).ok_or(CalendarError::OutOfRange)?;
            if self.is_counted(d, unit)? {
                left -= 1;
            }
        }
        Ok(d)
    }

    /// The first qualifying day on or after `date` (`date` itself when it qualifies).
    pub fn on_or_after(&self, date: NaiveDate, unit: DayUnit) -> Result<NaiveDate, CalendarError> {
        if self.is_counted(date, unit)? {
            return Ok(date);
        }
        self.add(date, 1, unit)
    }

    /// The last qualifying day on or before `date`.
    pub fn on_or_before(&self, date: NaiveDate, unit: DayUnit) -> Result<NaiveDate, CalendarError> {
        if self.is_counted(date, unit)? {
            return Ok(date);
        }
        self.sub(date, 1, unit)
    }
}
