import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, waitFor } from "@testing-library/svelte";
import StudentPage from "./StudentPage.svelte";
import { seeded } from "../test/fixtures";
import type { Meeting } from "../lib/bindings";

/** Amina (parent's language Bangla) with her IEP finalized and a meeting recorded on it. */
async function withFinalizedIep() {
  const s = await seeded();
  const stored = s.backend.ieps.get(s.draft!.id)!;
  stored.iep.status = { kind: "finalized", at: "2026-11-20T15:00:00Z", content_hash: "a".repeat(64) };
  stored.iep.content.meeting = { starts_at: "2026-11-20T09:30:00" } as Meeting;
  const r = render(StudentPage, { props: { backend: s.backend, studentId: s.amina.id, onback: vi.fn(), onopeniep: vi.fn() } });
  const $ = <T extends Element = HTMLElement>(sel: string) => r.container.querySelector<T & Element>(sel);
  await waitFor(() => expect(r.container.querySelectorAll(".printable li")).toHaveLength(2));
  return { ...s, $, container: r.container };
}

describe("print for parent", () => {
  it("lists the finalized IEP and the meeting notice; the IEP previews in the parent's language and saves", async () => {
    const { backend, $, container } = await withFinalizedIep();
    const items = [...container.querySelectorAll(".printable li")];
    expect(items.map((li) => li.getAttribute("data-kind"))).toEqual(["iep", "meeting_notice"]);
    expect(items[0].textContent).toContain("IEP, version 1 (finalized)");

    await fireEvent.click($("#print-open-0")!);
    await waitFor(() => expect(container.querySelectorAll(".print-page")).toHaveLength(2));
    expect($<HTMLSelectElement>("#print-language")!.value).toBe("bn");
    expect(document.activeElement?.id).toBe("print-language");
    expect($("#print-locale")!.getAttribute("data-locale")).toBe("bn");
    expect($("#print-share")!.textContent).toBe("90% of the words");
    expect($("#print-english-parts")!.textContent).toContain("1 part typed by the team");
    expect($("#print-language-hint")!.textContent).toContain("The parent's preferred language");
    const img = $<HTMLImageElement>(".print-page")!;
    expect(img.alt).toBe("Page 1 of 2");
    expect(decodeURIComponent(img.src)).toContain("IEP bn page 1");
    expect(backend.calls.at(-1)).toMatchObject({
      method: "previewParentDocument",
      args: [{ document: { kind: "iep" }, language: "bn" }],
    });

    await fireEvent.click($("#print-save")!);
    await waitFor(() => expect($("#print-saved")).not.toBeNull());
    expect($("#print-saved")!.textContent).toContain("/memory/IEP Desk/Student - IEP v1 - bn - 2026-11-23.pdf");
    expect([...backend.savedDocuments.values()]).toEqual([{ document: { kind: "iep", iep_id: items[0].getAttribute("data-iep-id") }, language: "bn" }]);
  });

  it("a language that is not covered gives the English document with a cover notice", async () => {
    const { $ } = await withFinalizedIep();
    await fireEvent.click($("#print-open-0")!);
    await waitFor(() => expect($("#print-locale")).not.toBeNull());
    await fireEvent.change($("#print-language")!, { target: { value: "pl" } });
    await waitFor(() => expect($("#print-cover")).not.toBeNull());
    expect($("#print-locale")!.getAttribute("data-locale")).toBe("en");
    expect($("#print-cover")!.textContent).toContain("Polish (Polski) is not one of the translated languages");
    expect($("#print-language-hint")!.textContent).toContain("Not the parent's preferred language (Bangla (Bengali) (বাংলা))");
  });

  it("says why a document cannot be produced, and Escape closes the panel back to its button", async () => {
    const { backend, draft, $ } = await withFinalizedIep();
    const content = backend.ieps.get(draft!.id)!.iep.content;
    const meeting = content.meeting;
    content.meeting = null; // removed since the list was loaded
    await fireEvent.click($("#print-open-1")!);
    await waitFor(() => expect($("#print-error")).not.toBeNull());
    expect($("#print-error")!.textContent).toContain("this IEP records no meeting");
    expect($<HTMLButtonElement>("#print-save")!.disabled).toBe(true);
    content.meeting = meeting;
    await fireEvent.click($("#print-error button")!);
    await waitFor(() => expect($("#print-locale")).not.toBeNull());
    await fireEvent.keyDown($(".print-panel")!, { key: "Escape" });
    await waitFor(() => expect($(".print-panel")).toBeNull());
    await waitFor(() => expect(document.activeElement?.id).toBe("print-open-1"));
  });

  it("a draft that recommends services offers its recommendations page", async () => {
    const { backend, draft, amina } = await seeded();
    backend.ieps.get(draft!.id)!.iep.content.programs_services.supplementary_aids = [
      { kind: "other", description: "Graphic organizers" } as never,
    ];
    const r = render(StudentPage, { props: { backend, studentId: amina.id, onback: vi.fn(), onopeniep: vi.fn() } });
    await waitFor(() => expect(r.container.querySelectorAll(".printable li")).toHaveLength(1));
    expect(r.container.querySelector(".printable li")!.getAttribute("data-kind")).toBe("recommendations");
  });

  it("a student with only an empty draft has nothing to print", async () => {
    const { backend, amina } = await seeded();
    const r = render(StudentPage, { props: { backend, studentId: amina.id, onback: vi.fn(), onopeniep: vi.fn() } });
    await waitFor(() => expect(r.container.querySelector(".parent-documents .empty-state")).not.toBeNull());
  });
});
