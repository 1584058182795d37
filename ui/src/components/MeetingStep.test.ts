import { describe, expect, it } from "vitest";
import { fireEvent, render, waitFor } from "@testing-library/svelte";
import IepDraft from "./IepDraft.svelte";
import { seeded } from "../test/fixtures";
import type { Iep, Meeting } from "../lib/bindings";
import type { MemoryBackend } from "../lib/backend/memory";

async function openMeeting(backend: MemoryBackend, iep: Iep) {
  const r = render(IepDraft, { props: { backend, iepId: iep.id, onback: () => {} } });
  const $ = <T extends Element = HTMLElement>(sel: string) => r.container.querySelector<T & Element>(sel);
  await waitFor(() => expect($('li[data-step="meeting"] button')).not.toBeNull());
  await fireEvent.click($('li[data-step="meeting"] button')!);
  return { ...r, $ };
}

function meetingOf(backend: MemoryBackend, iep: Iep): Meeting | null {
  return backend.ieps.get(iep.id)!.iep.content.meeting;
}

describe("meeting step", () => {
  it("before set-up: shows the finding and refuses an incomplete form field by field, saving nothing", async () => {
    const { backend, draft } = await seeded();
    const { $ } = await openMeeting(backend, draft!);
    // The step list counts the blocking finding; the header shows it with its citation.
    expect($('li[data-step="meeting"]')!.getAttribute("data-blocking")).toBe("1");
    expect($('li[data-step="meeting"]')!.textContent).toContain("1 blocking");
    expect($("#step-findings-meeting")!.textContent).toContain("SOPM L1169");
    await fireEvent.input($("#setup-place")!, { target: { value: "  " } });
    await fireEvent.submit($("form.meeting-setup")!);
    expect($("#setup-meeting_type-error")!.textContent).toBe("Choose the type of meeting.");
    expect($("#setup-place-error")!.textContent).toBe("Enter where the meeting is held.");
    expect($("#setup-meeting_type")!.getAttribute("aria-describedby")).toBe("setup-meeting_type-error");
    expect(backend.calls.filter((c) => c.method === "editIepField")).toHaveLength(0);
  });

  it("sets up the meeting in one edit of `meeting`, then shows its record; adding the missing member clears the finding", async () => {
    const { backend, draft, amina } = await seeded();
    const { $, container } = await openMeeting(backend, draft!);
    await fireEvent.change($("#setup-meeting_type")!, { target: { value: "annual_review" } });
    await fireEvent.input($("#setup-date")!, { target: { value: "2026-12-01" } });
    await fireEvent.input($("#setup-time")!, { target: { value: "09:30" } });
    await fireEvent.input($("#setup-place")!, { target: { value: "P.S. 14, room 3" } });
    await fireEvent.click($("#setup-meeting")!);

    await waitFor(() => expect(meetingOf(backend, draft!)).not.toBeNull());
    const edits = backend.calls.filter((c) => c.method === "editIepField").map((c) => c.args[0] as { path: string });
    expect(edits.map((e) => e.path)).toEqual(["meeting"]);
    const m = meetingOf(backend, draft!)!;
    expect(m).toMatchObject({
      student_id: amina.id,
      meeting_type: "annual_review",
      starts_at: "2026-12-01T09:30:00",
      place: "P.S. 14, room 3",
      participants: [],
      reconvenes: null,
    });
    expect(m.id).toMatch(/^[0-9a-f-]{36}$/);

    // The record: labels from the schema's titles; hidden ids not shown.
    await waitFor(() => expect($("fieldset#f-meeting-participants")).not.toBeNull());
    expect(container.querySelector('label[for="f-meeting-place"]')!.textContent).toBe("Place");
    expect($("#f-meeting-id")).toBeNull();
    expect($("#f-meeting-student_id")).toBeNull();
    // The finding the (stand-in) checks give is beside the participants list.
    await waitFor(() => expect($("#f-meeting-participants-findings")?.textContent).toContain("District representative"));

    await fireEvent.click($("#f-meeting-participants-add")!);
    await waitFor(() => expect($("#f-meeting-participants-0-name")).not.toBeNull());
    await fireEvent.input($("#f-meeting-participants-0-name")!, { target: { value: "D. Rep" } });
    const dr = [...container.querySelectorAll<HTMLLabelElement>("#f-meeting-participants-0-roles label")].find(
      (l) => l.textContent!.trim() === "District representative",
    )!;
    await fireEvent.click(dr.querySelector("input")!);
    await waitFor(() => expect($("#f-meeting-participants-findings")).toBeNull());
    expect($('li[data-step="meeting"]')!.getAttribute("data-blocking")).toBe("0");
    await waitFor(() => expect($("#save-status")!.getAttribute("data-state")).toBe("saved"));
    expect(meetingOf(backend, draft!)!.participants).toEqual([
      expect.objectContaining({ name: "D. Rep", roles: ["district_representative"], presence: "in_person" }),
    ]);
  });
});

describe("compliance panel", () => {
  it("records a dated event, shows its deadline overdue first and in words, and names a bad field", async () => {
    const { backend, draft } = await seeded();
    const { $, container } = await openMeeting(backend, draft!);
    await waitFor(() => expect($("#event-trigger option[value=referral_received]")).not.toBeNull());

    await fireEvent.click($("#record-event")!);
    await waitFor(() => expect($("#event-trigger-error")).not.toBeNull());
    expect($("#event-trigger-error")!.textContent).toBe("Choose what happened.");
    expect($("#event-date-error")!.textContent).toBe("Enter the date it happened.");

    // Today is 2026-11-23 in the fixtures: a referral on 11-01 is overdue, a consent on 11-20 due soon.
    for (const [trigger, date] of [
      ["consent_for_evaluation", "2026-11-20"],
      ["referral_received", "2026-11-01"],
    ]) {
      await fireEvent.change($("#event-trigger")!, { target: { value: trigger } });
      await fireEvent.input($("#event-date")!, { target: { value: date } });
      await fireEvent.click($("#record-event")!);
      await waitFor(() => expect(container.querySelector(`li[data-event=${trigger}]`)).not.toBeNull());
    }
    expect($("#event-trigger-error")).toBeNull();
    const items = [...container.querySelectorAll("li.deadline")];
    expect(items.map((i) => i.getAttribute("data-status"))).toEqual(["overdue", "due_soon"]);
    expect(items[0].textContent).toContain("Overdue");
    expect(items[0].textContent).toContain("due Fri 2026-11-06 · 5 days after the referral");

    // Removing the event removes its deadline.
    const remove = container.querySelector<HTMLButtonElement>("li[data-event=referral_received] button")!;
    await fireEvent.click(remove);
    await waitFor(() => expect(container.querySelectorAll("li.deadline")).toHaveLength(1));
  });
  it("prints the meeting notice for the parent from what is saved: what is being typed is saved first", async () => {
    const { backend, draft } = await seeded();
    const { $, container } = await openMeeting(backend, draft!);
    await fireEvent.change($("#setup-meeting_type")!, { target: { value: "annual_review" } });
    await fireEvent.input($("#setup-place")!, { target: { value: "P.S. 14, room 3" } });
    await fireEvent.click($("#setup-meeting")!);
    await waitFor(() => expect($("#print-meeting-notice")).not.toBeNull());
    await fireEvent.input($("#f-meeting-place")!, { target: { value: "P.S. 14, library" } });
    await fireEvent.click($("#print-meeting-notice")!);
    await waitFor(() => expect(container.querySelectorAll(".print-page")).toHaveLength(2));
    const methods = backend.calls.map((c) => c.method);
    expect(methods.lastIndexOf("editIepField")).toBeLessThan(methods.indexOf("previewParentDocument"));
    expect(meetingOf(backend, draft!)!.place).toBe("P.S. 14, library");
    // Amina's parent reads Bangla.
    expect($<HTMLSelectElement>("#print-language")!.value).toBe("bn");
    expect(decodeURIComponent($<HTMLImageElement>(".print-page")!.src)).toContain("Meeting notice bn page 1");
    await fireEvent.click($("#print-close")!);
    await waitFor(() => expect($(".print-panel")).toBeNull());
  });
  it("does not print the notice while an edit is refused: it says so, and renders nothing", async () => {
    const { backend, draft } = await seeded();
    const { $, container } = await openMeeting(backend, draft!);
    await fireEvent.change($("#setup-meeting_type")!, { target: { value: "annual_review" } });
    await fireEvent.input($("#setup-place")!, { target: { value: "P.S. 14, room 3" } });
    await fireEvent.click($("#setup-meeting")!);
    await waitFor(() => expect($("#print-meeting-notice")).not.toBeNull());
    backend.failNext(1, { kind: "invalid", message: "meeting.place: refused", fields: [{ field: "meeting.place", message: "refused" }] });
    await fireEvent.input($("#f-meeting-place")!, { target: { value: "Somewhere" } });
    await fireEvent.click($("#print-meeting-notice")!);
    await waitFor(() => expect(container.querySelector(".meeting-notice [role=alert]")?.textContent).toContain("not saved yet"));
    expect($(".print-panel")).toBeNull();
    expect(backend.calls.some((c) => c.method === "previewParentDocument")).toBe(false);
  });
});
