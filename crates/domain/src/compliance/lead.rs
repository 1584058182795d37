//! Day counts come from the rule catalog, never from here: this asks the catalog for the date a
//! rule gives for a meeting and says whether an event was on time.

use super::Finding;
use crate::calendar::CalendarSet;
use crate::rules::{RuleCatalog, RuleSettings};
use chrono::NaiveDate;

/// The catalog's date for rule `id` counted from `trigger` (the meeting date, a birth date...).
/// When the catalog cannot compute it (a school year not loaded), the caller gets a warning
/// finding to show instead of silently passing the check.
pub fn due(
    id: &str,
    trigger: NaiveDate,
    calendars: &CalendarSet,
    settings: &RuleSettings,
) -> Result<NaiveDate, Finding> {
    RuleCatalog::standard()
        .deadline(id, trigger, calendars, settings)
        .map(|d| d.due)
        .map_err(|e| {
            Finding::warning(
                "deadline-not-computable",
                "L151",
                format!("Could not compute the deadline of rule {id}: {e}."),
            )
        })
}

/// How the rule reads ("7 calendar days before the IEP meeting"), for messages.
pub fn describe(id: &str, settings: &RuleSettings) -> String {
    RuleCatalog::standard()
        .get(id)
        .map(|r| r.describe(settings))
        .unwrap_or_default()
}
