// Declares the app's commands so each needs an explicit permission in capabilities/: the webview
// can call exactly the commands the UI uses, nothing else.
fn main() {
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "get_profile",
            "create_profile",
            "languages",
            "list_students",
            "create_student",
            "get_student",
            "start_iep_draft",
            "get_iep",
            "edit_iep_field",
            "finalize_iep",
            "amend_iep",
            "goal_bank",
            "record_case_event",
            "remove_case_event",
            "case_triggers",
            "student_compliance",
            "parent_documents",
            "preview_parent_document",
            "save_parent_document",
            "start_notice",
            "get_notice",
            "notices_of",
            "edit_notice_field",
            "issue_notice",
            "close_window",
        ]),
    ))
    .expect("tauri build script");
}
