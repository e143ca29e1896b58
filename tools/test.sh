#!/usr/bin/env bash
# Installs what is missing, then runs every test: host unit and property tests (the import
# fuzzing among them), the release build with its size budget, and the browser tests (phone and
# desktop) against that build. Exits non-zero if any of them fails; ends with each one's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
logs=target/test-logs
mkdir -p "$logs"
step() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }

# Nothing but cargo is needed to compile the host tests and the release wasm, so both start
# at once, in target folders of their own, while the set-up installs the other tools (much of
# that is waiting on the network, or one core linking); build.mjs then finds the wasm compiled
# and goes on with the page around it. The browser tests start once all of that is done, on an
# otherwise idle machine.
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
step "Host tests (cargo test) and the release wasm (cargo build), in the background from now on"
CARGO_TARGET_DIR=target/host cargo test --locked --workspace >"$logs/cargo-test.log" 2>&1 &
host_tests=$!
# The same command as build.mjs's, so that its cargo step then has nothing left to do.
cargo build --locked --target wasm32-unknown-unknown --bin unionbook --release >"$logs/wasm-compile.log" 2>&1 &
wasm_compile=$!
trap 'kill "$host_tests" "$wasm_compile" 2>/dev/null || true' EXIT

tools/setup.sh --test

step "The release build (node tools/build.mjs), once cargo has compiled the wasm"
if ! wait "$wasm_compile"; then
  grep -E -A15 '^error' "$logs/wasm-compile.log" | head -60
  echo "the release wasm failed to compile: see $logs/wasm-compile.log"
  exit 1
fi
if ! node tools/build.mjs >"$logs/build.log" 2>&1; then
  tail -40 "$logs/build.log"
  echo "the release build failed: see $logs/build.log"
  exit 1
fi
grep -E '^build:' "$logs/build.log" || true
if ! wait "$host_tests"; then
  grep -E -A15 'panicked|^failures:|^error' "$logs/cargo-test.log" | head -80
  echo "host tests failed: see $logs/cargo-test.log"
  exit 1
fi
trap - EXIT
cargo_summary=$(awk '/^test result:/ { p += $4; f += $6 } END { printf "%d passed, %d failed", p, f }' "$logs/cargo-test.log")
echo "cargo test: $cargo_summary"

step "Layers (tools/layers.mjs): nothing imports upwards, no area's views another's, no loops"
node tools/layers.mjs | tee "$logs/layers.log"
layers_summary=$(tail -1 "$logs/layers.log")

step "The app's exports against the JSON Schema with ajv, a standard validator"
# The host tests wrote them (tests/file_schema.rs); the Rust validator there reads decimals
# exactly, most validators do not.
node tests/e2e/validate-exports.mjs target/exports/*.json | tee "$logs/ajv.log"
ajv_summary=$(grep -c ' valid$' "$logs/ajv.log" | sed 's/$/ exports valid/')

step "Size budget"
node tools/size.mjs dist | tee "$logs/size.log"
size_summary=$(grep '^first load' "$logs/size.log")

step "Browser tests: Playwright in Chromium (phone and desktop)"
(cd tests/e2e && npx playwright test) 2>&1 | tee "$logs/playwright.log"
e2e_summary=$(grep -E '^\s+[0-9]+ (passed|failed|flaky|skipped)' "$logs/playwright.log" | sed 's/^ *//' | paste -sd ',' - | sed 's/,/, /g')

step "Summary"
echo "cargo test:  $cargo_summary"
echo "ajv:         $ajv_summary"
echo "$layers_summary"
echo "size:        $size_summary"
echo "playwright:  $e2e_summary"
