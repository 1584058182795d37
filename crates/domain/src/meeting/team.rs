//! Who was at the meeting, in what capacity, how, and when (the attendance sheet, L1485, fn48).

use super::{FieldErrors, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Every member role of the team-composition rules (digest 03 §2.2, L1169–1727). An interpreter
/// is not a team member (L1723) and is recorded on the meeting, not here.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "MeetingRole")]
pub enum Role {
    #[schemars(title = "Parent")]
    Parent,
    #[schemars(title = "District representative")]
    DistrictRepresentative,
    #[schemars(title = "School psychologist")]
    SchoolPsychologist,
    #[schemars(title = "Special education teacher")]
    SpecialEducationTeacher,
    /// Related service provider; fills the special-education teacher role for a student with
    /// related services only (L1497).
    #[schemars(title = "Related service provider")]
    RelatedServiceProvider,
    #[schemars(title = "General education teacher")]
    GeneralEducationTeacher,
    #[schemars(title = "School social worker")]
    SchoolSocialWorker,
    /// The additional parent member (L1671).
    #[schemars(title = "Parent member")]
    ParentMember,
    #[schemars(title = "Physician")]
    Physician,
    /// A licensed bilingual professional (L1655).
    #[schemars(title = "Licensed bilingual professional")]
    BilingualProfessional,
    #[schemars(title = "Student")]
    Student,
    #[schemars(title = "Transition agency representative")]
    TransitionAgencyRepresentative,
    #[schemars(title = "Teacher of the Deaf and Hard of Hearing")]
    TeacherOfDeafAndHearingImpaired,
    #[schemars(title = "Teacher of the Blind and Partially Sighted")]
    TeacherOfBlindAndPartiallySighted,
    #[schemars(title = "Audiologist")]
    Audiologist,
    #[schemars(title = "School nurse")]
    SchoolNurse,
    #[schemars(title = "Assessment professional")]
    AssessmentProfessional,
    #[schemars(title = "Supervisory personnel")]
    SupervisoryPersonnel,
    #[schemars(title = "Other school personnel")]
    OtherSchoolPersonnel,
    /// Someone with special expertise or knowledge of the student (L1723).
    #[schemars(title = "Person with special expertise")]
    SpecialExpertise,
    /// A role, not a title (L1375): usually also the psychologist or a teacher.
    #[schemars(title = "Case manager")]
    CaseManager,
}

/// How a participant took part. The manual names in person and phone (L1339, L1417); video is
/// treated as phone (docs/decisions-meeting.md, M-2).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    #[schemars(title = "In person")]
    InPerson,
    #[schemars(title = "By phone")]
    Phone,
    #[schemars(title = "By video")]
    Video,
}

/// One row of the attendance sheet. One person may hold several roles (L1375).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct Participant {
    #[schemars(title = "Name")]
    pub name: String,
    #[schemars(title = "Roles")]
    pub roles: Vec<Role>,
    #[schemars(title = "Took part")]
    pub presence: Presence,
    /// When the participant joined; `None` = from the start.
    #[schemars(title = "Joined at")]
    pub joined_at: Option<NaiveDateTime>,
    /// When the participant left; `None` = stayed to the end.
    #[schemars(title = "Left at")]
    pub left_at: Option<NaiveDateTime>,
    /// Able to interpret the instructional implications of assessment results (L1521).
    #[schemars(title = "Can interpret the instructional implications of assessments")]
    pub interprets_instructional_implications: bool,
}

impl Participant {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    pub(super) fn validate(&self, at: &str, errors: &mut FieldErrors) {
        if self.name.trim().is_empty() {
            errors.missing(format!("{at}.name"), "Enter the participant's name.");
        }
        if self.roles.is_empty() {
            errors.missing(format!("{at}.roles"), "Choose at least one role.");
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
