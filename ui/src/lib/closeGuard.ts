// Closing the window must not lose keystrokes that autosave has not sent yet (it waits up to 1 s
// after the last one). The Tauri shell therefore holds a close request and calls
// `window.__iepdeskBeforeClose()`; this saves everything first and then asks the shell to close
// for real. If a save keeps failing, the person decides whether to close anyway.

import type { Backend } from "./backend/backend";
import type { AutosaveRegistry } from "./autosave";

declare global {
  interface Window {
    __iepdeskBeforeClose?: () => Promise<void>;
  }
}

export function installCloseGuard(
  target: Window,
  backend: Backend,
  registry: AutosaveRegistry,
  confirmClose: (message: string) => boolean = (m) => target.confirm(m),
): void {
  target.__iepdeskBeforeClose = async () => {
    const saved = await registry.flushAll();
    if (
      saved ||
      confirmClose("Some changes could not be saved yet. Close IEP Desk anyway and lose them?")
    ) {
      await backend.closeWindow();
    }
  };
}
