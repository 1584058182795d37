// Generated from the Rust types by ts-rs (crates/api/tests/bindings.rs). Do not edit by hand.

export type UserId = string;

export type StudentId = string;

export type IepId = string;

export type ChangeId = string;

export type Osis = string;

export type Dbn = string;

export type LanguageCode = string;

export type Role = "case_manager" | "social_worker" | "provider" | "supervisor";

export type UserProfile = { id: UserId, name: string, role: Role, };

export type NewUserProfile = { name: string, role: Role, };

export type FieldError = { field: string, message: string, };

export type Grade = "3K" | "PK" | "K" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11" | "12" | "UG";

export type PersonName = { first: string, last: string, };

export type Student = { id: StudentId, name: PersonName, date_of_birth: string, osis: Osis, 
/**
 * The language spoken at home.
 */
home_language: LanguageCode, 
/**
 * The language the parent wants documents and meetings in.
 */
parent_language: LanguageCode, school_dbn: Dbn, grade: Grade, };

export type CreateStudent = { first_name: string, last_name: string, 
/**
 * `YYYY-MM-DD`.
 */
date_of_birth: string, osis: string, home_language: string, parent_language: string, school_dbn: string, grade: string, };

export type Language = { code: string, english_name: string, native_name: string, 
/**
 * Parent documents are translated into this language (NYC language-access policy).
 */
covered: boolean, 
/**
 * Folder under `locales/` holding the translation, for covered languages.
 */
locale: string | null, 
/**
 * Written right to left.
 */
rtl: boolean, };

export type IepStatus = { "kind": "draft" } | { "kind": "finalized", at: string, content_hash: string, } | { "kind": "amended", by: IepId, };

export type PresentLevels = { 
/**
 * Evaluation results with their dates, State/district assessment results, instructional
 * implications (L1995).
 */
evaluation_results: string, 
/**
 * Academic achievement, functional performance and learning characteristics (L2015).
 */
academic_achievement: string, 
/**
 * Social development (L1999).
 */
social_development: string, 
/**
 * Physical development (L2003).
 */
physical_development: string, 
/**
 * Management needs (L2007).
 */
management_needs: string, 
/**
 * Effect of student needs on involvement and progress in the general education
 * curriculum (L2011).
 */
effect_on_general_education: string, 
/**
 * Student needs relating to special factors (L2017).
 */
special_factor_needs: string, };

export type IepContent = { present_levels: PresentLevels, };

export type Iep = { id: IepId, student_id: StudentId, 
/**
 * 1 for the first IEP of a student; an amendment's version is one more than what it amends.
 */
version: number, status: IepStatus, 
/**
 * The IEP this one amends.
 */
amends: IepId | null, content: IepContent, };

export type IepSummary = { id: IepId, version: number, status: IepStatus, updated_at: string, };

export type StudentSummary = { id: StudentId, name: PersonName, osis: string, grade: Grade, school_dbn: string, date_of_birth: string, 
/**
 * The student's draft IEP, if one is being written.
 */
draft_iep_id: string | null, };

export type StudentDetail = { student: Student, ieps: Array<IepSummary>, };

export type StepStatus = "not_started" | "in_progress" | "complete" | "blocked" | "not_required";

export type WizardStep = { id: string, title: string, 
/**
 * Where the manual describes this section.
 */
sopm: string, 
/**
 * Whether this version of IEP Desk has the step's screen yet.
 */
available: boolean, status: StepStatus, };

export type IepView = { iep: Iep, student: Student, steps: Array<WizardStep>, };

export type EditField = { iep_id: IepId, path: string, value: unknown, };

export type SavedEdit = { iep_id: IepId, path: string, 
/**
 * The IEP's store revision after this save.
 */
revision: number, saved_at: string, 
/**
 * False when the value was already there (nothing logged).
 */
changed: boolean, steps: Array<WizardStep>, };

export type ApiErrorKind = "invalid" | "not_found" | "not_editable" | "conflict" | "no_profile" | "storage" | "internal";

export type ApiError = { kind: ApiErrorKind, message: string, fields: Array<FieldError>, };

export type EntityKind = "student" | "iep" | "user_profile";

export type ChangeRecord = { seq: number, change_id: ChangeId, command_id: string, entity: EntityKind, entity_id: string, entity_revision: number, path: string, old: unknown, new: unknown, author_id: string, device_id: string, recorded_at: string, 
/**
 * When the server acknowledged it; `None` while it waits in the outbox.
 */
pushed_at: string | null, };
