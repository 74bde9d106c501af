# The two commands: `make serve` runs the widget locally, `make test` runs every test.
# Both install whatever is missing first (scripts/setup.sh) and are quick when all is there.

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner

.PHONY: serve test build release build-test bench size-floor fuzz test-native test-browser test-size test-e2e test-cross

## Serve the demo page on http://127.0.0.1:8080 with live rebuilds.
serve:
	scripts/setup.sh serve
	trunk serve --offline

## Every test: native (models, validation, seed, properties), components in headless Chromium
## and Firefox, then end to end against the release build (Chromium), and a smoke test of that
## build in Firefox and WebKit.
test:
	scripts/setup.sh test
	CW_SETUP_DONE=1 FRESH_CARGO_HOME=1 $(MAKE) --no-print-directory test-native test-browser test-size test-e2e test-cross

## Measure the release bundle: sizes, startup, interaction, scale, 20 instances, Lighthouse.
## Prints a table and writes target/bench.json.
bench: build
	$(SETUP) test
	CHROME_PATH=/usr/bin/chromium node scripts/bench.mjs

## What a widget costs before it does anything: a Yew counter and a plain web-sys counter, built
## like the widget, next to the widget's own bytes (brotli).
size-floor: build
	$(RELEASE_ENV) node scripts/size-floor.mjs

# Once per `make test` (or bench): the sub-make that runs the steps knows setup is done.
SETUP = $(if $(CW_SETUP_DONE),@true,scripts/setup.sh)

# The release wasm is built with a pinned nightly for size: std rebuilt for size, panics as bare
# traps, no panic locations or Debug formatting (docs/performance.md, "Levers"). Legacy symbol
# names start with the crate and module path, so wasm-opt's ordering by name (index.html)
# groups each module's functions. Everything else (make serve, the tests) stays on stable.
# STABLE=1 builds the same bundle on stable.
NIGHTLY := $(shell sed -n 's/^NIGHTLY=//p' scripts/setup.sh)
ifeq ($(STABLE),)
RELEASE_ENV = RUSTUP_TOOLCHAIN=$(NIGHTLY) CARGO_TARGET_DIR=target/nightly \
	CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none -Csymbol-mangling-version=legacy"
endif

# In `make test` the release builds read their crates from a cargo home that starts empty, which
# only scripts/setup.sh fills: a crate it forgot to fetch fails the build here, as it would on a
# new machine, instead of being found in the cache of a machine that once built it. It costs a
# release build from scratch per run (docs/performance.md, "Test run").
ifneq ($(FRESH_CARGO_HOME),)
FRESH_HOME := $(CURDIR)/target/fresh-cargo-home
RELEASE_ENV += CARGO_HOME=$(FRESH_HOME)
endif

## The release bundle in dist/.
build:
	$(SETUP) serve
	$(if $(FRESH_HOME),rm -rf $(FRESH_HOME) && CARGO_HOME=$(FRESH_HOME) scripts/setup.sh fetch)
	$(RELEASE_ENV) trunk build --release --offline
	node scripts/minify-js.mjs dist
	node scripts/integrity.mjs dist
	node scripts/package.mjs dist

## A release: the bundle (make build), then target/release/career-widget-<version>.zip (dist/,
## its integrity.json included) and the npm package career-widget-<version>.tgz (`npm pack`).
release: build
	$(SETUP) release
	node scripts/release.mjs dist target/release

## The same bundle with the test-only trap hooks (feature test-hooks), in target/dist-test/, for
## the failure model's end-to-end tests. Never shipped.
build-test:
	$(SETUP) serve
	$(RELEASE_ENV) trunk build --release --offline --features test-hooks --dist target/dist-test
	node scripts/minify-js.mjs target/dist-test

## Native: the Rust crate (models, validation, seed, properties, schema, CLI), the demo
## pages' pure JavaScript (the embed snippet) and the build's name shortening (minify-names).
test-native:
	cargo test --locked
	# career-data as a blog's CI builds it: the core alone, without the widget's web stack.
	cargo test --locked --no-default-features --test cli
	node --test --test-timeout=60000 tests/js/*.test.mjs

## The wasm-bindgen tests twice: in Chromium (CHROMEDRIVER), then in Firefox. The runner takes
## GECKODRIVER over CHROMEDRIVER, so the first run must not see it and the second sets it.
GECKODRIVER ?= geckodriver
test-browser:
	env -u GECKODRIVER cargo test --locked --target wasm32-unknown-unknown --test browser
	GECKODRIVER=$(GECKODRIVER) cargo test --locked --target wasm32-unknown-unknown --test browser

test-size: build
	node scripts/size-guard.mjs

# Explicit file names: newer Node no longer runs a folder given to --test.
test-e2e: build build-test
	node --test --test-timeout=600000 tests/e2e/*.test.mjs

## The release build in dist/ (DIST=… for another) in Firefox ESR and WebKitGTK's MiniBrowser
## through WebDriver (tests/cross/drivers.mjs starts geckodriver, WebKitWebDriver and Xvfb).
test-cross: build
	node --test --test-timeout=600000 tests/cross/smoke.test.mjs

## Fuzz the dataset parser, validator and models for FUZZ_SECONDS (default 120) with cargo-fuzz
## on the nightly toolchain. A crash input lands in fuzz/artifacts/dataset/: copy it into
## fuzz/regressions/ so `make test` replays it for good.
FUZZ_SECONDS ?= 120
fuzz:
	scripts/setup.sh fuzz
	mkdir -p fuzz/corpus/dataset
	cp assets/careers.json fuzz/regressions/* fuzz/corpus/dataset/
	cargo +nightly fuzz run --fuzz-dir fuzz dataset fuzz/corpus/dataset -- -max_total_time=$(FUZZ_SECONDS) -max_len=65536
