//! The whole IEP through `App` on a real SQLite file: the fully filled high-school IEP of
//! tests/cases/high-school-full.json is entered field by field, finalizes, and reads back equal;
//! each refused variant is refused at finalize with its finding at its field; an amendment
//! copies, links, and supersedes the old version only when it is finalized.

use chrono::NaiveDate;
use iepdesk_api::{ApiErrorKind, App};
use iepdesk_domain::case::Case;
use iepdesk_domain::{
    AmendIep, AmendmentAuthority, CreateStudent, EditField, IepStatus, NewUserProfile, Role,
    StartIepDraft, StepStatus,
};
use serde_json::json;
use tempfile::TempDir;

fn case(name: &str) -> Case {
    let path = format!(
        "{}/../../tests/cases/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    Case::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 16).unwrap()
}

/// An app with a profile and the case's student, and a draft filled with the case's IEP.
fn filled(dir: &TempDir, c: &Case) -> (App, iepdesk_domain::Iep) {
    let app = App::open(dir.path().join("db.sqlite3")).unwrap();
    if app.get_profile().unwrap().is_none() {
        app.create_profile(NewUserProfile {
            name: "Casey Manager".into(),
            role: Role::CaseManager,
        })
        .unwrap();
    }
    let s = &c.student;
    let student = app
        .create_student_on(
            CreateStudent {
                first_name: s.name.first.clone(),
                last_name: s.name.last.clone(),
                date_of_birth: s.date_of_birth.to_string(),
                osis: s.osis.as_str().into(),
                home_language: s.home_language.as_str().into(),
                parent_language: s.parent_language.as_str().into(),
                school_dbn: s.school_dbn.as_str().into(),
                grade: s.grade.code().into(),
            },
            today(),
        )
        .unwrap();
    let iep = app
        .start_iep_draft(StartIepDraft {
            student_id: student.id,
        })
        .unwrap();
    let mut content = c.iep.clone();
    if let Some(m) = content.meeting.as_mut() {
        m.student_id = student.id;
    }
    assert!(
        app.fill_iep(iep.id, &content).unwrap() > 50,
        "entered field by field"
    );
    (app, iep)
}

#[test]
fn the_full_high_school_iep_finalizes_and_reads_back_equal() {
    let dir = TempDir::new().unwrap();
    let c = case("high-school-full");
    let (app, iep) = filled(&dir, &c);
    let view = app.get_iep(iep.id).unwrap();
    for step in &view.steps {
        // The summary step is complete only once finalized; before, with nothing blocking, it is
        // ready (not started).
        let want = if step.id == "finalize" {
            StepStatus::NotStarted
        } else {
            StepStatus::Complete
        };
        assert_eq!(step.status, want, "{}", step.id);
    }
    let content = view.iep.content.clone();
    let fin = app.finalize_iep_on(iep.id, today()).unwrap();
    assert!(matches!(fin.status, IepStatus::Finalized { .. }));
    drop(app);

    // Re-open the file: the content is exactly what was entered, and the IEP is frozen.
    let app = App::open(dir.path().join("db.sqlite3")).unwrap();
    let back = app.get_iep(iep.id).unwrap().iep;
    assert_eq!(back.content, content);
    let mut expected = c.iep.clone();
    expected.meeting.as_mut().unwrap().student_id = back.student_id;
    assert_eq!(back.content, expected, "lossless through the store");
    assert!(
        matches!(&back.status, IepStatus::Finalized { content_hash, .. } if *content_hash == back.content_hash())
    );
    let err = app
        .edit_iep_field(EditField {
            iep_id: iep.id,
            path: "placement.lote_exempt".into(),
            value: json!(true),
        })
        .unwrap_err();
    assert_eq!(err.kind, ApiErrorKind::NotEditable);
    assert_eq!(app.integrity_check().unwrap(), "ok");
}

#[test]
fn each_variant_is_refused_at_finalize_with_its_finding() {
    for (name, rule, field) in [
        (
            "autism-without-parent-counseling",
            "parent-counseling-required-autism",
            "programs_services.related_services",
        ),
        (
            "paraprofessional-without-training",
            "paraprofessional-training-missing",
            "programs_services.personnel_supports",
        ),
        (
            "plop-need-without-goal",
            "plop-need-not-addressed",
            "present_levels.needs.4",
        ),
        (
            "testing-accommodation-without-parameters",
            "extended-time-amount-missing",
            "testing_accommodations.accommodations.0.extended_time",
        ),
        (
            "behavior-para-without-fba",
            "behavior-para-needs-fba",
            "programs_services.paraprofessionals.0.para_type",
        ),
    ] {
        let dir = TempDir::new().unwrap();
        let (app, iep) = filled(&dir, &case(name));
        let err = app.finalize_iep_on(iep.id, today()).unwrap_err();
        assert_eq!(err.kind, ApiErrorKind::Invalid, "{name}");
        assert!(
            err.fields
                .iter()
                .any(|f| f.field == field && f.message.contains(rule)),
            "{name}: expected {rule} at {field}, got {:?}",
            err.fields
        );
        let view = app.get_iep(iep.id).unwrap();
        assert_eq!(view.iep.status, IepStatus::Draft, "{name}: nothing written");
        let section = field.split('.').next().unwrap();
        let step = view.steps.iter().find(|s| s.id == section).unwrap();
        // A missing value leaves the step in progress; a value that breaks a rule blocks it.
        let want = if name.starts_with("testing") {
            StepStatus::InProgress
        } else {
            StepStatus::Blocked
        };
        assert_eq!(
            step.status, want,
            "{name}: the {section} step shows the finding"
        );
    }
}

#[test]
fn vague_testing_accommodation_wording_is_refused_at_the_edit() {
    let dir = TempDir::new().unwrap();
    let (app, iep) = filled(&dir, &case("high-school-full"));
    let before = app.history(iep.id.0).unwrap().len();
    let err = app
        .edit_iep_field(EditField {
            iep_id: iep.id,
            path: "testing_accommodations.accommodations.0.condition".into(),
            value: json!("when necessary"),
        })
        .unwrap_err();
    assert_eq!(err.kind, ApiErrorKind::Invalid);
    assert_eq!(
        err.fields[0].field,
        "testing_accommodations.accommodations.0.condition"
    );
    assert_eq!(
        app.history(iep.id.0).unwrap().len(),
        before,
        "nothing logged"
    );
}

#[test]
fn an_amendment_copies_links_and_supersedes_only_when_finalized() {
    let dir = TempDir::new().unwrap();
    let (app, iep) = filled(&dir, &case("high-school-full"));
    app.finalize_iep_on(iep.id, today()).unwrap();

    // Without the parent's written agreement, and for a program change, a waiver is refused.
    let waiver = |signed: bool, program: bool| AmendmentAuthority::Waiver {
        parent_signed_on: signed.then(|| NaiveDate::from_ymd_opt(2026, 4, 2).unwrap()),
        discussed_with_parent: true,
        changes_program: program,
        needs_psychologist: false,
    };
    let err = app
        .amend_iep(AmendIep {
            iep_id: iep.id,
            reason: "Add OT".into(),
            authority: waiver(false, false),
        })
        .unwrap_err();
    assert_eq!(err.fields[0].field, "authority.parent_signed_on");
    let err = app
        .amend_iep(AmendIep {
            iep_id: iep.id,
            reason: "Special class".into(),
            authority: waiver(true, true),
        })
        .unwrap_err();
    assert_eq!(err.fields[0].field, "authority.changes_program");

    let amendment = app
        .amend_iep(AmendIep {
            iep_id: iep.id,
            reason: "Counseling twice a week after a hard month.".into(),
            authority: waiver(true, false),
        })
        .unwrap();
    assert_eq!((amendment.version, amendment.amends), (2, Some(iep.id)));
    assert_eq!(
        amendment.content.annual_goals,
        app.get_iep(iep.id).unwrap().iep.content.annual_goals
    );
    assert!(
        matches!(
            app.get_iep(iep.id).unwrap().iep.status,
            IepStatus::Finalized { .. }
        ),
        "still in effect"
    );

    app.edit_iep_field(EditField {
        iep_id: amendment.id,
        path: "programs_services.related_services.0.frequency.times".into(),
        value: json!(2),
    })
    .unwrap();
    let fin = app.finalize_iep_on(amendment.id, today()).unwrap();
    assert!(matches!(fin.status, IepStatus::Finalized { .. }));
    let old = app.get_iep(iep.id).unwrap().iep;
    assert_eq!(old.status, IepStatus::Amended { by: amendment.id });
    assert_eq!(
        old.content.programs_services.related_services[0]
            .frequency
            .times,
        Some(1),
        "the old version never changes"
    );
    assert!(app
        .history(iep.id.0)
        .unwrap()
        .iter()
        .any(|c| c.path == "status" && c.new["kind"] == "amended"));
    // An amended IEP is not amended again: the amendment is the one in effect.
    let err = app
        .amend_iep(AmendIep {
            iep_id: iep.id,
            reason: "x".into(),
            authority: AmendmentAuthority::Meeting,
        })
        .unwrap_err();
    assert_eq!(err.kind, ApiErrorKind::NotEditable);
}

/// Print for parent: the finalized IEP and the meeting notice, previewed in the parent's language
/// and in one that is not covered, and saved as PDFs that never overwrite each other.
#[test]
fn a_finalized_iep_prints_for_the_parent() {
    use iepdesk_api::{ParentDocument, ParentDocumentRequest};
    let dir = TempDir::new().unwrap();
    let c = case("high-school-full");
    let (app, iep) = filled(&dir, &c);
    let request = |document, language: &str| ParentDocumentRequest {
        document,
        language: language.into(),
    };
    let the_iep = ParentDocument::Iep { iep_id: iep.id };
    let notice = ParentDocument::MeetingNotice { iep_id: iep.id };

    let listed = || -> Vec<ParentDocument> {
        let all = app.parent_documents(iep.student_id).unwrap();
        all.into_iter().map(|d| d.document).collect()
    };

    // A draft offers its recommendations page (L1491) and its meeting notice, not itself.
    let recommendations = ParentDocument::Recommendations { iep_id: iep.id };
    assert_eq!(listed(), vec![recommendations, notice]);
    let err = app
        .preview_parent_document_on(&request(the_iep, "es"), today())
        .unwrap_err();
    assert_eq!(err.fields[0].field, "document");
    let page = app
        .preview_parent_document_on(&request(recommendations, "es"), today())
        .unwrap();
    assert_eq!(page.locale, "es");
    assert!(
        page.file_name.contains("Recommendations v1 - es"),
        "{}",
        page.file_name
    );

    // A meeting without a place: the notice names the meeting step's field, as the wizard does.
    let place = |value: &str| EditField {
        iep_id: iep.id,
        path: "meeting.place".into(),
        value: json!(value),
    };
    let kept = c.iep.meeting.as_ref().unwrap().place.clone();
    app.edit_iep_field(place("  ")).unwrap();
    let err = app
        .preview_parent_document_on(&request(notice, "es"), today())
        .unwrap_err();
    assert_eq!(err.fields[0].field, "meeting.place");
    app.edit_iep_field(place(&kept)).unwrap();

    app.finalize_iep_on(iep.id, today()).unwrap();
    assert_eq!(listed(), vec![the_iep, notice]);
    let err = app
        .preview_parent_document_on(&request(recommendations, "es"), today())
        .unwrap_err();
    assert!(err.message.contains("finalized"), "{}", err.message);

    let es = app
        .preview_parent_document_on(&request(the_iep, "es"), today())
        .unwrap();
    assert_eq!(es.locale, "es");
    assert!(es.pages.len() >= 10, "{} pages", es.pages.len());
    assert!(
        page.pages.len() < es.pages.len() / 2,
        "{} pages",
        page.pages.len()
    );
    assert!(es.pages.iter().all(|p| p.starts_with("<svg")));
    assert!(es.translated_share > 0.5, "{}", es.translated_share);
    assert!(!es.cover_notice);
    assert!(es.conformance.contains("PDF/UA-1"), "{}", es.conformance);
    assert!(
        es.file_name.contains("IEP v1 - es - 2026-03-16"),
        "{}",
        es.file_name
    );

    // Polish is not covered: the English IEP with a cover notice (L153).
    let pl = app
        .preview_parent_document_on(&request(the_iep, "pl"), today())
        .unwrap();
    assert_eq!((pl.locale.as_str(), pl.cover_notice), ("en", true));
    let ar = app
        .preview_parent_document_on(&request(notice, "ar"), today())
        .unwrap();
    assert_eq!(ar.locale, "ar");
    let err = app
        .preview_parent_document_on(&request(the_iep, "tlh"), today())
        .unwrap_err();
    assert_eq!(err.fields[0].field, "language");

    // Saving twice keeps both files; nothing half-written is left behind.
    let out = dir.path().join("Documents").join("IEP Desk");
    let first = app
        .save_parent_document_on(&request(the_iep, "es"), &out, today())
        .unwrap();
    let second = app
        .save_parent_document_on(&request(the_iep, "es"), &out, today())
        .unwrap();
    assert_ne!(first.path, second.path);
    assert!(second.path.ends_with(" (2).pdf"), "{}", second.path);
    for saved in [&first, &second] {
        let pdf = std::fs::read(&saved.path).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert_eq!(pdf.len() as u64, saved.bytes);
        assert_eq!(saved.pages as usize, es.pages.len());
    }
    let names: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");

    // A folder that cannot be made is reported, and nothing is written.
    let blocked = dir.path().join("a-file");
    std::fs::write(&blocked, b"x").unwrap();
    let err = app
        .save_parent_document_on(&request(notice, "es"), &blocked.join("sub"), today())
        .unwrap_err();
    assert_eq!(err.kind, ApiErrorKind::Storage);
    assert!(
        err.message.contains("could not be saved"),
        "{}",
        err.message
    );
}

/// A Prior Written Notice and a consent form kept by the app: started prefilled from the IEP and
/// the case, refused for print and for issuing while an element is missing, edited field by field,
/// issued, frozen, and printed for the parent in another language.
#[test]
fn notices_are_drafted_issued_and_printed_for_the_parent() {
    use iepdesk_api::{EditNoticeField, NewNotice, ParentDocument, ParentDocumentRequest};
    use iepdesk_domain::notices::{
        ConsentKind, NoticeContent, NoticeStatus, NoticeTemplate, PwnSituation,
    };
    let dir = TempDir::new().unwrap();
    let c = case("high-school-full");
    let (app, iep) = filled(&dir, &c);
    let pwn = app
        .start_notice_on(
            NewNotice {
                student_id: iep.student_id,
                iep_id: Some(iep.id),
                template: NoticeTemplate::Pwn {
                    situation: PwnSituation::Recommendation,
                },
            },
            today(),
        )
        .unwrap();
    let id = pwn.notice.id;
    let NoticeContent::Pwn(n) = &pwn.notice.content else {
        panic!("not a PWN")
    };
    // Prefilled from the IEP: each dated evaluation, each rejected option with its reason; the
    // PSN enclosed because the case records none given this year (L149).
    assert_eq!(
        n.evaluations_relied_on.len(),
        c.iep.evaluation.evaluations.len()
    );
    assert_eq!(
        n.options_considered.len(),
        c.iep.placement.other_options.len()
    );
    assert_eq!(
        n.options_considered[0].why_rejected,
        c.iep.placement.other_options[0].rejected_because
    );
    assert!(n.psn_enclosed && n.safeguards_statement && n.sent_on == today());
    let fields = |f: &[iepdesk_domain::compliance::Finding]| -> Vec<String> {
        f.iter().filter_map(|f| f.field.clone()).collect()
    };
    let missing = fields(&pwn.findings);
    for field in [
        "action_description",
        "reasons",
        "other_factors",
        "sources_of_assistance",
        "program_visit_contact",
    ] {
        assert!(
            missing.contains(&field.to_string()),
            "{field} not found in {missing:?}"
        );
    }

    // A draft is neither listed for print nor printed, and is not issued while incomplete.
    let document = ParentDocument::Notice { notice_id: id };
    let request = |language: &str| ParentDocumentRequest {
        document,
        language: language.into(),
    };
    assert!(!app
        .parent_documents(iep.student_id)
        .unwrap()
        .iter()
        .any(|d| d.document == document));
    let err = app
        .preview_parent_document_on(&request("es"), today())
        .unwrap_err();
    assert!(err.message.contains("issue it first"), "{}", err.message);
    let err = app.issue_notice(id).unwrap_err();
    assert_eq!(err.kind, ApiErrorKind::Invalid);
    assert!(err.fields.iter().any(|f| f.field == "reasons"), "{err:?}");

    let edit = |path: &str, value: serde_json::Value| {
        app.edit_notice_field(EditNoticeField {
            notice_id: id,
            path: path.into(),
            value,
        })
    };
    // Bad input: a clear error at its field, and nothing changes.
    let before = app.history(id.0).unwrap().len();
    assert_eq!(
        edit("sent_on", json!("next week")).unwrap_err().fields[0].field,
        "sent_on"
    );
    assert_eq!(
        edit("situation", json!("ineligibility"))
            .unwrap_err()
            .fields[0]
            .field,
        "situation"
    );
    assert_eq!(app.history(id.0).unwrap().len(), before);

    edit(
        "action_description",
        json!("Provide ICT services in English and counseling once a week."),
    )
    .unwrap();
    edit(
        "reasons",
        json!("The evaluations show needs in reading and in self-regulation."),
    )
    .unwrap();
    edit("other_factors", json!("None.")).unwrap();
    edit(
        "sources_of_assistance",
        json!(["Special Education Hotline, 718-935-2007"]),
    )
    .unwrap();
    let saved = edit(
        "program_visit_contact",
        json!("Casey Manager, 212-555-0100"),
    )
    .unwrap();
    assert!(saved.changed && saved.revision > 1);
    assert!(
        saved.findings.iter().all(|f| !f.blocks()),
        "{:?}",
        saved.findings
    );

    let issued = app.issue_notice(id).unwrap();
    assert!(matches!(issued.status, NoticeStatus::Issued { .. }));
    // The PSN went with it: the case now records it given on the notice's date (L149).
    let panel = app.student_compliance_on(iep.student_id, today()).unwrap();
    assert!(
        panel.events.iter().any(|e| e.trigger
            == iepdesk_domain::rules::Trigger::ProceduralSafeguardsNoticeGiven
            && e.date == today()),
        "{:?}",
        panel.events
    );
    let err = edit("reasons", json!("changed later")).unwrap_err();
    assert_eq!(err.kind, ApiErrorKind::NotEditable);
    assert!(app
        .history(id.0)
        .unwrap()
        .iter()
        .any(|r| r.path == "status"));

    let listed = app.parent_documents(iep.student_id).unwrap();
    let entry = listed
        .iter()
        .find(|d| d.document == document)
        .expect("an issued notice is listed");
    assert!(
        entry.title.contains("Prior Written Notice: Recommendation"),
        "{}",
        entry.title
    );
    let es = app
        .preview_parent_document_on(&request("es"), today())
        .unwrap();
    assert_eq!(es.locale, "es");
    assert!(
        !es.pages.is_empty() && es.translated_share > 0.5,
        "{}",
        es.translated_share
    );
    assert!(
        es.english_parts.iter().any(|p| p.contains("reasons")),
        "{:?}",
        es.english_parts
    );
    assert!(
        es.file_name.contains("PWN recommendation"),
        "{}",
        es.file_name
    );
    let folder = dir.path().join("out");
    let saved = app
        .save_parent_document_on(&request("ar"), &folder, today())
        .unwrap();
    assert_eq!(saved.locale, "ar");
    assert!(std::fs::read(&saved.path).unwrap().starts_with(b"%PDF-"));

    // A consent form for an initial evaluation: no IEP needed; it needs its activities.
    let consent = app
        .start_notice_on(
            NewNotice {
                student_id: iep.student_id,
                iep_id: None,
                template: NoticeTemplate::Consent {
                    consent: ConsentKind::InitialEvaluation,
                },
            },
            today(),
        )
        .unwrap();
    assert_eq!(fields(&consent.findings), vec!["activities".to_string()]);
    let cid = consent.notice.id;
    app.edit_notice_field(EditNoticeField {
        notice_id: cid,
        path: "activities".into(),
        value: json!(["Psychoeducational evaluation", "Social history"]),
    })
    .unwrap();
    app.issue_notice(cid).unwrap();
    let form = app
        .preview_parent_document_on(
            &ParentDocumentRequest {
                document: ParentDocument::Notice { notice_id: cid },
                language: "bn".into(),
            },
            today(),
        )
        .unwrap();
    assert_eq!(form.locale, "bn");
    assert!(
        form.file_name.contains("Consent initial evaluation"),
        "{}",
        form.file_name
    );
    // Another student's IEP is refused by name, and nothing is stored.
    let other = app
        .create_student_on(
            CreateStudent {
                first_name: "Other".into(),
                last_name: "Fictional".into(),
                date_of_birth: "2012-01-05".into(),
                osis: "999000123".into(),
                home_language: "en".into(),
                parent_language: "en".into(),
                school_dbn: "02M999".into(),
                grade: "8".into(),
            },
            today(),
        )
        .unwrap();
    let err = app
        .start_notice_on(
            NewNotice {
                student_id: other.id,
                iep_id: Some(iep.id),
                template: NoticeTemplate::Pwn {
                    situation: PwnSituation::Ineligibility,
                },
            },
            today(),
        )
        .unwrap_err();
    assert_eq!(err.fields[0].field, "iep_id");
    assert!(app.notices_of(other.id).unwrap().is_empty());
    let notices = app.notices_of(iep.student_id).unwrap();
    assert_eq!(notices.len(), 2);
    assert_eq!(notices[0].id, cid, "newest first");
}
