// The real backend: each method is one Tauri command implemented in Rust (crates/api, src-tauri).
// Tauri rejects with the serialized ApiError; anything else (a bare string from Tauri itself, e.g.
// "command not found") is normalised into an ApiError of kind "internal".
import { invoke } from "@tauri-apps/api/core";
import type {
  AmendIep,
  CaseEventRecord,
  CreateStudent,
  DocumentPreview,
  EditField,
  EditNoticeField,
  GoalBankEntry,
  Iep,
  IepView,
  Language,
  NewCaseEvent,
  NewNotice,
  NewUserProfile,
  Notice,
  NoticeSummary,
  NoticeView,
  ParentDocumentRequest,
  PrintableDocument,
  SavedDocument,
  SavedEdit,
  SavedNoticeEdit,
  Student,
  StudentCompliance,
  StudentDetail,
  StudentSummary,
  TriggerChoice,
  UserProfile,
} from "../bindings";
import { toApiError, type Backend } from "./backend";

async function call<T>(command: string, args: Record<string, unknown> = {}): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toApiError(e);
  }
}

export class TauriBackend implements Backend {
  getProfile(): Promise<UserProfile | null> {
    return call("get_profile");
  }
  createProfile(input: NewUserProfile): Promise<UserProfile> {
    return call("create_profile", { input });
  }
  languages(): Promise<Language[]> {
    return call("languages");
  }
  listStudents(query: string): Promise<StudentSummary[]> {
    return call("list_students", { query });
  }
  createStudent(input: CreateStudent): Promise<Student> {
    return call("create_student", { input });
  }
  getStudent(id: string): Promise<StudentDetail> {
    return call("get_student", { id });
  }
  startIepDraft(studentId: string): Promise<Iep> {
    return call("start_iep_draft", { input: { student_id: studentId } });
  }
  getIep(id: string): Promise<IepView> {
    return call("get_iep", { id });
  }
  editIepField(input: EditField): Promise<SavedEdit> {
    return call("edit_iep_field", { input });
  }
  finalizeIep(id: string): Promise<Iep> {
    return call("finalize_iep", { id });
  }
  amendIep(input: AmendIep): Promise<Iep> {
    return call("amend_iep", { input });
  }
  goalBank(): Promise<GoalBankEntry[]> {
    return call("goal_bank");
  }
  recordCaseEvent(input: NewCaseEvent): Promise<CaseEventRecord> {
    return call("record_case_event", { input });
  }
  removeCaseEvent(id: string): Promise<CaseEventRecord> {
    return call("remove_case_event", { id });
  }
  caseTriggers(): Promise<TriggerChoice[]> {
    return call("case_triggers");
  }
  studentCompliance(studentId: string): Promise<StudentCompliance> {
    // Tauri maps the Rust argument `student_id` to `studentId`.
    return call("student_compliance", { studentId });
  }
  parentDocuments(studentId: string): Promise<PrintableDocument[]> {
    return call("parent_documents", { studentId });
  }
  previewParentDocument(request: ParentDocumentRequest): Promise<DocumentPreview> {
    return call("preview_parent_document", { request });
  }
  saveParentDocument(request: ParentDocumentRequest): Promise<SavedDocument> {
    return call("save_parent_document", { request });
  }
  startNotice(input: NewNotice): Promise<NoticeView> {
    return call("start_notice", { input });
  }
  getNotice(id: string): Promise<NoticeView> {
    return call("get_notice", { id });
  }
  noticesOf(studentId: string): Promise<NoticeSummary[]> {
    return call("notices_of", { studentId });
  }
  editNoticeField(input: EditNoticeField): Promise<SavedNoticeEdit> {
    return call("edit_notice_field", { input });
  }
  issueNotice(id: string): Promise<Notice> {
    return call("issue_notice", { id });
  }
  closeWindow(): Promise<void> {
    return call("close_window", {});
  }
}
