// The state SectionForm renders from and writes to: the IEP content as the screen holds it, the
// findings of the last save, the refused values. Every write goes through Autosave (the
// no-lost-work rules live there); this class only routes values by dotted path.
import { SvelteSet } from "svelte/reactivity";
import type { Autosave } from "./autosave";
import type { Finding } from "./bindings";
import { getAt, isUnder, SchemaRoot, setAt } from "./schema";

export class IepForm {
  /** The content as the screen shows it: saved values overlaid with values still being saved. */
  content = $state<Record<string, unknown>>({});
  findings = $state<Finding[]>([]);
  /** Refused values: the backend's message, by path. */
  errors = $state<Record<string, string>>({});
  /** Why a list edit could not be made (its pending item edits are not saved yet), by list path. */
  listErrors = $state<Record<string, string>>({});
  readonly = $state(false);
  /** Paths that have an input (or list, or fieldset) on screen: findings elsewhere go to the step header. */
  readonly rendered = new SvelteSet<string>();

  constructor(
    readonly schema: SchemaRoot,
    private readonly autosave: () => Autosave | null,
  ) {}

  /** Takes a freshly loaded content; values typed earlier that are still on their way win. */
  load(content: Record<string, unknown>, findings: Finding[]): void {
    const shown = structuredClone(content);
    const a = this.autosave();
    for (const path of a?.status().unconfirmed ?? []) {
      const p = a?.pending(path);
      if (p) setAt(shown, path, structuredClone(p.value));
    }
    this.content = shown;
    this.findings = findings;
  }

  /** Shows, beside their fields, the values the backend refused among those not yet confirmed. */
  showRefused(a: Autosave, unconfirmed: string[]): void {
    const refused: Record<string, string> = {};
    for (const p of unconfirmed) {
      const e = a.fieldError(p);
      // A value the backend refused is the user's to fix: say so beside the field.
      if (e && e.kind === "invalid") refused[p] = e.fields.find((fe) => fe.field === p)?.message ?? e.message;
    }
    this.errors = refused;
  }

  value(path: string): unknown {
    return getAt(this.content, path);
  }

  /** A keystroke or a choice: shown at once, saved by Autosave. */
  set(path: string, value: unknown): void {
    if (this.readonly) return;
    // A plain copy: list items read from the screen's state are reactive proxies.
    const plain = $state.snapshot(value);
    setAt(this.content, path, plain);
    this.autosave()?.set(path, structuredClone(plain));
  }

  /** Leaving a field: save it now. */
  commit(path: string): void {
    this.autosave()?.saveNow(path);
  }

  /** Sets a value and saves it at once (a choice that changes the form's shape). */
  setNow(path: string, value: unknown): void {
    this.set(path, value);
    this.commit(path);
  }

  /** Saves everything pending now; true once all of it is confirmed (before finalizing). */
  flushAll(): Promise<boolean> {
    return this.autosave()?.flush() ?? Promise.resolve(true);
  }

  /** Saves what is pending at or under `path` now; true once all of it is confirmed. */
  flush(path: string): Promise<boolean> {
    return this.autosave()?.flushUnder(path) ?? Promise.resolve(true);
  }

  /**
   * A structural list edit (add, remove, move): first the pending edits under the list are
   * saved, then the whole list is set once. While an item edit is still failing, the list is
   * left as it is and `listErrors` says why, so no edit lands on an item that has moved.
   */
  async setList(path: string, items: unknown[]): Promise<boolean> {
    if (this.readonly) return false;
    const a = this.autosave();
    if (a && !(await a.flushUnder(path))) {
      this.listErrors = { ...this.listErrors, [path]: "The changes in this list are not saved yet; try again once they are." };
      return false;
    }
    const { [path]: _gone, ...rest } = this.listErrors;
    this.listErrors = rest;
    this.setNow(path, items);
    return true;
  }

  /** Replaces an object: through its list when it is a list item (an object cannot be set alone). */
  async replace(path: string, value: unknown): Promise<boolean> {
    const segs = path.split(".");
    const last = segs.pop()!;
    const parent = segs.join(".");
    const list = parent ? this.value(parent) : undefined;
    if (/^\d+$/.test(last) && Array.isArray(list)) {
      const copy = [...list];
      copy[Number(last)] = value;
      return this.setList(parent, copy);
    }
    this.setNow(path, value);
    return true;
  }

  error(path: string): string | undefined {
    return this.errors[path];
  }

  /** Findings whose field is exactly `path`. */
  findingsAt(path: string): Finding[] {
    return this.findings.filter((f) => f.field === path);
  }

  /** Findings of a step with no input on screen (or on the section itself): for the step header. */
  unplaced(section: string): Finding[] {
    return this.findings.filter((f) => {
      const field = f.field ?? section;
      if (!isUnder(field, section)) return false;
      return field === section || !this.rendered.has(field);
    });
  }

  /** Marks `path` as shown while the calling component lives. */
  register(path: string): () => void {
    this.rendered.add(path);
    return () => this.rendered.delete(path);
  }

  /** Blocking findings per step (the step of a finding is its path's first segment). */
  blockingByStep(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const f of this.findings) {
      if (f.severity !== "error") continue;
      const step = (f.field ?? "").split(".")[0];
      out[step] = (out[step] ?? 0) + 1;
    }
    return out;
  }
}
