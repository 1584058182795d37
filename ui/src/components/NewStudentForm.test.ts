import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, waitFor } from "@testing-library/svelte";
import NewStudentForm from "./NewStudentForm.svelte";
import { MemoryBackend } from "../lib/backend/memory";
import { PROFILE, validStudent } from "../test/fixtures";
import type { CreateStudent } from "../lib/bindings";

function setup() {
  const backend = new MemoryBackend({ profile: PROFILE, today: "2026-11-23" });
  const oncreated = vi.fn();
  const oncancel = vi.fn();
  const result = render(NewStudentForm, { props: { backend, oncreated, oncancel } });
  const $ = <T extends Element = HTMLElement>(sel: string) => result.container.querySelector<T & Element>(sel);
  return { backend, oncreated, oncancel, $, ...result };
}

async function fill($: (sel: string) => Element | null, values: CreateStudent) {
  // Language options arrive asynchronously.
  await waitFor(() => expect($('#student-home_language option[value="bn"]')).not.toBeNull());
  for (const [field, value] of Object.entries(values)) {
    const el = $(`#student-${field}`)!;
    if (el.tagName === "SELECT") await fireEvent.change(el, { target: { value } });
    else await fireEvent.input(el, { target: { value } });
  }
}

const ALL_FIELDS = [
  "first_name",
  "last_name",
  "date_of_birth",
  "osis",
  "home_language",
  "parent_language",
  "school_dbn",
  "grade",
];

describe("new student form", () => {
  it("shows every backend field error beside its own field when submitted empty", async () => {
    const { $, backend, oncreated } = setup();
    await fireEvent.click($("#student-submit")!);
    await waitFor(() => expect($("#student-osis-error")).not.toBeNull());
    for (const field of ALL_FIELDS) {
      const error = $(`#student-${field}-error`);
      expect(error, field).not.toBeNull();
      expect(error!.getAttribute("role")).toBe("alert");
      const input = $(`#student-${field}`)!;
      expect(input.getAttribute("aria-describedby")).toBe(`student-${field}-error`);
      expect(input.getAttribute("aria-invalid")).toBe("true");
      // Beside its field: in the same .field wrapper as the input.
      expect(error!.closest(".field")).toBe(input.closest(".field"));
    }
    expect($("#student-first_name-error")!.textContent).toBe("Enter the student's first name.");
    expect($("#student-grade-error")!.textContent).toContain("Choose a grade");
    expect(oncreated).not.toHaveBeenCalled();
    expect(backend.students.size).toBe(0);
    // Focus goes to the first field with a problem.
    expect(document.activeElement).toBe($("#student-first_name"));
  });

  it("puts the OSIS error on the OSIS field only", async () => {
    const { $, backend, oncreated } = setup();
    await fill($, validStudent({ osis: "12345" }));
    await fireEvent.click($("#student-submit")!);
    await waitFor(() => expect($("#student-osis-error")).not.toBeNull());
    expect($("#student-osis-error")!.textContent).toBe("An OSIS number has exactly 9 digits; this has 5.");
    for (const field of ALL_FIELDS.filter((f) => f !== "osis")) {
      expect($(`#student-${field}-error`), field).toBeNull();
    }
    expect(backend.calls.filter((c) => c.method === "createStudent")).toHaveLength(1);
    expect(oncreated).not.toHaveBeenCalled();
  });

  it("creates the student on valid input and hands it over", async () => {
    const { $, backend, oncreated } = setup();
    await fill($, validStudent({ osis: "204-518-339" }));
    await fireEvent.click($("#student-submit")!);
    await waitFor(() => expect(oncreated).toHaveBeenCalledTimes(1));
    const student = oncreated.mock.calls[0][0];
    expect(student).toMatchObject({
      name: { first: "Amina", last: "Rahman" },
      osis: "204518339",
      grade: "5",
      home_language: "bn",
    });
    expect(backend.students.get(student.id)).toEqual(student);
    expect($(".field-error")).toBeNull();
  });

  it("hints as a field is left (OSIS must be 9 digits) in place of the static hint, and clears once fixed", async () => {
    const { $, backend } = setup();
    const osis = $("#student-osis")!;
    expect(osis.getAttribute("aria-describedby")).toBe("student-osis-hint");
    await fireEvent.input(osis, { target: { value: "1234" } });
    await fireEvent.blur(osis);
    expect($("#student-osis-error")!.textContent).toBe("Must be 9 digits; this has 4.");
    expect($("#student-osis-hint")).toBeNull();
    expect(osis.getAttribute("aria-describedby")).toBe("student-osis-error");
    await fireEvent.input(osis, { target: { value: "123456789" } });
    expect($("#student-osis-error")).toBeNull();
    expect($("#student-osis-hint")).not.toBeNull();
    // Leaving an empty field says nothing yet: missing fields are reported on submit.
    await fireEvent.blur($("#student-first_name")!);
    expect($("#student-first_name-error")).toBeNull();
    expect(backend.calls.filter((c) => c.method === "createStudent")).toHaveLength(0);
  });

  it("lists covered languages first, as 'English name — native name'", async () => {
    const { $ } = setup();
    await waitFor(() => expect($('#student-parent_language option[value="ar"]')).not.toBeNull());
    const groups = [...document.querySelectorAll("#student-parent_language optgroup")];
    expect(groups.map((g) => g.getAttribute("label"))).toEqual([
      "Covered languages (documents translated)",
      "Other languages",
    ]);
    expect($('#student-parent_language option[value="ar"]')!.textContent).toBe("Arabic — العربية");
    expect(groups[1].querySelector('option[value="pl"]')).not.toBeNull();
  });

  it("Escape and Cancel leave the form", async () => {
    const { $, oncancel } = setup();
    await fireEvent.keyDown($("#student-last_name")!, { key: "Escape" });
    expect(oncancel).toHaveBeenCalledTimes(1);
    await fireEvent.click($("#student-cancel")!);
    expect(oncancel).toHaveBeenCalledTimes(2);
  });

  it("every input has a label", () => {
    const { container } = setup();
    for (const field of ALL_FIELDS) {
      const label = container.querySelector(`label[for="student-${field}"]`);
      expect(label, field).not.toBeNull();
    }
    expect(container.querySelector("#student-osis")!.getAttribute("inputmode")).toBe("numeric");
    expect(container.querySelector("#student-date_of_birth")!.getAttribute("type")).toBe("date");
  });
});
