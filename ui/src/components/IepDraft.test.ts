import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, waitFor } from "@testing-library/svelte";
import IepDraft from "./IepDraft.svelte";
import { seeded } from "../test/fixtures";
import type { Iep } from "../lib/bindings";
import type { MemoryBackend } from "../lib/backend/memory";

const FIELDS = [
  "evaluation_results",
  "academic_achievement",
  "social_development",
  "physical_development",
  "management_needs",
  "effect_on_general_education",
  "special_factor_needs",
];

const pl = (f: string) => `#f-present_levels-${f}`;

/** Opens the IEP screen on the present-levels step. */
async function open(backend: MemoryBackend, iep: Iep, onback = vi.fn()) {
  const result = render(IepDraft, { props: { backend, iepId: iep.id, onback } });
  const $ = <T extends Element = HTMLElement>(sel: string) => result.container.querySelector<T & Element>(sel);
  await waitFor(() => expect($('li[data-step="present_levels"] button')).not.toBeNull());
  await fireEvent.click($('li[data-step="present_levels"] button')!);
  await waitFor(() => expect($(pl("social_development"))).not.toBeNull());
  return { ...result, $, onback };
}

function saveState($: (s: string) => Element | null) {
  const el = $("#save-status")!;
  return { state: el.getAttribute("data-state"), text: el.textContent!.trim() };
}

describe("IEP draft screen", () => {
  it("opens on the first step not complete, with every step's status in words", async () => {
    const { backend, draft } = await seeded();
    const { container } = render(IepDraft, { props: { backend, iepId: draft!.id, onback: vi.fn() } });
    await waitFor(() => expect(container.querySelector('nav#steps li[aria-current="step"]')).not.toBeNull());
    expect(container.querySelector('nav#steps li[aria-current="step"]')!.getAttribute("data-step")).toBe("meeting");
    const steps = [...container.querySelectorAll("nav#steps li[data-step]")];
    expect(steps.map((s) => s.getAttribute("data-step"))).toContain("finalize");
    // Amina (born 2014) is under 14 for this IEP: the transition steps say so.
    const post = container.querySelector('li[data-step="postsecondary"]')!;
    expect(post.getAttribute("data-status")).toBe("not_required");
    expect(post.textContent).toContain("Not required");
    expect(container.querySelector('li[data-step="placement"]')!.textContent).toContain("Not started");
    expect(container.querySelector("nav#steps li.unavailable")).toBeNull();
    // No raw snake_case ids anywhere in the step list.
    expect(container.querySelector("nav#steps")!.textContent).not.toMatch(/[a-z]+_[a-z]+/);
  });

  it("renders the seven Present Levels components as labelled text areas from the schema", async () => {
    const { backend, draft } = await seeded();
    const { $, container } = await open(backend, draft!);
    for (const f of FIELDS) {
      const ta = $(`textarea${pl(f)}`);
      expect(ta, f).not.toBeNull();
      expect(container.querySelector(`label[for="f-present_levels-${f}"]`), f).not.toBeNull();
      expect(ta!.getAttribute("aria-describedby")).toContain(`f-present_levels-${f}-help`);
    }
    expect(container.querySelector('label[for="f-present_levels-effect_on_general_education"]')!.textContent).toBe(
      "Effect of needs on the general education curriculum",
    );
    // The structured parts are there too: needs list and areas.
    expect($("fieldset#f-present_levels-needs")).not.toBeNull();
    expect($("fieldset#f-present_levels-areas")).not.toBeNull();
    expect(saveState($)).toEqual({ state: "saved", text: "Saved" });
  });

  it("typing shows Unsaved changes, then Saving…, then Saved, and the backend holds the text", async () => {
    const { backend, draft } = await seeded({ delayMs: 150 });
    const { $ } = await open(backend, draft!);
    const ta = $<HTMLTextAreaElement>(pl("social_development"))!;
    await fireEvent.input(ta, { target: { value: "Works well in pairs." } });
    expect(saveState($)).toEqual({ state: "dirty", text: "Unsaved changes" });
    expect($('[role="status"]')!.textContent).toBe(""); // keystrokes are not announced
    await waitFor(() => expect(saveState($)).toEqual({ state: "saving", text: "Saving…" }));
    expect(backend.presentLevels(draft!.id).social_development).toBe("");
    await waitFor(() => expect(saveState($)).toEqual({ state: "saved", text: "Saved" }));
    expect(backend.presentLevels(draft!.id).social_development).toBe("Works well in pairs.");
    const edits = backend.calls.filter((c) => c.method === "editIepField").map((c) => c.args[0]);
    expect(edits).toEqual([
      { iep_id: draft!.id, path: "present_levels.social_development", value: "Works well in pairs." },
    ]);
    // The step list follows SavedEdit.steps.
    expect($('li[data-step="present_levels"]')!.getAttribute("data-status")).toBe("in_progress");
  });

  it("blur saves at once, without waiting for the debounce", async () => {
    const { backend, draft } = await seeded();
    const { $ } = await open(backend, draft!);
    const ta = $<HTMLTextAreaElement>(pl("management_needs"))!;
    await fireEvent.input(ta, { target: { value: "Small group" } });
    await fireEvent.blur(ta);
    expect(backend.calls.filter((c) => c.method === "editIepField")).toHaveLength(1);
    await waitFor(() => expect(saveState($).state).toBe("saved"));
    expect(backend.presentLevels(draft!.id).management_needs).toBe("Small group");
  });

  it("a failed save keeps the text, says Not saved — retrying with the message, then recovers", async () => {
    const { backend, draft } = await seeded();
    const { $ } = await open(backend, draft!);
    backend.failNext(1);
    const ta = $<HTMLTextAreaElement>(pl("physical_development"))!;
    await fireEvent.input(ta, { target: { value: "Uses a walker." } });
    await fireEvent.blur(ta);
    await waitFor(() => expect(saveState($).state).toBe("error"));
    expect(saveState($).text).toBe("Not saved — retrying: The local database is busy.");
    expect(ta.value).toBe("Uses a walker.");
    const live = $('[role="status"]')!;
    expect(live.textContent).toBe("Not saved — retrying: The local database is busy.");
    // The retry comes 1 s later and succeeds.
    await waitFor(() => expect(saveState($).state).toBe("saved"), { timeout: 3000 });
    expect(live.textContent).toBe("Saved");
    expect(backend.presentLevels(draft!.id).physical_development).toBe("Uses a walker.");
  });

  it("shows a refused value's message beside its field", async () => {
    const { backend, draft } = await seeded();
    const { $ } = await open(backend, draft!);
    const ta = $<HTMLTextAreaElement>(pl("evaluation_results"))!;
    await fireEvent.input(ta, { target: { value: "x".repeat(20_001) } });
    await fireEvent.blur(ta);
    await waitFor(() => expect($("#f-present_levels-evaluation_results-error")).not.toBeNull());
    expect($("#f-present_levels-evaluation_results-error")!.textContent).toContain("at most 20000");
    expect(ta.getAttribute("aria-invalid")).toBe("true");
    expect(saveState($).state).toBe("error");
    await fireEvent.input(ta, { target: { value: "WISC-V, 2026-10-01: full scale 92." } });
    await fireEvent.blur(ta);
    await waitFor(() => expect(saveState($).state).toBe("saved"));
    expect($("#f-present_levels-evaluation_results-error")).toBeNull();
  });

  it("leaving the screen flushes what was typed", async () => {
    const { backend, draft, amina } = await seeded();
    const { $, onback } = await open(backend, draft!);
    await fireEvent.input($(pl("special_factor_needs"))!, { target: { value: "Needs a FM system." } });
    await fireEvent.click($("#back-to-student")!);
    expect(onback).toHaveBeenCalledWith(amina.id);
    await waitFor(() => expect(backend.presentLevels(draft!.id).special_factor_needs).toBe("Needs a FM system."));
  });

  it("shows a finalized IEP read-only", async () => {
    const { backend, wei } = await seeded({ draft: false });
    const iep = await backend.startIepDraft(wei.id);
    const stored = backend.ieps.get(iep.id)!;
    stored.iep.content.present_levels.social_development = "Final text.";
    stored.iep.status = { kind: "finalized", at: "2026-06-01T12:00:00Z", content_hash: "ab".repeat(32) };
    const { $ } = await open(backend, iep);
    for (const f of FIELDS) expect($(pl(f))!.hasAttribute("readonly"), f).toBe(true);
    expect($<HTMLTextAreaElement>(pl("social_development"))!.value).toBe("Final text.");
    expect($("#save-status")).toBeNull();
    expect($("#iep-readonly")!.textContent).toContain("finalized");
  });
});
