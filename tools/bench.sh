#!/usr/bin/env bash
# The storage benchmark (issue #3), the door's (issue #9), the inspections' (issue #10), money's (#11) and the summary's (#12):
# builds the release, generates the reference data set of PRODUCT.md as an export file, and
# measures import, load, one-edit save, stored size, one check-in tap, the door search per
# keystroke, one score tap, a round's ranking with a building's trend, the ledger drawn and an
# expense saved, the busiest semester's summary and Home's dashboard drawn, in headless Chromium. Figures go to stdout and target/bench/results.json. Not a test: it fails only if
# something breaks, never on a figure.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh --test
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
node tools/build.mjs 2>&1 | grep -E "^build:|error" || true
mkdir -p target/bench
cargo run --release --quiet -p unionbook-core --example reference_data -- target/bench/reference.json
node tests/e2e/bench/storage.mjs dist target/bench/reference.json target/bench/results.json
