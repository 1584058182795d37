//! The compliance of one stored student: live IEP findings for the wizard, and the case panel's
//! deadlines and findings. Offline: the rule catalog and the school calendars are compiled in.

use crate::{ApiError, ApiErrorKind};
use chrono::NaiveDate;
use iepdesk_domain::calendar::CalendarSet;
use iepdesk_domain::case::{Case, CaseEvent, CASE_FORMAT_VERSION};
use iepdesk_domain::compliance::case::{check_case, CaseDeadline, DEFAULT_DUE_SOON_DAYS};
use iepdesk_domain::compliance::{check_iep, Ctx, Finding, MeetingSettings};
use iepdesk_domain::rules::{RuleCatalog, RuleSettings, Trigger};
use iepdesk_domain::{FieldError, IepContent, Student, StudentId};
use iepdesk_store::CaseEventRecord;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// Every finding for an IEP's content on `today`, with the shipped calendars and the default
/// settings; each finding's `field` is the `EditField` path it concerns.
pub fn iep_findings(content: &IepContent, student: &Student, today: NaiveDate) -> Vec<Finding> {
    let meeting = MeetingSettings::default();
    let rules = RuleSettings::default();
    let cx = Ctx {
        today,
        calendars: CalendarSet::standard(),
        rules: &rules,
        meeting: &meeting,
    };
    check_iep(content, student, &cx)
}

/// A dated event to record on a student's case. Strings, so a bad value comes back as a field
/// error naming `trigger`, `date` or `note` instead of a failed deserialization.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct NewCaseEvent {
    pub student_id: StudentId,
    /// A `Trigger` in snake_case, e.g. `referral_received`.
    pub trigger: String,
    /// YYYY-MM-DD.
    pub date: String,
    pub note: Option<String>,
}

/// Longest note on an event: a line for people saying where the date comes from.
pub const MAX_NOTE_CHARS: usize = 500;

impl NewCaseEvent {
    /// Every problem at once, each under its field; `Ok` is the record to store.
    pub fn validate(&self) -> Result<CaseEventRecord, ApiError> {
        let mut errors = Vec::new();
        let trigger = match serde_json::from_value::<Trigger>(serde_json::Value::String(
            self.trigger.trim().into(),
        )) {
            Ok(Trigger::DateOfBirth) => {
                errors.push(FieldError::new(
                    "trigger",
                    "The date of birth is on the student, not a case event.",
                ));
                None
            }
            Ok(t) => Some(t),
            Err(_) if self.trigger.trim().is_empty() => {
                errors.push(FieldError::new("trigger", "Choose what happened."));
                None
            }
            Err(_) => {
                errors.push(FieldError::new(
                    "trigger",
                    format!("`{}` is not an event IEP Desk knows.", self.trigger),
                ));
                None
            }
        };
        let date = match NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) if self.date.trim().is_empty() => {
                errors.push(FieldError::new("date", "Enter the date it happened."));
                None
            }
            Err(_) => {
                errors.push(FieldError::new(
                    "date",
                    format!("`{}` is not a date (YYYY-MM-DD).", self.date),
                ));
                None
            }
        };
        let note = self
            .note
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string);
        if let Some(n) = &note {
            let len = n.chars().count();
            if len > MAX_NOTE_CHARS {
                errors.push(FieldError::new(
                    "note",
                    format!(
                        "This note is {len} characters; a note holds at most {MAX_NOTE_CHARS}."
                    ),
                ));
            }
        }
        match (trigger, date) {
            (Some(trigger), Some(date)) if errors.is_empty() => Ok(CaseEventRecord {
                id: Uuid::now_v7(),
                student_id: self.student_id,
                trigger,
                date,
                note,
            }),
            _ => {
                let message = match errors.as_slice() {
                    [one] => one.message.clone(),
                    many => format!("{} fields need attention.", many.len()),
                };
                Err(ApiError {
                    kind: ApiErrorKind::Invalid,
                    message,
                    fields: errors,
                })
            }
        }
    }
}

/// An event the user may record: one that starts at least one deadline of the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TriggerChoice {
    pub trigger: Trigger,
    /// "Referral received".
    pub label: String,
    /// How deadlines name it: "5 school days after the referral".
    pub phrase: String,
}

/// The events that start a deadline, in catalog order, without the date of birth (the student's).
pub fn trigger_choices() -> Vec<TriggerChoice> {
    let mut out: Vec<TriggerChoice> = Vec::new();
    for rule in RuleCatalog::standard().rules() {
        let t = rule.trigger;
        if t == Trigger::DateOfBirth || out.iter().any(|c| c.trigger == t) {
            continue;
        }
        let name = serde_json::to_value(t)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let mut label = name.replace('_', " ");
        if let Some(first) = label.get(0..1) {
            label = first.to_uppercase() + &label[1..];
        }
        out.push(TriggerChoice {
            trigger: t,
            label,
            phrase: t.phrase().to_string(),
        });
    }
    out
}

/// The compliance panel of one student.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StudentCompliance {
    pub today: NaiveDate,
    /// The recorded events, by date.
    pub events: Vec<CaseEventRecord>,
    /// By due date. Overdue and due-soon ones are what the panel leads with.
    pub deadlines: Vec<CaseDeadline>,
    /// Errors first. Fields are CASE.json paths (`iep.meeting.participants[0]`).
    pub findings: Vec<Finding>,
    pub errors: usize,
    pub warnings: usize,
}

/// Builds the student's case (events, the current IEP's content) and checks it on `today`.
pub fn student_compliance(
    student: Student,
    events: Vec<CaseEventRecord>,
    iep: Option<IepContent>,
    today: NaiveDate,
) -> StudentCompliance {
    let case = Case {
        format_version: CASE_FORMAT_VERSION,
        student,
        events: events
            .iter()
            .map(|e| CaseEvent {
                trigger: e.trigger,
                date: e.date,
                note: e.note.clone(),
            })
            .collect(),
        iep: iep.unwrap_or_default(),
        notices: vec![],
        consents: vec![],
        surrogate: None,
    };
    let report = check_case(
        &case,
        today,
        CalendarSet::standard(),
        &RuleSettings::default(),
        DEFAULT_DUE_SOON_DAYS,
    );
    StudentCompliance {
        today: report.today,
        events,
        deadlines: report.deadlines,
        findings: report.findings,
        errors: report.errors,
        warnings: report.warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(trigger: &str, date: &str, note: Option<&str>) -> NewCaseEvent {
        NewCaseEvent {
            student_id: StudentId::new(),
            trigger: trigger.into(),
            date: date.into(),
            note: note.map(Into::into),
        }
    }

    fn fields(e: ApiError) -> Vec<String> {
        e.fields.into_iter().map(|f| f.field).collect()
    }

    #[test]
    fn a_well_formed_event_validates_and_blank_notes_are_dropped() {
        let e = input("referral_received", "2026-03-02", Some("  "))
            .validate()
            .unwrap();
        assert_eq!(e.trigger, Trigger::ReferralReceived);
        assert_eq!(e.date.to_string(), "2026-03-02");
        assert_eq!(e.note, None);
    }

    #[test]
    fn each_bad_field_is_named() {
        assert_eq!(
            fields(input("", "", None).validate().unwrap_err()),
            ["trigger", "date"]
        );
        assert_eq!(
            fields(input("lunch", "2026-02-30", None).validate().unwrap_err()),
            ["trigger", "date"]
        );
        assert_eq!(
            fields(
                input("date_of_birth", "2026-02-03", None)
                    .validate()
                    .unwrap_err()
            ),
            ["trigger"]
        );
        let long = "n".repeat(MAX_NOTE_CHARS + 1);
        let err = input("referral_received", "2026-02-03", Some(&long))
            .validate()
            .unwrap_err();
        assert_eq!(fields(err.clone()), ["note"]);
        assert!(err.message.contains("at most 500"), "{}", err.message);
    }

    #[test]
    fn choices_are_the_catalog_triggers_once_each_without_birth() {
        let c = trigger_choices();
        assert!(c
            .iter()
            .any(|c| c.trigger == Trigger::ReferralReceived && c.label == "Referral received"));
        assert!(c.iter().all(|c| c.trigger != Trigger::DateOfBirth));
        let mut seen: Vec<_> = c.iter().map(|c| c.trigger).collect();
        seen.dedup();
        assert_eq!(seen.len(), c.len());
        // Every choice starts at least one rule: recording it shows a deadline.
        assert!(c.iter().all(|c| RuleCatalog::standard()
            .for_trigger(c.trigger)
            .next()
            .is_some()));
    }
}
