# IEP Desk. Two commands do everything on a fresh Debian 12 machine:
#   make run    install what is missing, build, open the app on a demo database
#   make test   install what is missing (plus test tools), run every test
SHELL := /bin/bash
.DEFAULT_GOAL := help
export PATH := $(HOME)/.cargo/bin:$(PATH)
export CARGO_TERM_COLOR ?= never

TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
APP_BIN := $(TARGET_DIR)/debug/iepdesk-app
CLI_BIN := $(TARGET_DIR)/debug/iepdesk
# make run opens a database of fictional students, kept apart from a real one in the app-data folder.
DEMO_DB ?= $(CURDIR)/.data/demo.sqlite3

.PHONY: help run test deps deps-test ui ui-test app e2e rust-test bindings clean locale-lint

help:
	@echo "make run    build and open IEP Desk on a demo database ($(DEMO_DB))"
	@echo "make test   run every test (Rust, UI, end to end in a real window)"

deps:
	@scripts/install-deps.sh run

deps-test:
	@scripts/install-deps.sh test

# npm ci only when package-lock.json changed since the last install.
ui/node_modules/.installed: ui/package-lock.json
	cd ui && npm ci --no-fund --no-audit
	@touch $@

# Rebuild the UI only when its sources changed: a new ui/dist makes Cargo re-embed it.
UI_SOURCES := $(shell find ui/src ui/public -type f 2>/dev/null) ui/index.html ui/package.json ui/vite.config.ts ui/svelte.config.js
ui/dist/index.html: ui/node_modules/.installed $(UI_SOURCES)
	cd ui && npm run build
	@touch $@

ui: ui/dist/index.html

app: ui
	cargo build -p iepdesk-app -p iepdesk-cli

run: deps app
	@mkdir -p $(dir $(DEMO_DB))
	$(CLI_BIN) demo seed --db $(DEMO_DB)
	IEPDESK_DB=$(DEMO_DB) $(APP_BIN)

ui-test: ui/node_modules/.installed
	cd ui && npm run check && npm test

rust-test: ui
	cargo test --workspace

e2e: app
	scripts/e2e.sh

test: deps-test
	$(MAKE) locale-lint
	$(MAKE) ui-test
	$(MAKE) rust-test
	$(MAKE) e2e

# Mozilla's Fluent linters over locales/ (installed by scripts/install-deps.sh test into a venv):
# compare-locales checks every locale against English (locales/l10n.toml) and fails here on any
# missing, obsolete or erroneous message (it exits 0 for those itself); moz-fluent-lint checks the
# reference locale's style (locales/.fluentlint.yml says which rules are off and why).
LINT_VENV ?= $(HOME)/.cache/iepdesk/venv
locale-lint:
	@test -x $(LINT_VENV)/bin/compare-locales || scripts/install-deps.sh test
	@mkdir -p .cache
	$(LINT_VENV)/bin/compare-locales --quiet --json .cache/compare-locales.json locales/l10n.toml locales >/dev/null
	@$(LINT_VENV)/bin/python -c 'import json,sys; r=json.load(open(".cache/compare-locales.json"))[0]; \
	  bad={l: {k: v for k, v in s.items() if k in ("missing","obsolete","errors","warnings") and v} for l, s in r["summary"].items()}; \
	  bad={l: v for l, v in bad.items() if v}; \
	  print(json.dumps(r["details"], indent=1)) if bad else None; \
	  sys.exit("compare-locales: %s" % bad) if bad else print("compare-locales: %d locales complete" % len(r["summary"]))'
	$(LINT_VENV)/bin/moz-fluent-lint --config locales/.fluentlint.yml locales/en

# Regenerates ui/src/lib/bindings.ts from the Rust types.
bindings:
	UPDATE_BINDINGS=1 cargo test -p iepdesk-api --test bindings

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules .cache/e2e
