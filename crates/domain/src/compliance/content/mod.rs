//! Content rules: every rule of the manual's IEP-content chapter (SOPM L1991–L2645, digest 04
//! §3) that can be checked on an IEP's content, as findings keyed by the `EditField` path of the
//! field to fix. Errors block finalizing; warnings do not.
//!
//! - [`plop`]: evaluations, classification evidence, present levels and the needs list.
//! - [`factors`]: special factors and their follow-ups.
//! - [`transition`]: postsecondary goals, courses of study, transition activities (from the age).
//! - [`goals`]: annual goals, benchmarks, progress reporting.
//! - [`services`]: programs, related services, parent counseling, paraprofessionals, AT.
//! - [`testing`]: testing accommodations and their parameters.
//! - [`placement`]: assessments, participation with peers, 12-month services, language,
//!   LOTE, promotion, transportation, placement.

pub mod factors;
pub mod goals;
pub mod placement;
pub mod plop;
pub mod services;
pub mod settings;
pub mod testing;
pub mod transition;

pub use settings::ContentSettings;

use super::Finding;
use crate::iep::IepContent;
use crate::rules::age::birthday;
use crate::rules::RuleSettings;
use crate::student::Student;
use chrono::{Months, NaiveDate};

/// What the content rules read besides the content.
pub struct ContentCx<'a> {
    pub content: &'a IepContent,
    pub student: &'a Student,
    /// The IEP's reference date: the meeting's date, or today before a meeting is recorded.
    pub on: NaiveDate,
    pub rules: &'a RuleSettings,
    pub settings: &'a ContentSettings,
}

impl ContentCx<'_> {
    /// Whether transition planning is required: the student reaches the transition age
    /// (`RuleSettings::transition_planning_age`, 14 by default) while this IEP is in effect, that
    /// is within a year of its reference date (L2061 "the first IEP to be in effect when the
    /// student is age 14"; decision I-1).
    pub fn transition_required(&self) -> bool {
        transition_required(self.student.date_of_birth, self.on, self.rules)
    }

    /// Transition sections are required, or the team started them early (L2073).
    pub fn transition_expected(&self) -> bool {
        self.transition_required() || self.content.postsecondary.early_start.is_some()
    }
}

/// See [`ContentCx::transition_required`].
pub fn transition_required(dob: NaiveDate, on: NaiveDate, rules: &RuleSettings) -> bool {
    let in_effect_until = on.checked_add_months(Months::new(12)).unwrap_or(on);
    birthday(dob, u32::from(rules.transition_planning_age)).is_some_and(|b| b < in_effect_until)
}

/// Every content finding for an IEP.
pub fn check_content(cx: &ContentCx) -> Vec<Finding> {
    let mut out = plop::check(cx);
    out.extend(factors::check(cx));
    out.extend(transition::check(cx));
    out.extend(goals::check(cx));
    out.extend(services::check(cx));
    out.extend(testing::check(cx));
    out.extend(placement::check(cx));
    out
}

/// An error finding at a content path.
pub(crate) fn err(
    rule: &str,
    sopm: &str,
    at: impl Into<String>,
    message: impl Into<String>,
) -> Finding {
    Finding::error(rule, sopm, message).at(at)
}

/// A warning finding at a content path.
pub(crate) fn warn(
    rule: &str,
    sopm: &str,
    at: impl Into<String>,
    message: impl Into<String>,
) -> Finding {
    Finding::warning(rule, sopm, message).at(at)
}

pub(crate) fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

#[cfg(test)]
mod tests;
