//! Domain errors. Validation errors name the field they concern, so a form can show the message
//! beside it, and the whole list comes back at once rather than one error per attempt.

use serde::Serialize;
use ts_rs::TS;

/// One invalid field: `field` is the input's field name (or a path such as
/// `present_levels.social_development`), `message` says what is wrong in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { field: field.into(), message: message.into() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    #[error("invalid input: {}", summary(.0))]
    Invalid(Vec<FieldError>),
    #[error("unknown field path `{0}`")]
    UnknownField(String),
    #[error("the IEP is {0} and cannot be edited; amend it to make changes")]
    NotEditable(&'static str),
    #[error("the IEP is {0}: only a finalized IEP (the one in effect) can be amended")]
    NotAmendable(&'static str),
    #[error("this notice was issued and cannot be changed; start a new notice to correct it")]
    NoticeIssued,
}

fn summary(errors: &[FieldError]) -> String {
    errors.iter().map(|e| format!("{}: {}", e.field, e.message)).collect::<Vec<_>>().join("; ")
}

impl DomainError {
    pub fn field(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Invalid(vec![FieldError::new(field, message)])
    }
}
