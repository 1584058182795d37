//! Deadline queries. They need no database: the rule catalog and the school calendars are
//! compiled in, and a user may supply a calendar of their own (which replaces the shipped
//! calendar of the school year it covers).

use crate::{ApiError, ApiErrorKind};
use chrono::NaiveDate;
use iepdesk_domain::calendar::{parse_calendar, CalendarSet};
use iepdesk_domain::rules::{Deadline, DeadlineError, RuleCatalog, RuleSettings, RuleSummary};
use iepdesk_domain::FieldError;

/// Every rule of the catalog with the settings in force.
pub fn rules(settings: &RuleSettings) -> Vec<RuleSummary> {
    RuleCatalog::standard().summaries(settings)
}

/// The shipped calendars, with `extra` (TOML text of a calendar file) replacing the year it covers.
pub fn calendars(extra: Option<&str>) -> Result<CalendarSet, ApiError> {
    let mut set = CalendarSet::standard().clone();
    if let Some(text) = extra {
        let cal = parse_calendar(text).map_err(|e| invalid("calendar", e.to_string()))?;
        set.replace(cal);
    }
    Ok(set)
}

/// The due date of `rule_id` for an event on `from`.
pub fn deadline(
    rule_id: &str,
    from: NaiveDate,
    calendars: &CalendarSet,
    settings: &RuleSettings,
) -> Result<Deadline, ApiError> {
    RuleCatalog::standard()
        .deadline(rule_id, from, calendars, settings)
        .map_err(|e| match e {
            DeadlineError::UnknownRule(_) => ApiError::new(
                ApiErrorKind::NotFound,
                format!("{e}; `iepdesk rules` lists them"),
            ),
            other => invalid("from", other.to_string()),
        })
}

fn invalid(field: &str, message: String) -> ApiError {
    ApiError {
        kind: ApiErrorKind::Invalid,
        message: message.clone(),
        fields: vec![FieldError::new(field, message)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn catalog_lists_rules_with_sopm_lines() {
        let all = rules(&RuleSettings::default());
        assert!(all.len() >= 25);
        assert!(
            all.iter().all(|r| !r.sopm_lines.is_empty()),
            "every rule cites the manual"
        );
        assert!(all.iter().any(|r| r.id == "initial-evaluation"));
    }

    #[test]
    fn unknown_rule_and_uncovered_school_year_are_specific_errors() {
        let cal = calendars(None).unwrap();
        let s = RuleSettings::default();
        assert_eq!(
            deadline("no-such-rule", date("2025-10-01"), &cal, &s)
                .unwrap_err()
                .kind,
            ApiErrorKind::NotFound
        );
        let err = deadline("initial-placement", date("2031-10-01"), &cal, &s).unwrap_err();
        assert_eq!(err.kind, ApiErrorKind::Invalid);
    }

    #[test]
    fn a_bad_calendar_file_is_refused_with_its_reason() {
        let err = calendars(Some("[calendar]\nschool_year = ")).unwrap_err();
        assert_eq!(err.fields[0].field, "calendar");
        assert!(!err.message.is_empty());
    }
}
