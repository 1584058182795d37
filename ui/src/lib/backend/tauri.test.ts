import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { TauriBackend } from "./tauri";
import { createBackend, isTauri } from "./index";
import { MemoryBackend } from "./memory";
import type { ApiError } from "../bindings";

afterEach(() => {
  clearMocks();
  // clearMocks empties the object but leaves it there; the app checks for the object itself.
  delete (window as { __TAURI_INTERNALS__?: unknown }).__TAURI_INTERNALS__;
});

describe("TauriBackend", () => {
  it("calls each command by its exact name with its exact arguments", async () => {
    const seen: Array<[string, unknown]> = [];
    mockIPC((cmd, args) => {
      seen.push([cmd, args]);
      return cmd === "get_profile" ? null : { ok: cmd };
    });
    const b = new TauriBackend();
    const edit = { iep_id: "i1", path: "present_levels.social_development", value: "x" };
    const student = {
      first_name: "A",
      last_name: "B",
      date_of_birth: "2014-01-01",
      osis: "123456789",
      home_language: "en",
      parent_language: "en",
      school_dbn: "02M475",
      grade: "5",
    };
    expect(await b.getProfile()).toBeNull();
    await b.createProfile({ name: "Dana", role: "provider" });
    await b.languages();
    await b.listStudents("chen");
    await b.createStudent(student);
    await b.getStudent("s1");
    await b.startIepDraft("s1");
    await b.getIep("i1");
    await b.editIepField(edit);
    const event = { student_id: "s1", trigger: "referral_received", date: "2026-03-03", note: null };
    await b.recordCaseEvent(event);
    await b.removeCaseEvent("e1");
    await b.caseTriggers();
    await b.studentCompliance("s1");
    const amend = { iep_id: "i1", reason: "Add counseling.", authority: { kind: "meeting" as const } };
    await b.finalizeIep("i1");
    await b.amendIep(amend);
    await b.goalBank();
    expect(seen).toEqual([
      ["get_profile", {}],
      ["create_profile", { input: { name: "Dana", role: "provider" } }],
      ["languages", {}],
      ["list_students", { query: "chen" }],
      ["create_student", { input: student }],
      ["get_student", { id: "s1" }],
      ["start_iep_draft", { input: { student_id: "s1" } }],
      ["get_iep", { id: "i1" }],
      ["edit_iep_field", { input: edit }],
      ["record_case_event", { input: event }],
      ["remove_case_event", { id: "e1" }],
      ["case_triggers", {}],
      // Tauri maps Rust's `student_id` argument to camelCase (src-tauri/tests/ipc.rs checks it).
      ["student_compliance", { studentId: "s1" }],
      ["finalize_iep", { id: "i1" }],
      ["amend_iep", { input: amend }],
      ["goal_bank", {}],
    ]);
  });

  it("passes a serialized ApiError through unchanged", async () => {
    const apiError: ApiError = {
      kind: "invalid",
      message: "1 problem",
      fields: [{ field: "osis", message: "An OSIS number has digits only." }],
    };
    mockIPC(() => {
      throw apiError;
    });
    await expect(new TauriBackend().createStudent({} as never)).rejects.toEqual(apiError);
  });

  it("normalises a bare string rejection into an internal ApiError", async () => {
    mockIPC(() => {
      throw "Command get_iep not found";
    });
    await expect(new TauriBackend().getIep("x")).rejects.toEqual({
      kind: "internal",
      message: "Command get_iep not found",
      fields: [],
    });
  });
});

describe("createBackend", () => {
  it("uses Tauri when __TAURI_INTERNALS__ exists, the memory double otherwise", () => {
    expect(isTauri({})).toBe(false);
    expect(isTauri({ __TAURI_INTERNALS__: {} })).toBe(true);
    expect(createBackend()).toBeInstanceOf(MemoryBackend);
    mockIPC(() => null);
    expect(createBackend()).toBeInstanceOf(TauriBackend);
  });
});
