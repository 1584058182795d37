//! Who was at the meeting, in what capacity, how, and when (the attendance sheet, L1485, fn48).

use super::{FieldErrors, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Every member role of the team-composition rules (digest 03 §2.2, L1169–1727). An interpreter
/// is not a team member (L1723) and is recorded on the meeting, not here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "MeetingRole")]
pub enum Role {
    Parent,
    DistrictRepresentative,
    SchoolPsychologist,
    SpecialEducationTeacher,
    /// Related service provider; fills the special-education teacher role for a student with
    /// related services only (L1497).
    RelatedServiceProvider,
    GeneralEducationTeacher,
    SchoolSocialWorker,
    /// The additional parent member (L1671).
    ParentMember,
    Physician,
    /// A licensed bilingual professional (L1655).
    BilingualProfessional,
    Student,
    TransitionAgencyRepresentative,
    TeacherOfDeafAndHearingImpaired,
    TeacherOfBlindAndPartiallySighted,
    Audiologist,
    SchoolNurse,
    AssessmentProfessional,
    SupervisoryPersonnel,
    OtherSchoolPersonnel,
    /// Someone with special expertise or knowledge of the student (L1723).
    SpecialExpertise,
    /// A role, not a title (L1375): usually also the psychologist or a teacher.
    CaseManager,
}

/// How a participant took part. The manual names in person and phone (L1339, L1417); video is
/// treated as phone (docs/decisions-meeting.md, M-2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    InPerson,
    Phone,
    Video,
}

/// One row of the attendance sheet. One person may hold several roles (L1375).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct Participant {
    pub name: String,
    pub roles: Vec<Role>,
    pub presence: Presence,
    /// When the participant joined; `None` = from the start.
    pub joined_at: Option<NaiveDateTime>,
    /// When the participant left; `None` = stayed to the end.
    pub left_at: Option<NaiveDateTime>,
    /// Able to interpret the instructional implications of assessment results (L1521).
    pub interprets_instructional_implications: bool,
}

impl Participant {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    pub(super) fn validate(&self, at: &str, errors: &mut FieldErrors) {
        if self.name.trim().is_empty() {
            errors.push(format!("{at}.name"), "Enter the participant's name.");
        }
        if self.roles.is_empty() {
            errors.push(format!("{at}.roles"), "Choose at least one role.");
        }
        if let (Some(j), Some(l)) = (self.joined_at, self.left_at) {
            if l < j {
                errors.push(
                    format!("{at}.left_at"),
                    "The time left is before the time joined.",
                );
            }
        }
    }
}
