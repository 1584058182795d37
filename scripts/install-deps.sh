#!/usr/bin/env bash
# Installs what IEP Desk needs on Debian 12 and is not there yet. Safe to run again: it only
# installs what is missing.
#   scripts/install-deps.sh run    # what `make run` needs: build tools, WebKitGTK for Tauri
#   scripts/install-deps.sh test   # plus Xvfb, WebKitWebDriver, tauri-driver for the e2e tests
set -euo pipefail
mode=${1:-run}
here=$(cd "$(dirname "$0")/.." && pwd)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Tauri 2's Linux prerequisites (shared/engineering/tech-notes.md §2.2).
packages=(build-essential pkg-config file curl ca-certificates libssl-dev libwebkit2gtk-4.1-dev
          libxdo-dev libayatana-appindicator3-dev librsvg2-dev python3 nodejs npm)
if [ "$mode" = test ]; then
  # poppler-utils: the document tests read the PDFs back with pdftotext, pdffonts and pdfinfo.
  packages+=(xvfb xauth webkit2gtk-driver poppler-utils)
  # python3-venv: the Fluent linters (compare-locales, moz-fluent-lint) live in their own venv.
  python3 -c 'import ensurepip, venv' 2>/dev/null || packages+=(python3-venv)
fi

missing=()
for p in "${packages[@]}"; do
  # nodejs/npm may come from outside Debian (as on our build machines); a working binary counts.
  case "$p" in
    nodejs) command -v node >/dev/null && continue ;;
    npm) command -v npm >/dev/null && continue ;;
  esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Rust: Debian 12's rustc is too old for Tauri 2; rustup's stable is what the project builds with.
if ! command -v cargo >/dev/null; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    say "installing the Rust toolchain with rustup"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi

# Vite 7 needs Node 20.19 or newer; Debian 12's nodejs is 18.
node_ok() { node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)||(a===20&&b>=19)||a===21?0:1)'; }
if ! node_ok; then
  say "Node $(node --version) is too old for the UI build (needs 20.19+); installing Node 20 from the npm registry"
  as_root npm install -g --no-fund --no-audit node@20
  hash -r
  node_ok || { echo "Node 20.19+ is required: install it (for example from NodeSource) and run again." >&2; exit 1; }
fi

if [ "$mode" = test ]; then
  # tauri-driver bridges WebDriver clients to WebKitWebDriver for the end-to-end tests.
  tools="${IEPDESK_TOOLS_DIR:-$HOME/.cache/iepdesk/tools}"
  if [ ! -x "$tools/bin/tauri-driver" ]; then
    say "installing tauri-driver 2.1.0 into $tools"
    cargo install tauri-driver --version 2.1.0 --locked --root "$tools" --quiet
  fi
fi
if [ "$mode" = test ]; then
  # Mozilla's Fluent linters for `make locale-lint`, pinned, in a venv of their own.
  venv="${IEPDESK_LINT_VENV:-$HOME/.cache/iepdesk/venv}"
  if [ ! -x "$venv/bin/compare-locales" ] || [ ! -x "$venv/bin/moz-fluent-lint" ]; then
    say "installing compare-locales and moz-fluent-linter into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check compare-locales==9.0.5 moz-fluent-linter==0.4.10
  fi
fi
say "dependencies ready"
