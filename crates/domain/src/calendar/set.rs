//! Several school years' calendars merged into one lookup.

use super::file::{parse_calendar, CalendarFileError};
use super::holidays::{is_weekday, legal_holiday_on};
use super::school_year::SchoolYearCalendar;
use chrono::NaiveDate;
use serde::Serialize;
use std::sync::OnceLock;

/// The DOE school-year calendars shipped with the app.
const BUNDLED: &[(&str, &str)] = &[
    ("nyc-doe-2024-25.toml", include_str!("../../../../assets/calendars/nyc-doe-2024-25.toml")),
    ("nyc-doe-2025-26.toml", include_str!("../../../../assets/calendars/nyc-doe-2025-26.toml")),
    ("nyc-doe-2026-27.toml", include_str!("../../../../assets/calendars/nyc-doe-2026-27.toml")),
];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum CalendarError {
    /// Counting school days needs the school calendar of every day counted; we never guess.
    #[error("no loaded school calendar covers {date}; school days are known only from {coverage}")]
    NotCovered { date: NaiveDate, coverage: String },
    #[error("school calendar {new} overlaps {existing}, which is already loaded")]
    Overlap { existing: String, new: String },
    #[error("a count of {count} days is larger than any deadline ({max} at most)")]
    CountTooLarge { count: u32, max: u32 },
    #[error("the date is outside the range the app can compute")]
    OutOfRange,
}

/// School-year calendars for several years, without overlaps, ordered by date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CalendarSet {
    years: Vec<SchoolYearCalendar>,
}

impl CalendarSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// The DOE calendars shipped with the app (2024-25 to 2026-27).
    pub fn standard() -> &'static CalendarSet {
        static SET: OnceLock<CalendarSet> = OnceLock::new();
        SET.get_or_init(|| {
            let mut set = CalendarSet::new();
            for (name, text) in BUNDLED {
                let cal = parse_calendar(text).unwrap_or_else(|e| panic!("assets/calendars/{name}: {e}"));
                set.insert(cal).unwrap_or_else(|e| panic!("assets/calendars/{name}: {e}"));
            }
            set
        })
    }

    /// Adds a calendar read from TOML text (a user-supplied calendar, for example).
    pub fn insert_toml(&mut self, text: &str) -> Result<(), CalendarLoadError> {
        let cal = parse_calendar(text)?;
        self.insert(cal)?;
        Ok(())
    }

    /// Adds a school year; refuses one that overlaps a loaded year.
    pub fn insert(&mut self, cal: SchoolYearCalendar) -> Result<(), CalendarError> {
        if let Some(existing) = self.years.iter().find(|y| y.start <= cal.end && cal.start <= y.end) {
            return Err(CalendarError::Overlap { existing: existing.id.clone(), new: cal.id });
        }
        self.years.push(cal);
        self.years.sort_by_key(|y| y.start);
        Ok(())
    }

    /// Adds a school year, first removing any loaded year it overlaps (e.g. a revised DOE
    /// calendar replacing the shipped one). Returns the removed calendars.
    pub fn replace(&mut self, cal: SchoolYearCalendar) -> Vec<SchoolYearCalendar> {
        let (removed, kept) =
            std::mem::take(&mut self.years).into_iter().partition(|y| y.start <= cal.end && cal.start <= y.end);
        self.years = kept;
        self.years.push(cal);
        self.years.sort_by_key(|y| y.start);
        removed
    }

    pub fn years(&self) -> &[SchoolYearCalendar] {
        &self.years
    }

    pub fn calendar_for(&self, date: NaiveDate) -> Option<&SchoolYearCalendar> {
        self.years.iter().find(|y| y.covers(date))
    }

    /// The date ranges the loaded calendars cover, adjacent years joined.
    pub fn coverage(&self) -> Vec<(NaiveDate, NaiveDate)> {
        let mut out: Vec<(NaiveDate, NaiveDate)> = Vec::new();
        for y in &self.years {
            match out.last_mut() {
                Some((_, end)) if end.succ_opt() == Some(y.start) => *end = y.end,
                _ => out.push((y.start, y.end)),
            }
        }
        out
    }

    /// Whether DOE schools are in session for students on `date` (SOPM L151). An error, never a
    /// guess, when no loaded calendar covers the date.
    pub fn is_school_day(&self, date: NaiveDate) -> Result<bool, CalendarError> {
        self.calendar_for(date)
            .and_then(|c| c.is_school_day(date))
            .ok_or_else(|| CalendarError::NotCovered { date, coverage: self.describe_coverage() })
    }

    /// A weekday that is not a New York State or Federal holiday (SOPM L151). Holidays come from
    /// the rules in [`super::holidays`] and from the `[[holiday]]` lists of loaded calendars, so a
    /// file can add a holiday the rules do not know yet. Defined for every date.
    pub fn is_business_day(&self, date: NaiveDate) -> bool {
        is_weekday(date)
            && legal_holiday_on(date).is_none()
            && !self.years.iter().any(|y| y.listed_holiday(date).is_some())
    }

    fn describe_coverage(&self) -> String {
        let ranges = self.coverage();
        if ranges.is_empty() {
            return "no dates: no school calendar is loaded".to_string();
        }
        ranges.iter().map(|(a, b)| format!("{a} to {b}")).collect::<Vec<_>>().join(" and ")
    }
}

/// Reading and adding a calendar file can fail either way.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarLoadError {
    #[error(transparent)]
    File(#[from] CalendarFileError),
    #[error(transparent)]
    Calendar(#[from] CalendarError),
}
