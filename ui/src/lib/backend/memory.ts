// TEST DOUBLE. An in-memory Backend for component tests and for `npm run dev` in a plain browser
// (no Tauri, no Rust, nothing persisted). It reproduces just enough of the Rust behaviour to
// drive the UI — required fields, OSIS/DBN/date checks reported as FieldErrors, field edits with
// revisions and wizard steps — and adds knobs that the real backend does not have: fail the next
// N calls, delay every response. The Rust crates are the authority; do not treat this file as a
// specification of them.
import type {
  ApiError,
  CaseDeadline,
  CaseEventRecord,
  CreateStudent,
  EditField,
  FieldError,
  Finding,
  Grade,
  Iep,
  IepSummary,
  IepView,
  Language,
  NewCaseEvent,
  NewUserProfile,
  IepContent,
  PresentLevels,
  SavedEdit,
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
import { GRADES, PRESENT_LEVEL_FIELDS } from "../labels";
import EMPTY_CONTENT from "../iep-content.empty.json";

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

/** Wizard steps after Present Levels; shown as "coming later" (names from the IEP's sections). */
const LATER_STEPS: Array<[string, string]> = [
  ["measurable_annual_goals", "Annual Goals, Short-Term Objectives and/or Benchmarks"],
  ["reporting_progress", "Reporting Progress to Parents"],
  ["recommended_services", "Recommended Special Education Programs and Services"],
  ["testing_accommodations", "Testing Accommodations"],
  ["transition", "Coordinated Set of Transition Activities"],
  ["state_assessments", "Participation in State and District-Wide Assessments"],
  ["placement", "Placement Recommendation"],
];

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
      return { iep: stored.iep, student, steps: steps(stored.iep), findings: this.findingsOf(stored.iep.content) };
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
      if (old === undefined || (old !== null && typeof old === "object" && !Array.isArray(old))) {
        throw err("invalid", `There is no field \`${input.path}\`.`, [{ field: input.path, message: "Unknown field." }]);
      }
      if (segs[0] === "present_levels") {
        if (typeof input.value !== "string") {
          const message = "This field takes text.";
          throw err("invalid", message, [{ field: input.path, message }]);
        }
        const n = [...input.value].length;
        if (n > MAX_NARRATIVE_CHARS) {
          const message = `This text is ${n} characters; a field holds at most ${MAX_NARRATIVE_CHARS}.`;
          throw err("invalid", message, [{ field: input.path, message }]);
        }
      }
      const changed = JSON.stringify(old) !== JSON.stringify(input.value);
      const savedAt = new Date().toISOString();
      if (changed) {
        parent[leaf] = clone(input.value);
        stored.updatedAt = savedAt;
      }
      this.revision += 1;
      return {
        iep_id: iep.id,
        path: input.path,
        revision: this.revision,
        saved_at: savedAt,
        changed,
        steps: steps(iep),
        findings: this.findingsOf(iep.content),
      };
    });
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
    for (const f of PRESENT_LEVEL_FIELDS) pl[f.key] = `Demo text for ${f.title}.`;
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
  const m = content.meeting;
  if (!m) {
    return [
      {
        rule_id: "meeting-not-recorded",
        severity: "error",
        message: "Record the IEP meeting: its type, date, place and who attended.",
        sopm: "L1169",
        field: "meeting",
      },
    ];
  }
  if (m.participants.some((p) => p.roles.includes("district_representative"))) return [];
  return [
    {
      rule_id: "district-representative-required",
      severity: "error",
      message: "No District representative took part and none was validly excused.",
      sopm: "L1181–1187, L1421",
      field: "meeting.participants",
    },
  ];
}

/** A new draft's content, exactly as Rust makes it (generated by the bindings test). */
function emptyContent(): IepContent {
  return structuredClone(EMPTY_CONTENT) as IepContent;
}

function emptyPresentLevels(): PresentLevels {
  return emptyContent().present_levels;
}

function steps(iep: Iep): WizardStep[] {
  const values = Object.values(iep.content.present_levels);
  const filled = values.filter((v) => v.trim() !== "").length;
  const status = filled === 0 ? "not_started" : filled === values.length ? "complete" : "in_progress";
  return [
    { id: "meeting", title: "IEP meeting and team", sopm: "L1169–L1560", available: false, status: "not_started" },
    {
      id: "present_levels",
      title: "Present Levels of Performance and Individual Needs",
      sopm: "L1993–L2017",
      available: true,
      status,
    },
    ...LATER_STEPS.map(([id, title]) => ({ id, title, sopm: "", available: false, status: "not_started" as const })),
  ];
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
