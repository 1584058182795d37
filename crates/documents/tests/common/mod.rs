//! A fixed, fictional IEP (fictional names, OSIS with prefix 999) for tests and benches.
#![allow(dead_code)]

use chrono::{NaiveDate, TimeZone, Utc};
use iepdesk_documents::{
    ConsentDocumentData, ContactPerson, IepDocumentData, MeetingNoticeData, PwnDocumentData,
};
use iepdesk_domain::ids::StudentId;
use iepdesk_domain::iep::{PresentLevels, StartIepDraft};
use iepdesk_domain::language::LanguageCode;
use iepdesk_domain::meeting::{
    Interpreter, Meeting, MeetingType, Participant, Presence, Role, StudentContext,
};
use iepdesk_domain::notices::{
    ConsentKind, ConsentRequestRef, PriorWrittenNotice, PwnAction, PwnSituation, RefusalPackage,
    RejectedOption,
};
use iepdesk_domain::student::{Dbn, Grade, Osis, PersonName, Student};
use serde_json::json;

pub const STUDENT_FIRST: &str = "Maya";
pub const STUDENT_LAST: &str = "Testwell";
pub const OSIS: &str = "999000123";
pub const CONTACT: &str = "Dana Example";

pub const NARRATIVES: [(&str, &str); 7] = [
    (
        "evaluation_results",
        "Psychoeducational evaluation (2026-03-03): cognitive scores in the average range; reading fluency below grade level.\nState ELA assessment (spring 2025): Level 2.\n\nInstructional implications: Maya benefits from explicit phonics instruction and extra time.",
    ),
    ("academic_achievement", "Maya reads at a late 3rd-grade level and solves multi-step math problems with visual supports. She enjoys science and drawing."),
    ("social_development", "Maya has two close friends in class and works well in pairs. She sometimes withdraws when a task feels too hard."),
    ("physical_development", "Maya's health and vision are within normal limits. Fine-motor tasks such as handwriting tire her quickly."),
    ("management_needs", "Maya needs directions broken into steps, a visual schedule, and check-ins from the teacher during independent work."),
    (
        "effect_on_general_education",
        "Maya's reading difficulty affects her access to grade-level texts in all subjects; she needs texts read aloud or at her level.",
    ),
    ("special_factor_needs", "Maya does not need a behavior intervention plan. She benefits from text-to-speech software (assistive technology)."),
];

pub fn student(parent_language: &str) -> Student {
    Student {
        id: StudentId::new(),
        name: PersonName {
            first: STUDENT_FIRST.into(),
            last: STUDENT_LAST.into(),
        },
        date_of_birth: NaiveDate::from_ymd_opt(2015, 4, 2).unwrap(),
        osis: Osis::parse(OSIS).unwrap(),
        home_language: LanguageCode::parse(parent_language).unwrap(),
        parent_language: LanguageCode::parse(parent_language).unwrap(),
        school_dbn: Dbn::parse("02M999").unwrap(),
        grade: Grade::G5,
    }
}

/// The finalized IEP with all seven present-levels components written.
pub fn finalized(parent_language: &str) -> IepDocumentData {
    let student = student(parent_language);
    let (mut iep, _) = StartIepDraft {
        student_id: student.id,
    }
    .start(1);
    for (component, text) in NARRATIVES {
        iep.edit(&format!("present_levels.{component}"), json!(text))
            .unwrap();
    }
    assert_eq!(
        iep.content.present_levels.filled(),
        PresentLevels::COMPONENTS.len()
    );
    iep.finalize(Utc.with_ymd_and_hms(2026, 3, 20, 18, 30, 0).unwrap(), &[])
        .unwrap();
    data(student, iep)
}

/// A draft with only some components written.
pub fn draft(parent_language: &str, written: &[usize]) -> IepDocumentData {
    let student = student(parent_language);
    let (mut iep, _) = StartIepDraft {
        student_id: student.id,
    }
    .start(2);
    for &i in written {
        let (component, text) = NARRATIVES[i];
        iep.edit(&format!("present_levels.{component}"), json!(text))
            .unwrap();
    }
    data(student, iep)
}

pub fn data(student: Student, iep: iepdesk_domain::iep::Iep) -> IepDocumentData {
    IepDocumentData {
        student,
        iep,
        contact: ContactPerson {
            name: CONTACT.into(),
            phone: Some("(212) 555-0147".into()),
            email: Some("dana.example@schools.example".into()),
        },
        produced_on: NaiveDate::from_ymd_opt(2026, 3, 23).unwrap(),
        utc_offset_minutes: -240,
        part: iepdesk_documents::IepPart::Whole,
    }
}

pub fn contact() -> ContactPerson {
    ContactPerson {
        name: CONTACT.into(),
        phone: Some("(212) 555-0147".into()),
        email: Some("dana.example@schools.example".into()),
    }
}

pub fn produced_on() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 23).unwrap()
}

/// Typed text of the fictional notice (English, as the team writes it).
pub const PWN_ACTION: &str = "Maya will receive Integrated Co-Teaching (ICT) services for English Language Arts and math, and speech-language therapy twice a week in a group of three.";
pub const PWN_REASON: &str = "Maya's reading is about two years below grade level; the team agreed she needs a special education teacher in her class to keep up with grade-level work.";
pub const PWN_EVALUATION: &str = "Psychoeducational evaluation, March 3, 2026";
pub const PWN_OPTION: &str = "SETSS three periods a week";
pub const PWN_OPTION_WHY: &str = "Not enough support during ELA and math lessons.";

/// A complete Prior Written Notice of `situation`, sent on March 23, 2026.
pub fn pwn(situation: PwnSituation, parent_language: &str) -> PwnDocumentData {
    let sent_on = produced_on();
    let action = if matches!(
        situation,
        PwnSituation::Refusal
            | PwnSituation::RefusalOfInitialEvaluation
            | PwnSituation::Ineligibility
    ) {
        PwnAction::Refuse
    } else {
        PwnAction::Propose
    };
    let notice = PriorWrittenNotice {
        situation,
        action,
        sent_on,
        language: LanguageCode::parse(parent_language).unwrap(),
        cover_notice: false,
        action_description: PWN_ACTION.into(),
        reasons: PWN_REASON.into(),
        evaluations_relied_on: vec![
            PWN_EVALUATION.into(),
            "Teacher report, February 2026".into(),
        ],
        options_considered: vec![RejectedOption {
            option: PWN_OPTION.into(),
            why_rejected: PWN_OPTION_WHY.into(),
        }],
        no_other_options: false,
        other_factors: "None.".into(),
        safeguards_statement: true,
        psn_enclosed: true,
        psn_how_to_obtain: Some("From the school office or the DOE website.".into()),
        sources_of_assistance: vec!["Committee on Special Education 2, 212-555-0100".into()],
        psn_occasions: vec![],
        consent_request: situation
            .consent_needed()
            .map(|kind| ConsentRequestRef { kind, sent_on }),
        program_visit_contact: Some("Dana Example, 212-555-0101".into()),
        refusal_package: Some(RefusalPackage {
            right_to_refer_told: true,
            copy_of_request: true,
            meeting_offered: true,
        }),
    };
    PwnDocumentData {
        student: student(parent_language),
        notice,
        contact: contact(),
        last_psn_given: None,
        produced_on: produced_on(),
    }
}

/// The annual-review meeting of the fictional student, with its team.
pub fn meeting_notice(parent_language: &str) -> MeetingNoticeData {
    let student = student(parent_language);
    let at = |h, m| {
        NaiveDate::from_ymd_opt(2026, 4, 14)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    };
    let person = |name: &str, roles: Vec<Role>| Participant {
        name: name.into(),
        roles,
        presence: Presence::InPerson,
        joined_at: None,
        left_at: None,
        interprets_instructional_implications: false,
    };
    let meeting = Meeting {
        id: uuid::Uuid::nil(),
        student_id: student.id,
        meeting_type: MeetingType::AnnualReview,
        reconvenes: None,
        starts_at: at(14, 30),
        ends_at: None,
        place: "P.S. 999, Room 214".into(),
        notice_sent_on: Some(NaiveDate::from_ymd_opt(2026, 4, 1).unwrap()),
        interpreter: (parent_language != "en").then(|| Interpreter {
            name: "Ana Interprete".into(),
            language: LanguageCode::parse(parent_language).unwrap(),
            sign_language: false,
        }),
        parent_needs_sign_language: false,
        context: StudentContext::default(),
        proposed_changes: vec![],
        participants: vec![
            person("Ruth Testwell", vec![Role::Parent]),
            person(
                "Dana Example",
                vec![Role::DistrictRepresentative, Role::SchoolPsychologist],
            ),
            person("Omar Sample", vec![Role::SpecialEducationTeacher]),
            person("Lena Fictive", vec![Role::GeneralEducationTeacher]),
        ],
        member_requests: vec![],
        excusals: vec![],
        parent_has_phone: true,
        outreach: vec![],
        student_invitation: None,
        documents_sent_on: None,
        progress_reports_requested_on: None,
        d75_services_contacted_on: None,
    };
    MeetingNoticeData {
        student,
        meeting,
        contact: contact(),
        produced_on: produced_on(),
    }
}

pub const ACTIVITIES: [&str; 3] = [
    "Psychoeducational evaluation",
    "Speech and language evaluation",
    "Classroom observation",
];

pub fn consent(kind: ConsentKind, parent_language: &str) -> ConsentDocumentData {
    ConsentDocumentData {
        student: student(parent_language),
        kind,
        activities: ACTIVITIES.iter().map(|s| s.to_string()).collect(),
        records_shared: None,
        contact: contact(),
        produced_on: produced_on(),
        settings: Default::default(),
    }
}
