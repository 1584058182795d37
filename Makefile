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

.PHONY: help run test deps deps-test ui ui-test app e2e rust-test bindings clean

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
	$(MAKE) ui-test
	$(MAKE) rust-test
	$(MAKE) e2e

# Regenerates ui/src/lib/bindings.ts from the Rust types.
bindings:
	UPDATE_BINDINGS=1 cargo test -p iepdesk-api --test bindings

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules .cache/e2e
