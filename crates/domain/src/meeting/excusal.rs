//! A request to excuse a required member (L1725–1749).

use super::team::Role;
use super::FieldErrors;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Who started the excusal. Only the district representative or the parent may (L1725); the other
/// value exists so a request made the wrong way can be recorded and flagged rather than lost.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ExcusalInitiator {
    #[schemars(title = "District representative")]
    DistrictRepresentative,
    #[schemars(title = "Parent")]
    Parent,
    /// The member, a teacher, a charter or non-public school: has no effect (L1725).
    #[schemars(title = "Someone else (has no effect)")]
    Other,
}

/// How the parent agreed (L1737, fn54 L1749).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum AgreementChannel {
    /// The signed and returned request: always valid.
    #[schemars(title = "Signed and returned request")]
    SignedRequest,
    /// The text of an email: only when the member's area will not be discussed or modified.
    #[schemars(title = "Email")]
    Email,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct ParentAgreement {
    #[schemars(title = "How the parent agreed")]
    pub channel: AgreementChannel,
    #[schemars(title = "Agreed on")]
    pub on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct ExcusalRequest {
    #[schemars(title = "Member's role")]
    pub member_role: Role,
    #[schemars(title = "Member's name")]
    pub member_name: String,
    #[schemars(title = "Initiated by")]
    pub initiated_by: ExcusalInitiator,
    /// The member's area of curriculum or related service will be discussed or modified.
    #[schemars(title = "The member's area will be discussed or modified")]
    pub area_discussed: bool,
    /// Whole meeting (`None`) or the parts of it the member is excused from (L1745).
    #[schemars(title = "Parts of the meeting excused from")]
    pub parts: Option<String>,
    /// When the written request went to the parent.
    #[schemars(title = "Request sent to the parent on")]
    pub sent_to_parent_on: Option<NaiveDate>,
    #[schemars(title = "Parent's written agreement")]
    pub parent_agreement: Option<ParentAgreement>,
    /// When the member's written input (summary) was submitted.
    #[schemars(title = "Member's written input submitted on")]
    pub written_input_on: Option<NaiveDate>,
    /// When that summary was given to the parent.
    #[schemars(title = "Summary given to the parent on")]
    pub summary_to_parent_on: Option<NaiveDate>,
    /// The emergency or unavoidable conflict behind a late excusal (logged, L1739).
    #[schemars(title = "Emergency or conflict (late excusal)")]
    #[schemars(extend("x-narrative" = true))]
    pub emergency_reason: Option<String>,
    /// When the parent was told of the right to reschedule (needed inside 5 days, L1739).
    #[schemars(title = "Parent told of the right to reschedule on")]
    pub reschedule_right_notified_on: Option<NaiveDate>,
}

impl ExcusalRequest {
    pub(super) fn validate(&self, at: &str, errors: &mut FieldErrors) {
        if self.member_name.trim().is_empty() {
            errors.missing(
                format!("{at}.member_name"),
                "Enter the name of the member to be excused.",
            );
        }
        if let (Some(w), Some(s)) = (self.written_input_on, self.summary_to_parent_on) {
            if s < w {
                errors.push(
                    format!("{at}.summary_to_parent_on"),
                    "The summary cannot reach the parent before the member submitted it.",
                );
            }
        }
        if self
            .emergency_reason
            .as_deref()
            .is_some_and(|r| r.trim().is_empty())
        {
            errors.push(
                format!("{at}.emergency_reason"),
                "Describe the emergency or conflict, or leave it empty.",
            );
        }
    }
}
