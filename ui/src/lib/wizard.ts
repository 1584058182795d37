// Moving around the wizard: which step the IEP screen opens on, and taking the person from a
// finding to the field it concerns. No Svelte here.
import type { WizardStep } from "./bindings";
import { domId } from "./schema";

/** The first step with work left (not complete, not "not required"); the summary once every
 * section is done. */
export function firstOpenStep(steps: WizardStep[]): string {
  const open = steps.find((s) => s.id !== "finalize" && s.status !== "complete" && s.status !== "not_required");
  return open?.id ?? steps.find((s) => s.id === "finalize")?.id ?? steps[0]?.id ?? "meeting";
}

/** The step a finding's field belongs to: its first path segment. */
export function stepOf(field: string | null): string {
  return (field ?? "").split(".")[0] || "finalize";
}

/**
 * Focuses the control for `path`, or the nearest one shown: a finding may name a field that is
 * hidden or a list item not rendered, so shorter paths are tried until something is on screen.
 * Returns the element focused, if any.
 */
export function focusField(path: string, root: ParentNode = document): HTMLElement | null {
  const segs = path.split(".");
  for (let n = segs.length; n > 0; n--) {
    const el = root.querySelector<HTMLElement>(`#${domId(segs.slice(0, n).join("."))}`);
    if (!el) continue;
    const target = el.matches("input, select, textarea, button")
      ? el
      : (el.querySelector<HTMLElement>("input, select, textarea, button") ?? el);
    target.scrollIntoView?.({ block: "center" });
    target.focus();
    return target;
  }
  return null;
}
