//! Attempts to reach the parent before a meeting held without them (L1347–1353), and requests for
//! a parent member or physician (L1671, L1685).

use super::FieldErrors;
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum OutreachChannel {
    #[schemars(title = "Phone call")]
    Phone,
    /// Follow-up letter by mail (L1353).
    #[schemars(title = "Letter by mail")]
    LetterByMail,
    /// Letter sent home with the student, when there is no phone or no voicemail could be left.
    #[schemars(title = "Letter home with the student")]
    LetterHomeWithStudent,
    /// Not named by the manual; logged, but it counts toward no requirement (M-4).
    #[schemars(title = "Email (logged, counts toward nothing)")]
    Email,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum OutreachOutcome {
    /// Spoke with the parent.
    #[schemars(title = "Reached the parent")]
    Reached,
    #[schemars(title = "Voicemail left")]
    VoicemailLeft,
    /// No answer and no voicemail could be left.
    #[schemars(title = "No answer, no voicemail")]
    NoAnswerNoVoicemail,
    #[schemars(title = "Wrong or disconnected number")]
    WrongOrDisconnectedNumber,
    /// A letter or email went out.
    #[schemars(title = "Sent")]
    Sent,
    #[schemars(title = "Returned")]
    Returned,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct OutreachAttempt {
    #[schemars(title = "Channel")]
    pub channel: OutreachChannel,
    #[schemars(title = "Date and time")]
    pub at: NaiveDateTime,
    /// The number called or the address used (L1353 asks for both to be logged).
    #[schemars(title = "Number called or address used")]
    pub contact_used: String,
    #[schemars(title = "Outcome")]
    pub outcome: OutreachOutcome,
    /// What was said, if anything.
    #[schemars(title = "What was said")]
    #[schemars(extend("x-narrative" = true))]
    pub notes: String,
}

impl OutreachAttempt {
    pub(super) fn validate(&self, at: &str, errors: &mut FieldErrors) {
        if self.contact_used.trim().is_empty() {
            errors.missing(
                format!("{at}.contact_used"),
                "Log the number called or the address used (SOPM L1353).",
            );
        }
    }
}

/// Who may ask for a parent member or physician (L1671, L1685).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Requester {
    #[schemars(title = "Parent")]
    Parent,
    /// The student, when 18 or older.
    #[schemars(title = "The student (18 or older)")]
    AdultStudent,
    #[schemars(title = "A team member")]
    TeamMember,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum MemberRequestKind {
    #[schemars(title = "Parent member")]
    ParentMember,
    #[schemars(title = "Physician")]
    Physician,
}

/// A written request for a parent member or physician.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct MemberRequest {
    #[schemars(title = "Requested member")]
    pub kind: MemberRequestKind,
    #[schemars(title = "Requested by")]
    pub requested_by: Requester,
    #[schemars(title = "Received in writing on")]
    pub received_in_writing_on: NaiveDate,
}

/// The student's invitation (L1683): required from age 14.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct StudentInvitation {
    #[schemars(title = "Sent on")]
    pub sent_on: NaiveDate,
    /// For a student under 14: the parent was consulted about the student attending.
    #[schemars(title = "The parent was consulted (student under 14)")]
    pub parent_consulted: bool,
}
