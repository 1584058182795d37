import { describe, expect, it } from "vitest";
import { fireEvent, render, waitFor } from "@testing-library/svelte";
import SectionForm from "./SectionForm.svelte";
import { Autosave } from "../../lib/autosave";
import { IepForm } from "../../lib/iepForm.svelte";
import { SchemaRoot, type SchemaNode } from "../../lib/schema";
import type { EditField, Finding, SavedEdit } from "../../lib/bindings";

/** A small schema with one node of every kind SectionForm knows. */
const SCHEMA: SchemaNode = {
  type: "object",
  properties: { sec: { $ref: "#/$defs/Sec" } },
  $defs: {
    Sec: {
      type: "object",
      "x-order": ["name", "story", "count", "ok", "kind", "on", "at", "maybe", "nested", "items", "roles", "secret"],
      properties: {
        secret: { type: "string", "x-hidden": true },
        name: { type: "string", title: "Name" },
        story: { type: "string", title: "Story", "x-narrative": true },
        count: { type: "integer", minimum: 1, maximum: 8, title: "Group size" },
        ok: { type: "boolean", title: "Agreed" },
        kind: { $ref: "#/$defs/Kind", title: "Kind of meeting" },
        on: { type: ["string", "null"], format: "date", title: "Sent on" },
        at: { type: "string", format: "partial-date-time", title: "Starts" },
        maybe: { anyOf: [{ $ref: "#/$defs/Kind" }, { type: "null" }], title: "Maybe kind" },
        nested: { $ref: "#/$defs/Nested", title: "Nested part", description: "Help for the nested part." },
        items: { type: "array", items: { $ref: "#/$defs/Person" }, title: "People" },
        roles: { type: "array", items: { $ref: "#/$defs/Kind" }, title: "Roles" },
      },
    },
    Kind: {
      oneOf: [
        { type: "string", enum: ["plain_value"] },
        { type: "string", const: "annual_review", title: "Annual review" },
      ],
    },
    Nested: { type: "object", properties: { flag: { type: "boolean" } } },
    Person: {
      type: "object",
      "x-order": ["name", "role"],
      properties: { role: { $ref: "#/$defs/Kind" }, name: { type: "string", title: "Name" } },
    },
  },
};

function content() {
  return {
    sec: {
      name: "A",
      story: "Once",
      count: 2,
      ok: false,
      kind: "annual_review",
      on: null,
      at: "2026-03-10T09:00:00",
      maybe: null,
      nested: { flag: true },
      items: [{ name: "P1", role: "annual_review" }],
      roles: ["plain_value"],
      secret: "not shown",
    },
  };
}

function setup(findings: Finding[] = []) {
  const edits: EditField[] = [];
  let revision = 0;
  const save = async (e: EditField): Promise<SavedEdit> => {
    edits.push(structuredClone(e));
    revision += 1;
    return { iep_id: "iep-1", path: e.path, revision, saved_at: "", changed: true, steps: [], findings };
  };
  const autosave = new Autosave({ iepId: "iep-1", save, debounceMs: 5, maxWaitMs: 5 });
  const form = new IepForm(new SchemaRoot(SCHEMA), () => autosave);
  form.load(content(), findings);
  const r = render(SectionForm, { props: { form, section: "sec" } });
  const $ = <T extends Element = HTMLElement>(sel: string) => r.container.querySelector<T & Element>(sel);
  return { ...r, $, edits, form, autosave };
}

describe("SectionForm", () => {
  it("renders each kind of node with a real label, in declaration order, without hidden fields", () => {
    const { $, container } = setup();
    const labelFor = (id: string) => container.querySelector(`label[for="${id}"]`)?.textContent?.trim();
    expect($<HTMLInputElement>("input#f-sec-name")!.value).toBe("A");
    expect(labelFor("f-sec-name")).toBe("Name");
    expect($("textarea#f-sec-story")).not.toBeNull();
    const count = $<HTMLInputElement>("input#f-sec-count")!;
    expect([count.type, count.min, count.max]).toEqual(["number", "1", "8"]);
    expect($<HTMLInputElement>("input#f-sec-ok")!.type).toBe("checkbox");
    expect(labelFor("f-sec-ok")).toBe("Agreed");
    const kind = $<HTMLSelectElement>("select#f-sec-kind")!;
    expect([...kind.options].map((o) => o.textContent)).toEqual(["Plain value", "Annual review"]);
    expect(kind.value).toBe("annual_review");
    expect($<HTMLInputElement>("input#f-sec-on")!.type).toBe("date");
    expect(labelFor("f-sec-on")).toBe("Sent on (optional)");
    const at = $<HTMLInputElement>("input#f-sec-at")!;
    expect([at.type, at.value]).toEqual(["datetime-local", "2026-03-10T09:00"]);
    const maybe = $<HTMLSelectElement>("select#f-sec-maybe")!;
    expect(maybe.options[0].textContent).toBe("— None —");
    expect(maybe.value).toBe("");
    const nested = $("fieldset#f-sec-nested")!;
    expect(nested.querySelector("legend")!.textContent).toBe("Nested part");
    expect(nested.querySelector(".hint")!.textContent).toBe("Help for the nested part.");
    expect($<HTMLInputElement>("input#f-sec-nested-flag")!.checked).toBe(true);
    expect($<HTMLInputElement>("input#f-sec-items-0-name")!.value).toBe("P1");
    // A list of choices is a group of checkboxes.
    const roles = $("fieldset#f-sec-roles")!;
    expect([...roles.querySelectorAll<HTMLInputElement>("input[type=checkbox]")].map((c) => c.checked)).toEqual([true, false]);
    expect($("#f-sec-secret")).toBeNull();
    expect(container.textContent).not.toContain("not shown");
    const order = [...container.querySelectorAll("[data-path]")].map((e) => e.getAttribute("data-path"));
    expect(order.slice(0, 4)).toEqual(["sec.name", "sec.story", "sec.count", "sec.ok"]);
  });

  it("saves each input on its dotted path with the value's type; emptied optional fields are null", async () => {
    const { $, edits } = setup();
    await fireEvent.input($("input#f-sec-name")!, { target: { value: "Ana" } });
    await fireEvent.input($("input#f-sec-count")!, { target: { value: "5" } });
    await fireEvent.change($("input#f-sec-ok")!, { target: { checked: true } });
    await fireEvent.change($("select#f-sec-maybe")!, { target: { value: "plain_value" } });
    await fireEvent.input($("input#f-sec-at")!, { target: { value: "2026-03-11T10:30" } });
    await fireEvent.input($("input#f-sec-on")!, { target: { value: "2026-02-27" } });
    await waitFor(() => expect(edits.length).toBe(6));
    await fireEvent.input($("input#f-sec-on")!, { target: { value: "" } });
    await waitFor(() => expect(edits.length).toBe(7));
    const byPath = Object.fromEntries(edits.map((e) => [e.path, e.value]));
    expect(byPath).toEqual({
      "sec.name": "Ana",
      "sec.count": 5,
      "sec.ok": true,
      "sec.maybe": "plain_value",
      "sec.at": "2026-03-11T10:30:00",
      "sec.on": null,
    });
  });

  it("adding to a list first saves the pending edits under it, then sets the whole list once", async () => {
    const { $, edits, container } = setup();
    await fireEvent.input($("input#f-sec-items-0-name")!, { target: { value: "P1 renamed" } });
    await fireEvent.click($("button#f-sec-items-add")!);
    await waitFor(() => expect(edits.length).toBe(2));
    expect(edits[0]).toEqual({ iep_id: "iep-1", path: "sec.items.0.name", value: "P1 renamed" });
    expect(edits[1]).toEqual({
      iep_id: "iep-1",
      path: "sec.items",
      value: [
        { name: "P1 renamed", role: "annual_review" },
        { name: "", role: "plain_value" },
      ],
    });
    await waitFor(() => expect($("input#f-sec-items-1-name")).not.toBeNull());
    expect(document.activeElement).toBe($("input#f-sec-items-1-name"));
    // Remove the first: one whole-list edit with what is left.
    const remove = [...container.querySelectorAll<HTMLButtonElement>("[data-item='0'] button.remove")][0];
    await fireEvent.click(remove);
    await waitFor(() => expect(edits.length).toBe(3));
    expect(edits[2]).toEqual({ iep_id: "iep-1", path: "sec.items", value: [{ name: "", role: "plain_value" }] });
    expect($("input#f-sec-items-1-name")).toBeNull();
  });

  it("moving an item swaps it with its neighbour in one list edit", async () => {
    const { $, edits, form, container } = setup();
    form.load({ sec: { ...content().sec, items: [{ name: "First", role: "plain_value" }, { name: "Second", role: "plain_value" }] } }, []);
    await waitFor(() => expect($("input#f-sec-items-1-name")).not.toBeNull());
    const down = container.querySelector<HTMLButtonElement>("[data-item='0'] button.move-down")!;
    await fireEvent.click(down);
    await waitFor(() => expect(edits.length).toBe(1));
    expect((edits[0].value as Array<{ name: string }>).map((p) => p.name)).toEqual(["Second", "First"]);
  });

  it("shows each finding beside the field its path names, linked by aria-describedby; others in the header", () => {
    const f = (rule_id: string, field: string | null, severity: Finding["severity"] = "error"): Finding => ({
      rule_id,
      severity,
      message: `message of ${rule_id}`,
      sopm: "L1725",
      field,
    });
    const { $ } = setup([
      f("on-name", "sec.name"),
      f("on-list", "sec.items", "warning"),
      f("on-section", "sec"),
      f("nowhere", "sec.no_input_for_this"),
      f("other-step", "elsewhere.name"),
    ]);
    const name = $("input#f-sec-name")!;
    const beside = $("#f-sec-name-findings")!;
    expect(beside.textContent).toContain("message of on-name");
    expect(beside.textContent).toContain("SOPM L1725");
    expect(beside.textContent).toContain("Blocks finalizing");
    expect(name.getAttribute("aria-describedby")).toContain("f-sec-name-findings-0");
    expect($("#f-sec-name-findings-0")).not.toBeNull();
    const list = $("#f-sec-items-findings")!;
    expect(list.textContent).toContain("Warning:");
    expect(list.textContent).toContain("message of on-list");
    expect($("fieldset#f-sec-items")!.getAttribute("aria-describedby")).toContain("f-sec-items-findings-0");
    const header = $("#step-findings-sec")!;
    expect(header.textContent).toContain("message of on-section");
    expect(header.textContent).toContain("message of nowhere");
    expect(header.textContent).not.toContain("message of on-name");
    expect(header.textContent).not.toContain("other-step");
  });

  it("shows a refused value's message beside its field", async () => {
    const { $, form } = setup();
    form.errors = { "sec.name": "Enter the participant's name." };
    await waitFor(() => expect($("#f-sec-name-error")).not.toBeNull());
    expect($("#f-sec-name-error")!.textContent).toBe("Enter the participant's name.");
    expect($("input#f-sec-name")!.getAttribute("aria-invalid")).toBe("true");
  });
});
