// TEST DOUBLE. An in-memory Backend for component tests and for `npm run dev` in a plain browser
// (no Tauri, no Rust, nothing persisted). It reproduces just enough of the Rust behaviour to
// drive the UI — required fields, OSIS/DBN/date checks reported as FieldErrors, field edits with
// revisions and wizard steps — and adds knobs that the real backend does not have: fail the next
// N calls, delay every response. The Rust crates are the authority; do not treat this file as a
// specification of them.
import type {
  AmendIep,
  ApiError,
  CaseDeadline,
  CaseEventRecord,
  CreateStudent,
  DocumentPreview,
  EditField,
  EditNoticeField,
  FieldError,
  Finding,
  GoalBankEntry,
  Grade,
  Iep,
  IepSummary,
  IepView,
  Language,
  NewCaseEvent,
  NewNotice,
  NewUserProfile,
  Notice,
  NoticeContent,
  NoticeSummary,
  NoticeView,
  IepContent,
  ParentDocumentRequest,
  PrintableDocument,
  SavedDocument,
  PresentLevels,
  SavedEdit,
  SavedNoticeEdit,
  Student,
  StudentCompliance,
  StudentDetail,
  StudentSummary,
  Trigger,
  TriggerChoice,
  UserProfile,
  WizardStep,
} from "../bindings";
import type { Backend } from "./backend";
import { GRADES } from "../labels";
import EMPTY_CONTENT from "../iep-content.empty.json";
import { MEMORY_GOAL_BANK } from "./memoryGoalBank";

export const MEMORY_LANGUAGES: Language[] = [
  { code: "en", english_name: "English", native_name: "English", covered: true, locale: "en", rtl: false },
  { code: "sq", english_name: "Albanian", native_name: "Shqip", covered: true, locale: "sq", rtl: false },
  { code: "ar", english_name: "Arabic", native_name: "العربية", covered: true, locale: "ar", rtl: true },
  { code: "bn", english_name: "Bangla (Bengali)", native_name: "বাংলা", covered: true, locale: "bn", rtl: false },
  { code: "zh-Hans", english_name: "Chinese (Simplified)", native_name: "简体中文", covered: true, locale: "zh-Hans", rtl: false },
  { code: "zh-Hant", english_name: "Chinese (Traditional)", native_name: "繁體中文", covered: true, locale: "zh-Hant", rtl: false },
  { code: "fr", english_name: "French", native_name: "Français", covered: true, locale: "fr", rtl: false },
  { code: "ht", english_name: "Haitian Creole", native_name: "Kreyòl ayisyen", covered: true, locale: "ht", rtl: false },
  { code: "ko", english_name: "Korean", native_name: "한국어", covered: true, locale: "ko", rtl: false },
  { code: "ru", english_name: "Russian", native_name: "Русский", covered: true, locale: "ru", rtl: false },
  { code: "es", english_name: "Spanish", native_name: "Español", covered: true, locale: "es", rtl: false },
  { code: "uk", english_name: "Ukrainian", native_name: "Українська", covered: true, locale: "uk", rtl: false },
  { code: "ur", english_name: "Urdu", native_name: "اردو", covered: true, locale: "ur", rtl: true },
  { code: "uz", english_name: "Uzbek", native_name: "Oʻzbekcha", covered: true, locale: "uz", rtl: false },
  { code: "pl", english_name: "Polish", native_name: "Polski", covered: false, locale: null, rtl: false },
  { code: "yi", english_name: "Yiddish", native_name: "ייִדיש", covered: false, locale: null, rtl: true },
];

/** The wizard's steps as Rust lists them (crates/domain/src/wizard.rs). */
const STEPS: Array<[string, string, string]> = [
  ["meeting", "IEP meeting and team", "L1169–L1560"],
  ["evaluation", "Evaluation results and eligibility", "L1561–L1990"],
  ["present_levels", "Present levels of performance", "L1993–L2035"],
  ["special_factors", "Special factors", "L2033–L2057"],
  ["postsecondary", "Postsecondary goals and transition needs", "L2061–L2107"],
  ["annual_goals", "Annual goals", "L2109–L2139"],
  ["progress_reporting", "Reporting progress to parents", "L2143"],
  ["programs_services", "Programs and services", "L2147–L2405"],
  ["twelve_month", "12-month services", "L2639–L2645"],
  ["testing_accommodations", "Testing accommodations", "L2419–L2487"],
  ["transition_activities", "Coordinated transition activities", "L2489–L2509"],
  ["assessment_participation", "State and district-wide assessments", "L2517–L2527"],
  ["gen_ed_participation", "Participation with students without disabilities", "L2531–L2533"],
  ["placement", "Language, transportation and placement", "L2535–L2631"],
  ["finalize", "Summary and finalize", "L2625–L2631"],
];

const TRANSITION_STEPS = ["postsecondary", "transition_activities"];
const TRANSITION_AGE = 14;

const PLOP_COMPONENTS = [
  "evaluation_results",
  "academic_achievement",
  "social_development",
  "physical_development",
  "management_needs",
  "effect_on_general_education",
  "special_factor_needs",
] as const;

const MAX_NARRATIVE_CHARS = 20_000;

interface StoredIep {
  iep: Iep;
  updatedAt: string;
}

export interface MemoryBackendOptions {
  /** The profile that already exists; `null` (the default) means first run. */
  profile?: UserProfile | null;
  /** Fill in a few students and IEPs, for `npm run dev`. */
  demo?: boolean;
  /** Every response waits this long (ms, via setTimeout so fake timers apply). */
  delayMs?: number;
  /** "Today", for the date-of-birth checks. Defaults to the real date. */
  today?: string;
  /** Replaces the stand-in for `check_iep` (see `memoryFindings`). */
  findings?: (content: Iep["content"]) => Finding[];
}

function err(kind: ApiError["kind"], message: string, fields: FieldError[] = []): ApiError {
  return { kind, message, fields };
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export class MemoryBackend implements Backend {
  profile: UserProfile | null;
  readonly students = new Map<string, Student>();
  readonly ieps = new Map<string, StoredIep>();
  readonly events = new Map<string, CaseEventRecord>();
  readonly notices = new Map<string, Notice>();
  /** Every call, in order, for tests to inspect. */
  readonly calls: Array<{ method: string; args: unknown[] }> = [];
  delayMs: number;
  private failures: ApiError[] = [];
  private nextId = 1;
  private revision = 0;
  private readonly today: string;
  private readonly findingsOf: (content: Iep["content"]) => Finding[];

  constructor(options: MemoryBackendOptions = {}) {
    this.profile = options.profile ?? null;
    this.findingsOf = options.findings ?? memoryFindings;
    this.delayMs = options.delayMs ?? 0;
    this.today = options.today ?? new Date().toISOString().slice(0, 10);
    if (options.demo) this.seedDemo();
  }

  /** The next `n` calls (of any method) reject with `error` (default: a storage error). */
  failNext(n: number, error: ApiError = err("storage", "The local database is busy.")): void {
    for (let i = 0; i < n; i++) this.failures.push(clone(error));
  }

  /** The present levels as the "database" holds them. */
  presentLevels(iepId: string): PresentLevels {
    const stored = this.ieps.get(iepId);
    if (!stored) throw new Error(`no IEP ${iepId}`);
    return clone(stored.iep.content.present_levels);
  }

  // ---- Backend ----

  getProfile(): Promise<UserProfile | null> {
    return this.run("getProfile", [], () => this.profile);
  }

  createProfile(input: NewUserProfile): Promise<UserProfile> {
    return this.run("createProfile", [input], () => {
      const name = input.name.trim();
      if (!name) throw err("invalid", "Enter your name.", [{ field: "name", message: "Enter your name." }]);
      if (name.length > 100) {
        throw err("invalid", "A name is at most 100 characters.", [
          { field: "name", message: "A name is at most 100 characters." },
        ]);
      }
      this.profile = { id: this.id("user"), name, role: input.role };
      return this.profile;
    });
  }

  languages(): Promise<Language[]> {
    return this.run("languages", [], () => MEMORY_LANGUAGES);
  }

  listStudents(query: string): Promise<StudentSummary[]> {
    return this.run("listStudents", [query], () => {
      const q = query.trim().toLowerCase();
      const digits = q.replace(/[\s-]/g, "");
      return [...this.students.values()]
        .filter((s) => {
          if (!q) return true;
          const hay = [
            s.name.first,
            s.name.last,
            `${s.name.first} ${s.name.last}`,
            `${s.name.last}, ${s.name.first}`,
            s.school_dbn,
          ].map((x) => x.toLowerCase());
          return hay.some((h) => h.includes(q)) || (/^\d+$/.test(digits) && s.osis.includes(digits));
        })
        .sort((a, b) => a.name.last.localeCompare(b.name.last) || a.name.first.localeCompare(b.name.first))
        .map((s) => ({
          id: s.id,
          name: s.name,
          osis: s.osis,
          grade: s.grade,
          school_dbn: s.school_dbn,
          date_of_birth: s.date_of_birth,
          draft_iep_id: this.draftOf(s.id)?.id ?? null,
        }));
    });
  }

  createStudent(input: CreateStudent): Promise<Student> {
    return this.run("createStudent", [input], () => {
      this.requireProfile();
      const errors = validateStudent(input, this.today);
      if (errors.length > 0) {
        throw err("invalid", errors.map((e) => e.message).join(" "), errors);
      }
      const osis = input.osis.replace(/[\s-]/g, "");
      if ([...this.students.values()].some((s) => s.osis === osis)) {
        const message = "A student with this OSIS number is already in IEP Desk.";
        throw err("conflict", message, [{ field: "osis", message }]);
      }
      const student: Student = {
        id: this.id("student"),
        name: { first: input.first_name.trim(), last: input.last_name.trim() },
        date_of_birth: input.date_of_birth.trim(),
        osis,
        home_language: languageCode(input.home_language)!,
        parent_language: languageCode(input.parent_language)!,
        school_dbn: input.school_dbn.trim().toUpperCase(),
        grade: GRADES.find((g) => g.toLowerCase() === input.grade.trim().toLowerCase())!,
      };
      this.students.set(student.id, student);
      return student;
    });
  }

  getStudent(id: string): Promise<StudentDetail> {
    return this.run("getStudent", [id], () => {
      const student = this.students.get(id);
      if (!student) throw err("not_found", "No such student.");
      const ieps: IepSummary[] = [...this.ieps.values()]
        .filter((s) => s.iep.student_id === id)
        .sort((a, b) => b.iep.version - a.iep.version)
        .map((s) => ({ id: s.iep.id, version: s.iep.version, status: s.iep.status, updated_at: s.updatedAt }));
      return { student, ieps };
    });
  }

  startIepDraft(studentId: string): Promise<Iep> {
    return this.run("startIepDraft", [studentId], () => {
      this.requireProfile();
      if (!this.students.has(studentId)) throw err("not_found", "No such student.");
      if (this.draftOf(studentId)) throw err("conflict", "This student already has a draft IEP.");
      const version = [...this.ieps.values()].filter((s) => s.iep.student_id === studentId).length + 1;
      const iep: Iep = {
        id: this.id("iep"),
        student_id: studentId,
        version,
        status: { kind: "draft" },
        amends: null,
        content: emptyContent(),
      };
      this.ieps.set(iep.id, { iep, updatedAt: new Date().toISOString() });
      return iep;
    });
  }

  getIep(id: string): Promise<IepView> {
    return this.run("getIep", [id], () => {
      const stored = this.ieps.get(id);
      if (!stored) throw err("not_found", "No such IEP.");
      const student = this.students.get(stored.iep.student_id);
      if (!student) throw err("not_found", "No such student.");
      const findings = this.findingsOf(stored.iep.content);
      return { iep: stored.iep, student, steps: steps(stored.iep, student, findings, this.today), findings };
    });
  }

  /** PDFs "saved" by saveParentDocument, by path. */
  readonly savedDocuments = new Map<string, ParentDocumentRequest>();

  parentDocuments(studentId: string): Promise<PrintableDocument[]> {
    return this.run("parentDocuments", [studentId], () => {
      if (!this.students.has(studentId)) throw err("not_found", "No such student.");
      const out: PrintableDocument[] = [];
      const ieps = [...this.ieps.values()].map((s) => s.iep).filter((i) => i.student_id === studentId);
      for (const iep of ieps.sort((a, b) => b.version - a.version)) {
        if (iep.status.kind !== "draft")
          out.push({ document: { kind: "iep", iep_id: iep.id }, title: `IEP, version ${iep.version} (${iep.status.kind})`, iep_version: iep.version });
        else if (JSON.stringify(iep.content.programs_services) !== JSON.stringify(emptyContent().programs_services))
          out.push({
            document: { kind: "recommendations", iep_id: iep.id },
            title: `Recommended programs and services (draft IEP, version ${iep.version})`,
            iep_version: iep.version,
          });
        const m = iep.content.meeting;
        if (m)
          out.push({
            document: { kind: "meeting_notice", iep_id: iep.id },
            title: `Notice of IEP Meeting on ${m.starts_at.slice(0, 10)} (IEP version ${iep.version})`,
            iep_version: iep.version,
          });
      }
      for (const n of this.noticesNewestFirst(studentId))
        if (n.status.kind === "issued")
          out.push({ document: { kind: "notice", notice_id: n.id }, title: `${noticeTitle(n)} (sent ${n.content.sent_on})`, iep_version: null });
      return out;
    });
  }

  previewParentDocument(request: ParentDocumentRequest): Promise<DocumentPreview> {
    return this.run("previewParentDocument", [request], () => this.render(request));
  }

  saveParentDocument(request: ParentDocumentRequest): Promise<SavedDocument> {
    return this.run("saveParentDocument", [request], () => {
      const doc = this.render(request);
      let path = `/memory/IEP Desk/${doc.file_name}`;
      for (let n = 2; this.savedDocuments.has(path); n++) path = `/memory/IEP Desk/${doc.file_name.replace(/\.pdf$/, ` (${n}).pdf`)}`;
      this.savedDocuments.set(path, clone(request));
      return { path, bytes: 1000 * doc.pages.length, pages: doc.pages.length, locale: doc.locale };
    });
  }

  /** A stand-in for the Rust renderer: one SVG page naming the document and its locale. */
  private render(request: ParentDocumentRequest): DocumentPreview {
    if (request.document.kind === "notice") return this.renderNotice(request.document.notice_id, request.language);
    const stored = this.ieps.get(request.document.iep_id);
    if (!stored) throw err("not_found", "No such IEP.");
    const { iep } = stored;
    if (request.document.kind === "iep" && iep.status.kind === "draft")
      throw err("invalid", "document: a draft IEP is not printed for the parent: finalize it first", [
        { field: "document", message: "a draft IEP is not printed for the parent: finalize it first" },
      ]);
    if (request.document.kind === "recommendations" && iep.status.kind !== "draft")
      throw err("invalid", "document: this IEP is finalized: print the IEP itself", [
        { field: "document", message: "this IEP is finalized: print the IEP itself" },
      ]);
    if (request.document.kind === "meeting_notice" && !iep.content.meeting)
      throw err("invalid", "meeting: this IEP records no meeting", [{ field: "meeting", message: "this IEP records no meeting" }]);
    const language = MEMORY_LANGUAGES.find((l) => l.code === request.language);
    if (!language) throw err("invalid", `language: \`${request.language}\` is not a language IEP Desk knows`, [{ field: "language", message: "unknown language" }]);
    const locale = language.covered ? language.locale! : "en";
    const name = { iep: "IEP", meeting_notice: "Meeting notice", recommendations: "Recommendations" }[request.document.kind];
    const page = (n: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="612" height="792"><text x="20" y="40">${name} ${locale} page ${n}</text></svg>`;
    return {
      locale,
      pages: [page(1), page(2)],
      translated_share: locale === "en" ? (language.code === "en" ? 1 : 0) : 0.9,
      english_parts: locale === "en" ? [] : ["present_levels.academic_achievement"],
      cover_notice: !language.covered,
      conformance: "PDF/A-2a and PDF/UA-1 (archival, accessible)",
      warnings: [],
      file_name: `Student - ${name} v${iep.version} - ${locale} - ${this.today}.pdf`,
    };
  }

  private renderNotice(id: string, code: string): DocumentPreview {
    const n = this.notices.get(id);
    if (!n) throw err("not_found", "No such notice.");
    if (n.status.kind === "draft")
      throw err("invalid", "document: this notice is a draft: issue it first", [{ field: "document", message: "this notice is a draft: issue it first" }]);
    const language = MEMORY_LANGUAGES.find((l) => l.code === code);
    if (!language) throw err("invalid", `language: \`${code}\` is not a language IEP Desk knows`, [{ field: "language", message: "unknown language" }]);
    const locale = language.covered ? language.locale! : "en";
    const name = n.kind === "pwn" ? `PWN ${n.content.situation.replace(/_/g, " ")}` : `Consent ${n.content.kind.replace(/_/g, " ")}`;
    return {
      locale,
      pages: [`<svg xmlns="http://www.w3.org/2000/svg" width="612" height="792"><text x="20" y="40">${name} ${locale} page 1</text></svg>`],
      translated_share: locale === "en" ? (language.code === "en" ? 1 : 0) : 0.8,
      english_parts: locale === "en" ? [] : ["reasons"],
      cover_notice: !language.covered,
      conformance: "PDF/A-2a and PDF/UA-1 (archival, accessible)",
      warnings: [],
      file_name: `Student - ${name} ${n.content.sent_on} - ${locale} - ${this.today}.pdf`,
    };
  }

  // ---- notices (like crates/api/src/notices.rs, much simplified) ----

  private noticesNewestFirst(studentId: string): Notice[] {
    return [...this.notices.values()].filter((n) => n.student_id === studentId).reverse();
  }

  private noticeView(n: Notice): NoticeView {
    const student = this.students.get(n.student_id);
    if (!student) throw err("not_found", "No such student.");
    return { notice: n, student, title: noticeTitle(n), findings: noticeFindings(n) };
  }

  startNotice(input: NewNotice): Promise<NoticeView> {
    return this.run("startNotice", [input], () => {
      this.requireProfile();
      const student = this.students.get(input.student_id);
      if (!student) throw err("not_found", "No such student.");
      const t = input.template;
      const content: NoticeContent =
        t.kind === "pwn"
          ? {
              kind: "pwn",
              content: {
                situation: t.situation,
                action: t.situation === "refusal" || t.situation === "refusal_of_initial_evaluation" ? "refuse" : "propose",
                sent_on: this.today,
                language: student.parent_language,
                cover_notice: false,
                action_description: "",
                reasons: "",
                evaluations_relied_on: [],
                options_considered: [],
                no_other_options: false,
                other_factors: "",
                safeguards_statement: true,
                psn_enclosed: true,
                psn_how_to_obtain: null,
                sources_of_assistance: [],
                psn_occasions: [],
                consent_request: null,
                program_visit_contact: null,
                refusal_package: null,
              },
            }
          : { kind: "consent", content: { kind: t.consent, sent_on: this.today, activities: [], records_shared: null } };
      const n = { id: this.id("notice"), student_id: student.id, iep_id: input.iep_id, status: { kind: "draft" }, ...content } as Notice;
      this.notices.set(n.id, n);
      return this.noticeView(n);
    });
  }

  getNotice(id: string): Promise<NoticeView> {
    return this.run("getNotice", [id], () => {
      const n = this.notices.get(id);
      if (!n) throw err("not_found", "No such notice.");
      return this.noticeView(n);
    });
  }

  noticesOf(studentId: string): Promise<NoticeSummary[]> {
    return this.run("noticesOf", [studentId], () => {
      if (!this.students.has(studentId)) throw err("not_found", "No such student.");
      return this.noticesNewestFirst(studentId).map((n) => ({
        id: n.id,
        title: noticeTitle(n),
        status: n.status,
        sent_on: n.content.sent_on,
        iep_id: n.iep_id,
      }));
    });
  }

  editNoticeField(input: EditNoticeField): Promise<SavedNoticeEdit> {
    return this.run("editNoticeField", [input], () => {
      this.requireProfile();
      const n = this.notices.get(input.notice_id);
      if (!n) throw err("not_found", "No such notice.");
      if (n.status.kind !== "draft") throw err("not_editable", "this notice was issued and cannot be changed; start a new notice to correct it");
      const content = n.content as unknown as Record<string, unknown>;
      const segs = input.path.split(".");
      let parent = content;
      for (const seg of segs.slice(0, -1)) {
        const next = parent?.[seg];
        if (next === null || typeof next !== "object") throw err("invalid", `There is no field \`${input.path}\`.`, [{ field: input.path, message: "Unknown field." }]);
        parent = next as Record<string, unknown>;
      }
      const leaf = segs[segs.length - 1];
      if (!(leaf in parent)) throw err("invalid", `There is no field \`${input.path}\`.`, [{ field: input.path, message: "Unknown field." }]);
      const old = parent[leaf];
      if (typeof old === "string" && typeof input.value !== "string") {
        const message = "This field takes text.";
        throw err("invalid", message, [{ field: input.path, message }]);
      }
      const changed = JSON.stringify(old) !== JSON.stringify(input.value);
      if (changed) parent[leaf] = clone(input.value);
      this.revision += 1;
      return {
        notice_id: n.id,
        path: input.path,
        revision: this.revision,
        saved_at: new Date().toISOString(),
        changed,
        findings: noticeFindings(n),
      };
    });
  }

  issueNotice(id: string): Promise<Notice> {
    return this.run("issueNotice", [id], () => {
      this.requireProfile();
      const n = this.notices.get(id);
      if (!n) throw err("not_found", "No such notice.");
      if (n.status.kind !== "draft") throw err("not_editable", "this notice was issued and cannot be changed; start a new notice to correct it");
      const blocking = noticeFindings(n).filter((f) => f.severity === "error");
      if (blocking.length > 0) {
        const fields = blocking.map((f) => ({ field: f.field ?? "", message: `${f.message} (SOPM ${f.sopm}; rule ${f.rule_id})` }));
        throw err("invalid", fields.length === 1 ? fields[0].message : `${fields.length} fields need attention.`, fields);
      }
      n.status = { kind: "issued", at: new Date().toISOString(), content_hash: standInHash(JSON.stringify(n.content)) };
      return n;
    });
  }

  /** Records the request; a browser tab cannot close itself. */
  async closeWindow(): Promise<void> {
    this.calls.push({ method: "closeWindow", args: [] });
  }

  editIepField(input: EditField): Promise<SavedEdit> {
    return this.run("editIepField", [input], () => {
      this.requireProfile();
      const stored = this.ieps.get(input.iep_id);
      if (!stored) throw err("not_found", "No such IEP.");
      const { iep } = stored;
      if (iep.status.kind !== "draft") {
        throw err("not_editable", `This IEP is ${iep.status.kind} and can no longer be changed.`);
      }
      // Like Iep::edit: the path must exist, and an object is never replaced whole (a list or a
      // null may be).
      const segs = input.path.split(".");
      let parent: Record<string, unknown> = iep.content as unknown as Record<string, unknown>;
      for (const seg of segs.slice(0, -1)) {
        const next = parent?.[seg];
        if (next === null || typeof next !== "object") throw err("invalid", `There is no field \`${input.path}\`.`);
        parent = next as Record<string, unknown>;
      }
      const leaf = segs[segs.length - 1];
      const old = parent[leaf];
      const isRecord = (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v);
      // Null clears an optional record; any other value never replaces a record whole.
      if (old === undefined || (isRecord(old) && input.value !== null)) {
        throw err("invalid", `There is no field \`${input.path}\`.`, [{ field: input.path, message: "Unknown field." }]);
      }
      if (typeof old === "string" && typeof input.value !== "string") {
        const message = "This field takes text.";
        throw err("invalid", message, [{ field: input.path, message }]);
      }
      const long = longText(input.value, input.path);
      if (long) throw err("invalid", long.message, [long]);
      const changed = JSON.stringify(old) !== JSON.stringify(input.value);
      const savedAt = new Date().toISOString();
      if (changed) {
        parent[leaf] = clone(input.value);
        assignIds(iep.content, () => this.id("id"));
        stored.updatedAt = savedAt;
      }
      this.revision += 1;
      const student = this.students.get(iep.student_id)!;
      const findings = this.findingsOf(iep.content);
      return {
        iep_id: iep.id,
        path: input.path,
        revision: this.revision,
        saved_at: savedAt,
        changed,
        steps: steps(iep, student, findings, this.today),
        findings,
      };
    });
  }

  /** Like App::finalize_iep: refused while a finding blocks, each listed with its field. */
  finalizeIep(id: string): Promise<Iep> {
    return this.run("finalizeIep", [id], () => {
      this.requireProfile();
      const stored = this.ieps.get(id);
      if (!stored) throw err("not_found", "No such IEP.");
      const { iep } = stored;
      if (iep.status.kind !== "draft") throw err("not_editable", `the IEP is ${iep.status.kind} and cannot be edited; amend it to make changes`);
      const blocking = this.findingsOf(iep.content).filter((f) => f.severity === "error");
      if (blocking.length > 0) {
        const fields = blocking.map((f) => ({ field: f.field ?? "", message: `${f.message} (SOPM ${f.sopm}; rule ${f.rule_id})` }));
        throw err("invalid", fields.length === 1 ? fields[0].message : `${fields.length} fields need attention.`, fields);
      }
      const at = new Date().toISOString();
      iep.status = { kind: "finalized", at, content_hash: standInHash(JSON.stringify(iep.content)) };
      stored.updatedAt = at;
      if (iep.amends) {
        const old = this.ieps.get(iep.amends);
        if (old) old.iep.status = { kind: "amended", by: iep.id };
      }
      return iep;
    });
  }

  /** Like App::amend_iep: a new draft copying a finalized IEP, with the reason (AmendIep::errors). */
  amendIep(input: AmendIep): Promise<Iep> {
    return this.run("amendIep", [input], () => {
      this.requireProfile();
      const stored = this.ieps.get(input.iep_id);
      if (!stored) throw err("not_found", "No such IEP.");
      const old = stored.iep;
      if (old.status.kind !== "finalized") throw err("not_editable", `the IEP is ${old.status.kind} and cannot be amended`);
      const fields: FieldError[] = [];
      if (!input.reason.trim()) fields.push({ field: "reason", message: "Say why the IEP is amended; the reason is part of the record." });
      const a = input.authority;
      if (a.kind === "waiver") {
        if (a.changes_program) fields.push({ field: "authority.changes_program", message: "A change to the program recommendation needs an IEP meeting; it cannot be made by waiver (SOPM L3019)." });
        if (a.needs_psychologist) fields.push({ field: "authority.needs_psychologist", message: "A change that needs the school psychologist at a meeting cannot be made by waiver (SOPM L3019)." });
        if (!a.parent_signed_on) fields.push({ field: "authority.parent_signed_on", message: "Without a meeting, the parent must agree in writing: record the date the parent signed the Waiver of IEP Meeting to Amend IEP (SOPM L3023)." });
        if (!a.discussed_with_parent) fields.push({ field: "authority.discussed_with_parent", message: "A team member must discuss every change with the parent before the waiver (SOPM L3023)." });
      }
      if (fields.length > 0) throw err("invalid", fields.length === 1 ? fields[0].message : `${fields.length} fields need attention.`, fields);
      const version = [...this.ieps.values()].filter((x) => x.iep.student_id === old.student_id).length + 1;
      const content = clone(old.content);
      if (a.kind === "meeting") content.meeting = null;
      content.amendment = { amends_version: old.version, reason: input.reason.trim(), authority: clone(a) };
      const iep: Iep = { id: this.id("iep"), student_id: old.student_id, version, status: { kind: "draft" }, amends: old.id, content };
      this.ieps.set(iep.id, { iep, updatedAt: new Date().toISOString() });
      return iep;
    });
  }

  goalBank(): Promise<GoalBankEntry[]> {
    return this.run("goalBank", [], () => MEMORY_GOAL_BANK);
  }

  recordCaseEvent(input: NewCaseEvent): Promise<CaseEventRecord> {
    return this.run("recordCaseEvent", [input], () => {
      this.requireProfile();
      const fields: FieldError[] = [];
      if (!MEMORY_TRIGGERS.some((t) => t.trigger === input.trigger)) fields.push({ field: "trigger", message: "Choose what happened." });
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || Number.isNaN(Date.parse(input.date)))
        fields.push({ field: "date", message: input.date ? `\`${input.date}\` is not a date (YYYY-MM-DD).` : "Enter the date it happened." });
      if (fields.length > 0) throw err("invalid", fields.length === 1 ? fields[0].message : `${fields.length} fields need attention.`, fields);
      if (!this.students.has(input.student_id)) throw err("not_found", "No such student.");
      const e: CaseEventRecord = {
        id: this.id("event"),
        student_id: input.student_id,
        trigger: input.trigger as Trigger,
        date: input.date,
        note: input.note?.trim() ? input.note.trim() : null,
      };
      this.events.set(e.id, e);
      return e;
    });
  }

  removeCaseEvent(id: string): Promise<CaseEventRecord> {
    return this.run("removeCaseEvent", [id], () => {
      const e = this.events.get(id);
      if (!e) throw err("not_found", "No such case event.");
      this.events.delete(id);
      return e;
    });
  }

  caseTriggers(): Promise<TriggerChoice[]> {
    return this.run("caseTriggers", [], () => MEMORY_TRIGGERS);
  }

  /** A stand-in for check_case: each event gets one deadline 5 calendar days later. */
  studentCompliance(studentId: string): Promise<StudentCompliance> {
    return this.run("studentCompliance", [studentId], () => {
      if (!this.students.has(studentId)) throw err("not_found", "No such student.");
      const events = [...this.events.values()].filter((e) => e.student_id === studentId).sort((a, b) => a.date.localeCompare(b.date));
      const deadlines: CaseDeadline[] = events.map((e) => {
        const choice = MEMORY_TRIGGERS.find((t) => t.trigger === e.trigger)!;
        const due = addDays(e.date, 5);
        const days = (Date.parse(due) - Date.parse(this.today)) / 86_400_000;
        const status = days < 0 ? "overdue" : days <= 14 ? "due_soon" : "upcoming";
        const weekday = new Date(`${due}T12:00:00Z`).toLocaleDateString("en-US", { weekday: "short", timeZone: "UTC" });
        const description = `5 days after ${choice.phrase}`;
        return {
          rule_id: `memory-${e.trigger}`,
          title: `Follow-up of ${choice.label.toLowerCase()}`,
          kind: "deadline",
          trigger: e.trigger,
          trigger_date: e.date,
          due,
          unit: "calendar",
          description,
          sopm_lines: [151],
          status,
          done_on: null,
          basis: "",
          summary: `due ${weekday} ${due} · ${description}`,
        };
      });
      const findings: Finding[] = deadlines
        .filter((d) => d.status === "overdue")
        .map((d) => ({ rule_id: `${d.rule_id}-overdue`, severity: "error", message: `${d.title}: overdue.`, sopm: "L151", field: "events" }));
      return { today: this.today, events, deadlines, findings, errors: findings.length, warnings: 0 };
    });
  }

  // ---- internals ----

  private async run<T>(method: string, args: unknown[], body: () => T): Promise<T> {
    this.calls.push({ method, args: clone(args) });
    if (this.delayMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    } else {
      await Promise.resolve();
    }
    const failure = this.failures.shift();
    if (failure) throw failure;
    // Copies, so that nothing the UI does to a result changes the "database".
    return clone(body());
  }

  private requireProfile(): void {
    if (!this.profile) throw err("no_profile", "Create your profile first.");
  }

  private draftOf(studentId: string): Iep | undefined {
    return [...this.ieps.values()].map((s) => s.iep).find((i) => i.student_id === studentId && i.status.kind === "draft");
  }

  private id(prefix: string): string {
    return `${prefix}-${this.nextId++}`;
  }

  private seedDemo(): void {
    const add = (first: string, last: string, dob: string, osis: string, grade: Grade, dbn: string, lang: string) => {
      const s: Student = {
        id: this.id("student"),
        name: { first, last },
        date_of_birth: dob,
        osis,
        home_language: lang,
        parent_language: lang,
        school_dbn: dbn,
        grade,
      };
      this.students.set(s.id, s);
      return s;
    };
    add("Amina", "Rahman", "2014-03-12", "204518339", "5", "24Q014", "bn");
    const b = add("Jean", "Baptiste", "2012-11-02", "209934157", "7", "17K246", "ht");
    add("Sofía", "Martínez", "2016-06-21", "231008442", "3", "06M189", "es");
    const d = add("Wei", "Chen", "2011-01-30", "198872610", "8", "20K187", "zh-Hans");
    const now = new Date().toISOString();
    const draft: Iep = {
      id: this.id("iep"),
      student_id: b.id,
      version: 1,
      status: { kind: "draft" },
      amends: null,
      content: {
        ...emptyContent(),
        present_levels: {
          ...emptyPresentLevels(),
          social_development: "Jean works well in pairs and seeks out adults for reassurance.",
        },
      },
    };
    this.ieps.set(draft.id, { iep: draft, updatedAt: now });
    const pl = emptyPresentLevels();
    for (const key of PLOP_COMPONENTS) pl[key] = `Demo text for ${key.replace(/_/g, " ")}.`;
    const finalized: Iep = {
      id: this.id("iep"),
      student_id: d.id,
      version: 1,
      status: { kind: "finalized", at: "2025-06-10T15:04:00Z", content_hash: "0".repeat(64) },
      amends: null,
      content: { ...emptyContent(), present_levels: pl },
    };
    this.ieps.set(finalized.id, { iep: finalized, updatedAt: "2025-06-10T15:04:00Z" });
  }
}

const MEMORY_TRIGGERS: TriggerChoice[] = [
  { trigger: "referral_received", label: "Referral received", phrase: "the referral" },
  { trigger: "consent_for_evaluation", label: "Consent for evaluation", phrase: "consent for the initial evaluation" },
  { trigger: "last_reevaluation", label: "Last reevaluation", phrase: "the last reevaluation" },
];

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * A stand-in for the domain's `check_iep`, with two of its rules: enough to drive the screens.
 * The Rust checks are the authority.
 */
export function memoryFindings(content: Iep["content"]): Finding[] {
  const out: Finding[] = [];
  const m = content.meeting;
  if (!m) {
    out.push({
      rule_id: "meeting-not-recorded",
      severity: "error",
      message: "Record the IEP meeting: its type, date, place and who attended.",
      sopm: "L1169",
      field: "meeting",
    });
  } else if (!m.participants.some((p) => p.roles.includes("district_representative"))) {
    out.push({
      rule_id: "district-representative-required",
      severity: "error",
      message: "No District representative took part and none was validly excused.",
      sopm: "L1181–1187, L1421",
      field: "meeting.participants",
    });
  }
  for (const key of PLOP_COMPONENTS) {
    if (!content.present_levels[key].trim()) {
      out.push({
        rule_id: "plop-component-missing",
        severity: "error",
        message: "Each of the seven present-levels components must be written.",
        sopm: "L1993",
        field: `present_levels.${key}`,
      });
    }
  }
  content.annual_goals.goals.forEach((g, i) => {
    if (!/\d/.test(g.criterion)) {
      out.push({
        rule_id: "goal-criterion-not-measurable",
        severity: "error",
        message: "Give the criterion as a number, a percentage or a count of trials.",
        sopm: "L2115",
        field: `annual_goals.goals.${i}.criterion`,
      });
    }
  });
  return out;
}

/** A new draft's content, exactly as Rust makes it (generated by the bindings test). */
function emptyContent(): IepContent {
  return structuredClone(EMPTY_CONTENT) as IepContent;
}

function emptyPresentLevels(): PresentLevels {
  return emptyContent().present_levels;
}

/** A stand-in for `wizard::steps` (decision I-17), close enough to drive the step list. */
function steps(iep: Iep, student: Student, findings: Finding[], today: string): WizardStep[] {
  const blank = emptyContent() as unknown as Record<string, unknown>;
  const tree = iep.content as unknown as Record<string, unknown>;
  const on = iep.content.meeting?.starts_at.slice(0, 10) ?? today;
  const ageInAYear = Number(on.slice(0, 4)) + 1 - Number(student.date_of_birth.slice(0, 4)) - (on.slice(5) < student.date_of_birth.slice(5) ? 1 : 0);
  const transition = ageInAYear >= TRANSITION_AGE || iep.content.postsecondary.early_start !== null;
  const blocking = findings.filter((f) => f.severity === "error");
  return STEPS.map(([id, title, sopm]) => {
    let status: WizardStep["status"];
    if (id === "finalize") {
      status = iep.status.kind !== "draft" ? "complete" : blocking.length > 0 ? "blocked" : "not_started";
    } else if (TRANSITION_STEPS.includes(id) && !transition) {
      status = "not_required";
    } else if (JSON.stringify(tree[id]) === JSON.stringify(blank[id])) {
      status = "not_started";
    } else {
      const mine = blocking.filter((f) => f.field === id || (f.field ?? "").startsWith(`${id}.`));
      const emptyAt = (path: string) => {
        const v = path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), tree);
        return v === undefined || v === null || v === false || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);
      };
      status = mine.length === 0 ? "complete" : mine.every((f) => f.field && f.field !== id && emptyAt(f.field)) ? "in_progress" : "blocked";
    }
    return { id, title, sopm, available: true, status };
  });
}

/** Like `validate::assign_ids`: new needs and goals get an id that links can use. */
function assignIds(content: IepContent, fresh: () => string): void {
  for (const list of [content.present_levels.needs, content.postsecondary.goals, content.annual_goals.goals]) {
    for (const item of list as Array<{ id: string }>) if (!item.id) item.id = fresh();
  }
}

/** Like the domain's long-text check: any text in the value longer than a field holds. */
function longText(value: unknown, path: string): FieldError | null {
  if (typeof value === "string") {
    const n = [...value].length;
    return n > MAX_NARRATIVE_CHARS ? { field: path, message: `This text is ${n} characters; a field holds at most ${MAX_NARRATIVE_CHARS}.` } : null;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const e = longText(v, `${path}.${k}`);
      if (e) return e;
    }
  }
  return null;
}

/** NOT a SHA-256: a 64-hex-digit stand-in so the screens have a hash to show. */
function standInHash(text: string): string {
  let out = "";
  for (let round = 0; round < 8; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, "0");
  }
  return out;
}

function languageCode(code: string): string | undefined {
  return MEMORY_LANGUAGES.find((l) => l.code.toLowerCase() === code.trim().toLowerCase())?.code;
}

function validateStudent(input: CreateStudent, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const push = (field: string, message: string) => errors.push({ field, message });

  for (const [field, label] of [
    ["first_name", "first name"],
    ["last_name", "last name"],
  ] as const) {
    const v = input[field].trim();
    if (!v) push(field, `Enter the student's ${label}.`);
    else if (v.length > 80) push(field, `A ${label} is at most 80 characters.`);
    else if (/[\d\p{Cc}]/u.test(v)) push(field, `A ${label} has no digits or control characters.`);
  }

  const dob = input.date_of_birth.trim();
  if (!dob) push("date_of_birth", "Enter the date of birth.");
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(dob) || Number.isNaN(Date.parse(`${dob}T00:00:00Z`))) {
    push("date_of_birth", "Use the form YYYY-MM-DD, for example 2014-09-30.");
  } else if (dob > today) push("date_of_birth", "The date of birth is in the future.");
  else if (Number(today.slice(0, 4)) - Number(dob.slice(0, 4)) > 22) {
    push("date_of_birth", `A student born in ${dob.slice(0, 4)} would be past the age of eligibility (21).`);
  }

  const osis = input.osis.replace(/[\s-]/g, "");
  if (!osis) push("osis", "Enter the student's 9-digit NYC student ID (OSIS).");
  else if (!/^\d+$/.test(osis)) push("osis", "An OSIS number has digits only.");
  else if (osis.length !== 9) push("osis", `An OSIS number has exactly 9 digits; this has ${osis.length}.`);
  else if (/^0+$/.test(osis)) push("osis", "000000000 is not a valid OSIS number.");

  for (const field of ["home_language", "parent_language"] as const) {
    const code = input[field].trim();
    if (!code) push(field, "Choose a language.");
    else if (!languageCode(code)) push(field, `\`${code}\` is not a language in the language table.`);
  }

  const dbn = input.school_dbn.trim().toUpperCase();
  if (!dbn) push("school_dbn", "Enter the school's DBN, for example 02M475.");
  else if (!/^\d{2}[MXKQR]\d{3}$/.test(dbn)) {
    push("school_dbn", "A DBN is a 2-digit district, a borough letter (M, X, K, Q, R) and 3 digits, for example 02M475.");
  }

  if (!GRADES.some((g) => g.toLowerCase() === input.grade.trim().toLowerCase())) {
    push("grade", "Choose a grade: 3K, PK, K, 1 to 12, or UG (ungraded).");
  }
  return errors;
}

function noticeTitle(n: Notice): string {
  const words = (v: string) => v.replace(/_/g, " ");
  return n.kind === "pwn" ? `Prior Written Notice: ${words(n.content.situation)}` : `Consent form: ${words(n.content.kind)}`;
}

/** A few of the domain's notice checks (crates/domain/src/notices), enough to drive the screens. */
function noticeFindings(n: Notice): Finding[] {
  const out: Finding[] = [];
  const missing = (field: string, rule: string, message: string) =>
    out.push({ rule_id: rule, sopm: "L173–197", severity: "error", message, field });
  const blank = (v: string | null) => !v || v.trim() === "";
  if (n.kind === "pwn") {
    const c = n.content;
    if (blank(c.action_description)) missing("action_description", "pwn-action-missing", "The notice does not state what the DOE proposes or refuses to do.");
    if (blank(c.reasons)) missing("reasons", "pwn-reasons-missing", "The notice does not state why.");
    if (c.options_considered.length === 0 && !c.no_other_options)
      missing("options_considered", "pwn-options-missing", "The notice does not state the other options considered.");
    if (blank(c.other_factors)) missing("other_factors", "pwn-other-factors-missing", "The notice does not state the other relevant factors.");
    if (c.sources_of_assistance.every(blank)) missing("sources_of_assistance", "pwn-assistance-missing", "The notice does not say whom the parent can contact for help.");
  } else if (n.content.activities.every((a) => a.trim() === "")) {
    out.push({ rule_id: "consent-activities-missing", sopm: "L207, L209", severity: "error", message: "List each proposed activity.", field: "activities" });
  }
  return out;
}
