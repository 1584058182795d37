import { describe, expect, it } from "vitest";
import { MemoryBackend } from "./backend/memory";
import { Autosave, AutosaveRegistry } from "./autosave";
import { installCloseGuard } from "./closeGuard";
import { PROFILE, validStudent } from "../test/fixtures";

async function setup() {
  const backend = new MemoryBackend({ profile: PROFILE });
  const s = await backend.createStudent(validStudent());
  const iep = await backend.startIepDraft(s.id);
  const registry = new AutosaveRegistry((iepId) => new Autosave({ iepId, save: (e) => backend.editIepField(e) }));
  const target = {} as Window;
  return { backend, iep, registry, target };
}

describe("close guard", () => {
  it("saves what was typed within the debounce window before closing", async () => {
    const { backend, iep, registry, target } = await setup();
    installCloseGuard(target, backend, registry, () => false);
    const a = registry.open(iep.id);
    a.set("present_levels.social_development", "typed a moment ago");
    await target.__iepdeskBeforeClose!();
    expect(backend.presentLevels(iep.id).social_development).toBe("typed a moment ago");
    const methods = backend.calls.map((c) => c.method);
    expect(methods.indexOf("editIepField")).toBeLessThan(methods.indexOf("closeWindow"));
  });

  it("asks before closing when a save keeps failing, and stays open if told to", async () => {
    const { backend, iep, registry, target } = await setup();
    const asked: string[] = [];
    installCloseGuard(target, backend, registry, (m) => (asked.push(m), false));
    const a = registry.open(iep.id);
    backend.failNext(1);
    a.set("present_levels.management_needs", "will not save at first");
    await target.__iepdeskBeforeClose!();
    expect(asked).toHaveLength(1);
    expect(backend.calls.some((c) => c.method === "closeWindow")).toBe(false);
    a.dispose();
  });
});
