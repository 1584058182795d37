//! A fixed, fictional IEP (fictional names, OSIS with prefix 999) for tests and benches.
#![allow(dead_code)]

use chrono::{NaiveDate, TimeZone, Utc};
use iepdesk_documents::{ContactPerson, IepDocumentData};
use iepdesk_domain::ids::StudentId;
use iepdesk_domain::iep::{PresentLevels, StartIepDraft};
use iepdesk_domain::language::LanguageCode;
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
    }
}
