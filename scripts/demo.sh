#!/usr/bin/env bash
# Set up, build the optimised binary and show what the bundled example report says: its
# facts, people and dates as readable text. Arguments go to `vitext facts`:
#   bash scripts/demo.sh --format json    # the whole analysed document as JSON
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release
echo "== vitext facts examples/bao-cao-an-ninh.txt (--format json for JSON; vitext --help for more)" >&2
./build/release/vitext facts examples/bao-cao-an-ninh.txt "$@"
