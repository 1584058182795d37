import { describe, expect, it } from "vitest";
import { fireEvent, render, waitFor } from "@testing-library/svelte";
import App from "./App.svelte";
import { MemoryBackend } from "./lib/backend/memory";
import { PROFILE, validStudent } from "./test/fixtures";

describe("app flow", () => {
  it("list → new student → student page → draft IEP → type → back, all on the memory backend", async () => {
    const backend = new MemoryBackend({ profile: PROFILE, today: "2026-11-23" });
    const { container } = render(App, { props: { backend } });
    const $ = <T extends Element = HTMLElement>(sel: string) => container.querySelector<T & Element>(sel);
    const wait = (sel: string) =>
      waitFor(() => {
        expect($(sel)).not.toBeNull();
        return $(sel)!;
      });

    await fireEvent.click(await wait("#new-student-button"));
    await wait('#student-home_language option[value="es"]');
    for (const [field, value] of Object.entries(validStudent({ first_name: "Sofía", last_name: "Martínez" }))) {
      const el = $(`#student-${field}`)!;
      if (el.tagName === "SELECT") await fireEvent.change(el, { target: { value } });
      else await fireEvent.input(el, { target: { value } });
    }
    await fireEvent.submit($("#student-submit")!.closest("form")!);

    await fireEvent.click(await wait("#start-iep-draft"));
    // A new draft opens on its first step (the meeting); present levels is one click away.
    await fireEvent.click(await wait('li[data-step="present_levels"] button'));
    const ta = (await wait("#f-present_levels-academic_achievement")) as HTMLTextAreaElement;
    await fireEvent.input(ta, { target: { value: "Reads at a grade 3 level." } });
    await fireEvent.click($("#back-to-student")!);

    await wait("#open-draft");
    expect($("h1")!.textContent).toBe("Sofía Martínez");
    const [iepId] = backend.ieps.keys();
    await waitFor(() => expect(backend.presentLevels(iepId).academic_achievement).toBe("Reads at a grade 3 level."));

    await fireEvent.click($("#back-to-students")!);
    const row = await wait("tr.student-row");
    expect(row.querySelector(".badge")?.textContent).toBe("Draft IEP");
    expect(row.querySelector(".name")!.textContent).toBe("Martínez, Sofía");
  });
});
