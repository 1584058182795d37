// The one interface every screen talks to. Two implementations: `tauri.ts` (the real app, through
// Tauri IPC to the Rust commands) and `memory.ts` (a test double for component tests and for
// `npm run dev` in a plain browser). Every method rejects with an `ApiError`, never anything else.
import type {
  AmendIep,
  ApiError,
  ApiErrorKind,
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

export interface Backend {
  getProfile(): Promise<UserProfile | null>;
  createProfile(input: NewUserProfile): Promise<UserProfile>;
  languages(): Promise<Language[]>;
  listStudents(query: string): Promise<StudentSummary[]>;
  createStudent(input: CreateStudent): Promise<Student>;
  getStudent(id: string): Promise<StudentDetail>;
  startIepDraft(studentId: string): Promise<Iep>;
  getIep(id: string): Promise<IepView>;
  editIepField(input: EditField): Promise<SavedEdit>;
  /** Finalizes a draft; refused (kind `invalid`, one FieldError per blocking finding) while any blocks. */
  finalizeIep(id: string): Promise<Iep>;
  /** Starts an amendment of a finalized IEP: the new draft. Refusals name their field (`reason`, `authority.…`). */
  amendIep(input: AmendIep): Promise<Iep>;
  /** The goal bank, each goal with the annual goal picking it adds. */
  goalBank(): Promise<GoalBankEntry[]>;
  /** Records a dated event of a student's case (a referral, a consent…) that deadlines count from. */
  recordCaseEvent(input: NewCaseEvent): Promise<CaseEventRecord>;
  removeCaseEvent(id: string): Promise<CaseEventRecord>;
  /** The events a user may record, with labels. */
  caseTriggers(): Promise<TriggerChoice[]>;
  /** The student's deadlines and findings today. */
  studentCompliance(studentId: string): Promise<StudentCompliance>;
  /** The parent documents the student's records can produce (finalized IEPs, meeting notices, issued notices). */
  parentDocuments(studentId: string): Promise<PrintableDocument[]>;
  /** A parent document rendered in a language, its pages as SVG, and what it holds in English. */
  previewParentDocument(request: ParentDocumentRequest): Promise<DocumentPreview>;
  /** Renders and saves the PDF (in the documents folder); never replaces an existing file. */
  saveParentDocument(request: ParentDocumentRequest): Promise<SavedDocument>;
  /** Starts a draft notice (a PWN for a situation, or a consent form), prefilled from the IEP and the case. */
  startNotice(input: NewNotice): Promise<NoticeView>;
  getNotice(id: string): Promise<NoticeView>;
  /** The student's notices, newest first. */
  noticesOf(studentId: string): Promise<NoticeSummary[]>;
  /** Autosave's command for a notice: one field of a draft. */
  editNoticeField(input: EditNoticeField): Promise<SavedNoticeEdit>;
  /** Issues a draft notice; refused (kind `invalid`, one FieldError per blocking finding) while any blocks. */
  issueNotice(id: string): Promise<Notice>;
  /** Closes the app window for real, after the UI has saved what it holds (see lib/closeGuard.ts). */
  closeWindow(): Promise<void>;
}

const KINDS: readonly ApiErrorKind[] = [
  "invalid",
  "not_found",
  "not_editable",
  "conflict",
  "no_profile",
  "storage",
  "internal",
];

export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.kind === "string" &&
    (KINDS as readonly string[]).includes(v.kind) &&
    typeof v.message === "string" &&
    Array.isArray(v.fields)
  );
}

/** Turns whatever a failed call rejected with into an `ApiError`. */
export function toApiError(value: unknown): ApiError {
  if (isApiError(value)) return value;
  let message: string;
  if (typeof value === "string") message = value;
  else if (value instanceof Error) message = value.message;
  else {
    try {
      message = JSON.stringify(value) ?? String(value);
    } catch {
      message = String(value);
    }
  }
  return { kind: "internal", message: message || "Something went wrong.", fields: [] };
}

/** The message of the field error for `field`, if any. */
export function fieldMessage(error: ApiError | null, field: string): string | undefined {
  return error?.fields.find((f) => f.field === field)?.message;
}
