// Picks the backend: the Tauri one inside the app, the in-memory test double (with demo data)
// in a plain browser, so `npm run dev` works without the Rust side.
import type { Backend } from "./backend";
import { MemoryBackend } from "./memory";
import { TauriBackend } from "./tauri";

export type { Backend } from "./backend";

export function isTauri(w: unknown = typeof window === "undefined" ? undefined : window): boolean {
  return typeof w === "object" && w !== null && "__TAURI_INTERNALS__" in w;
}

export function createBackend(): Backend {
  return isTauri() ? new TauriBackend() : new MemoryBackend({ demo: true });
}
