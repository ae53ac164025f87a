#!/usr/bin/env bash
# Browser test of the web viewer: installs Debian's chromium and the npm dependencies when
# missing, then runs the viewer and search tests (*.test.mjs) against the built binary.
# Usage: tests/browser/run.sh [path/to/vitext]   (default: build/default/vitext)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
VITEXT_BIN="${1:-${VITEXT_BIN:-$repo/build/default/vitext}}"
# Absolute, because the test runs from this folder.
case "$VITEXT_BIN" in /*) ;; *) VITEXT_BIN="$PWD/$VITEXT_BIN" ;; esac
export VITEXT_BIN
export VITEXT_SHARED_DIR="${VITEXT_SHARED_DIR:-$repo/../shared}"
if [ ! -f "$VITEXT_SHARED_DIR/data/samples/thanhhoa-security-2023.txt" ]; then
  echo "browser test: skipped: data not found"
  exit 0
fi
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "browser test: installing chromium"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
if ! command -v npm >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "browser test: installing npm"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
cd "$here"
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node --test viewer.test.mjs search.test.mjs
