import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Autosave, AutosaveRegistry, type SaveStatus } from "./autosave";
import type { ApiError, EditField, SavedEdit } from "./bindings";

const BUSY: ApiError = { kind: "storage", message: "The local database is busy.", fields: [] };

/**
 * A fake `editIepField` whose every request waits until the test settles it (or, with
 * `latencyMs`, settles itself after that long on the fake clock). It keeps what a real backend
 * would hold, and checks that a field never has two requests in flight.
 */
function fakeSave(opts: { latencyMs?: number | (() => number); fail?: (edit: EditField, n: number) => boolean } = {}) {
  const stored = new Map<string, unknown>();
  const sent: EditField[] = [];
  const pending: Array<{ edit: EditField; resolve: () => void; reject: (e: ApiError) => void }> = [];
  const inFlight = new Set<string>();
  let revision = 0;
  let maxConcurrentPerField = 0;
  const save = vi.fn((edit: EditField): Promise<SavedEdit> => {
    sent.push(edit);
    const n = sent.length;
    if (inFlight.has(edit.path)) maxConcurrentPerField = 2;
    else maxConcurrentPerField = Math.max(maxConcurrentPerField, 1);
    inFlight.add(edit.path);
    return new Promise<SavedEdit>((res, rej) => {
      const resolve = () => {
        inFlight.delete(edit.path);
        const changed = stored.get(edit.path) !== edit.value;
        stored.set(edit.path, edit.value);
        revision += 1;
        res({ iep_id: edit.iep_id, path: edit.path, revision, saved_at: "2026-01-01T00:00:00Z", changed, steps: [], findings: [] });
      };
      const reject = (e: ApiError) => {
        inFlight.delete(edit.path);
        rej(e);
      };
      if (opts.latencyMs !== undefined) {
        const ms = typeof opts.latencyMs === "function" ? opts.latencyMs() : opts.latencyMs;
        setTimeout(() => (opts.fail?.(edit, n) ? reject(BUSY) : resolve()), ms);
      } else {
        pending.push({ edit, resolve, reject });
      }
    });
  });
  return {
    save,
    stored,
    sent,
    values: () => sent.map((e) => e.value),
    get maxConcurrentPerField() {
      return maxConcurrentPerField;
    },
    /** Settle the oldest unsettled request. */
    async resolveNext() {
      const p = pending.shift();
      if (!p) throw new Error("no request pending");
      p.resolve();
      await flushMicrotasks();
    },
    async rejectNext(e: ApiError = BUSY) {
      const p = pending.shift();
      if (!p) throw new Error("no request pending");
      p.reject(e);
      await flushMicrotasks();
    },
  };
}

async function flushMicrotasks() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

/** Advance the fake clock and let promise callbacks run. */
async function advance(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
}

function make(save: (e: EditField) => Promise<SavedEdit>) {
  const a = new Autosave({ iepId: "iep-1", save });
  const states: SaveStatus[] = [];
  a.subscribe((s) => states.push(s));
  return { a, states };
}

const P = "present_levels.social_development";
const Q = "present_levels.management_needs";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("debounce", () => {
  it("sends 400 ms after the last keystroke, not before", async () => {
    const f = fakeSave();
    const { a } = make(f.save);
    a.set(P, "W");
    await advance(399);
    expect(f.save).not.toHaveBeenCalled();
    expect(a.status().state).toBe("dirty");
    await advance(1);
    expect(f.values()).toEqual(["W"]);
    expect(a.status().state).toBe("saving");
    await f.resolveNext();
    expect(a.status().state).toBe("saved");
  });

  it("never lets a value wait more than 1 s, even under steady typing", async () => {
    const f = fakeSave({ latencyMs: 20 });
    const { a } = make(f.save);
    const sendTimes: number[] = [];
    let text = "";
    const start = Date.now();
    const origSave = f.save.getMockImplementation()!;
    f.save.mockImplementation((edit) => {
      sendTimes.push(Date.now() - start);
      return origSave(edit);
    });
    // A keystroke every 100 ms for 5 s: the debounce alone would never fire.
    for (let t = 0; t < 5000; t += 100) {
      text += "x";
      a.set(P, text);
      await advance(100);
    }
    expect(sendTimes.length).toBeGreaterThanOrEqual(4);
    expect(sendTimes[0]).toBeLessThanOrEqual(1000);
    for (let i = 1; i < sendTimes.length; i++) {
      expect(sendTimes[i] - sendTimes[i - 1]).toBeLessThanOrEqual(1000 + 20);
    }
    // And the last keystroke is saved within 1 s of being typed.
    await advance(1000);
    expect(f.stored.get(P)).toBe(text);
    expect(a.status().state).toBe("saved");
  });

  it("coalesces a burst of keystrokes into one request with the last value", async () => {
    const f = fakeSave();
    const { a } = make(f.save);
    for (const v of ["W", "Wo", "Wor", "Work", "Works"]) {
      a.set(P, v);
      await advance(50);
    }
    await advance(400);
    expect(f.values()).toEqual(["Works"]);
    await f.resolveNext();
    expect(a.status().state).toBe("saved");
    expect(f.stored.get(P)).toBe("Works");
  });

  it("keeps fields independent: each field gets its own request", async () => {
    const f = fakeSave();
    const { a } = make(f.save);
    a.set(P, "social");
    a.set(Q, "management");
    await advance(400);
    expect(f.sent.map((e) => [e.path, e.value])).toEqual([
      [P, "social"],
      [Q, "management"],
    ]);
  });

  it("sends nothing when the text is typed back to what the backend holds", async () => {
    const f = fakeSave();
    const { a } = make(f.save);
    a.seed(P, "same");
    a.set(P, "samex");
    a.set(P, "same");
    await advance(2000);
    expect(f.save).not.toHaveBeenCalled();
    expect(a.status().state).toBe("saved");
  });
});

describe("ordering", () => {
  it("holds a newer value while one is in flight and sends it right after, so the newest is saved last", async () => {
    const f = fakeSave();
    const { a } = make(f.save);
    a.set(P, "one");
    await advance(400);
    expect(f.values()).toEqual(["one"]);

    a.set(P, "two");
    a.set(P, "three");
    await advance(2000); // its timers fall due while "one" is still in flight
    expect(f.values()).toEqual(["one"]); // never two requests for a field at once
    expect(a.status().state).not.toBe("saved");

    await f.resolveNext(); // "one" confirmed …
    expect(f.values()).toEqual(["one", "three"]); // … and "three" goes out at once
    expect(a.status().state).toBe("saving");

    await f.resolveNext();
    expect(f.stored.get(P)).toBe("three");
    expect(a.status().state).toBe("saved");
    expect(f.maxConcurrentPerField).toBe(1);
  });

  it("a value typed just before the in-flight request returns still waits for its debounce", async () => {
    const f = fakeSave();
    const { a } = make(f.save);
    a.set(P, "one");
    await advance(400);
    a.set(P, "two");
    await advance(100);
    await f.resolveNext();
    expect(f.values()).toEqual(["one"]); // "two" is not due yet
    expect(a.status().state).toBe("dirty");
    await advance(300);
    expect(f.values()).toEqual(["one", "two"]);
    await f.resolveNext();
    expect(a.status().state).toBe("saved");
  });

  it("blur saves at once", async () => {
    const f = fakeSave();
    const { a } = make(f.save);
    a.set(P, "typed");
    a.saveNow(P);
    expect(f.values()).toEqual(["typed"]);
  });
});

describe("flush", () => {
  it("resolves when the value it asked for was already in flight and is then confirmed", async () => {
    const f = fakeSave();
    const { a } = make(f.save);
    a.set(P, "typed");
    a.saveNow(P); // in flight
    let done: boolean | null = null;
    void a.flush().then((ok) => (done = ok));
    await f.resolveNext();
    await flushMicrotasks();
    expect(done).toBe(true);
    expect(f.sent).toHaveLength(1); // not sent twice
  });
});

describe("flushUnder", () => {
  it("sends only the pending fields under the prefix and resolves once they are confirmed", async () => {
    const f = fakeSave();
    const { a } = make(f.save);
    a.set("meeting.participants.0.name", "D. Rep");
    a.set("meeting.participants_note", "not under the list");
    a.set(Q, "elsewhere");
    let done: boolean | null = null;
    void a.flushUnder("meeting.participants").then((ok) => (done = ok));
    expect(f.sent.map((e) => e.path)).toEqual(["meeting.participants.0.name"]);
    await flushMicrotasks();
    expect(done).toBeNull(); // still in flight
    await f.resolveNext();
    await flushMicrotasks();
    expect(done).toBe(true);
    expect(a.pending(Q)).toEqual({ value: "elsewhere" }); // untouched, still debouncing
  });

  it("resolves false while a value under the prefix is failing", async () => {
    const f = fakeSave();
    const { a } = make(f.save);
    a.set("meeting.participants.1.name", "x");
    const result = a.flushUnder("meeting.participants");
    await f.rejectNext();
    expect(await result).toBe(false);
    expect(a.pending("meeting.participants.1.name")).toEqual({ value: "x" });
  });
});

describe("failure and retry", () => {
  it("keeps the value, reports the error, retries after 1 s, 2 s, 4 s … and ends Saved", async () => {
    const f = fakeSave();
    const { a } = make(f.save);
    a.set(P, "keep me");
    await advance(400);
    await f.rejectNext();
    let s = a.status();
    expect(s.state).toBe("error");
    expect(s.error?.message).toBe("The local database is busy.");
    expect(a.pending(P)).toEqual({ value: "keep me" });

    await advance(999);
    expect(f.sent).toHaveLength(1);
    await advance(1);
    expect(f.sent).toHaveLength(2); // retry after 1 s
    await f.rejectNext();

    await advance(1999);
    expect(f.sent).toHaveLength(2);
    await advance(1);
    expect(f.sent).toHaveLength(3); // then after 2 s
    await f.rejectNext();

    await advance(3999);
    expect(f.sent).toHaveLength(3);
    await advance(1);
    expect(f.sent).toHaveLength(4); // then after 4 s
    expect(a.status().state).toBe("error"); // still unconfirmed while the retry is in flight
    await f.resolveNext();

    s = a.status();
    expect(s.state).toBe("saved");
    expect(s.error).toBeNull();
    expect(f.stored.get(P)).toBe("keep me");
    expect(f.values()).toEqual(["keep me", "keep me", "keep me", "keep me"]);
  });

  it("caps the backoff at 10 s and keeps trying", async () => {
    const f = fakeSave();
    const { a } = make(f.save);
    a.set(P, "x");
    await advance(400);
    const gaps: number[] = [];
    let last = Date.now();
    for (let i = 0; i < 7; i++) {
      await f.rejectNext();
      while (f.sent.length < i + 2) await advance(100);
      gaps.push(Date.now() - last);
      last = Date.now();
    }
    expect(gaps).toEqual([1000, 2000, 4000, 8000, 10000, 10000, 10000]);
    await f.resolveNext();
    expect(a.status().state).toBe("saved");
  });

  it("a value typed during the backoff is what the retry sends", async () => {
    const f = fakeSave();
    const { a } = make(f.save);
    a.set(P, "old");
    await advance(400);
    await f.rejectNext();
    a.set(P, "newer");
    await advance(400);
    expect(f.sent).toHaveLength(1); // the backend is failing: wait for the retry
    await advance(600);
    expect(f.values()).toEqual(["old", "newer"]);
    await f.resolveNext();
    expect(f.stored.get(P)).toBe("newer");
    expect(a.status().state).toBe("saved");
  });

  it("a refused value (invalid) does not hold back a corrected one", async () => {
    const f = fakeSave();
    const { a } = make(f.save);
    a.set(P, "way too long");
    await advance(400);
    await f.rejectNext({ kind: "invalid", message: "Too long.", fields: [{ field: P, message: "Too long." }] });
    expect(a.fieldError(P)?.kind).toBe("invalid");
    a.set(P, "short");
    await advance(400);
    expect(f.values()).toEqual(["way too long", "short"]);
    await f.resolveNext();
    expect(a.fieldError(P)).toBeNull();
    expect(a.status().state).toBe("saved");
  });

  it("turns a thrown non-ApiError into an internal ApiError", async () => {
    const save = vi.fn().mockRejectedValueOnce("command edit_iep_field not found");
    const a = new Autosave({ iepId: "iep-1", save });
    a.set(P, "x");
    await advance(400);
    expect(a.status().error).toEqual({ kind: "internal", message: "command edit_iep_field not found", fields: [] });
  });
});

describe("status honesty", () => {
  it("is never 'saved' while any typed value is unconfirmed (randomised)", async () => {
    // Deterministic PRNG so a failure can be replayed.
    let seed = 20261123;
    const rnd = () => {
      // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const paths = [P, Q, "present_levels.evaluation_results"];
    // Each request takes 0–1500 ms and fails 30% of the time.
    const f = fakeSave({ latencyMs: () => Math.floor(rnd() * 1500), fail: () => rnd() < 0.3 });
    const a = new Autosave({ iepId: "iep-1", save: f.save });
    const typed = new Map<string, string>();
    let savedSeen = 0;
    const check = () => {
      if (a.status().state === "saved") {
        savedSeen += 1;
        for (const [path, v] of typed) expect(f.stored.get(path), `${path} claimed saved`).toBe(v);
      }
    };
    a.subscribe(check);
    for (let step = 0; step < 400; step++) {
      const path = paths[Math.floor(rnd() * paths.length)];
      const v = (typed.get(path) ?? "") + String.fromCharCode(97 + Math.floor(rnd() * 26));
      typed.set(path, v);
      a.set(path, v);
      check();
      if (rnd() < 0.1) a.saveNow(path);
      // Mostly quick typing, sometimes a pause long enough for saves (and retries) to finish.
      await advance(Math.floor(rnd() < 0.15 ? 2000 + rnd() * 8000 : rnd() * 700));
      check();
    }
    // Stop typing: everything typed ends up saved, and only then does the status say so.
    expect(savedSeen).toBeGreaterThan(20); // the check above was really exercised
    expect(f.save.mock.results.length).toBeGreaterThan(50);
    await advance(120_000);
    expect(a.status().state).toBe("saved");
    for (const [path, v] of typed) expect(f.stored.get(path)).toBe(v);
    expect(f.maxConcurrentPerField).toBe(1);
  });

  it("reports error over saving over dirty", async () => {
    const f = fakeSave();
    const { a, states } = make(f.save);
    a.set(P, "a");
    expect(a.status().state).toBe("dirty");
    await advance(400);
    expect(a.status().state).toBe("saving");
    a.set(Q, "b");
    await f.rejectNext();
    expect(a.status().state).toBe("error");
    expect(a.status().unconfirmed.sort()).toEqual([Q, P].sort());
    const sequence = states.map((s) => s.state).filter((s, i, all) => i === 0 || all[i - 1] !== s);
    expect(sequence).toEqual(["saved", "dirty", "saving", "error"]);
  });
});

describe("flush", () => {
  it("sends pending values at once and resolves true when all are confirmed", async () => {
    const f = fakeSave({ latencyMs: 10 });
    const { a } = make(f.save);
    a.set(P, "p");
    a.set(Q, "q");
    const done = a.flush();
    expect(f.values()).toEqual(["p", "q"]); // no debounce wait
    await advance(10);
    await expect(done).resolves.toBe(true);
    expect(a.status().state).toBe("saved");
  });

  it("skips the backoff, and resolves false if the save fails again", async () => {
    const f = fakeSave();
    const { a } = make(f.save);
    a.set(P, "p");
    await advance(400);
    await f.rejectNext();
    const done = a.flush();
    expect(f.sent).toHaveLength(2); // sent now, not in 1 s
    await f.rejectNext();
    await expect(done).resolves.toBe(false);
    expect(a.pending(P)).toEqual({ value: "p" }); // still kept, still retried
    await advance(2000);
    await f.resolveNext();
    expect(a.status().state).toBe("saved");
  });

  it("waits for the request in flight, then sends the newer value", async () => {
    const f = fakeSave();
    const { a } = make(f.save);
    a.set(P, "one");
    await advance(400);
    a.set(P, "two");
    const done = a.flush();
    expect(f.values()).toEqual(["one"]);
    await f.resolveNext();
    expect(f.values()).toEqual(["one", "two"]);
    await f.resolveNext();
    await expect(done).resolves.toBe(true);
  });
});

describe("steps from SavedEdit", () => {
  it("passes on saved edits, skipping a response older than one already passed on", async () => {
    const responses: SavedEdit[] = [];
    let resolvers: Array<(r: SavedEdit) => void> = [];
    const save = vi.fn(() => new Promise<SavedEdit>((r) => resolvers.push(r)));
    const a = new Autosave({ iepId: "iep-1", save });
    a.onSaved((e) => responses.push(e));
    a.set(P, "p");
    a.set(Q, "q");
    await advance(400);
    const edit = (path: string, revision: number): SavedEdit => ({
      iep_id: "iep-1",
      path,
      revision,
      saved_at: "",
      changed: true,
      steps: [],
      findings: [],
    });
    const [rp, rq] = resolvers;
    resolvers = [];
    rq(edit(Q, 2));
    await flushMicrotasks();
    rp(edit(P, 1));
    await flushMicrotasks();
    expect(responses.map((r) => r.revision)).toEqual([2]);
    expect(a.status().state).toBe("saved");
  });
});

describe("AutosaveRegistry", () => {
  it("keeps a released Autosave retrying until saved, and hands it back if reopened", async () => {
    const f = fakeSave();
    const reg = new AutosaveRegistry((iepId) => new Autosave({ iepId, save: f.save }));
    const a = reg.open("iep-1");
    const off = a.subscribe(() => {});
    a.set(P, "unsaved");
    off();
    reg.release(a); // the screen closes: flush
    expect(f.values()).toEqual(["unsaved"]);
    await f.rejectNext();
    expect(reg.hasUnsaved).toBe(true);
    expect(reg.open("iep-1")).toBe(a);
    expect(a.pending(P)).toEqual({ value: "unsaved" });
    await advance(1000);
    await f.resolveNext();
    expect(reg.hasUnsaved).toBe(false);
    expect(f.stored.get(P)).toBe("unsaved");
  });

  it("flushes on beforeunload and when the window is hidden", async () => {
    const f = fakeSave();
    const reg = new AutosaveRegistry((iepId) => new Autosave({ iepId, save: f.save }));
    const detach = reg.attach(window);
    const a = reg.open("iep-1");
    a.set(P, "closing");
    const ev = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(ev);
    expect(f.values()).toEqual(["closing"]);
    expect(ev.defaultPrevented).toBe(true); // asks the window to stay while unconfirmed
    await f.resolveNext();

    a.set(P, "hidden");
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
    expect(f.values()).toEqual(["closing", "hidden"]);
    Object.defineProperty(document, "visibilityState", { value: "visible", configurable: true });
    detach();
  });
});
