//! Attempts to reach the parent before a meeting held without them (L1347–1353), and requests for
//! a parent member or physician (L1671, L1685).

use super::FieldErrors;
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OutreachChannel {
    Phone,
    /// Follow-up letter by mail (L1353).
    LetterByMail,
    /// Letter sent home with the student, when there is no phone or no voicemail could be left.
    LetterHomeWithStudent,
    /// Not named by the manual; logged, but it counts toward no requirement (M-4).
    Email,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OutreachOutcome {
    /// Spoke with the parent.
    Reached,
    VoicemailLeft,
    /// No answer and no voicemail could be left.
    NoAnswerNoVoicemail,
    WrongOrDisconnectedNumber,
    /// A letter or email went out.
    Sent,
    Returned,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct OutreachAttempt {
    pub channel: OutreachChannel,
    pub at: NaiveDateTime,
    /// The number called or the address used (L1353 asks for both to be logged).
    pub contact_used: String,
    pub outcome: OutreachOutcome,
    /// What was said, if anything.
    pub notes: String,
}

impl OutreachAttempt {
    pub(super) fn validate(&self, at: &str, errors: &mut FieldErrors) {
        if self.contact_used.trim().is_empty() {
            errors.push(
                format!("{at}.contact_used"),
                "Log the number called or the address used (SOPM L1353).",
            );
        }
    }
}

/// Who may ask for a parent member or physician (L1671, L1685).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Requester {
    Parent,
    /// The student, when 18 or older.
    AdultStudent,
    TeamMember,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MemberRequestKind {
    ParentMember,
    Physician,
}

/// A written request for a parent member or physician.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct MemberRequest {
    pub kind: MemberRequestKind,
    pub requested_by: Requester,
    pub received_in_writing_on: NaiveDate,
}

/// The student's invitation (L1683): required from age 14.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct StudentInvitation {
    pub sent_on: NaiveDate,
    /// For a student under 14: the parent was consulted about the student attending.
    pub parent_consulted: bool,
}
