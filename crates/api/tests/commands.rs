//! The application surface, end to end on a real database file.

use chrono::NaiveDate;
use iepdesk_api::{ApiErrorKind, App};
use iepdesk_domain::{
    CreateStudent, EditField, IepStatus, NewUserProfile, PresentLevels, Role, StartIepDraft,
    StepStatus,
};
use serde_json::json;
use tempfile::TempDir;

fn input() -> CreateStudent {
    CreateStudent {
        first_name: "Demo".into(),
        last_name: "Learner".into(),
        date_of_birth: "2013-01-15".into(),
        osis: "200000041".into(),
        home_language: "ar".into(),
        parent_language: "ar".into(),
        school_dbn: "75X811".into(),
        grade: "7".into(),
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn app() -> (TempDir, App) {
    let dir = TempDir::new().unwrap();
    let app = App::open(dir.path().join("db.sqlite3")).unwrap();
    (dir, app)
}

#[test]
fn nothing_is_written_before_a_profile_exists() {
    let (_d, app) = app();
    assert_eq!(app.get_profile().unwrap(), None);
    let err = app.create_student_on(input(), today()).unwrap_err();
    assert_eq!(err.kind, ApiErrorKind::NoProfile);
    assert!(app.list_students("").unwrap().is_empty());
}

#[test]
fn profile_validation_names_the_field() {
    let (_d, app) = app();
    let err = app
        .create_profile(NewUserProfile {
            name: " ".into(),
            role: Role::Provider,
        })
        .unwrap_err();
    assert_eq!(err.kind, ApiErrorKind::Invalid);
    assert_eq!(err.fields[0].field, "name");
    assert_eq!(app.get_profile().unwrap(), None);
}

#[test]
fn case_manager_slice_survives_reopening() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("db.sqlite3");
    let (student, iep) = {
        let app = App::open(&path).unwrap();
        let me = app
            .create_profile(NewUserProfile {
                name: "Casey Manager".into(),
                role: Role::CaseManager,
            })
            .unwrap();
        let student = app.create_student_on(input(), today()).unwrap();
        let iep = app
            .start_iep_draft(StartIepDraft {
                student_id: student.id,
            })
            .unwrap();
        let text =
            "Reads grade-level text with support; decodes multisyllabic words — النص العربي 👍";
        let saved = app
            .edit_iep_field(EditField {
                iep_id: iep.id,
                path: "present_levels.academic_achievement".into(),
                value: json!(text),
            })
            .unwrap();
        assert!(saved.changed);
        let step = saved
            .steps
            .iter()
            .find(|s| s.id == "present_levels")
            .unwrap();
        assert_eq!(step.status, StepStatus::InProgress);
        let history = app.history(iep.id.0).unwrap();
        assert_eq!(history.last().unwrap().author_id, me.id.to_string());
        (student, iep)
    };
    let app = App::open(&path).unwrap();
    assert_eq!(app.get_profile().unwrap().unwrap().name, "Casey Manager");
    let view = app.get_iep(iep.id).unwrap();
    assert_eq!(view.student, student);
    assert!(view
        .iep
        .content
        .present_levels
        .academic_achievement
        .ends_with("النص العربي 👍"));
    let list = app.list_students("learner").unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(
        list[0].draft_iep_id.as_deref(),
        Some(iep.id.to_string().as_str())
    );
    assert_eq!(app.integrity_check().unwrap(), "ok");
}

#[test]
fn bad_input_gets_specific_errors_and_changes_nothing() {
    let (_d, app) = app();
    app.create_profile(NewUserProfile {
        name: "Casey".into(),
        role: Role::CaseManager,
    })
    .unwrap();
    let mut bad = input();
    bad.osis = "12345".into();
    bad.date_of_birth = "2030-01-01".into();
    let err = app.create_student_on(bad, today()).unwrap_err();
    assert_eq!(err.kind, ApiErrorKind::Invalid);
    let fields: Vec<_> = err.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["date_of_birth", "osis"]);
    assert!(app.list_students("").unwrap().is_empty());

    let student = app.create_student_on(input(), today()).unwrap();
    let dup = app.create_student_on(input(), today()).unwrap_err();
    assert_eq!(dup.fields[0].field, "osis");

    let iep = app
        .start_iep_draft(StartIepDraft {
            student_id: student.id,
        })
        .unwrap();
    let second = app
        .start_iep_draft(StartIepDraft {
            student_id: student.id,
        })
        .unwrap_err();
    assert_eq!(second.kind, ApiErrorKind::Conflict);

    let before = app.history(iep.id.0).unwrap().len();
    let err = app
        .edit_iep_field(EditField {
            iep_id: iep.id,
            path: "present_levels.no_such_field".into(),
            value: json!("x"),
        })
        .unwrap_err();
    assert_eq!(err.kind, ApiErrorKind::Invalid);
    assert_eq!(app.history(iep.id.0).unwrap().len(), before);
}

#[test]
fn finalized_iep_refuses_edits() {
    let (_d, app) = app();
    app.create_profile(NewUserProfile {
        name: "Casey".into(),
        role: Role::CaseManager,
    })
    .unwrap();
    let student = app.create_student_on(input(), today()).unwrap();
    let iep = app
        .start_iep_draft(StartIepDraft {
            student_id: student.id,
        })
        .unwrap();
    let blocked = app.finalize_iep(iep.id).unwrap_err();
    assert_eq!(blocked.kind, ApiErrorKind::Invalid);
    for c in PresentLevels::COMPONENTS {
        assert!(
            blocked
                .fields
                .iter()
                .any(|f| f.field == format!("present_levels.{c}")),
            "{c}"
        );
    }
    for c in PresentLevels::COMPONENTS {
        app.edit_iep_field(EditField {
            iep_id: iep.id,
            path: format!("present_levels.{c}"),
            value: json!("done"),
        })
        .unwrap();
    }
    // The rest of a complete IEP (every content rule must pass): the full high-school case's.
    let full = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/cases/high-school-full.json"
    ))
    .unwrap();
    let mut rest = iepdesk_domain::case::Case::from_json(&full).unwrap().iep;
    let done = app.get_iep(iep.id).unwrap().iep.content.present_levels;
    rest.present_levels = iepdesk_domain::PresentLevels {
        needs: rest.present_levels.needs,
        testing_accommodation_considerations: "done".into(),
        ..done
    };
    let meeting = rest.meeting.as_mut().unwrap();
    meeting.student_id = student.id;
    meeting.interpreter = Some(iepdesk_domain::meeting::Interpreter {
        name: "Interpreter Fictional".into(),
        language: iepdesk_domain::LanguageCode::parse("ar").unwrap(),
        sign_language: false,
    });
    rest.placement.promotion_criteria =
        Some(iepdesk_domain::iep::placement::PromotionCriteria::Standard); // grade 7
    app.fill_iep(iep.id, &rest).unwrap();
    let fin = app
        .finalize_iep_on(iep.id, NaiveDate::from_ymd_opt(2026, 3, 16).unwrap())
        .unwrap();
    assert!(matches!(fin.status, IepStatus::Finalized { .. }));
    let err = app
        .edit_iep_field(EditField {
            iep_id: iep.id,
            path: "present_levels.social_development".into(),
            value: json!("later"),
        })
        .unwrap_err();
    assert_eq!(err.kind, ApiErrorKind::NotEditable);
    assert_eq!(
        app.get_iep(iep.id)
            .unwrap()
            .iep
            .content
            .present_levels
            .social_development,
        "done"
    );
    // A new draft (the next version) can be started once the last one is final.
    let next = app
        .start_iep_draft(StartIepDraft {
            student_id: student.id,
        })
        .unwrap();
    assert_eq!(next.version, 2);
}

#[test]
fn saving_the_same_value_again_confirms_without_logging() {
    let (_d, app) = app();
    app.create_profile(NewUserProfile {
        name: "Casey".into(),
        role: Role::CaseManager,
    })
    .unwrap();
    let student = app.create_student_on(input(), today()).unwrap();
    let iep = app
        .start_iep_draft(StartIepDraft {
            student_id: student.id,
        })
        .unwrap();
    let edit = || EditField {
        iep_id: iep.id,
        path: "present_levels.management_needs".into(),
        value: json!("Preferential seating."),
    };
    assert!(app.edit_iep_field(edit()).unwrap().changed);
    let n = app.history(iep.id.0).unwrap().len();
    let again = app.edit_iep_field(edit()).unwrap();
    assert!(!again.changed);
    assert_eq!(app.history(iep.id.0).unwrap().len(), n);
}
