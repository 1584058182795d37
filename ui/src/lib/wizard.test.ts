import { describe, expect, it } from "vitest";
import type { StepStatus, WizardStep } from "./bindings";
import { firstOpenStep, focusField, stepOf } from "./wizard";

const step = (id: string, status: StepStatus): WizardStep => ({ id, title: id, sopm: "", available: true, status });

describe("wizard navigation", () => {
  it("opens on the first step with work left, skipping complete and not-required ones", () => {
    const steps = [
      step("meeting", "complete"),
      step("evaluation", "complete"),
      step("postsecondary", "not_required"),
      step("annual_goals", "blocked"),
      step("placement", "not_started"),
      step("finalize", "blocked"),
    ];
    expect(firstOpenStep(steps)).toBe("annual_goals");
    steps[3] = step("annual_goals", "complete");
    expect(firstOpenStep(steps)).toBe("placement");
    steps[4] = step("placement", "complete");
    expect(firstOpenStep(steps)).toBe("finalize");
  });

  it("a finding's step is its path's first segment", () => {
    expect(stepOf("annual_goals.goals.2.criterion")).toBe("annual_goals");
    expect(stepOf("meeting")).toBe("meeting");
    expect(stepOf(null)).toBe("finalize");
  });

  it("focuses the field of a path, or the nearest control shown", () => {
    document.body.innerHTML = `
      <fieldset id="f-annual_goals-goals"><button id="f-annual_goals-goals-add">Add</button></fieldset>
      <textarea id="f-present_levels-social_development"></textarea>`;
    expect(focusField("present_levels.social_development")?.id).toBe("f-present_levels-social_development");
    expect(document.activeElement?.id).toBe("f-present_levels-social_development");
    // The third goal is not on screen: the list's first control takes focus.
    expect(focusField("annual_goals.goals.2.criterion")?.id).toBe("f-annual_goals-goals-add");
    expect(focusField("nothing.here")).toBeNull();
  });
});

import { helpText } from "./schema";

describe("help text", () => {
  it("shows no Rust names", () => {
    expect(helpText("When the participant joined; `None` = from the start.")).toBe("When the participant joined; empty = from the start.");
    expect(helpText("Whole meeting (`None`) or the parts of it.")).toBe("Whole meeting or the parts of it.");
    expect(helpText("They are not on `Student` because")).toBe("They are not on student because");
    expect(helpText("takes its rules from `meeting_type`")).toBe("takes its rules from meeting type");
  });
});
