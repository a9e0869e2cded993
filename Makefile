# My MTS: the two commands a fresh machine needs are `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CARGO_TERM_COLOR ?= never

PORT ?= 8080

.PHONY: help install build build-app build-server run gallery test lint test-rust test-wasm budget fuzz-api e2e lighthouse lighthouse-gate clean

help:
	@echo "make run      install what is missing, build in release, start on SQLite with demo data"
	@echo "make gallery  the same, and print the component gallery's address"
	@echo "make test     install what is missing, then fmt, clippy, cargo tests (SQLite + PostgreSQL),"
	@echo "              release SPA build, bundle budget, API fuzzing and Playwright specs"
	@echo "make fuzz-api schemathesis against the release server (FUZZ_SECONDS=900 for a longer run)"

install:
	@tools/install.sh

# One Trunk build makes the whole app (every route in one SPA); compressed for the server.
# `make test` builds once (its `build` stage) and sets ONE_BUILD_DONE=1 for the stages after it.
build-app: install
ifndef ONE_BUILD_DONE
	trunk build --release
	tools/compress-dist.sh dist
endif

build-server:
ifndef ONE_BUILD_DONE
	cargo build --release -p server
endif

build: build-app build-server

run: build
	MYMTS_BIND=127.0.0.1:$(PORT) MYMTS_DEV=true MYMTS_LOG_FORMAT=pretty ./target/release/server --seed-demo

gallery: run

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --all-features -- -D warnings
	cargo clippy -p app --target wasm32-unknown-unknown -- -D warnings

# The app's unit tests run natively; its wasm build is checked by clippy and trunk.
test-rust:
	cargo test --workspace --all-features

test-wasm:
	cargo build -p shared --target wasm32-unknown-unknown

# The bytes each route downloads (brotli), against its budget.
budget: build-app
	tools/bundle-budget.sh dist

# API fuzzing: schemathesis against the release server with demo data, anonymous and signed
# in; no 5xx and no answer the OpenAPI document does not describe. Bounded for `make test`
# (FUZZ_SECONDS per phase, default 75); e.g. `make fuzz-api FUZZ_SECONDS=900` locally.
fuzz-api: install build-server
	tools/fuzz/schemathesis.sh

e2e: build
	cd e2e && npx playwright test

# Lighthouse with mobile emulation on `/`, `/signin`, `/tariffs` and every section of the
# navigation. `make lighthouse` is the speed benchmark (median of 3 runs per route:
# performance >= 95, LCP of /signin and /dashboard <= 2 s; run it on a quiet machine);
# `make test` runs each route once and judges only what a busy host cannot change:
# accessibility and best practices 100, CLS < 0.02 (performance is printed, not judged).
lighthouse: build
	LIGHTHOUSE_MODE=bench tools/lighthouse/run.sh

lighthouse-gate: build
	LIGHTHOUSE_MODE=gate tools/lighthouse/run.sh

# Each stage is timed; the times are printed as they end and as a table at the end.
test:
	@tools/stages.sh install lint test-rust test-wasm build budget lighthouse-gate fuzz-api e2e

clean:
	rm -rf dist target e2e/test-results e2e/playwright-report
