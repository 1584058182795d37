import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, waitFor } from "@testing-library/svelte";
import NoticePage from "./NoticePage.svelte";
import StudentPage from "./StudentPage.svelte";
import { seeded } from "../test/fixtures";

describe("notices", () => {
  it("the student page starts a notice from a template, and asks for one first", async () => {
    const { backend, amina, draft } = await seeded();
    const onopennotice = vi.fn();
    const { container } = render(StudentPage, {
      props: { backend, studentId: amina.id, onback: () => {}, onopeniep: () => {}, onopennotice },
    });
    await waitFor(() => expect(container.textContent).toContain("No notices yet."));
    await fireEvent.submit(container.querySelector("form.new-notice")!);
    expect(container.textContent).toContain("Choose which notice to start.");
    expect(backend.notices.size).toBe(0);
    const select = container.querySelector<HTMLSelectElement>("#new-notice-template")!;
    select.value = "pwn:recommendation";
    await fireEvent.change(select);
    await fireEvent.click(container.querySelector("#start-notice")!);
    await waitFor(() => expect(onopennotice).toHaveBeenCalledTimes(1));
    const n = backend.notices.get(onopennotice.mock.calls[0][0])!;
    expect(n.kind).toBe("pwn");
    expect(n.iep_id).toBe(draft!.id);
  });

  it("edits a PWN with autosave, is refused while an element is missing, then issues and prints", async () => {
    const { backend, amina } = await seeded();
    const view = await backend.startNotice({ student_id: amina.id, iep_id: null, template: { kind: "pwn", situation: "refusal" } });
    const id = view.notice.id;
    const { container } = render(NoticePage, { props: { backend, noticeId: id, onback: () => {} } });
    const $ = (s: string) => container.querySelector<HTMLElement>(s);
    await waitFor(() => expect($("h1")?.textContent).toContain("Prior Written Notice"));
    // The template's fields, in the notice's order; the situation and language are not edited here.
    expect($("#f-action_description")).not.toBeNull();
    expect($("#f-situation")).toBeNull();
    expect($("#f-language")).toBeNull();
    // Findings beside their fields, saying what they block.
    expect(container.textContent).toContain("Blocks issuing");

    await fireEvent.click($("#issue-notice")!);
    await waitFor(() => expect($("#issue-error")).not.toBeNull());
    expect($("#issue-error")!.textContent).toContain("fields need attention");
    expect(backend.notices.get(id)!.status.kind).toBe("draft");

    const type = async (sel: string, value: string) => {
      await fireEvent.input($(sel)!, { target: { value } });
      await fireEvent.blur($(sel)!);
    };
    await type("#f-action_description", "Refuse the request for a 1:1 paraprofessional.");
    await type("#f-reasons", "The student meets the goals with the current supports.");
    await type("#f-other_factors", "None.");
    await fireEvent.click($("#f-no_other_options")!);
    await waitFor(() => expect((backend.notices.get(id)!.content as { reasons: string }).reasons).toContain("current supports"));
    // A list of sources: add one line and type it.
    const sources = $("#f-sources_of_assistance")!;
    await fireEvent.click(sources.querySelector<HTMLButtonElement>("button.add-item, button")!);
    await waitFor(() => expect($("#f-sources_of_assistance-0")).not.toBeNull());
    await type("#f-sources_of_assistance-0", "Special Education Hotline");
    await waitFor(() => expect(container.textContent).toContain("Nothing blocks."));

    await fireEvent.click($("#issue-notice")!);
    await waitFor(() => expect($("#notice-readonly")).not.toBeNull());
    expect(backend.notices.get(id)!.status.kind).toBe("issued");
    expect($("#issue-notice")).toBeNull();
    const reasons = $("#f-reasons")!;
    expect(reasons.hasAttribute("readonly") || reasons.hasAttribute("disabled")).toBe(true);

    // Print for parent: the panel opens in the parent's language (Bangla) and previews the notice.
    await fireEvent.click($("#print-notice")!);
    await waitFor(() => expect(container.querySelector(".print-panel img, .print-panel .page")).not.toBeNull());
    expect(backend.calls.some((c) => c.method === "previewParentDocument" && JSON.stringify(c.args).includes('"language":"bn"'))).toBe(true);
  });

  it("a consent form lists its activities, and an issued notice is listed for print", async () => {
    const { backend, amina } = await seeded();
    const view = await backend.startNotice({
      student_id: amina.id,
      iep_id: null,
      template: { kind: "consent", consent: "initial_evaluation" },
    });
    expect(view.findings.map((f) => f.field)).toEqual(["activities"]);
    await backend.editNoticeField({ notice_id: view.notice.id, path: "activities", value: ["Psychoeducational evaluation"] });
    await backend.issueNotice(view.notice.id);
    const docs = await backend.parentDocuments(amina.id);
    expect(docs.map((d) => d.document)).toContainEqual({ kind: "notice", notice_id: view.notice.id });
  });
});
