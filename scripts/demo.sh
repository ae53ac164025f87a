#!/usr/bin/env bash
# Set up, build the optimised binary and analyse the bundled example report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release
./build/release/vitext analyze examples/bao-cao-an-ninh.txt "$@"
