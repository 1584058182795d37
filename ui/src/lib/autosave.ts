// Autosave for one IEP: no lost work, ever.
//
// Every typed value gets a sequence number. A field is "confirmed" only when the backend has
// acknowledged the request that carried its latest sequence number; the status says "saved" only
// when every field is confirmed. Rules, per field:
//   * a keystroke (set) marks the field dirty and (re)starts a 400 ms debounce; a value never waits
//     more than 1 s from the first unsent keystroke (max wait), so steady typing is saved too;
//   * blur (saveNow) and flush() send at once;
//   * at most one request is in flight per field; a value typed meanwhile is sent after that
//     request settles — right away if its own timer already fell due — so values reach the
//     backend in the order they were typed and the last one typed is the last one saved;
//   * a failed request keeps the value, reports the error and is retried with backoff
//     (1 s, 2 s, 4 s, 8 s, then every 10 s) until it succeeds; only a newer value replaces it.
// Plain TypeScript, no Svelte: the component subscribes to the status and wires input/blur.
import type { ApiError, EditField, SavedEdit } from "./bindings";
import { toApiError, type Backend } from "./backend/backend";

export type SaveState = "saved" | "saving" | "dirty" | "error";

export interface SaveStatus {
  state: SaveState;
  /** Set while state is "error": the last failure of a value that is still unconfirmed. */
  error: ApiError | null;
  /** Paths whose latest value is not yet confirmed. */
  unconfirmed: string[];
}

export interface AutosaveOptions {
  iepId: string;
  save: (edit: EditField) => Promise<SavedEdit>;
  /** Quiet time after the last keystroke before a value is sent. */
  debounceMs?: number;
  /** Longest a typed value waits before it is sent, however fast the typing. */
  maxWaitMs?: number;
  /** First retry delay; doubles on each failure in a row. */
  retryBaseMs?: number;
  /** Longest retry delay. */
  retryMaxMs?: number;
}

type Timer = ReturnType<typeof setTimeout>;

const NOT_KNOWN = Symbol("not known");

interface FieldState {
  path: string;
  /** The latest value typed. */
  value: unknown;
  /** Sequence number of `value`; 0 = nothing typed yet. */
  seq: number;
  /** Highest sequence number the backend has confirmed. */
  confirmedSeq: number;
  /** The value the backend holds, as far as we know. */
  confirmedValue: unknown;
  /** Sequence number of the request in flight, or null. */
  inFlight: number | null;
  /** A send fell due while a request was in flight: send as soon as it settles. */
  due: boolean;
  debounce: Timer | null;
  maxWait: Timer | null;
  retry: Timer | null;
  failures: number;
  error: ApiError | null;
}

export class Autosave {
  readonly iepId: string;
  private readonly save: (edit: EditField) => Promise<SavedEdit>;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly fields = new Map<string, FieldState>();
  private readonly statusListeners = new Set<(s: SaveStatus) => void>();
  private readonly savedListeners = new Set<(e: SavedEdit) => void>();
  private readonly settleWaiters: Array<() => void> = [];
  private readonly savedWaiters: Array<() => void> = [];
  private lastError: ApiError | null = null;
  private lastStatusKey = "";
  private highestRevision = -Infinity;
  private disposed = false;

  constructor(options: AutosaveOptions) {
    this.iepId = options.iepId;
    this.save = options.save;
    this.debounceMs = options.debounceMs ?? 400;
    this.maxWaitMs = Math.max(options.maxWaitMs ?? 1000, this.debounceMs);
    this.retryBaseMs = options.retryBaseMs ?? 1000;
    this.retryMaxMs = options.retryMaxMs ?? 10_000;
  }

  // ---- what the component calls ----

  /** Record what the backend already holds for a field (from the loaded IEP). */
  seed(path: string, value: unknown): void {
    const f = this.field(path);
    if (f.seq === f.confirmedSeq && f.inFlight === null) f.confirmedValue = value;
  }

  /** A keystroke: the field now holds `value`. */
  set(path: string, value: unknown): void {
    if (this.disposed) throw new Error("Autosave used after dispose()");
    const f = this.field(path);
    f.value = value;
    f.seq += 1;
    if (f.inFlight === null && f.retry === null && Object.is(value, f.confirmedValue)) {
      // Typed back to what the backend already has: nothing to send.
      f.confirmedSeq = f.seq;
      this.clearSendTimers(f);
      f.error = null;
      f.failures = 0;
      this.emit();
      return;
    }
    if (f.retry !== null && f.error?.kind === "invalid") {
      // The backend refused the old value itself; a new value may well be accepted, so it
      // need not wait out the backoff.
      clearTimeout(f.retry);
      f.retry = null;
    }
    if (f.debounce !== null) clearTimeout(f.debounce);
    f.debounce = setTimeout(() => {
      f.debounce = null;
      this.send(f, false);
    }, this.debounceMs);
    if (f.maxWait === null) {
      f.maxWait = setTimeout(() => {
        f.maxWait = null;
        this.send(f, false);
      }, this.maxWaitMs);
    }
    this.emit();
  }

  /** Send a field's pending value now (e.g. on blur). */
  saveNow(path: string): void {
    const f = this.fields.get(path);
    if (f && !this.isConfirmed(f)) this.send(f, false);
  }

  /**
   * Send every pending value now, skipping debounce and backoff. Resolves when no request is in
   * flight any more, with true if everything is confirmed (false: something failed and is being
   * retried).
   */
  flush(): Promise<boolean> {
    for (const f of this.fields.values()) {
      if (!this.isConfirmed(f)) this.send(f, true);
    }
    return this.settled().then(() => this.status().state === "saved");
  }

  /**
   * `flush()` for the fields at or under `prefix` only (`meeting.participants` covers
   * `meeting.participants.2.name`): what a list sends before it is replaced whole, so that no
   * pending edit of an item lands after the items moved. Resolves true when all of them are
   * confirmed.
   */
  flushUnder(prefix: string): Promise<boolean> {
    const under = [...this.fields.values()].filter((f) => f.path === prefix || f.path.startsWith(`${prefix}.`));
    for (const f of under) {
      if (!this.isConfirmed(f)) this.send(f, true);
    }
    return this.settled().then(() => under.every((f) => this.isConfirmed(f)));
  }

  /** The latest typed value of a field if the backend has not confirmed it yet. */
  pending(path: string): { value: unknown } | undefined {
    const f = this.fields.get(path);
    return f && !this.isConfirmed(f) ? { value: f.value } : undefined;
  }

  /** The error of a field's last failed save, while its value is unconfirmed. */
  fieldError(path: string): ApiError | null {
    const f = this.fields.get(path);
    return f && !this.isConfirmed(f) ? f.error : null;
  }

  status(): SaveStatus {
    const unconfirmed = [...this.fields.values()].filter((f) => !this.isConfirmed(f));
    const failing = unconfirmed.filter((f) => f.error !== null);
    let state: SaveState;
    if (failing.length > 0) state = "error";
    else if (unconfirmed.some((f) => f.inFlight !== null)) state = "saving";
    else if (unconfirmed.length > 0) state = "dirty";
    else state = "saved";
    const error = state === "error" ? (failing.find((f) => f.error === this.lastError)?.error ?? failing[0].error) : null;
    return { state, error, unconfirmed: unconfirmed.map((f) => f.path) };
  }

  get isSaved(): boolean {
    return this.status().state === "saved";
  }

  /** Called with the status now and on every change. Returns an unsubscribe function. */
  subscribe(listener: (status: SaveStatus) => void): () => void {
    this.statusListeners.add(listener);
    listener(this.status());
    return () => this.statusListeners.delete(listener);
  }

  /** Called with every successful save, newest revision only (older responses are skipped). */
  onSaved(listener: (edit: SavedEdit) => void): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  get listenerCount(): number {
    return this.statusListeners.size + this.savedListeners.size;
  }

  /** Resolves the next time the status is "saved" (retries included). */
  whenSaved(): Promise<void> {
    if (this.isSaved) return Promise.resolve();
    return new Promise((resolve) => this.savedWaiters.push(resolve));
  }

  /** Stop all timers. Only for values that are confirmed or that are to be abandoned (tests). */
  dispose(): void {
    this.disposed = true;
    for (const f of this.fields.values()) {
      this.clearSendTimers(f);
      if (f.retry !== null) clearTimeout(f.retry);
      f.retry = null;
    }
    this.statusListeners.clear();
    this.savedListeners.clear();
  }

  // ---- internals ----

  private field(path: string): FieldState {
    let f = this.fields.get(path);
    if (!f) {
      f = {
        path,
        value: undefined,
        seq: 0,
        confirmedSeq: 0,
        confirmedValue: NOT_KNOWN,
        inFlight: null,
        due: false,
        debounce: null,
        maxWait: null,
        retry: null,
        failures: 0,
        error: null,
      };
      this.fields.set(path, f);
    }
    return f;
  }

  private isConfirmed(f: FieldState): boolean {
    return f.confirmedSeq >= f.seq;
  }

  private clearSendTimers(f: FieldState): void {
    if (f.debounce !== null) clearTimeout(f.debounce);
    if (f.maxWait !== null) clearTimeout(f.maxWait);
    f.debounce = null;
    f.maxWait = null;
  }

  /**
   * Send the latest value of `f` if possible. `force` (flush, retry timer) skips a pending backoff.
   */
  private send(f: FieldState, force: boolean): void {
    if (this.disposed || this.isConfirmed(f)) return;
    if (f.inFlight !== null) {
      f.due = true; // goes out as soon as the request in flight settles
      return;
    }
    if (f.retry !== null) {
      if (!force) return; // backing off: the retry timer will send the latest value
      clearTimeout(f.retry);
      f.retry = null;
    }
    this.clearSendTimers(f);
    f.due = false;
    const seq = f.seq;
    const value = f.value;
    f.inFlight = seq;
    this.emit();

    let request: Promise<SavedEdit>;
    try {
      request = this.save({ iep_id: this.iepId, path: f.path, value });
    } catch (e) {
      request = Promise.reject(e);
    }
    request.then(
      (edit) => this.succeeded(f, seq, value, edit),
      (e: unknown) => this.failed(f, toApiError(e)),
    );
  }

  private succeeded(f: FieldState, seq: number, value: unknown, edit: SavedEdit): void {
    f.inFlight = null;
    f.confirmedSeq = Math.max(f.confirmedSeq, seq);
    f.confirmedValue = value;
    f.failures = 0;
    f.error = null;
    if (!this.isConfirmed(f) && Object.is(f.value, value)) {
      // Typed away and back again while the request was in flight: what is saved is current.
      f.confirmedSeq = f.seq;
      this.clearSendTimers(f);
    }
    if (edit.revision >= this.highestRevision) {
      this.highestRevision = edit.revision;
      for (const l of [...this.savedListeners]) l(edit);
    }
    if (!this.isConfirmed(f) && f.due) this.send(f, false);
    // A flush that asked for the value already in flight is answered by this response.
    else f.due = false;
    this.emit();
    this.checkSettled();
  }

  private failed(f: FieldState, error: ApiError): void {
    f.inFlight = null;
    f.due = false;
    f.failures += 1;
    f.error = error;
    this.lastError = error;
    if (!this.isConfirmed(f) && !this.disposed) {
      // The latest value (whether the one that failed or a newer one) goes out at the retry.
      this.clearSendTimers(f);
      const delay = Math.min(this.retryBaseMs * 2 ** (f.failures - 1), this.retryMaxMs);
      f.retry = setTimeout(() => {
        f.retry = null;
        this.send(f, true);
      }, delay);
    }
    this.emit();
    this.checkSettled();
  }

  private settled(): Promise<void> {
    return new Promise((resolve) => {
      this.settleWaiters.push(resolve);
      this.checkSettled();
    });
  }

  private checkSettled(): void {
    const busy = [...this.fields.values()].some((f) => f.inFlight !== null || f.due);
    if (busy) return;
    for (const w of this.settleWaiters.splice(0)) w();
  }

  private emit(): void {
    const s = this.status();
    const key = `${s.state}|${s.error?.kind ?? ""}|${s.error?.message ?? ""}|${s.unconfirmed.join(",")}`;
    if (s.state === "saved") for (const w of this.savedWaiters.splice(0)) w();
    if (key === this.lastStatusKey) return;
    this.lastStatusKey = key;
    for (const l of [...this.statusListeners]) l(s);
  }
}

/**
 * Keeps an IEP's Autosave alive after its screen is closed until everything it holds is
 * confirmed, and hands the same instance back if the IEP is opened again meanwhile. Flushes all
 * of them when the window is about to go away.
 */
export class AutosaveRegistry {
  private readonly live = new Map<string, Autosave>();

  constructor(private readonly make: (iepId: string) => Autosave) {}

  /** The Autosave of a record; `make` builds it when it is not live (a notice's, for instance). */
  open(iepId: string, make: (id: string) => Autosave = this.make): Autosave {
    let a = this.live.get(iepId);
    if (!a) {
      a = make(iepId);
      this.live.set(iepId, a);
    }
    return a;
  }

  /** The screen is done with it: flush, and drop it once everything is confirmed. */
  release(a: Autosave): void {
    void a.flush();
    void a.whenSaved().then(() => {
      if (this.live.get(a.iepId) === a && a.listenerCount === 0) {
        this.live.delete(a.iepId);
        a.dispose();
      }
    });
  }

  /** Flush everything when the window is closing or hidden. Returns a function that detaches. */
  attach(target: Window): () => void {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      void this.flushAll();
      if (this.hasUnsaved) {
        e.preventDefault();
        e.returnValue = "";
      }
    };
    const onVisibility = () => {
      if (target.document.visibilityState === "hidden") void this.flushAll();
    };
    target.addEventListener("beforeunload", onBeforeUnload);
    target.document.addEventListener("visibilitychange", onVisibility);
    return () => {
      target.removeEventListener("beforeunload", onBeforeUnload);
      target.document.removeEventListener("visibilitychange", onVisibility);
    };
  }

  flushAll(): Promise<boolean> {
    return Promise.all([...this.live.values()].map((a) => a.flush())).then((r) => r.every(Boolean));
  }

  get hasUnsaved(): boolean {
    return [...this.live.values()].some((a) => !a.isSaved);
  }
}

const registries = new WeakMap<Backend, AutosaveRegistry>();

/**
 * The registry for a backend, created on first use; it flushes on `beforeunload` (and asks the
 * window to stay if anything is unconfirmed) and when the window is hidden.
 */
export function autosavesFor(backend: Backend): AutosaveRegistry {
  let r = registries.get(backend);
  if (!r) {
    r = new AutosaveRegistry((iepId) => new Autosave({ iepId, save: (edit) => backend.editIepField(edit) }));
    registries.set(backend, r);
    if (typeof window !== "undefined") r.attach(window);
  }
  return r;
}

/**
 * The Autosave of a notice (a PWN or a consent form). It keeps the same rules as an IEP's: the
 * notice id travels as `iep_id` inside Autosave, and the receipt is read as a `SavedEdit` with no
 * wizard steps. Open it through the same registry (`autosavesFor(backend).open(id, make)`), so
 * closing the window flushes it too.
 */
export function noticeAutosave(backend: Backend, noticeId: string): Autosave {
  return new Autosave({
    iepId: noticeId,
    save: async (edit) => {
      const saved = await backend.editNoticeField({ notice_id: edit.iep_id, path: edit.path, value: edit.value });
      return {
        iep_id: saved.notice_id,
        path: saved.path,
        revision: saved.revision,
        saved_at: saved.saved_at,
        changed: saved.changed,
        steps: [],
        findings: saved.findings,
      };
    },
  });
}
