#!/usr/bin/env bash
# Installs what is missing, then runs every test: host unit and property tests, the release
# build with its size budget, and the browser tests (phone and desktop) against that build.
# Exits non-zero if any of them fails; ends with each runner's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh --test
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
logs=target/test-logs
mkdir -p "$logs"
step() { printf '\n== %s\n' "$*"; }

step "Host tests: cargo test"
cargo test --locked 2>&1 | tee "$logs/cargo-test.log"
cargo_summary=$(awk '/^test result:/ { p += $4; f += $6 } END { printf "%d passed, %d failed", p, f }' "$logs/cargo-test.log")

step "Release build: trunk build --release"
trunk build --release 2>&1 | tee "$logs/trunk-build.log" | grep -E "postbuild|error|warning|success" || true
[[ -f dist/index.html && -f dist/sw.js ]] || { echo "the release build failed: see $logs/trunk-build.log"; exit 1; }

step "Size budget"
node tools/size.mjs dist | tee "$logs/size.log"
size_summary=$(grep '^first load' "$logs/size.log")

step "Browser tests: Playwright in Chromium (phone and desktop)"
(cd tests/e2e && npx playwright test) 2>&1 | tee "$logs/playwright.log"
e2e_summary=$(grep -E '^\s+[0-9]+ (passed|failed|flaky|skipped)' "$logs/playwright.log" | sed 's/^ *//' | paste -sd ',' - | sed 's/,/, /g')

step "Summary"
echo "cargo test:  $cargo_summary"
echo "size:        $size_summary"
echo "playwright:  $e2e_summary"
