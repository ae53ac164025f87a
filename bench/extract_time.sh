#!/usr/bin/env bash
# How much of `vitext analyze` is entity and fact extraction: CPU time (user + system) of
# `vitext analyze --until parse` against the full pipeline (… parse + extract) on the same input.
#   bench/extract_time.sh [BUILD_DIR] [REPEAT]    (default build/release, else build/default; 100)
# Inputs: the reference document repeated REPEAT times (one document), and the `# text` lines of
# UD VTB dev repeated 4 times (one document per line). Best of 3 runs each; output to /dev/null.
# The difference of two CPU times on a shared machine is noisy: run it on a quiet one.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/build_dir.sh "${1:-}"
REPEAT=${2:-100}
SAMPLE=$SHARED/data/samples/thanhhoa-security-2023.txt
DEV=$SHARED/data/ud-vtb/vi_vtb-ud-dev.conllu
if [[ ! -f $SAMPLE || ! -f $DEV ]]; then echo "skipped: data not found"; exit 0; fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for ((i = 0; i < REPEAT; i++)); do cat "$SAMPLE"; echo; done > "$OUT/sample.txt"
for _ in 1 2 3 4; do sed -n 's/^# text = //p' "$DEV"; done > "$OUT/dev.txt"

cpu() {  # best CPU seconds of 3 runs
  local best=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%U %S" -o "$OUT/t" "$@" > /dev/null
    local t
    t=$(awk '{printf "%.3f", $1 + $2}' "$OUT/t")
    if [[ -z $best ]] || awk -v a="$t" -v b="$best" 'BEGIN{exit !(a < b)}'; then best=$t; fi
  done
  echo "$best"
}

report() {
  local name=$1; shift
  local parse full
  parse=$(cpu "$BUILD/vitext" analyze --until parse "$@")
  full=$(cpu "$BUILD/vitext" analyze "$@")
  awk -v n="$name" -v p="$parse" -v f="$full" 'BEGIN {
    printf "%-34s until parse %7.3f s   full %7.3f s   extraction %6.3f s = %4.1f%% of the full time\n",
           n, p, f, f - p, 100 * (f - p) / f }'
}
report "reference document x$REPEAT ($(($(wc -c < "$OUT/sample.txt") / 1024)) KB)" "$OUT/sample.txt"
report "UD VTB dev x4, $(wc -l < "$OUT/dev.txt") lines ($(($(wc -c < "$OUT/dev.txt") / 1024)) KB)" --input-format lines "$OUT/dev.txt"
