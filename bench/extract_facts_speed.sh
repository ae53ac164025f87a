#!/usr/bin/env bash
# `vitext facts` before and after, timed in one run: the two binaries alternate ROUNDS times on
# the same input (so both see the same machine load), and the medians are compared.
#   bench/extract_facts_speed.sh BEFORE_BINARY AFTER_BINARY INPUT [ROUNDS] [FORMAT]
# (ROUNDS default 5, FORMAT default csv; output to /dev/null). Prints each binary's median wall
# and CPU (user + system) seconds, MB/s of input, and the ratio before / after.
set -euo pipefail
BEFORE=$1 AFTER=$2 INPUT=$3 ROUNDS=${4:-5} FORMAT=${5:-csv}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for ((r = 0; r < ROUNDS; r++)); do
  for side in before after; do
    bin=$BEFORE; [[ $side == after ]] && bin=$AFTER
    /usr/bin/time -f "%e %U %S" -o "$OUT/t" "$bin" facts --format "$FORMAT" -q "$INPUT" > /dev/null
    awk '{printf "%s %.3f\n", $1, $2 + $3}' "$OUT/t" >> "$OUT/$side"
  done
done
bytes=$(stat -c %s "$INPUT")
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
for side in before after; do
  wall=$(cut -d' ' -f1 "$OUT/$side" | median)
  cpu=$(cut -d' ' -f2 "$OUT/$side" | median)
  printf '%-6s wall %7.3f s  cpu %7.3f s  %6.2f MB/s\n' "$side" "$wall" "$cpu" "$(awk -v b="$bytes" -v w="$wall" 'BEGIN{print b / w / 1e6}')"
  echo "$wall $cpu" > "$OUT/$side.median"
done
read -r bw bc < "$OUT/before.median"
read -r aw ac < "$OUT/after.median"
awk -v bw="$bw" -v aw="$aw" -v bc="$bc" -v ac="$ac" -v n="$ROUNDS" \
  'BEGIN{printf "before / after: wall %.2fx, cpu %.2fx (median of %d alternating runs each)\n", bw / aw, bc / ac, n}'
