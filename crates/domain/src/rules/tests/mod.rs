//! Rule tests by family. Each test names the SOPM lines it checks; the expected dates are counted
//! by hand against the shipped calendars (weekends, recesses and holidays spelled out in comments).

use super::*;
use crate::calendar::{CalendarSet, DayUnit};
use chrono::NaiveDate;

mod age_and_exit;
mod catalog_shape;
mod discipline_and_due_process;
mod evaluation;
mod iep_meeting;
mod referral;
mod reviews;
mod services;
mod settings_overrides;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The due date of rule `id` with the shipped calendars and default settings.
fn due(id: &str, trigger: NaiveDate) -> NaiveDate {
    due_with(id, trigger, &RuleSettings::default())
}

fn due_with(id: &str, trigger: NaiveDate, settings: &RuleSettings) -> NaiveDate {
    let rule = RuleCatalog::standard().get(id).unwrap_or_else(|| panic!("no rule {id}"));
    rule.due(trigger, CalendarSet::standard(), settings).unwrap_or_else(|e| panic!("{id} from {trigger}: {e}"))
}

fn describe(id: &str) -> String {
    RuleCatalog::standard().get(id).unwrap().describe(&RuleSettings::default())
}
