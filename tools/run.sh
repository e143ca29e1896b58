#!/usr/bin/env bash
# Installs what is missing, then builds the release and serves it at http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
node tools/build.mjs
echo
echo "Unionbook is at http://127.0.0.1:8080 (Ctrl-C stops it)."
exec node tools/serve.mjs dist 8080
