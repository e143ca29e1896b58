#!/usr/bin/env bash
# Installs whatever this machine lacks to build Unionbook (and, with --test, to test it).
# Idempotent: each step checks first and skips what is already there at the pinned version.
# Versions are pinned here and in the lockfiles; see ../shared/TOOLCHAIN.md for why each one.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_SPLIT_VERSION=0.2.4
WASM_OPT_VERSION=132
with_tests=false
[[ "${1:-}" == "--test" ]] && with_tests=true

step() { printf '\n== %s\n' "$*"; }
have_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -q -- "$2"; }

step "Rust target wasm32-unknown-unknown"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "present"
else
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen refuses a module from another version than the one Cargo.lock compiled in.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (from Cargo.lock)"
if have_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  echo "present"
else
  # Not --locked: its lockfile names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

step "wasm-split-cli $WASM_SPLIT_VERSION (splits lazily loaded pages into chunks)"
if cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  echo "present"
else
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

# npm ci only when the lockfile changed since the last install (a copy of it marks the install).
npm_ci() {
  local dir=$1 stamp=$1/node_modules/.installed-from-package-lock.json
  if cmp -s "$dir/package-lock.json" "$stamp" 2>/dev/null; then
    echo "present"
  else
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$stamp"
  fi
}

step "Build tools: wasm-opt $WASM_OPT_VERSION (binaryen), esbuild and Workbox (tools/package-lock.json)"
npm_ci tools
tools/node_modules/.bin/wasm-opt --version | grep -q "version $WASM_OPT_VERSION" \
  || { echo "tools/node_modules has the wrong wasm-opt"; exit 1; }

if $with_tests; then
  step "Chromium (Debian) for the browser tests"
  if [[ -x /usr/bin/chromium ]]; then
    echo "present"
  else
    sudo_if_needed() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
    sudo_if_needed apt-get update -qq
    DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq chromium >/dev/null
  fi

  step "Playwright and axe-core (tests/e2e/package-lock.json)"
  npm_ci tests/e2e
fi
