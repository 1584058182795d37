//! The one error type the shells see: a kind to branch on, a sentence for people, and the fields
//! a form should mark.

use iepdesk_domain::{DomainError, FieldError};
use iepdesk_store::StoreError;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ApiErrorKind {
    /// Bad input; `fields` says where.
    Invalid,
    NotFound,
    /// The record is finalized (or otherwise closed) and cannot be edited.
    NotEditable,
    /// Someone else changed the record first.
    Conflict,
    /// First-run setup has not created a user profile yet.
    NoProfile,
    /// The database could not be read or written.
    Storage,
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct ApiError {
    pub kind: ApiErrorKind,
    pub message: String,
    pub fields: Vec<FieldError>,
}

impl ApiError {
    pub fn new(kind: ApiErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            fields: vec![],
        }
    }

    pub fn no_profile() -> Self {
        Self::new(
            ApiErrorKind::NoProfile,
            "Set up your user profile first: every change records who made it.",
        )
    }
}

impl From<DomainError> for ApiError {
    fn from(e: DomainError) -> Self {
        match e {
            DomainError::Invalid(fields) => {
                let message = match fields.as_slice() {
                    [one] => one.message.clone(),
                    many => format!("{} fields need attention.", many.len()),
                };
                Self {
                    kind: ApiErrorKind::Invalid,
                    message,
                    fields,
                }
            }
            DomainError::UnknownField(path) => Self {
                kind: ApiErrorKind::Invalid,
                message: format!("There is no field `{path}`."),
                fields: vec![FieldError::new(path, "Unknown field.")],
            },
            e @ (DomainError::NotEditable(_)
            | DomainError::NotAmendable(_)
            | DomainError::NoticeIssued) => Self::new(ApiErrorKind::NotEditable, e.to_string()),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Domain(d) => d.into(),
            StoreError::NotFound { .. } => Self::new(ApiErrorKind::NotFound, e.to_string()),
            StoreError::DuplicateOsis(_) => Self {
                kind: ApiErrorKind::Invalid,
                message: e.to_string(),
                fields: vec![FieldError::new(
                    "osis",
                    "A student with this OSIS number is already in IEP Desk.",
                )],
            },
            StoreError::DraftExists => Self::new(ApiErrorKind::Conflict, e.to_string()),
            StoreError::Immutable => Self::new(ApiErrorKind::NotEditable, e.to_string()),
            StoreError::Corrupt(_)
            | StoreError::TooNew { .. }
            | StoreError::Io(..)
            | StoreError::Sqlite(_) => Self::new(ApiErrorKind::Storage, e.to_string()),
        }
    }
}
