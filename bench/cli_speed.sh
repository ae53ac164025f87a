#!/usr/bin/env bash
# End-to-end speed and peak memory of the CLI on one large document, before and after, in
# ONE run (compare the ratios: the machine may be shared). Input: the UD VTB dev `# text`
# lines repeated 45 times (one 7.7 MB file, about 1.18M words) and 90 times (15.5 MB), read
# as one document each (a file is one document). Written under the build folder, never
# committed. For each binary and input it times, one core each:
#   vitext segment                    (underscore output)
#   vitext analyze                    (the fast default, JSON Lines)
#   vitext process --until segment    (JSON Lines, one thread)
# as CPU seconds (user + sys: a busy machine stretches wall time, not CPU time), words per
# CPU second and peak RSS (/usr/bin/time), the best of REPS paired runs (before and after
# alternate). It also runs the segmenter's own benchmark (segment_bench, decode + tokenize +
# sentences + segment on 8 KB documents) for the process/segmenter ratio.
#   bash bench/cli_speed.sh BEFORE_BINARY [AFTER_BINARY, default build/release/vitext] [REPS, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE="${1:?usage: bench/cli_speed.sh BEFORE_BINARY [AFTER_BINARY] [REPS]}"
AFTER="${2:-build/release/vitext}"
REPS="${3:-3}"
SHARED="${VITEXT_SHARED_DIR:-../shared}/data"
[ -x "$BEFORE" ] && [ -x "$AFTER" ] || { echo "both binaries must exist: $BEFORE $AFTER"; exit 2; }
[ -f "$SHARED/ud-vtb/vi_vtb-ud-dev.conllu" ] || { echo "skipped: data not found ($SHARED)"; exit 0; }
OUT="$(dirname "$AFTER")/cli_speed"
mkdir -p "$OUT"

sed -n 's/^# text = //p' "$SHARED/ud-vtb/vi_vtb-ud-dev.conllu" > "$OUT/dev.txt"
for n in 45 90; do
  [ -s "$OUT/in$n.txt" ] || for _ in $(seq "$n"); do cat "$OUT/dev.txt"; done > "$OUT/in$n.txt"
done
words() { "$AFTER" segment --format tsv "$1" | grep -c .; }
W45=$(words "$OUT/in45.txt")
W90=$(words "$OUT/in90.txt")

# best CPU seconds and the peak RSS of that run: "cpu rss_mb"
measure() {
  local best="" rss=""
  for _ in $(seq "$REPS"); do
    /usr/bin/time -f '%U %S %M' -o "$OUT/time" "$@" > /dev/null 2> "$OUT/stderr" || {
      cat "$OUT/stderr" >&2
      return 1
    }
    read -r u s m < "$OUT/time"
    local cpu
    cpu=$(echo "$u + $s" | bc)
    if [ -z "$best" ] || [ "$(echo "$cpu < $best" | bc)" = 1 ]; then
      best=$cpu
      rss=$((m / 1024))
    fi
  done
  echo "$best $rss"
}

printf '%-32s %-6s %7s %12s %8s\n' "command" "input" "CPU s" "words/CPU-s" "peak MB"
row() {  # label input words binary args...
  local label=$1 input=$2 w=$3 bin=$4
  shift 4
  read -r cpu rss < <(measure "$bin" "$@")
  printf '%-32s %-6s %7.2f %12.0f %8d\n' "$label" "$input" "$cpu" "$(echo "$w / $cpu" | bc -l)" "$rss"
}
for input in 45 90; do
  w=$W45
  [ "$input" = 90 ] && w=$W90
  f="$OUT/in$input.txt"
  for cmd in "segment" "analyze" "process --until segment"; do
    args=$cmd
    [ "$cmd" = "segment" ] || [ "$cmd" = "analyze" ] || args="$cmd --threads 1 --no-progress"
    # shellcheck disable=SC2086
    row "before: $cmd" "x$input" "$w" "$BEFORE" $args "$f"
    # shellcheck disable=SC2086
    row "after:  $cmd" "x$input" "$w" "$AFTER" $args "$f"
  done
done
echo "words: x45 $W45, x90 $W90 (vitext segment's words); load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

BENCH="$(dirname "$AFTER")/segment_bench"
if [ -x "$BENCH" ]; then
  echo "segmenter's own speed (for the process ratio):"
  "$BENCH" --mb 8 --threads 1 --data "$SHARED" 2> /dev/null |
    sed -n 's/.*chain, 1 thread, CPU time.* words\/s=\([0-9.]*[kM]\).*/decode + tokenize + sentences + segment: \1 words\/CPU-s/p'
  echo "(process --until segment, one thread, should do at least 60% of that)"
fi
