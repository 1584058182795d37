//! CASE.json: one student's case as a file, for import and for `iepdesk check`.
//!
//! A [`Case`] is the student, the dated events the deadlines count from, the IEP content (which
//! carries the meeting), the Prior Written Notices, the consents and a surrogate appointment. The
//! format is versioned (`format_version`, now [`CASE_FORMAT_VERSION`]) and documented in
//! docs/case-format.md; its JSON Schema (docs/case.schema.json) is generated from these types by
//! [`schema::case_schema`].
//!
//! [`Case::from_json`] reads a file: a syntax error, a missing or wrong `format_version`, a field
//! of the wrong type and a value the domain refuses (an unknown language code, a meeting that ends
//! before it starts) are each a [`CaseError`] that names the field. The checks themselves live in
//! `crate::compliance::case`.

pub mod schema;

use crate::error::FieldError;
use crate::iep::IepContent;
use crate::language::{LanguageCode, Languages};
use crate::notices::{Consent, PriorWrittenNotice, SurrogateAppointment};
use crate::rules::Trigger;
use crate::student::Student;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The version of the format this build reads and writes.
pub const CASE_FORMAT_VERSION: u32 = 1;

/// One student's case. Only `format_version` and `student` are required; every list defaults to
/// empty and the IEP to an empty draft without a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "IEP Desk case (CASE.json)")]
pub struct Case {
    /// The version of this format; must be 1. A reader refuses any other number rather than guess.
    #[schemars(range(min = 1, max = 1))]
    pub format_version: u32,
    /// The student. The date of birth is the event the age rules count from.
    pub student: Student,
    /// The dated events of the case that deadlines count from: one entry per event. An IEP
    /// meeting recorded in `iep.meeting` counts as an `iep_meeting` event without being listed.
    #[serde(default)]
    pub events: Vec<CaseEvent>,
    /// The IEP content; its `meeting` is checked for team composition, excusals, notice and
    /// outreach.
    #[serde(default)]
    pub iep: IepContent,
    /// Prior Written Notices sent to the parent.
    #[serde(default)]
    pub notices: Vec<PriorWrittenNotice>,
    /// Consents the parent (or someone signing as parent) gave.
    #[serde(default)]
    pub consents: Vec<Consent>,
    /// The appointment of a surrogate parent, when it was found that no one meets the definition
    /// of parent.
    #[serde(default)]
    pub surrogate: Option<SurrogateAppointment>,
}

/// Something that happened (or is scheduled) on a date, from which rules count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseEvent {
    /// What happened, e.g. `referral_received`, `consent_for_evaluation`, `iep_meeting`,
    /// `last_reevaluation`. `date_of_birth` is not an event here: it is on the student.
    pub trigger: Trigger,
    pub date: NaiveDate,
    /// Free text for people (where the date comes from).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Why a CASE.json could not be read. Every variant names the field, or the place in the text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CaseError {
    #[error("not valid JSON at line {line}, column {column}: {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("format_version is missing: a CASE.json must say which version of the format it is (this build reads {CASE_FORMAT_VERSION})")]
    MissingVersion,
    #[error("format_version {found} is not supported: this build reads format_version {CASE_FORMAT_VERSION} only")]
    UnsupportedVersion { found: String },
    #[error("{field}: {message} (line {line}, column {column})")]
    Field {
        field: String,
        message: String,
        line: usize,
        column: usize,
    },
    #[error("{} field(s) hold values the domain refuses", .0.len())]
    Invalid(Vec<FieldError>),
}

impl CaseError {
    /// The fields concerned, for forms and for the CLI.
    pub fn fields(&self) -> Vec<FieldError> {
        match self {
            CaseError::Syntax { .. } => vec![],
            CaseError::MissingVersion | CaseError::UnsupportedVersion { .. } => {
                vec![FieldError::new("format_version", self.to_string())]
            }
            CaseError::Field { field, message, .. } => {
                vec![FieldError::new(field.clone(), message.clone())]
            }
            CaseError::Invalid(fields) => fields.clone(),
        }
    }
}

impl Case {
    /// Reads a CASE.json: the version first (so a newer file gets a version error, not a field
    /// error), then every field with its path, then what serde cannot check ([`Case::validate`]).
    pub fn from_json(text: &str) -> Result<Case, CaseError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| CaseError::Syntax {
                line: e.line(),
                column: e.column(),
                message: strip_position(&e.to_string()),
            })?;
        let Some(obj) = value.as_object() else {
            return Err(CaseError::Field {
                field: "(top level)".into(),
                message: "a case is a JSON object".into(),
                line: 1,
                column: 1,
            });
        };
        match obj.get("format_version") {
            None => return Err(CaseError::MissingVersion),
            Some(v) if v.as_u64() == Some(u64::from(CASE_FORMAT_VERSION)) => {}
            Some(v) => {
                return Err(CaseError::UnsupportedVersion {
                    found: v.to_string(),
                })
            }
        }
        let mut de = serde_json::Deserializer::from_str(text);
        let case: Case = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let message = strip_position(&inner.to_string());
            // serde names a missing field in the message, at the path of the object holding it.
            let field = match message
                .strip_prefix("missing field `")
                .and_then(|m| m.split('`').next())
            {
                Some(name) if path == "." => name.to_string(),
                Some(name) => format!("{path}.{name}"),
                None => path,
            };
            CaseError::Field {
                field,
                message,
                line: inner.line(),
                column: inner.column(),
            }
        })?;
        case.validate().map_err(CaseError::Invalid)?;
        Ok(case)
    }

    /// What the types cannot say: language codes from the table, the meeting's own validation
    /// (under `iep.meeting`), the meeting belonging to this student, no `date_of_birth` event.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut lang = |code: &LanguageCode, field: String| {
            if Languages::get().find(code.as_str()).is_none() {
                errors.push(FieldError::new(
                    field,
                    format!(
                        "`{}` is not a language code IEP Desk knows (assets/data/languages.toml)",
                        code.as_str()
                    ),
                ));
            }
        };
        lang(&self.student.home_language, "student.home_language".into());
        lang(
            &self.student.parent_language,
            "student.parent_language".into(),
        );
        for (i, n) in self.notices.iter().enumerate() {
            lang(&n.language, format!("notices[{i}].language"));
        }
        if let Some(m) = &self.iep.meeting {
            if let Some(interp) = &m.interpreter {
                lang(&interp.language, "iep.meeting.interpreter.language".into());
            }
            if m.student_id != self.student.id {
                errors.push(FieldError::new(
                    "iep.meeting.student_id",
                    "The meeting is for another student: use student.id.",
                ));
            }
            if let Err(crate::DomainError::Invalid(fields)) = m.clone().validate() {
                errors.extend(
                    fields
                        .into_iter()
                        .map(|f| FieldError::new(format!("iep.meeting.{}", f.field), f.message)),
                );
            }
        }
        errors.extend(
            crate::iep::validate::content_errors(&self.iep)
                .into_iter()
                .map(|f| FieldError::new(format!("iep.{}", f.field), f.message)),
        );
        for (i, e) in self.events.iter().enumerate() {
            if e.trigger == Trigger::DateOfBirth {
                errors.push(FieldError::new(
                    format!("events[{i}].trigger"),
                    "The date of birth is student.date_of_birth, not an event.",
                ));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Every event deadlines count from, oldest first: the listed events, the student's date of
    /// birth, the meeting in `iep.meeting` (unless listed on its date), and each notice with the
    /// Procedural Safeguards Notice enclosed (a PSN given on the day it was sent).
    pub fn all_events(&self) -> Vec<CaseEvent> {
        let mut out = self.events.clone();
        out.push(CaseEvent {
            trigger: Trigger::DateOfBirth,
            date: self.student.date_of_birth,
            note: Some("student.date_of_birth".into()),
        });
        if let Some(m) = &self.iep.meeting {
            let listed = self
                .events
                .iter()
                .any(|e| e.trigger == Trigger::IepMeeting && e.date == m.date());
            if !listed {
                out.push(CaseEvent {
                    trigger: Trigger::IepMeeting,
                    date: m.date(),
                    note: Some("iep.meeting".into()),
                });
            }
        }
        for (i, n) in self.notices.iter().enumerate() {
            let listed = self.events.iter().any(|e| {
                e.trigger == Trigger::ProceduralSafeguardsNoticeGiven && e.date == n.sent_on
            });
            if n.psn_enclosed && !listed {
                out.push(CaseEvent {
                    trigger: Trigger::ProceduralSafeguardsNoticeGiven,
                    date: n.sent_on,
                    note: Some(format!("notices[{i}].psn_enclosed")),
                });
            }
        }
        out.sort_by_key(|e| e.date);
        out
    }

    /// The last time the Procedural Safeguards Notice was given before `on`, if the case says.
    pub fn last_psn_before(&self, on: NaiveDate) -> Option<NaiveDate> {
        crate::notices::last_psn_before(self.all_events().into_iter().map(|e| (e.trigger, e.date)), on)
    }
}

/// serde_json appends " at line L column C"; the position is reported separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests;
