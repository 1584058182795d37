//! The Tauri commands through the mock runtime: the real command table, the real capability
//! file, a real database file; only the webview is simulated.

use iepdesk_app::{with_commands, AppState};
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{Manager, WebviewWindow, WebviewWindowBuilder};

struct Harness {
    _dir: tempfile::TempDir,
    _app: tauri::App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

fn harness() -> Harness {
    let dir = tempfile::TempDir::new().unwrap();
    let app = with_commands(mock_builder())
        .build(app_context())
        .expect("app builds");
    app.manage(AppState::open(dir.path().join("ipc.sqlite3")));
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    Harness {
        _dir: dir,
        _app: app,
        window,
    }
}

/// The app's own configuration and capabilities, with the mock runtime.
fn app_context() -> tauri::Context<MockRuntime> {
    tauri::generate_context!()
}

fn invoke(h: &Harness, cmd: &str, body: Value) -> Result<Value, Value> {
    get_ipc_response(
        &h.window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            // Linux's origin for the embedded UI.
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(body),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().unwrap())
}

#[test]
fn a_case_manager_session_over_ipc() {
    let h = harness();
    assert_eq!(invoke(&h, "get_profile", json!({})), Ok(Value::Null));
    let me = invoke(
        &h,
        "create_profile",
        json!({"input": {"name": "Ipc Tester", "role": "case_manager"}}),
    )
    .unwrap();
    assert_eq!(me["role"], "case_manager");

    let bad = invoke(&h, "create_student", json!({"input": {"first_name": "", "last_name": "X", "date_of_birth": "2014-01-01",
        "osis": "1", "home_language": "en", "parent_language": "en", "school_dbn": "02M475", "grade": "3"}}))
    .unwrap_err();
    assert_eq!(bad["kind"], "invalid");
    let fields: Vec<_> = bad["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["first_name", "osis"]);

    let student = invoke(&h, "create_student", json!({"input": {"first_name": "Ipc", "last_name": "Learner", "date_of_birth": "2014-01-01",
        "osis": "999000101", "home_language": "ko", "parent_language": "ko", "school_dbn": "25Q999", "grade": "6"}}))
    .unwrap();
    let list = invoke(&h, "list_students", json!({"query": "learn"})).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);

    let iep = invoke(
        &h,
        "start_iep_draft",
        json!({"input": {"student_id": student["id"]}}),
    )
    .unwrap();
    let saved = invoke(
        &h,
        "edit_iep_field",
        json!({"input": {"iep_id": iep["id"], "path": "present_levels.social_development",
        "value": "Plays cooperatively."}}),
    )
    .unwrap();
    assert_eq!(saved["changed"], true);
    let view = invoke(&h, "get_iep", json!({"id": iep["id"]})).unwrap();
    assert_eq!(
        view["iep"]["content"]["present_levels"]["social_development"],
        "Plays cooperatively."
    );
    assert_eq!(view["student"]["osis"], "999000101");
    let detail = invoke(&h, "get_student", json!({"id": student["id"]})).unwrap();
    assert_eq!(detail["ieps"][0]["status"]["kind"], "draft");
    assert!(
        invoke(&h, "languages", json!({}))
            .unwrap()
            .as_array()
            .unwrap()
            .len()
            >= 14
    );
    // The draft has no meeting yet: the view and every save carry that finding, by field path.
    assert_eq!(view["findings"][0]["field"], "meeting");
    assert_eq!(saved["findings"][0]["rule_id"], "meeting-not-recorded");

    // Finalizing is refused while findings block, each with its field; a draft cannot be amended.
    let refused = invoke(&h, "finalize_iep", json!({"id": iep["id"]})).unwrap_err();
    assert_eq!(refused["kind"], "invalid");
    assert!(refused["fields"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["field"] == "meeting"));
    let not_final = invoke(
        &h,
        "amend_iep",
        json!({"input": {"iep_id": iep["id"], "reason": "Add counseling.",
        "authority": {"kind": "meeting"}}}),
    )
    .unwrap_err();
    assert_eq!(not_final["kind"], "not_editable");
    let bank = invoke(&h, "goal_bank", json!({})).unwrap();
    let first = &bank.as_array().unwrap()[0];
    assert_eq!(first["goal"]["bank_id"], first["bank"]["id"]);

    // The student's case: an event, the panel (the argument is `studentId` on the JS side), removal.
    let choices = invoke(&h, "case_triggers", json!({})).unwrap();
    assert!(choices
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["trigger"] == "referral_received"));
    let bad = invoke(
        &h,
        "record_case_event",
        json!({"input": {"student_id": student["id"], "trigger": "referral_received",
        "date": "soon", "note": null}}),
    )
    .unwrap_err();
    assert_eq!(bad["fields"][0]["field"], "date");
    let event = invoke(
        &h,
        "record_case_event",
        json!({"input": {"student_id": student["id"], "trigger": "referral_received",
        "date": "2026-03-03", "note": "Parent's letter"}}),
    )
    .unwrap();
    let panel = invoke(
        &h,
        "student_compliance",
        json!({"studentId": student["id"]}),
    )
    .unwrap();
    assert_eq!(panel["events"][0]["id"], event["id"]);
    assert!(panel["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["rule_id"] == "notice-of-referral"));
    invoke(&h, "remove_case_event", json!({"id": event["id"]})).unwrap();
    let panel = invoke(
        &h,
        "student_compliance",
        json!({"studentId": student["id"]}),
    )
    .unwrap();
    assert!(panel["events"].as_array().unwrap().is_empty());

    // Print for parent: a draft without a meeting has nothing to print, and asking for its IEP
    // is refused with the reason (the argument is `studentId` on the JS side).
    let printable = invoke(&h, "parent_documents", json!({"studentId": student["id"]})).unwrap();
    assert_eq!(printable, json!([]));
    let refused = invoke(
        &h,
        "preview_parent_document",
        json!({"request": {"document": {"kind": "iep", "iep_id": iep["id"]}, "language": "es"}}),
    )
    .unwrap_err();
    assert_eq!(refused["fields"][0]["field"], "document");
    let refused = invoke(
        &h,
        "save_parent_document",
        json!({"request": {"document": {"kind": "meeting_notice", "iep_id": iep["id"]}, "language": "es"}}),
    )
    .unwrap_err();
    assert_eq!(refused["fields"][0]["field"], "meeting");

    // Notices: start a consent form, edit it, issue it, list it, print it.
    let notice = invoke(
        &h,
        "start_notice",
        json!({"input": {"student_id": student["id"], "iep_id": null,
                         "template": {"kind": "consent", "consent": "initial_evaluation"}}}),
    )
    .unwrap();
    assert_eq!(notice["notice"]["kind"], "consent");
    assert_eq!(notice["findings"][0]["field"], "activities");
    let id = notice["notice"]["id"].clone();
    let refused = invoke(&h, "issue_notice", json!({"id": id})).unwrap_err();
    assert_eq!(refused["fields"][0]["field"], "activities");
    let saved = invoke(
        &h,
        "edit_notice_field",
        json!({"input": {"notice_id": id, "path": "activities", "value": ["Psychoeducational evaluation"]}}),
    )
    .unwrap();
    assert_eq!(saved["findings"], json!([]));
    assert_eq!(
        invoke(&h, "get_notice", json!({"id": id})).unwrap()["notice"]["content"]["activities"][0],
        "Psychoeducational evaluation"
    );
    assert_eq!(
        invoke(&h, "issue_notice", json!({"id": id})).unwrap()["status"]["kind"],
        "issued"
    );
    let list = invoke(&h, "notices_of", json!({"studentId": student["id"]})).unwrap();
    assert_eq!(list[0]["id"], id);
    let printable = invoke(&h, "parent_documents", json!({"studentId": student["id"]})).unwrap();
    assert_eq!(
        printable[0]["document"],
        json!({"kind": "notice", "notice_id": id})
    );
}

#[test]
fn unknown_commands_are_refused() {
    let h = harness();
    // Exists in the API but is not exposed to the webview.
    assert!(invoke(&h, "integrity_check", json!({})).is_err());
    assert!(invoke(&h, "plugin:fs|read_file", json!({"path": "/etc/passwd"})).is_err());
}

#[test]
fn an_unopenable_database_is_reported_by_every_command() {
    let dir = tempfile::TempDir::new().unwrap();
    let not_a_db = dir.path().join("junk.sqlite3");
    std::fs::write(&not_a_db, vec![b'x'; 4096]).unwrap();
    let app = with_commands(mock_builder()).build(app_context()).unwrap();
    app.manage(AppState::open(not_a_db));
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    let h = Harness {
        _dir: dir,
        _app: app,
        window,
    };
    let err = invoke(&h, "list_students", json!({"query": ""})).unwrap_err();
    assert_eq!(err["kind"], "storage");
    assert!(err["message"]
        .as_str()
        .unwrap()
        .starts_with("Cannot open the database"));
}
