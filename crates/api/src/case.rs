//! `iepdesk check`: a CASE.json read, validated and checked against the rules, without a database.

use crate::{ApiError, ApiErrorKind};
use chrono::NaiveDate;
use iepdesk_domain::calendar::CalendarSet;
use iepdesk_domain::case::{Case, CaseError};
use iepdesk_domain::compliance::case::{check_case, CaseReport};
use iepdesk_domain::rules::RuleSettings;

pub use iepdesk_domain::case::CASE_FORMAT_VERSION;
pub use iepdesk_domain::compliance::case::{CaseDeadline, DeadlineStatus, DEFAULT_DUE_SOON_DAYS};

/// Reads a CASE.json. Every error is `Invalid` and names the field in `fields` (a syntax error
/// names the line and column in the message).
pub fn parse_case(text: &str) -> Result<Case, ApiError> {
    Case::from_json(text).map_err(case_error)
}

/// [`parse_case`] then [`check_case`].
pub fn check_case_json(
    text: &str,
    today: NaiveDate,
    calendars: &CalendarSet,
    settings: &RuleSettings,
    due_soon_days: u32,
) -> Result<CaseReport, ApiError> {
    Ok(check_case(
        &parse_case(text)?,
        today,
        calendars,
        settings,
        due_soon_days,
    ))
}

fn case_error(e: CaseError) -> ApiError {
    let fields = e.fields();
    let message = match &e {
        CaseError::Invalid(fields) => match fields.as_slice() {
            [one] => format!("{}: {}", one.field, one.message),
            many => format!("{} fields hold values IEP Desk refuses", many.len()),
        },
        other => other.to_string(),
    };
    ApiError {
        kind: ApiErrorKind::Invalid,
        message,
        fields,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrong_version_is_named_as_such() {
        let err = parse_case(r#"{"format_version": 2, "student": {}}"#).unwrap_err();
        assert_eq!(err.kind, ApiErrorKind::Invalid);
        assert!(
            err.message.contains("format_version 2 is not supported"),
            "{}",
            err.message
        );
        assert_eq!(err.fields[0].field, "format_version");
    }

    #[test]
    fn a_missing_field_is_named_with_its_path() {
        let err = parse_case(r#"{"format_version": 1, "student": {"name": {"first": "A"}}}"#)
            .unwrap_err();
        assert!(
            err.fields[0].field.starts_with("student."),
            "{:?}",
            err.fields
        );
    }
}
