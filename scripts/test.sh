#!/usr/bin/env bash
# Set up, build and run every test: the normal build, then the ASan+UBSan build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
for preset in default asan; do
  echo "== $preset build"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  ctest --preset "$preset" -j2
done
# The web viewer in a real browser (chromium, playwright-core), against the default build.
echo "== browser test"
bash tests/browser/run.sh build/default/vitext
# Every fuzz target for a short while (clang, libFuzzer, ASan+UBSan): fails on any crash,
# hang or broken invariant. Longer runs: bench/fuzz_long.sh (docs/fuzzing.md).
echo "== fuzz"
bash fuzz/run.sh 25
