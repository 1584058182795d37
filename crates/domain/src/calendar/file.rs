//! The calendar file format (TOML), described for people in `assets/calendars/README.md`.
//!
//! Files are read in two passes: serde reads the shape (so misspelled keys and missing keys are
//! caught with their line), then `validate` checks the meaning (dates in order, closures inside
//! the year, known kinds). Every error names the line and the key, because the people who fix a
//! calendar file are school staff with a text editor, not programmers.

use super::holidays::{is_weekday, Holiday, HolidayKind};
use super::school_year::{is_july_or_august, CalendarSource, Closure, ClosureKind, ClosureScope, SchoolYearCalendar};
use chrono::NaiveDate;
use serde::Deserialize;
use std::fmt;
use std::ops::Range;
use toml::{Spanned, Value};

/// The format version this code reads.
pub const FORMAT_VERSION: i64 = 1;

/// A calendar file that cannot be used, with where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct CalendarFileError {
    /// 1-based line in the file, when known.
    pub line: Option<usize>,
    /// The key at fault, e.g. `calendar.first_day_of_school` or `closure #3 ("Winter Recess").to`.
    pub key: Option<String>,
    pub message: String,
}

impl fmt::Display for CalendarFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("calendar file")?;
        if let Some(line) = self.line {
            write!(f, ", line {line}")?;
        }
        if let Some(key) = &self.key {
            write!(f, ", `{key}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Reads one school year's calendar from TOML text.
pub fn parse_calendar(text: &str) -> Result<SchoolYearCalendar, CalendarFileError> {
    let raw: RawFile = toml::from_str(text).map_err(|e| CalendarFileError {
        line: e.span().map(|s| line_of(text, s.start)),
        key: None,
        message: e.message().trim().to_string(),
    })?;
    validate(raw, text)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    format: Spanned<i64>,
    calendar: RawHeader,
    #[serde(default)]
    closure: Vec<Spanned<RawClosure>>,
    #[serde(default)]
    holiday: Vec<Spanned<RawHoliday>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    id: Spanned<String>,
    name: Spanned<String>,
    start: Spanned<Value>,
    end: Spanned<Value>,
    first_day_of_school: Spanned<Value>,
    last_day_of_school: Spanned<Value>,
    source: RawSource,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    title: Spanned<String>,
    url: Option<Spanned<String>>,
    published: Option<Spanned<String>>,
    checked: Option<Spanned<Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClosure {
    name: Spanned<String>,
    date: Option<Spanned<Value>>,
    from: Option<Spanned<Value>>,
    to: Option<Spanned<Value>>,
    kind: Spanned<String>,
    scope: Option<Spanned<String>>,
    who: Option<Spanned<String>>,
    unverified: Option<bool>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHoliday {
    date: Spanned<Value>,
    name: Spanned<String>,
    kind: Spanned<String>,
}

/// Builds errors that point at a span of the source text.
struct At<'a> {
    text: &'a str,
}

impl At<'_> {
    fn err(&self, span: Range<usize>, key: impl Into<String>, message: impl Into<String>) -> CalendarFileError {
        CalendarFileError { line: Some(line_of(self.text, span.start)), key: Some(key.into()), message: message.into() }
    }

    fn date(&self, value: &Spanned<Value>, key: &str) -> Result<NaiveDate, CalendarFileError> {
        let bad = || self.err(value.span(), key, "expected a date written like 2025-09-04");
        match value.get_ref() {
            Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                let d = dt.date.ok_or_else(bad)?;
                NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into()).ok_or_else(bad)
            }
            // Accept a quoted date too: people copy dates from documents with the quotes.
            Value::String(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| bad()),
            _ => Err(bad()),
        }
    }

    fn text(&self, value: &Spanned<String>, key: &str) -> Result<String, CalendarFileError> {
        let s = value.get_ref().trim();
        if s.is_empty() {
            return Err(self.err(value.span(), key, "must not be empty"));
        }
        Ok(s.to_string())
    }
}

fn validate(raw: RawFile, text: &str) -> Result<SchoolYearCalendar, CalendarFileError> {
    let at = At { text };
    if *raw.format.get_ref() != FORMAT_VERSION {
        return Err(at.err(
            raw.format.span(),
            "format",
            format!("this version of IEP Desk reads calendar format {FORMAT_VERSION}, not {}", raw.format.get_ref()),
        ));
    }
    let h = &raw.calendar;
    let id = at.text(&h.id, "calendar.id")?;
    let name = at.text(&h.name, "calendar.name")?;
    let start = at.date(&h.start, "calendar.start")?;
    let end = at.date(&h.end, "calendar.end")?;
    let first = at.date(&h.first_day_of_school, "calendar.first_day_of_school")?;
    let last = at.date(&h.last_day_of_school, "calendar.last_day_of_school")?;
    if end <= start {
        return Err(at.err(h.end.span(), "calendar.end", format!("must be after calendar.start ({start})")));
    }
    if (end - start).num_days() > 365 {
        return Err(at.err(
            h.end.span(),
            "calendar.end",
            format!("a calendar file covers one school year; {start} to {end} is longer than a year"),
        ));
    }
    if first < start || first > end {
        return Err(at.err(
            h.first_day_of_school.span(),
            "calendar.first_day_of_school",
            format!("must be between calendar.start ({start}) and calendar.end ({end})"),
        ));
    }
    if last < first || last > end {
        return Err(at.err(
            h.last_day_of_school.span(),
            "calendar.last_day_of_school",
            format!("must be between first_day_of_school ({first}) and calendar.end ({end})"),
        ));
    }
    let s = &h.source;
    let source = CalendarSource {
        title: at.text(&s.title, "calendar.source.title")?,
        url: s.url.as_ref().map(|u| at.text(u, "calendar.source.url")).transpose()?,
        published: s.published.as_ref().map(|p| at.text(p, "calendar.source.published")).transpose()?,
        checked: s.checked.as_ref().map(|c| at.date(c, "calendar.source.checked")).transpose()?,
    };

    let mut closures = Vec::with_capacity(raw.closure.len());
    for (i, c) in raw.closure.iter().enumerate() {
        closures.push(closure(&at, i, c.get_ref(), (start, end))?);
    }
    let mut holidays: Vec<Holiday> = Vec::with_capacity(raw.holiday.len());
    for (i, hol) in raw.holiday.iter().enumerate() {
        let hol = holiday(&at, i, hol.get_ref(), (start, end))?;
        if let Some(dup) = holidays.iter().find(|h| h.date == hol.date) {
            let span = raw.holiday[i].get_ref().date.span();
            return Err(at.err(
                span,
                format!("holiday #{}.date", i + 1),
                format!("{} is already listed as {}", hol.date, dup.name),
            ));
        }
        holidays.push(hol);
    }
    holidays.sort_by_key(|h| h.date);

    Ok(SchoolYearCalendar {
        id,
        name,
        start,
        end,
        first_day_of_school: first,
        last_day_of_school: last,
        closures,
        holidays,
        source,
    })
}

fn closure(
    at: &At,
    i: usize,
    c: &RawClosure,
    (start, end): (NaiveDate, NaiveDate),
) -> Result<Closure, CalendarFileError> {
    let label = format!("closure #{} ({:?})", i + 1, c.name.get_ref());
    let key = |k: &str| format!("{label}.{k}");
    let name = at.text(&c.name, &key("name"))?;
    let (from, to) = match (&c.date, &c.from, &c.to) {
        (Some(d), None, None) => {
            let d = at.date(d, &key("date"))?;
            (d, d)
        }
        (None, Some(f), t) => {
            let f_date = at.date(f, &key("from"))?;
            let t_date = t.as_ref().map(|t| at.date(t, &key("to"))).transpose()?.unwrap_or(f_date);
            if t_date < f_date {
                let t = t.as_ref().expect("a `to` before `from` was given");
                return Err(at.err(t.span(), key("to"), format!("must not be before `from` ({f_date})")));
            }
            (f_date, t_date)
        }
        (Some(d), _, _) => {
            return Err(at.err(
                d.span(),
                key("date"),
                "give either `date` (one day) or `from`/`to` (a range), not both",
            ))
        }
        (None, None, Some(t)) => return Err(at.err(t.span(), key("to"), "`to` needs a `from`")),
        (None, None, None) => {
            return Err(at.err(c.name.span(), label.clone(), "needs `date` (one day) or `from` and `to` (a range)"))
        }
    };
    let date_span = c.date.as_ref().or(c.from.as_ref()).map(|v| v.span()).unwrap_or(c.name.span());
    if from < start || to > end {
        return Err(at.err(
            date_span,
            key("from"),
            format!("{from}..{to} is outside this calendar's year ({start} to {end})"),
        ));
    }
    let mut d = from;
    while d <= to {
        if is_july_or_august(d) {
            return Err(at.err(
                date_span,
                key("from"),
                format!(
                    "{d} is in July or August, where SOPM L151 makes every weekday that is not a legal \
                     holiday a school day; list a legal holiday under [[holiday]] instead"
                ),
            ));
        }
        d = d.succ_opt().expect("inside the year");
    }
    let kind = match c.kind.get_ref().as_str() {
        "legal-holiday" => ClosureKind::LegalHoliday,
        "school-holiday" => ClosureKind::SchoolHoliday,
        "recess" => ClosureKind::Recess,
        "staff-only" => ClosureKind::StaffOnly,
        other => {
            return Err(at.err(
                c.kind.span(),
                key("kind"),
                format!("unknown kind {other:?}; use legal-holiday, school-holiday, recess or staff-only"),
            ))
        }
    };
    let scope = match c.scope.as_ref().map(|s| s.get_ref().as_str()) {
        None | Some("all") => ClosureScope::All,
        Some("some") => ClosureScope::Some,
        Some(other) => {
            let span = c.scope.as_ref().expect("matched Some").span();
            return Err(at.err(span, key("scope"), format!("unknown scope {other:?}; use all or some")));
        }
    };
    let who = c.who.as_ref().map(|w| at.text(w, &key("who"))).transpose()?;
    if scope == ClosureScope::Some && who.is_none() {
        let span = c.scope.as_ref().expect("scope = some was given").span();
        return Err(at.err(span, key("who"), "a partial closure (scope = \"some\") must say `who` does not attend"));
    }
    Ok(Closure { name, from, to, kind, scope, who, unverified: c.unverified.unwrap_or(false), note: c.note.clone() })
}

fn holiday(
    at: &At,
    i: usize,
    h: &RawHoliday,
    (start, end): (NaiveDate, NaiveDate),
) -> Result<Holiday, CalendarFileError> {
    let key = |k: &str| format!("holiday #{}.{k}", i + 1);
    let name = at.text(&h.name, &key("name"))?;
    let date = at.date(&h.date, &key("date"))?;
    if date < start || date > end {
        return Err(at.err(
            h.date.span(),
            key("date"),
            format!("{date} is outside this calendar's year ({start} to {end})"),
        ));
    }
    if !is_weekday(date) {
        return Err(at.err(
            h.date.span(),
            key("date"),
            format!("{date} is a weekend day; list the weekday the holiday is observed on"),
        ));
    }
    let kind = match h.kind.get_ref().as_str() {
        "federal" => HolidayKind::Federal,
        "state" => HolidayKind::State,
        other => {
            return Err(at.err(h.kind.span(), key("kind"), format!("unknown kind {other:?}; use federal or state")))
        }
    };
    Ok(Holiday { date, name, kind })
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"format = 1

[calendar]
id = "test-2025-26"
name = "Test school 2025-26"
start = 2025-07-01
end = 2026-06-30
first_day_of_school = 2025-09-04
last_day_of_school = 2026-06-26

[calendar.source]
title = "Made up for a test"

[[closure]]
name = "Thanksgiving Recess"
from = 2025-11-27
to = 2025-11-28
kind = "recess"

[[holiday]]
date = 2025-11-27
name = "Thanksgiving Day"
kind = "federal"
"#;

    fn with(find: &str, replace: &str) -> String {
        assert!(MINIMAL.contains(find), "test setup: {find:?} not in the sample");
        MINIMAL.replacen(find, replace, 1)
    }

    #[test]
    fn reads_a_minimal_file() {
        let cal = parse_calendar(MINIMAL).unwrap();
        assert_eq!(cal.id, "test-2025-26");
        assert_eq!(cal.closures.len(), 1);
        assert_eq!(cal.closures[0].to, NaiveDate::from_ymd_opt(2025, 11, 28).unwrap());
        assert_eq!(cal.holidays[0].kind, HolidayKind::Federal);
    }

    #[test]
    fn a_bad_date_names_key_and_line() {
        let err =
            parse_calendar(&with("first_day_of_school = 2025-09-04", "first_day_of_school = \"Sept 4\"")).unwrap_err();
        assert_eq!(err.line, Some(8));
        assert_eq!(err.key.as_deref(), Some("calendar.first_day_of_school"));
        assert!(err.to_string().contains("line 8"), "{err}");
    }

    #[test]
    fn a_misspelled_key_is_reported_with_its_line() {
        let err = parse_calendar(&with("kind = \"recess\"", "knd = \"recess\"")).unwrap_err();
        assert!(err.message.contains("knd"), "{err}");
        assert!(err.line.is_some(), "{err}");
    }

    #[test]
    fn a_missing_key_is_reported() {
        let err = parse_calendar(&with("last_day_of_school = 2026-06-26\n", "")).unwrap_err();
        assert!(err.message.contains("last_day_of_school"), "{err}");
    }

    #[test]
    fn an_unknown_closure_kind_lists_the_choices() {
        let err = parse_calendar(&with("kind = \"recess\"", "kind = \"vacation\"")).unwrap_err();
        assert_eq!(err.key.as_deref(), Some("closure #1 (\"Thanksgiving Recess\").kind"));
        assert_eq!(err.line, Some(18));
        assert!(err.message.contains("legal-holiday, school-holiday, recess or staff-only"), "{err}");
    }

    #[test]
    fn a_range_ending_before_it_starts_is_rejected() {
        let err = parse_calendar(&with("to = 2025-11-28", "to = 2025-11-20")).unwrap_err();
        assert!(err.key.as_deref().unwrap().ends_with(".to"), "{err}");
        assert_eq!(err.line, Some(17));
    }

    #[test]
    fn closures_in_july_or_august_are_rejected() {
        let text = with("from = 2025-11-27\nto = 2025-11-28", "date = 2025-08-15");
        let err = parse_calendar(&text).unwrap_err();
        assert!(err.message.contains("L151"), "{err}");
    }

    #[test]
    fn a_holiday_on_a_weekend_is_rejected() {
        let err = parse_calendar(&with("date = 2025-11-27", "date = 2025-11-29")).unwrap_err();
        assert_eq!(err.key.as_deref(), Some("holiday #1.date"));
        assert!(err.message.contains("weekend"), "{err}");
    }

    #[test]
    fn first_day_must_be_inside_the_year() {
        let err =
            parse_calendar(&with("first_day_of_school = 2025-09-04", "first_day_of_school = 2026-09-04")).unwrap_err();
        assert_eq!(err.key.as_deref(), Some("calendar.first_day_of_school"));
    }

    #[test]
    fn a_partial_closure_needs_who() {
        let err = parse_calendar(&with("kind = \"recess\"", "kind = \"recess\"\nscope = \"some\"")).unwrap_err();
        assert!(err.key.as_deref().unwrap().ends_with(".who"), "{err}");
    }

    #[test]
    fn wrong_format_version() {
        let err = parse_calendar(&with("format = 1", "format = 2")).unwrap_err();
        assert_eq!((err.line, err.key.as_deref()), (Some(1), Some("format")));
    }

    #[test]
    fn a_toml_syntax_error_has_a_line() {
        let err = parse_calendar(&with("name = \"Thanksgiving Recess\"", "name = \"Thanksgiving Recess")).unwrap_err();
        assert_eq!(err.line, Some(15), "{err}");
    }
}
