import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, waitFor } from "@testing-library/svelte";
import IepDraft from "./IepDraft.svelte";
import { seeded } from "../test/fixtures";
import contentSchema from "../lib/iep-content.schema.json";
import { SchemaRoot, type SchemaNode } from "../lib/schema";
import type { Iep, Meeting } from "../lib/bindings";
import type { MemoryBackend } from "../lib/backend/memory";

const schema = new SchemaRoot(contentSchema as SchemaNode);

/** A draft whose only blocking finding (on the memory backend) is one empty PLOP component. */
function almostDone(backend: MemoryBackend, iep: Iep): void {
  const meetingDef = schema.optionInner((schema.root.properties as Record<string, SchemaNode>).meeting)!;
  const meeting = schema.initial(meetingDef) as Meeting;
  meeting.starts_at = "2026-03-10T09:00:00";
  meeting.place = "Room 101";
  const rep = schema.initial((schema.root.$defs as Record<string, SchemaNode>).Participant) as Meeting["participants"][number];
  meeting.participants = [{ ...rep, name: "D. Rep", roles: ["district_representative"] }];
  const content = backend.ieps.get(iep.id)!.iep.content;
  content.meeting = meeting;
  for (const k of ["evaluation_results", "academic_achievement", "physical_development", "management_needs", "effect_on_general_education", "special_factor_needs"] as const) {
    content.present_levels[k] = `Written: ${k}.`;
  }
}

async function openAt(backend: MemoryBackend, iepId: string, step: string, onopeniep = vi.fn()) {
  const r = render(IepDraft, { props: { backend, iepId, onback: vi.fn(), onopeniep } });
  const $ = <T extends Element = HTMLElement>(sel: string) => r.container.querySelector<T & Element>(sel);
  await waitFor(() => expect($(`li[data-step="${step}"] button`)).not.toBeNull());
  await fireEvent.click($(`li[data-step="${step}"] button`)!);
  return { ...r, $, onopeniep };
}

describe("summary and finalize", () => {
  it("lists each blocking finding under its step, links to its field, and finalizes once none blocks", async () => {
    const { backend, draft } = await seeded();
    almostDone(backend, draft!);
    const { $ } = await openAt(backend, draft!.id, "finalize");
    await waitFor(() => expect($("#blocking-findings")).not.toBeNull());
    const group = $('.finding-group[data-step="present_levels"]')!;
    expect(group.querySelector("h4")!.textContent).toBe("Present levels of performance");
    expect(group.querySelectorAll("li.finding")).toHaveLength(1);
    expect(group.textContent).toContain("SOPM L1993");
    const button = $<HTMLButtonElement>("#finalize-button")!;
    expect(button.disabled).toBe(true);
    expect($("#finalize-reason")!.textContent).toContain("1 finding blocks it");
    expect(button.getAttribute("aria-describedby")).toBe("finalize-reason");
    // The finalize step says "blocked" in words, not only in colour.
    expect($('li[data-step="finalize"]')!.textContent).toContain("Blocked");

    // The link goes to the field, which takes focus.
    await fireEvent.click(group.querySelector<HTMLButtonElement>("button.finding-link")!);
    await waitFor(() => expect(document.activeElement?.id).toBe("f-present_levels-social_development"));
    const ta = document.activeElement as HTMLTextAreaElement;
    await fireEvent.input(ta, { target: { value: "Kind to peers; joins group work." } });
    await fireEvent.blur(ta);
    await waitFor(() => expect($("#save-status")!.getAttribute("data-state")).toBe("saved"));

    await fireEvent.click($('li[data-step="finalize"] button')!);
    await waitFor(() => expect($<HTMLButtonElement>("#finalize-button")!.disabled).toBe(false));
    expect($("#finalize-reason")!.textContent).toContain("Nothing blocks");
    await fireEvent.click($("#finalize-button")!);
    // A confirmation first; nothing is finalized until it is answered.
    await waitFor(() => expect(document.activeElement?.id).toBe("finalize-confirm"));
    expect(backend.calls.some((c) => c.method === "finalizeIep")).toBe(false);
    await fireEvent.click($("#finalize-cancel")!);
    expect($("#finalize-confirm")).toBeNull();
    await fireEvent.click($("#finalize-button")!);
    await waitFor(() => expect($("#finalize-confirm")).not.toBeNull());
    await fireEvent.click($("#finalize-confirm")!);

    await waitFor(() => expect($("#iep-readonly")).not.toBeNull());
    const stored = backend.ieps.get(draft!.id)!.iep;
    expect(stored.status.kind).toBe("finalized");
    const hash = stored.status.kind === "finalized" ? stored.status.content_hash : "";
    expect($("#iep-content-hash")!.textContent).toBe(hash);
    expect($(".finalized-summary")!.textContent).toContain(hash);
    expect($("#save-status")).toBeNull();
    // Every step is read-only now.
    await fireEvent.click($('li[data-step="present_levels"] button')!);
    await waitFor(() => expect($("#f-present_levels-social_development")).not.toBeNull());
    expect($("#f-present_levels-social_development")!.hasAttribute("readonly")).toBe(true);
    expect($("#goal-bank-open")).toBeNull();
  });

  it("shows the backend's refusal when finalizing races a new finding", async () => {
    const { backend, draft } = await seeded();
    almostDone(backend, draft!);
    backend.ieps.get(draft!.id)!.iep.content.present_levels.social_development = "Done.";
    const { $ } = await openAt(backend, draft!.id, "finalize");
    await waitFor(() => expect($<HTMLButtonElement>("#finalize-button")?.disabled).toBe(false));
    await fireEvent.click($("#finalize-button")!);
    // Someone empties a component meanwhile (the screen has not seen it).
    backend.ieps.get(draft!.id)!.iep.content.present_levels.management_needs = "";
    await waitFor(() => expect($("#finalize-confirm")).not.toBeNull());
    await fireEvent.click($("#finalize-confirm")!);
    await waitFor(() => expect($("#finalize-error")).not.toBeNull());
    expect($("#finalize-error")!.textContent).toContain("Finalizing was refused");
    expect(backend.ieps.get(draft!.id)!.iep.status.kind).toBe("draft");
  });
});

describe("amend", () => {
  async function finalizedIep() {
    const { backend, draft } = await seeded();
    almostDone(backend, draft!);
    backend.ieps.get(draft!.id)!.iep.content.present_levels.social_development = "Done.";
    await backend.finalizeIep(draft!.id);
    return { backend, iep: draft! };
  }

  it("a finalized IEP opens on its summary with the hash and an Amend form; refusals show beside their fields", async () => {
    const { backend, iep } = await finalizedIep();
    const r = render(IepDraft, { props: { backend, iepId: iep.id, onback: vi.fn(), onopeniep: vi.fn() } });
    const $ = <T extends Element = HTMLElement>(sel: string) => r.container.querySelector<T & Element>(sel);
    await waitFor(() => expect($("#amend-button")).not.toBeNull());
    expect($('nav#steps li[aria-current="step"]')!.getAttribute("data-step")).toBe("finalize");
    await fireEvent.click($("#amend-button")!);
    await waitFor(() => expect(document.activeElement?.id).toBe("amend-reason"));

    // No reason, and a waiver without the parent's signature or the discussion: each refused at its field.
    await fireEvent.click($("#amend-authority-waiver")!);
    await fireEvent.click($("#amend-changes_program")!);
    await fireEvent.submit($("#amend-form")!);
    await waitFor(() => expect($("#amend-reason-error")).not.toBeNull());
    expect($("#amend-reason")!.getAttribute("aria-invalid")).toBe("true");
    expect($("#amend-parent_signed_on-error")!.textContent).toContain("SOPM L3023");
    expect($("#amend-changes_program-error")!.textContent).toContain("needs an IEP meeting");
    expect($("#amend-discussed_with_parent-error")).not.toBeNull();
    expect(document.activeElement?.id).toBe("amend-reason");
    expect([...backend.ieps.values()]).toHaveLength(1);
  });

  it("a valid amendment opens the new draft, linked to the finalized IEP with its reason", async () => {
    const { backend, iep } = await finalizedIep();
    const onopeniep = vi.fn();
    const r = render(IepDraft, { props: { backend, iepId: iep.id, onback: vi.fn(), onopeniep } });
    const $ = <T extends Element = HTMLElement>(sel: string) => r.container.querySelector<T & Element>(sel);
    await waitFor(() => expect($("#amend-button")).not.toBeNull());
    await fireEvent.click($("#amend-button")!);
    await fireEvent.input($("#amend-reason")!, { target: { value: "Add counseling once a week." } });
    await fireEvent.click($("#amend-authority-waiver")!);
    await fireEvent.input($("#amend-parent_signed_on")!, { target: { value: "2026-04-02" } });
    await fireEvent.click($("#amend-discussed_with_parent")!);
    await fireEvent.submit($("#amend-form")!);
    await waitFor(() => expect(onopeniep).toHaveBeenCalledTimes(1));
    const newId = onopeniep.mock.calls[0][0] as string;
    const amended = backend.ieps.get(newId)!.iep;
    expect(amended).toMatchObject({ amends: iep.id, version: 2, status: { kind: "draft" } });
    expect(amended.content.amendment?.reason).toBe("Add counseling once a week.");
    expect(amended.content.amendment?.authority).toMatchObject({ kind: "waiver", parent_signed_on: "2026-04-02" });
    // By waiver the meeting of record is kept; the original stays finalized until the amendment is.
    expect(amended.content.meeting).not.toBeNull();
    expect(backend.ieps.get(iep.id)!.iep.status.kind).toBe("finalized");
  });
  it("a finalized IEP offers Print for parent, in the parent's language, and Close returns to the button", async () => {
    const { backend, draft } = await seeded();
    const stored = backend.ieps.get(draft!.id)!;
    stored.iep.status = { kind: "finalized", at: "2026-11-20T15:00:00Z", content_hash: "b".repeat(64) };
    const { $, container } = await openAt(backend, draft!.id, "finalize");
    await waitFor(() => expect($("#print-iep")).not.toBeNull());
    await fireEvent.click($("#print-iep")!);
    await waitFor(() => expect(container.querySelectorAll(".print-page")).toHaveLength(2));
    expect(backend.calls.find((c) => c.method === "previewParentDocument")!.args[0]).toEqual({
      document: { kind: "iep", iep_id: draft!.id },
      language: "bn",
    });
    await fireEvent.click($("#print-close")!);
    await waitFor(() => expect($(".print-panel")).toBeNull());
    await waitFor(() => expect(document.activeElement?.id).toBe("print-iep"));
  });
  it("a finalized IEP starts its Prior Written Notice, then offers to open it", async () => {
    const { backend, draft } = await seeded();
    const stored = backend.ieps.get(draft!.id)!;
    stored.iep.status = { kind: "finalized", at: "2026-11-20T15:00:00Z", content_hash: "b".repeat(64) };
    const onopennotice = vi.fn();
    const r = render(IepDraft, { props: { backend, iepId: draft!.id, onback: vi.fn(), onopeniep: vi.fn(), onopennotice } });
    const $ = (sel: string) => r.container.querySelector<HTMLElement>(sel);
    await waitFor(() => expect($("#start-iep-pwn")).not.toBeNull());
    await fireEvent.click($("#start-iep-pwn")!);
    await waitFor(() => expect(onopennotice).toHaveBeenCalledTimes(1));
    const notice = backend.notices.get(onopennotice.mock.calls[0][0])!;
    expect(notice).toMatchObject({ kind: "pwn", iep_id: draft!.id, student_id: draft!.student_id });
    expect(notice.kind === "pwn" && notice.content.situation).toBe("recommendation");
    r.unmount();
    // Opened again, the summary links to that notice instead of starting another.
    const again = render(IepDraft, { props: { backend, iepId: draft!.id, onback: vi.fn(), onopeniep: vi.fn(), onopennotice } });
    await waitFor(() => expect(again.container.querySelector(".iep-notice li")).not.toBeNull());
    expect(again.container.querySelector("#start-iep-pwn")).toBeNull();
    await fireEvent.click(again.container.querySelector<HTMLElement>(".iep-notice li button")!);
    expect(onopennotice).toHaveBeenLastCalledWith(notice.id);
  });
  it("a draft prints its recommended programs and services for the parent (L1491)", async () => {
    const { backend, draft } = await seeded();
    const { $, container } = await openAt(backend, draft!.id, "finalize");
    await waitFor(() => expect($("#print-recommendations")).not.toBeNull());
    await fireEvent.click($("#print-recommendations")!);
    await waitFor(() => expect(container.querySelectorAll(".print-page")).toHaveLength(2));
    expect(decodeURIComponent($<HTMLImageElement>(".print-page")!.src)).toContain("Recommendations bn page 1");
    expect(backend.calls.find((c) => c.method === "previewParentDocument")!.args[0]).toEqual({
      document: { kind: "recommendations", iep_id: draft!.id },
      language: "bn",
    });
  });
});
