import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, waitFor } from "@testing-library/svelte";
import IepDraft from "./IepDraft.svelte";
import { seeded } from "../test/fixtures";

async function onGoals() {
  const { backend, draft } = await seeded();
  // A need to link to, as the present-levels step would have saved it (with its id).
  backend.ieps.get(draft!.id)!.iep.content.present_levels.needs = [{ id: "need-1", area: "reading", description: "Reading fluency" }];
  const r = render(IepDraft, { props: { backend, iepId: draft!.id, onback: vi.fn() } });
  const $ = <T extends Element = HTMLElement>(sel: string) => r.container.querySelector<T & Element>(sel);
  await waitFor(() => expect($('li[data-step="annual_goals"] button')).not.toBeNull());
  await fireEvent.click($('li[data-step="annual_goals"] button')!);
  await waitFor(() => expect($("#goal-bank-open")).not.toBeNull());
  return { backend, draft: draft!, $, container: r.container };
}

describe("goal bank picker", () => {
  it("filters by area and by words, and picking adds the bank's filled goal, focused, for the team to edit", async () => {
    const { backend, draft, $, container } = await onGoals();
    await fireEvent.click($("#goal-bank-open")!);
    await waitFor(() => expect(container.querySelectorAll(".goal-bank-results li")).toHaveLength(4));
    expect(document.activeElement?.id).toBe("goal-bank-area");
    await fireEvent.change($("#goal-bank-area")!, { target: { value: "math" } });
    expect([...container.querySelectorAll(".goal-bank-results li")].map((li) => li.getAttribute("data-bank-id"))).toEqual([
      "math-word-problems",
    ]);
    expect($(".goal-bank-results li")!.textContent).toContain("Mathematics");
    await fireEvent.change($("#goal-bank-area")!, { target: { value: "" } });
    await fireEvent.input($("#goal-bank-search")!, { target: { value: "words correct" } });
    expect([...container.querySelectorAll(".goal-bank-results li")].map((li) => li.getAttribute("data-bank-id"))).toEqual([
      "read-fluency-wcpm",
    ]);
    expect($("#goal-bank-count")!.textContent).toContain("1 goal");

    await fireEvent.click($("#goal-bank-add-read-fluency-wcpm")!);
    await waitFor(() => expect(backend.ieps.get(draft.id)!.iep.content.annual_goals.goals).toHaveLength(1));
    const goal = backend.ieps.get(draft.id)!.iep.content.annual_goals.goals[0];
    expect(goal).toMatchObject({ bank_id: "read-fluency-wcpm", need_area: "reading", schedule: "weekly" });
    expect(goal.id).not.toBe(""); // given on saving, so services can link to it
    // Focus lands in the new goal; the picker closes.
    await waitFor(() => expect(document.activeElement?.closest('[data-item="0"]')).not.toBeNull());
    expect($(".goal-bank-results")).toBeNull();
    // The goal is editable like any other, and links to the present-levels needs by checkbox.
    const skill = $<HTMLInputElement>("#f-annual_goals-goals-0-skill")!;
    expect(skill.value).toBe("will read aloud a grade-level passage at 110 words correct per minute");
    const link = $<HTMLInputElement>("#f-annual_goals-goals-0-need_ids-need-1")!;
    expect(link.closest("label")!.textContent).toContain("Reading fluency");
    await fireEvent.click(link);
    await waitFor(() => expect(backend.ieps.get(draft.id)!.iep.content.annual_goals.goals[0].need_ids).toEqual(["need-1"]));
  });

  it("hides fields that do not apply: a goal's steps only once a kind of step is chosen", async () => {
    const { $ } = await onGoals();
    await fireEvent.click($("#goal-bank-open")!);
    await waitFor(() => expect($("#goal-bank-add-read-fluency-wcpm")).not.toBeNull());
    await fireEvent.click($("#goal-bank-add-read-fluency-wcpm")!);
    await waitFor(() => expect($("#f-annual_goals-goals-0-objective_kind")).not.toBeNull());
    expect($("#f-annual_goals-goals-0-objectives")).toBeNull();
    await fireEvent.change($("#f-annual_goals-goals-0-objective_kind")!, { target: { value: "benchmarks" } });
    await waitFor(() => expect($("#f-annual_goals-goals-0-objectives")).not.toBeNull());
  });
});
