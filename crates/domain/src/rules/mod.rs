//! The compliance rule catalog: every timeline of the SOPM as a named rule with a stable id.
//!
//! - [`trigger`]: the domain events deadlines count from.
//! - [`timing`]: counts, chained counts, dates of the year, charts and ages.
//! - [`settings`]: the readings of ambiguous passages, with documented defaults.
//! - [`age`]: birthdays and the age-21 end of eligibility.
//! - [`rule`]: [`Rule`], [`Deadline`], [`RuleSummary`].
//! - [`catalog`]: [`RuleCatalog::standard`], the rules themselves.
//!
//! Counting convention: the trigger date is day 0 and "within N days" is the Nth qualifying day
//! after it (docs/decisions-deadlines.md, D-1).

pub mod age;
pub mod catalog;
pub mod rule;
pub mod settings;
pub mod timing;
pub mod trigger;

pub use age::{age_out, AgeOut};
pub use catalog::RuleCatalog;
pub use rule::{Deadline, Rule, RuleFamily, RuleKind, RuleSummary};
pub use settings::{DaySpan, NonBusinessDueDate, RuleSettings, SeptemberFirstBirthday, SpanSetting, YearBasis};
pub use timing::{Direction, Period, StepSummary, Timing};
pub use trigger::Trigger;

use crate::calendar::CalendarError;
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeadlineError {
    /// Most often: a school-day count needs a school year that is not loaded.
    #[error(transparent)]
    Calendar(#[from] CalendarError),
    #[error("{date} falls in no row of the rule's chart")]
    NotInChart { date: NaiveDate },
    #[error("the date is outside the range the app can compute")]
    OutOfRange,
    #[error("no rule has the id {0:?}")]
    UnknownRule(String),
}

#[cfg(test)]
mod tests;
