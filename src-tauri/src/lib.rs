//! The desktop shell. Each command maps one IPC call to one `iepdesk_api::App` method and does
//! nothing else: validation, rules and storage live below, shared with the CLI and tests.

use iepdesk_api::{
    ApiError, ApiErrorKind, App, CaseEventRecord, DocumentPreview, EditNoticeField, GoalBankEntry,
    IepView, NewCaseEvent, NewNotice, NoticeSummary, NoticeView, ParentDocumentRequest,
    PrintableDocument, SavedDocument, SavedEdit, SavedNoticeEdit, StudentCompliance, StudentDetail,
    StudentSummary, TriggerChoice,
};
use iepdesk_domain::notices::Notice;
use iepdesk_domain::{
    AmendIep, CreateStudent, EditField, Iep, IepId, Language, NewUserProfile, NoticeId,
    StartIepDraft, Student, StudentId, UserProfile,
};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tauri::{Manager, Runtime, State, WebviewWindow, WindowEvent};

/// Environment variable naming the database file (tests, demos); otherwise it lives in the
/// platform's app-data folder.
pub const DB_ENV: &str = "IEPDESK_DB";

/// Environment variable naming the folder "Print for parent" saves PDFs in (tests); otherwise
/// `IEP Desk` in the user's Documents folder.
pub const DOCUMENTS_ENV: &str = "IEPDESK_DOCUMENTS_DIR";

/// The opened application, or why it could not be opened: the UI shows that instead of a
/// window that silently does nothing.
pub struct AppState(Result<App, ApiError>);

impl AppState {
    pub fn open(path: PathBuf) -> Self {
        Self(App::open(&path).map_err(|e| {
            ApiError::new(
                e.kind,
                format!("Cannot open the database {}: {}", path.display(), e.message),
            )
        }))
    }

    fn app(&self) -> Result<&App, ApiError> {
        self.0.as_ref().map_err(Clone::clone)
    }
}

type Reply<T> = Result<T, ApiError>;

#[tauri::command(async)]
fn get_profile(state: State<'_, AppState>) -> Reply<Option<UserProfile>> {
    state.app()?.get_profile()
}

#[tauri::command(async)]
fn create_profile(state: State<'_, AppState>, input: NewUserProfile) -> Reply<UserProfile> {
    state.app()?.create_profile(input)
}

#[tauri::command(async)]
fn languages(state: State<'_, AppState>) -> Reply<Vec<Language>> {
    Ok(state.app()?.languages())
}

#[tauri::command(async)]
fn list_students(state: State<'_, AppState>, query: String) -> Reply<Vec<StudentSummary>> {
    state.app()?.list_students(&query)
}

#[tauri::command(async)]
fn create_student(state: State<'_, AppState>, input: CreateStudent) -> Reply<Student> {
    state.app()?.create_student(input)
}

#[tauri::command(async)]
fn get_student(state: State<'_, AppState>, id: StudentId) -> Reply<StudentDetail> {
    state.app()?.get_student(id)
}

#[tauri::command(async)]
fn start_iep_draft(state: State<'_, AppState>, input: StartIepDraft) -> Reply<Iep> {
    state.app()?.start_iep_draft(input)
}

#[tauri::command(async)]
fn get_iep(state: State<'_, AppState>, id: IepId) -> Reply<IepView> {
    state.app()?.get_iep(id)
}

#[tauri::command(async)]
fn edit_iep_field(state: State<'_, AppState>, input: EditField) -> Reply<SavedEdit> {
    state.app()?.edit_iep_field(input)
}

#[tauri::command(async)]
fn finalize_iep(state: State<'_, AppState>, id: IepId) -> Reply<Iep> {
    state.app()?.finalize_iep(id)
}

#[tauri::command(async)]
fn amend_iep(state: State<'_, AppState>, input: AmendIep) -> Reply<Iep> {
    state.app()?.amend_iep(input)
}

#[tauri::command(async)]
fn goal_bank(state: State<'_, AppState>) -> Reply<Vec<GoalBankEntry>> {
    Ok(state.app()?.goal_bank())
}

#[tauri::command(async)]
fn record_case_event(state: State<'_, AppState>, input: NewCaseEvent) -> Reply<CaseEventRecord> {
    state.app()?.record_case_event(input)
}

#[tauri::command(async)]
fn remove_case_event(state: State<'_, AppState>, id: uuid::Uuid) -> Reply<CaseEventRecord> {
    state.app()?.remove_case_event(id)
}

#[tauri::command(async)]
fn case_triggers(state: State<'_, AppState>) -> Reply<Vec<TriggerChoice>> {
    Ok(state.app()?.case_triggers())
}

#[tauri::command(async)]
fn student_compliance(
    state: State<'_, AppState>,
    student_id: StudentId,
) -> Reply<StudentCompliance> {
    state.app()?.student_compliance(student_id)
}

#[tauri::command(async)]
fn parent_documents(
    state: State<'_, AppState>,
    student_id: StudentId,
) -> Reply<Vec<PrintableDocument>> {
    state.app()?.parent_documents(student_id)
}

#[tauri::command(async)]
fn preview_parent_document(
    state: State<'_, AppState>,
    request: ParentDocumentRequest,
) -> Reply<DocumentPreview> {
    state.app()?.preview_parent_document(&request)
}

#[tauri::command(async)]
fn save_parent_document<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    request: ParentDocumentRequest,
) -> Reply<SavedDocument> {
    state
        .app()?
        .save_parent_document(&request, &documents_folder(&app)?)
}

#[tauri::command(async)]
fn start_notice(state: State<'_, AppState>, input: NewNotice) -> Reply<NoticeView> {
    state.app()?.start_notice(input)
}

#[tauri::command(async)]
fn get_notice(state: State<'_, AppState>, id: NoticeId) -> Reply<NoticeView> {
    state.app()?.get_notice(id)
}

#[tauri::command(async)]
fn notices_of(state: State<'_, AppState>, student_id: StudentId) -> Reply<Vec<NoticeSummary>> {
    state.app()?.notices_of(student_id)
}

#[tauri::command(async)]
fn edit_notice_field(state: State<'_, AppState>, input: EditNoticeField) -> Reply<SavedNoticeEdit> {
    state.app()?.edit_notice_field(input)
}

#[tauri::command(async)]
fn issue_notice(state: State<'_, AppState>, id: NoticeId) -> Reply<Notice> {
    state.app()?.issue_notice(id)
}

/// The UI calls this once it has saved everything it holds (see `guard_close`).
#[tauri::command]
fn close_window<R: Runtime>(window: WebviewWindow<R>) -> Reply<()> {
    window.destroy().map_err(|e| {
        ApiError::new(
            ApiErrorKind::Internal,
            format!("cannot close the window: {e}"),
        )
    })
}

/// When the person first asked to close the window, while the UI is saving.
#[derive(Default)]
struct CloseRequest(Mutex<Option<Instant>>);

/// A second close request this long after the first closes the window even if the UI never
/// answered (a hung page must not trap the person in the app).
const CLOSE_GRACE: Duration = Duration::from_secs(3);

/// Autosave waits up to a second after the last keystroke, so closing the window must first let
/// the UI save what it holds: hold the close, ask the page to flush and call `close_window`.
fn guard_close<R: Runtime>(window: &tauri::Window<R>, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else {
        return;
    };
    let Some(webview) = window.get_webview_window(window.label()) else {
        return;
    };
    let pending = window.state::<CloseRequest>();
    let mut first = pending.0.lock().unwrap_or_else(|p| p.into_inner());
    if first.is_some_and(|t| t.elapsed() >= CLOSE_GRACE) {
        return;
    }
    api.prevent_close();
    first.get_or_insert_with(Instant::now);
    if webview
        .eval("window.__iepdeskBeforeClose ? window.__iepdeskBeforeClose() : window.close()")
        .is_err()
    {
        // The page cannot be asked: do not keep the window open on its behalf.
        let _ = webview.destroy();
    }
}

/// Registers every command on a builder; `run` and the tests (on the mock runtime) share it.
pub fn with_commands<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        get_profile,
        create_profile,
        languages,
        list_students,
        create_student,
        get_student,
        start_iep_draft,
        get_iep,
        edit_iep_field,
        finalize_iep,
        amend_iep,
        goal_bank,
        record_case_event,
        remove_case_event,
        case_triggers,
        student_compliance,
        parent_documents,
        preview_parent_document,
        save_parent_document,
        start_notice,
        get_notice,
        notices_of,
        edit_notice_field,
        issue_notice,
        close_window,
    ])
}

fn database_path<R: Runtime>(app: &tauri::App<R>) -> Result<PathBuf, ApiError> {
    if let Some(path) = std::env::var_os(DB_ENV) {
        return Ok(PathBuf::from(path));
    }
    let dir = app.path().app_data_dir().map_err(|e| {
        ApiError::new(
            ApiErrorKind::Storage,
            format!("No app-data folder on this system: {e}"),
        )
    })?;
    Ok(dir.join("iepdesk.sqlite3"))
}

fn documents_folder<R: Runtime>(app: &tauri::AppHandle<R>) -> Result<PathBuf, ApiError> {
    if let Some(path) = std::env::var_os(DOCUMENTS_ENV) {
        return Ok(PathBuf::from(path));
    }
    let base = app
        .path()
        .document_dir()
        .or_else(|_| app.path().home_dir())
        .map_err(|e| {
            ApiError::new(
                ApiErrorKind::Storage,
                format!("No Documents folder on this system to save the PDF in: {e}"),
            )
        })?;
    Ok(base.join("IEP Desk"))
}

pub fn run() {
    with_commands(tauri::Builder::default())
        .manage(CloseRequest::default())
        .on_window_event(guard_close)
        .setup(|app| {
            let state = match database_path(app) {
                Ok(path) => AppState::open(path),
                Err(e) => AppState(Err(e)),
            };
            app.manage(state);
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("the IEP Desk window could not start");
}
