//! The fictional demo caseload. Names are invented and OSIS numbers use the 999 prefix, which
//! the DOE does not issue, so no record here can be mistaken for a real student's.

use iepdesk_api::{ApiError, App};
use iepdesk_domain::language::LanguageCode;
use iepdesk_domain::meeting::Interpreter;
use iepdesk_domain::{
    CreateStudent, EditField, IepContent, NewUserProfile, PresentLevels, Role, StartIepDraft,
};
use serde_json::json;

pub enum Seeded {
    Created(usize),
    AlreadyThere(usize),
}

/// A complete high-school IEP (transition, goals with benchmarks, ICT, related services, a
/// paraprofessional, testing accommodations) that finalizes: the demo's one fully filled draft.
const FULL_CASE: &str = include_str!("../../../tests/cases/high-school-full.json");

/// The student whose draft is filled from [`FULL_CASE`] (a 10th grader, so transition applies).
const FULL_DRAFT_OF: &str = "Snowquill";

/// The student whose IEP is filled from [`FULL_CASE`] and finalized, so "Print for parent" has a
/// finalized IEP to show (in Albanian, the parent's language).
const FINALIZED_OF: &str = "Stonebridge-Demo";

/// (first, last, born, home language, parent language, school DBN, grade)
const CASELOAD: &[(&str, &str, &str, &str, &str, &str, &str)] = &[
    ("Amara", "Brightwater", "2016-02-11", "en", "en", "02M901", "4"),
    ("Luis", "Cardenal-Demo", "2013-09-30", "es", "es", "09X902", "7"),
    ("Mei", "Lanternfield", "2015-05-19", "zh-Hant", "zh-Hant", "20K903", "5"),
    ("Dmitri", "Snowquill", "2010-12-02", "ru", "ru", "21K904", "10"),
    ("Fatima", "Rosewind", "2014-07-07", "ar", "ar", "24Q905", "6"),
    ("Tanvir", "Riverstone", "2012-03-22", "bn", "bn", "28Q906", "8"),
    ("Ayesha", "Moonorchard", "2011-10-14", "ur", "ur", "27Q907", "9"),
    ("Jean-Baptiste", "Harborlight", "2009-01-05", "ht", "ht", "17K908", "11"),
    ("Min-jun", "Pinegrove", "2017-04-28", "ko", "ko", "25Q909", "3"),
    ("Élodie", "Fernhollow", "2015-11-09", "fr", "fr", "03M910", "5"),
    ("Oksana", "Birchmere", "2012-06-17", "uk", "uk", "22K911", "8"),
    ("Dilnoza", "Saffronhill", "2014-02-26", "uz", "uz", "31R912", "6"),
    ("Arben", "Stonebridge-Demo", "2010-08-03", "sq", "sq", "10X913", "10"),
    ("Wei", "Jadebrook", "2016-09-12", "zh-Hans", "zh-Hans", "02M914", "4"),
    ("Kayla", "Examplewood", "2018-03-15", "en", "en", "75M915", "2"),
    ("Marisol", "Sunmeadow", "2008-05-21", "es", "es", "75X916", "12"),
    ("Kofi", "Goldcrest", "2011-12-30", "en", "fuf", "08X917", "9"),
    ("Hana", "Willowmark", "2019-07-04", "ja", "en", "15K918", "1"),
    ("Yusuf", "Cedarpoint", "2007-10-10", "ar", "en", "79M919", "UG"),
    ("Sofia", "Quillfeather", "2020-01-20", "es", "es", "06M920", "K"),
];

pub fn seed(app: &App) -> Result<Seeded, ApiError> {
    let existing = app.list_students("")?.len();
    if existing > 0 {
        return Ok(Seeded::AlreadyThere(existing));
    }
    if app.get_profile()?.is_none() {
        app.create_profile(NewUserProfile { name: "Demo Case Manager".into(), role: Role::CaseManager })?;
    }
    for (i, (first, last, born, home, parent, dbn, grade)) in CASELOAD.iter().enumerate() {
        let student = app.create_student(CreateStudent {
            first_name: first.to_string(),
            last_name: last.to_string(),
            date_of_birth: born.to_string(),
            osis: format!("999{:06}", i + 1),
            home_language: home.to_string(),
            parent_language: parent.to_string(),
            school_dbn: dbn.to_string(),
            grade: grade.to_string(),
        })?;
        // Every third student has a draft under way, so the demo shows work in progress.
        if i % 3 == 0 {
            let iep = app.start_iep_draft(StartIepDraft { student_id: student.id })?;
            if *last == FULL_DRAFT_OF || *last == FINALIZED_OF {
                let mut content = full_content(student.id);
                if *last == FINALIZED_OF {
                    // The parent reads and speaks Albanian: the meeting had an interpreter (L1433).
                    if let Some(m) = content.meeting.as_mut() {
                        m.interpreter = Some(Interpreter {
                            name: "Demo Interpreter".into(),
                            language: LanguageCode::parse(parent).expect("a language of the table"),
                            sign_language: false,
                        });
                    }
                }
                app.fill_iep(iep.id, &content)?;
                if *last == FINALIZED_OF {
                    // Finalized at its meeting: the findings are those of that day.
                    let met = content.meeting.as_ref().map(|m| m.starts_at.date());
                    let met = met.expect("the full case has a meeting");
                    app.finalize_iep_on(iep.id, met)?;
                    issue_recommendation_notice(app, student.id, iep.id, met)?;
                }
                continue;
            }
            let filled = 1 + i % PresentLevels::COMPONENTS.len();
            for component in &PresentLevels::COMPONENTS[..filled] {
                app.edit_iep_field(EditField {
                    iep_id: iep.id,
                    path: format!("present_levels.{component}"),
                    value: json!(sample_text(component, first)),
                })?;
            }
        }
    }
    Ok(Seeded::Created(CASELOAD.len()))
}

/// The PWN: Recommendation that goes with the finalized IEP (L1491), issued, so the demo has a
/// notice to print; its evaluations and rejected options come from the IEP.
fn issue_recommendation_notice(
    app: &App,
    student_id: iepdesk_domain::StudentId,
    iep_id: iepdesk_domain::IepId,
    on: chrono::NaiveDate,
) -> Result<(), ApiError> {
    use iepdesk_api::{EditNoticeField, NewNotice};
    use iepdesk_domain::notices::{NoticeTemplate, PwnSituation};
    let view = app.start_notice_on(
        NewNotice {
            student_id,
            iep_id: Some(iep_id),
            template: NoticeTemplate::Pwn { situation: PwnSituation::Recommendation },
        },
        on,
    )?;
    let notice_id = view.notice.id;
    for (path, value) in [
        ("action_description", json!("Provide integrated co-teaching services for English and math, counseling once a week in a group of 3, and testing accommodations, as the IEP recommends.")),
        ("reasons", json!("The evaluations show needs in reading comprehension and written expression that general education alone does not meet.")),
        ("other_factors", json!("None.")),
        ("sources_of_assistance", json!(["Special Education Hotline, 718-935-2007 (fictional demo entry)"])),
        ("program_visit_contact", json!("Demo Case Manager, 212-555-0100")),
    ] {
        app.edit_notice_field(EditNoticeField { notice_id, path: path.into(), value })?;
    }
    app.issue_notice(notice_id)?;
    Ok(())
}

/// The full case's IEP, its meeting moved to this student.
fn full_content(student_id: iepdesk_domain::StudentId) -> IepContent {
    let case: serde_json::Value =
        serde_json::from_str(FULL_CASE).expect("the full case is valid JSON (tested)");
    let mut iep = case["iep"].clone();
    if iep["meeting"].is_object() {
        iep["meeting"]["student_id"] = json!(student_id);
    }
    serde_json::from_value(iep).expect("the full case's IEP reads as IepContent (tested)")
}

fn sample_text(component: &str, first: &str) -> String {
    match component {
        "evaluation_results" => format!(
            "Psychoeducational evaluation (demo, 2026-09-15): cognitive scores in the average range; \
             reading comprehension about two years below grade level. {first} responds well to visual supports."
        ),
        "academic_achievement" => format!(
            "{first} decodes single-syllable words accurately and is building fluency with multisyllabic words. \
             Enjoys science; learns best with models and short, chunked tasks."
        ),
        "social_development" => format!("{first} works well in pairs and is beginning to ask adults for help when stuck."),
        "physical_development" => "Gross and fine motor skills are age-appropriate; participates fully in general physical education.".into(),
        "management_needs" => "Preferential seating, directions repeated and checked for understanding, a visual schedule.".into(),
        "effect_on_general_education" => {
            "Reading needs affect access to grade-level texts across subjects; needs adapted materials and read-aloud for content areas.".into()
        }
        _ => "No special factors apply at this time.".into(),
    }
}
