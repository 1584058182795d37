// SectionForm on the real content schema: the questions and conditional parts the wizard's steps
// depend on (Option<bool> as yes/no, x-when).
import { describe, expect, it } from "vitest";
import { fireEvent, render, waitFor } from "@testing-library/svelte";
import SectionForm from "./SectionForm.svelte";
import { Autosave } from "../../lib/autosave";
import { IepForm } from "../../lib/iepForm.svelte";
import { SchemaRoot, type SchemaNode } from "../../lib/schema";
import contentSchema from "../../lib/iep-content.schema.json";
import empty from "../../lib/iep-content.empty.json";
import type { EditField, SavedEdit } from "../../lib/bindings";

function setup(section: string) {
  const edits: EditField[] = [];
  const save = async (e: EditField): Promise<SavedEdit> => {
    edits.push(structuredClone(e));
    return { iep_id: "iep-1", path: e.path, revision: edits.length, saved_at: "", changed: true, steps: [], findings: [] };
  };
  const autosave = new Autosave({ iepId: "iep-1", save, debounceMs: 5, maxWaitMs: 5 });
  const form = new IepForm(new SchemaRoot(contentSchema as SchemaNode), () => autosave);
  form.load(structuredClone(empty) as Record<string, unknown>, []);
  const r = render(SectionForm, { props: { form, section } });
  const $ = <T extends Element = HTMLElement>(sel: string) => r.container.querySelector<T & Element>(sel);
  return { ...r, $, edits };
}

describe("real sections", () => {
  it("a yes/no question starts unanswered, and its follow-ups appear only for yes", async () => {
    const { $, edits } = setup("special_factors");
    const applies = $<HTMLSelectElement>("select#f-special_factors-behavior-applies")!;
    expect(applies.value).toBe("");
    expect([...applies.options].map((o) => o.textContent)).toEqual(["— Not answered —", "Yes", "No"]);
    expect($("#f-special_factors-behavior-fba_on")).toBeNull();
    await fireEvent.change(applies, { target: { value: "no" } });
    await waitFor(() => expect(edits).toContainEqual({ iep_id: "iep-1", path: "special_factors.behavior.applies", value: false }));
    expect($("#f-special_factors-behavior-fba_on")).toBeNull();
    await fireEvent.change(applies, { target: { value: "yes" } });
    await waitFor(() => expect($("#f-special_factors-behavior-fba_on")).not.toBeNull());
    expect($("#f-special_factors-behavior-notes")).not.toBeNull();
  });

  it("a testing accommodation shows the parameters of its category only", async () => {
    const { $ } = setup("testing_accommodations");
    await fireEvent.click($("#f-testing_accommodations-accommodations-add")!);
    const category = await waitFor(() => {
      const el = $<HTMLSelectElement>("#f-testing_accommodations-accommodations-0-category");
      expect(el).not.toBeNull();
      return el!;
    });
    expect($("#f-testing_accommodations-accommodations-0-extended_time")).toBeNull();
    await fireEvent.change(category, { target: { value: "extended_time" } });
    await waitFor(() => expect($("#f-testing_accommodations-accommodations-0-extended_time")).not.toBeNull());
    expect($("#f-testing_accommodations-accommodations-0-break_minutes")).toBeNull();
  });
});
