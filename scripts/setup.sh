#!/usr/bin/env bash
# Installs whatever the project needs and is missing; a no-op (a second or two) when all is there.
#   scripts/setup.sh serve   tools to build and serve the widget
#   scripts/setup.sh test    those, plus Chromium, chromedriver, Firefox ESR, geckodriver, WebKitGTK's
#                            WebKitWebDriver and MiniBrowser, Xvfb and the npm test tools
#   scripts/setup.sh release those for building, plus zip (make release)
#   scripts/setup.sh fuzz    those for building, plus the nightly toolchain and cargo-fuzz
#   scripts/setup.sh fetch   the toolchains and the crates the builds read, into CARGO_HOME
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-test}
TRUNK_VERSION=0.21.14
# The release wasm's toolchain (Makefile, RELEASE_ENV): a dated nightly, so builds repeat.
NIGHTLY=nightly-2026-05-20
# Trunk refuses a wasm-bindgen CLI that differs from the library version in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if ! command -v cargo >/dev/null; then
  echo "setup: cargo is missing; install Rust with rustup first" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

nightly_sysroot=$(rustup run "$NIGHTLY" rustc --print sysroot 2>/dev/null || true)
if [ -z "$nightly_sysroot" ] || [ ! -d "$nightly_sysroot/lib/rustlib/wasm32-unknown-unknown" ] ||
   [ ! -d "$nightly_sysroot/lib/rustlib/src/rust/library" ]; then
  say "installing $NIGHTLY with rust-src and the wasm32 target (for release builds)"
  rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

# The crates every build reads, into the cargo registry cache (CARGO_HOME): the project's own, and
# std's, which the release build compiles from source (build-std). trunk builds --offline, so a
# crate that is not in the cache fails the build ("no matching package named `wasip1`"); a
# machine that ever built them hides this, so `make test` also builds once with an empty
# CARGO_HOME (Makefile, test-fresh-home). Both are quick when all is cached.
fetch_crates() {
  cargo fetch --locked --quiet
  rustup run "$NIGHTLY" cargo fetch --locked --quiet \
    --manifest-path "$(rustup run "$NIGHTLY" rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
}
fetch_crates
if [ "$mode" = fetch ]; then
  exit 0
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (a few minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] ||
   ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  # Not --locked: one of its locked dependencies is missing from the registry mirror.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# wasm-opt (for release builds) and the browser-test tools come from package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -f node_modules/.package-lock.json ] ||
   [ package-lock.json -nt node_modules/.package-lock.json ]; then
  if ! command -v npm >/dev/null; then
    say "installing Node.js and npm"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
  fi
  say "installing npm tools from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi

# zip: `make release` packs dist/ into career-widget-<version>.zip.
if [ "$mode" = release ] && ! command -v zip >/dev/null; then
  say "installing zip"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq zip
fi

if [ "$mode" = fuzz ]; then
  if ! rustup toolchain list | grep -q '^nightly'; then
    say "installing the nightly toolchain (cargo-fuzz needs it)"
    rustup toolchain install nightly --profile minimal
  fi
  if ! command -v cargo-fuzz >/dev/null; then
    say "installing cargo-fuzz"
    cargo install cargo-fuzz --locked
  fi
  exit 0
fi

if [ "$mode" = test ]; then
  # DejaVu: the web fonts of the bench's documentation page (scripts/host-cost.mjs). zip and
  # unzip: the release test packs and lists career-widget-<version>.zip.
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v brotli >/dev/null \
    || ! command -v zip >/dev/null || ! command -v unzip >/dev/null \
    || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
    say "installing Chromium, chromedriver, brotli, zip and the DejaVu fonts"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver brotli zip unzip fonts-dejavu-core
  fi
  # Noto CJK: Japanese glyphs for the language tests' screenshots and layout checks (without a
  # font for a script, text shows as empty boxes). Arabic comes from DejaVu Sans. Not
  # fonts-noto-core: it makes Noto Sans the default sans-serif, whose taller line boxes change every
  # layout measurement (docs/performance.md, "Test run").
  if [ ! -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]; then
    say "installing the Noto CJK fonts (Japanese)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk
  fi
  # Hugo, Jekyll and PHP: the platform recipes' test builds a page with each, as written in
  # docs/embedding.md (tests/e2e/recipes.test.mjs).
  if ! command -v hugo >/dev/null || ! command -v jekyll >/dev/null || ! command -v php >/dev/null; then
    say "installing Hugo, Jekyll and PHP's command line (the platform recipes' test)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo jekyll php-cli
  fi
  # Firefox and WebKit (Safari's engine) for the cross-browser tests: Debian's Firefox ESR, and
  # WebKitGTK's WebDriver with its MiniBrowser, which needs an X display (Xvfb) even when hidden.
  if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null || ! command -v Xvfb >/dev/null; then
    say "installing Firefox ESR, WebKitGTK's WebDriver and MiniBrowser, and Xvfb"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr webkit2gtk-driver xvfb
  fi
  if ! command -v geckodriver >/dev/null; then
    say "installing geckodriver (a few minutes, once)"
    cargo install geckodriver --locked
  fi
fi
