//! An IEP meeting: its type, time and place, what the team will consider, who took part, excusals,
//! outreach to the parent and the student's invitation. The compliance checks
//! (`crate::compliance`) read this record; this module only keeps it well formed.
//!
//! - [`kinds`]: meeting types, programs, proposed changes.
//! - [`team`]: roles and participants.
//! - [`excusal`]: excusal requests.
//! - [`outreach`]: parent outreach, member requests, the student's invitation.

pub mod excusal;
pub mod kinds;
pub mod outreach;
pub mod team;

pub use chrono::NaiveDateTime;
pub use excusal::{AgreementChannel, ExcusalInitiator, ExcusalRequest, ParentAgreement};
pub use kinds::{MeetingType, Program, ProposedChange, RatioChange};
pub use outreach::{
    MemberRequest, MemberRequestKind, OutreachAttempt, OutreachChannel, OutreachOutcome, Requester,
    StudentInvitation,
};
pub use team::{Participant, Presence, Role};

use crate::error::{DomainError, FieldError};
use crate::ids::StudentId;
use crate::language::LanguageCode;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// Facts about the student that decide who must attend, as the team records them for this
/// meeting. They are not on `Student` because they change from meeting to meeting.
#[derive(
    Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct StudentContext {
    /// The current recommendation; `None` before an initial recommendation.
    #[schemars(title = "Current program")]
    pub current_program: Option<Program>,
    /// Currently in, or being considered for, general education beyond what the programs say
    /// (e.g. a special-class student mainstreamed for some subjects) (L1555, L1565).
    #[schemars(title = "Is or may be in general education")]
    pub may_be_in_general_education: bool,
    #[schemars(title = "English Language Learner")]
    pub english_language_learner: bool,
    /// Assessed bilingually although not an ELL (L1655).
    #[schemars(title = "Assessed bilingually")]
    pub assessed_bilingually: bool,
    /// Currently recommended for a bilingual program or related service (L1655).
    #[schemars(title = "Has bilingual services")]
    pub bilingual_services: bool,
    /// Hearing loss may need extra consideration (L1701).
    #[schemars(title = "Hearing loss needs consideration")]
    pub hearing_loss_consideration: bool,
    /// Vision loss may need extra consideration (L1701).
    #[schemars(title = "Vision loss needs consideration")]
    pub vision_loss_consideration: bool,
    /// In a non-specialized (District 1–32) school; decides the ESY trigger (L1297).
    #[schemars(title = "Attends a non-specialized (District 1–32) school")]
    pub non_specialized_school: bool,
    /// Receives related services: providers must be asked for progress reports (L1623).
    #[schemars(title = "Receives related services")]
    pub has_related_services: bool,
}

/// The interpreter for the parent: not a team member (L1723), arranged by the district
/// representative (L1433).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct Interpreter {
    #[schemars(title = "Name")]
    pub name: String,
    #[schemars(title = "Language")]
    pub language: LanguageCode,
    #[schemars(title = "Sign language")]
    pub sign_language: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct Meeting {
    #[ts(type = "string")]
    #[schemars(extend("x-hidden" = true))]
    pub id: Uuid,
    #[schemars(extend("x-hidden" = true))]
    pub student_id: StudentId,
    #[schemars(title = "Meeting type")]
    pub meeting_type: MeetingType,
    /// For a reconvened meeting: the type of the meeting it continues.
    #[schemars(title = "Type of the meeting being reconvened")]
    pub reconvenes: Option<MeetingType>,
    #[schemars(title = "Date and start time")]
    pub starts_at: NaiveDateTime,
    /// The actual end, once the meeting is over; continuous presence is checked against it.
    #[schemars(title = "Ended at")]
    pub ends_at: Option<NaiveDateTime>,
    #[schemars(title = "Place")]
    pub place: String,
    #[schemars(title = "Notice of IEP Meeting sent on")]
    pub notice_sent_on: Option<NaiveDate>,
    #[schemars(title = "Interpreter for the parent")]
    pub interpreter: Option<Interpreter>,
    /// The parent needs a sign-language interpreter (L1433).
    #[schemars(title = "The parent needs a sign-language interpreter")]
    pub parent_needs_sign_language: bool,
    #[schemars(title = "About the student")]
    pub context: StudentContext,
    #[schemars(title = "Changes the team will consider")]
    pub proposed_changes: Vec<ProposedChange>,
    #[schemars(title = "Participants (attendance sheet)")]
    pub participants: Vec<Participant>,
    #[schemars(title = "Requests for a parent member or physician")]
    pub member_requests: Vec<MemberRequest>,
    #[schemars(title = "Excusal requests")]
    pub excusals: Vec<ExcusalRequest>,
    /// The parent has a telephone: decides how many calls outreach needs (L1349).
    #[schemars(title = "The parent has a telephone")]
    pub parent_has_phone: bool,
    #[schemars(title = "Attempts to reach the parent")]
    pub outreach: Vec<OutreachAttempt>,
    #[schemars(title = "The student's invitation")]
    pub student_invitation: Option<StudentInvitation>,
    /// When the assessments, reports and other documents were mailed to the parent (L1319, L1325).
    #[serde(default)]
    #[schemars(title = "Documents mailed to the parent on")]
    pub documents_sent_on: Option<NaiveDate>,
    /// When related service providers were asked for progress reports (fn47 L1475, L1623).
    #[serde(default)]
    #[schemars(title = "Progress reports requested from providers on")]
    pub progress_reports_requested_on: Option<NaiveDate>,
    /// When the D75 hearing or vision services office was contacted (L1701).
    #[serde(default)]
    #[schemars(title = "D75 hearing or vision services contacted on")]
    pub d75_services_contacted_on: Option<NaiveDate>,
}

impl Meeting {
    /// The date of the meeting, which every lead time counts back from.
    pub fn date(&self) -> NaiveDate {
        self.starts_at.date()
    }

    /// The type whose member rules apply: a reconvened meeting inherits them.
    pub fn effective_type(&self) -> MeetingType {
        match (self.meeting_type, self.reconvenes) {
            (MeetingType::Reconvene, Some(t)) => t,
            (t, _) => t,
        }
    }

    pub fn considers(&self, change: &ProposedChange) -> bool {
        self.proposed_changes.contains(change)
    }

    /// Present participants holding `role`.
    pub fn with_role(&self, role: Role) -> impl Iterator<Item = &Participant> {
        self.participants.iter().filter(move |p| p.has(role))
    }

    /// The construction gate: every structural problem, each under its field path. Compliance
    /// (who is missing, what is late) is not a validation error: a meeting record may be saved
    /// incomplete and is checked by `compliance::check_meeting`.
    pub fn validate(self) -> Result<Self, DomainError> {
        let mut errors = FieldErrors::default();
        self.check(&mut errors);
        errors.into_result(self)
    }

    /// Only the values that cannot be right whatever is added later (times out of order, a
    /// reconvened meeting without its original type…), under paths relative to the meeting
    /// (`participants.0.left_at`). A blank name or place is not among them: a record being filled
    /// in at the table has blanks, and the compliance checks say what is still missing. The IEP
    /// edit refuses these at save time.
    pub fn structural_errors(&self) -> Vec<FieldError> {
        let mut errors = FieldErrors {
            structural_only: true,
            ..FieldErrors::default()
        };
        self.check(&mut errors);
        errors
            .list
            .into_iter()
            .map(|e| FieldError::new(e.field.replace('[', ".").replace(']', ""), e.message))
            .collect()
    }

    fn check(&self, errors: &mut FieldErrors) {
        if self.place.trim().is_empty() {
            errors.missing("place", "Enter where the meeting is held.");
        }
        match (self.meeting_type, self.reconvenes) {
            (MeetingType::Reconvene, None) => errors.push(
                "reconvenes",
                "Choose the type of the meeting being reconvened.",
            ),
            (MeetingType::Reconvene, Some(MeetingType::Reconvene)) => errors.push(
                "reconvenes",
                "Choose the original meeting's type, not \"reconvene\".",
            ),
            (t, Some(_)) if t != MeetingType::Reconvene => errors.push(
                "reconvenes",
                "Only a reconvened meeting continues another meeting.",
            ),
            _ => {}
        }
        if let Some(end) = self.ends_at {
            if end <= self.starts_at {
                errors.push("ends_at", "The meeting must end after it starts.");
            }
        }
        if self.notice_sent_on.is_some_and(|d| d > self.date()) {
            errors.push(
                "notice_sent_on",
                "The notice cannot be sent after the meeting.",
            );
        }
        if let Some(i) = &self.interpreter {
            if i.name.trim().is_empty() {
                errors.missing("interpreter.name", "Enter the interpreter's name.");
            }
        }
        for (i, p) in self.participants.iter().enumerate() {
            p.validate(&format!("participants[{i}]"), errors);
            let window = |t: Option<NaiveDateTime>| {
                t.is_some_and(|t| t < self.starts_at || self.ends_at.is_some_and(|e| t > e))
            };
            if window(p.joined_at) {
                errors.push(
                    format!("participants[{i}].joined_at"),
                    "The time joined is outside the meeting.",
                );
            }
            if window(p.left_at) {
                errors.push(
                    format!("participants[{i}].left_at"),
                    "The time left is outside the meeting.",
                );
            }
        }
        for (i, e) in self.excusals.iter().enumerate() {
            e.validate(&format!("excusals[{i}]"), errors);
        }
        for (i, o) in self.outreach.iter().enumerate() {
            o.validate(&format!("outreach[{i}]"), errors);
            if o.at > self.starts_at {
                errors.push(
                    format!("outreach[{i}].at"),
                    "Outreach is logged before the meeting.",
                );
            }
        }
    }
}

/// Collects field errors so a form gets every problem at once.
#[derive(Debug, Default)]
pub(crate) struct FieldErrors {
    list: Vec<FieldError>,
    /// Skip what is merely missing (see `Meeting::structural_errors`).
    structural_only: bool,
}

impl FieldErrors {
    pub(crate) fn push(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.list.push(FieldError::new(field, message));
    }

    /// A value not filled in yet: refused when a meeting is constructed whole, left to the
    /// compliance findings while it is edited field by field.
    pub(crate) fn missing(&mut self, field: impl Into<String>, message: impl Into<String>) {
        if !self.structural_only {
            self.push(field, message);
        }
    }

    pub(crate) fn into_result<T>(self, value: T) -> Result<T, DomainError> {
        if self.list.is_empty() {
            Ok(value)
        } else {
            Err(DomainError::Invalid(self.list))
        }
    }
}

#[cfg(test)]
pub(crate) mod fixtures;
#[cfg(test)]
mod tests;
