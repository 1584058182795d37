//! A compliant annual review and its student, for tests to break one thing at a time.

use super::*;
use crate::student::{Dbn, Grade, Osis, PersonName, Student};

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub fn t(y: i32, m: u32, day: u32, h: u32, min: u32) -> NaiveDateTime {
    d(y, m, day).and_hms_opt(h, min, 0).unwrap()
}

/// Born 2016-05-01: 9 at the meeting, so no invitation is required.
pub fn student() -> Student {
    Student {
        id: StudentId::new(),
        name: PersonName {
            first: "Ana".into(),
            last: "Reyes".into(),
        },
        date_of_birth: d(2016, 5, 1),
        osis: Osis::parse("123456789").unwrap(),
        home_language: LanguageCode::parse("en").unwrap(),
        parent_language: LanguageCode::parse("en").unwrap(),
        school_dbn: Dbn::parse("02M475").unwrap(),
        grade: Grade::G4,
    }
}

pub fn person(name: &str, roles: &[Role]) -> Participant {
    Participant {
        name: name.into(),
        roles: roles.to_vec(),
        presence: Presence::InPerson,
        joined_at: None,
        left_at: None,
        interprets_instructional_implications: false,
    }
}

/// Annual review on Tue 2026-03-10, 9:00–10:00, of an ICT student: DR (psychologist), special-ed
/// teacher (interprets results), gen-ed teacher, parent. Notice sent 2026-02-27.
pub fn annual_review(student: &Student) -> Meeting {
    let mut teacher = person("T. Special", &[Role::SpecialEducationTeacher]);
    teacher.interprets_instructional_implications = true;
    Meeting {
        id: Uuid::nil(),
        student_id: student.id,
        meeting_type: MeetingType::AnnualReview,
        reconvenes: None,
        starts_at: t(2026, 3, 10, 9, 0),
        ends_at: Some(t(2026, 3, 10, 10, 0)),
        place: "P.S. 475, room 210".into(),
        notice_sent_on: Some(d(2026, 2, 27)),
        interpreter: None,
        parent_needs_sign_language: false,
        context: StudentContext {
            current_program: Some(Program::Ict),
            non_specialized_school: true,
            ..Default::default()
        },
        proposed_changes: vec![],
        participants: vec![
            person("D. Rep", &[Role::DistrictRepresentative]),
            teacher,
            person("G. General", &[Role::GeneralEducationTeacher]),
            person("P. Reyes", &[Role::Parent]),
        ],
        member_requests: vec![],
        excusals: vec![],
        parent_has_phone: true,
        outreach: vec![],
        student_invitation: None,
        documents_sent_on: None,
        progress_reports_requested_on: None,
        d75_services_contacted_on: None,
    }
}
