#!/usr/bin/env bash
# What `--parser accurate` costs a user: whole `vitext analyze --format conllu` runs on the UD
# VTB dev `# text` lines (one document, 1,123 sentences, about 32k words), the fast default and
# the accurate mode, with each binary given, in ONE run (the machine may be shared: compare
# ratios). CPU seconds (user + sys), the best of REPS runs, the binaries and modes alternating;
# the accurate/fast ratio per binary. Extra arguments after the binaries go to every accurate
# run (e.g. --accurate-parser-model FILE).
#   bash bench/accurate_speed.sh [REPS] BINARY... [-- ACCURATE_ARGS...]
set -euo pipefail
cd "$(dirname "$0")/.."
REPS="${1:-3}"
shift || true
BINARIES=()
while [[ $# -gt 0 && $1 != "--" ]]; do BINARIES+=("$1"); shift; done
[[ $# -gt 0 ]] && shift
ACCURATE_ARGS=("$@")
[[ ${#BINARIES[@]} -gt 0 ]] || BINARIES=(build/release/vitext)
DATA="${VITEXT_SHARED_DIR:-../shared}/data/ud-vtb"
[ -f "$DATA/vi_vtb-ud-dev.conllu" ] || { echo "skipped: data not found ($DATA)"; exit 0; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
sed -n 's/^# text = //p' "$DATA/vi_vtb-ud-dev.conllu" > "$OUT/dev.txt"

declare -A best
for _ in $(seq "$REPS"); do
  for b in "${BINARIES[@]}"; do
    for mode in fast accurate; do
      args=(--parser "$mode")
      [[ $mode == accurate ]] && args+=("${ACCURATE_ARGS[@]}")
      /usr/bin/time -f '%U %S' -o "$OUT/time" "$b" analyze --format conllu "${args[@]}" "$OUT/dev.txt" > "$OUT/out" 2> "$OUT/err" ||
        { cat "$OUT/err" >&2; exit 1; }
      cpu=$(awk '{ print $1 + $2 }' "$OUT/time")
      key="$b $mode"
      if [[ -z ${best[$key]:-} ]] || awk -v a="$cpu" -v b="${best[$key]}" 'BEGIN { exit !(a < b) }'; then best[$key]=$cpu; fi
    done
  done
done
words=$(grep -c '^[0-9]' "$OUT/out")
printf "%-40s %10s %10s %8s   (%d words, best of %d)\n" binary "fast s" "accurate s" ratio "$words" "$REPS"
for b in "${BINARIES[@]}"; do
  awk -v b="$b" -v f="${best[$b fast]}" -v a="${best[$b accurate]}" \
    'BEGIN { printf "%-40s %10.2f %10.2f %8.1f\n", b, f, a, a / f }'
done
