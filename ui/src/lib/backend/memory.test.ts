import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryBackend } from "./memory";
import { PROFILE, validStudent } from "../../test/fixtures";
import type { ApiError } from "../bindings";

afterEach(() => vi.useRealTimers());

describe("MemoryBackend (test double)", () => {
  it("reports every missing field of a new student as a FieldError", async () => {
    const b = new MemoryBackend({ profile: PROFILE });
    const error = (await b.createStudent(validStudent({ first_name: " ", osis: "12-34", grade: "13" })).catch(
      (e: ApiError) => e,
    )) as ApiError;
    expect(error.kind).toBe("invalid");
    expect(error.fields.map((f) => f.field)).toEqual(["first_name", "osis", "grade"]);
    expect(b.students.size).toBe(0);
  });

  it("stores field edits, counts revisions and reports steps", async () => {
    const b = new MemoryBackend({ profile: PROFILE });
    const s = await b.createStudent(validStudent());
    const iep = await b.startIepDraft(s.id);
    const path = "present_levels.social_development";
    const first = await b.editIepField({ iep_id: iep.id, path, value: "Kind to peers." });
    const again = await b.editIepField({ iep_id: iep.id, path, value: "Kind to peers." });
    expect(first).toMatchObject({ path, changed: true });
    expect(again.changed).toBe(false);
    expect(again.revision).toBeGreaterThan(first.revision);
    expect(first.steps.find((st) => st.id === "present_levels")?.status).toBe("in_progress");
    expect(b.presentLevels(iep.id).social_development).toBe("Kind to peers.");
    await expect(b.editIepField({ iep_id: iep.id, path: "present_levels.nope", value: "" })).rejects.toMatchObject({
      kind: "invalid",
    });
    await expect(b.startIepDraft(s.id)).rejects.toMatchObject({ kind: "conflict" });
  });

  it("fails the next N calls and can delay responses", async () => {
    vi.useFakeTimers();
    const b = new MemoryBackend({ profile: PROFILE, delayMs: 500 });
    b.failNext(2);
    await expect(Promise.all([b.languages(), vi.advanceTimersByTimeAsync(500)])).rejects.toMatchObject({
      kind: "storage",
    });
    await expect(Promise.all([b.languages(), vi.advanceTimersByTimeAsync(500)])).rejects.toMatchObject({
      kind: "storage",
    });
    let done = false;
    const p = b.languages().then((l) => ((done = true), l));
    await vi.advanceTimersByTimeAsync(499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await p).length).toBeGreaterThan(10);
  });

  it("refuses edits without a profile and to a finalized IEP", async () => {
    const b = new MemoryBackend({ demo: true });
    const list = await b.listStudents("");
    expect(list.length).toBeGreaterThan(0);
    b.profile = null;
    const withDraft = list.find((s) => s.draft_iep_id)!;
    await expect(
      b.editIepField({ iep_id: withDraft.draft_iep_id!, path: "present_levels.social_development", value: "x" }),
    ).rejects.toMatchObject({ kind: "no_profile" });
    b.profile = PROFILE;
    const finalized = [...b.ieps.values()].find((s) => s.iep.status.kind === "finalized")!;
    await expect(
      b.editIepField({ iep_id: finalized.iep.id, path: "present_levels.social_development", value: "x" }),
    ).rejects.toMatchObject({ kind: "not_editable" });
  });
});
