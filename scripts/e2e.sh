#!/usr/bin/env bash
# End-to-end tests: the built app in a virtual X display, driven through WebDriver
# (tauri-driver in front of WebKitWebDriver).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
target=${CARGO_TARGET_DIR:-$here/target}
export IEPDESK_APP_BIN=${IEPDESK_APP_BIN:-$target/debug/iepdesk-app}
export IEPDESK_CLI_BIN=${IEPDESK_CLI_BIN:-$target/debug/iepdesk}
export TAURI_DRIVER=${TAURI_DRIVER:-${IEPDESK_TOOLS_DIR:-$HOME/.cache/iepdesk/tools}/bin/tauri-driver}
export IEPDESK_E2E_ARTIFACTS=${IEPDESK_E2E_ARTIFACTS:-$here/.cache/e2e}
mkdir -p "$IEPDESK_E2E_ARTIFACTS"
for f in "$IEPDESK_APP_BIN" "$IEPDESK_CLI_BIN" "$TAURI_DRIVER"; do
  [ -x "$f" ] || { echo "e2e: missing $f (run make app / make deps-test)" >&2; exit 1; }
done
# WebKitGTK under Xvfb: no GPU, no compositor.
export WEBKIT_DISABLE_COMPOSITING_MODE=1
export LIBGL_ALWAYS_SOFTWARE=1
exec xvfb-run -a -s "-screen 0 1280x800x24" python3 "$here/tests/e2e/test_app.py" "$@"
