#!/usr/bin/env bash
# Hostile inputs through the CLI: invalid UTF-8, NUL bytes, a binary file, an empty file and
# a single line of 100 MB (no line break at all). For each input and command it prints the
# exit code, the first line of the message, wall time and peak RSS. A crash (exit >= 128), a
# hang (the timeout) or a silent empty result is a failure; the script exits non-zero then.
#
#   bench/robustness.sh [VITEXT] [MB]      # defaults: build/release/vitext, 100
#
# Results go in docs/benchmarks.md ("Hostile input").
set -uo pipefail
VITEXT=${1:-build/release/vitext}
MB=${2:-100}
TIMEOUT=${TIMEOUT:-900}
MEM_GB=${MEM_GB:-12}  # address-space cap per run: running out is an error, not a swapped machine
[ -x "$VITEXT" ] || { echo "no binary at $VITEXT (build the release preset first)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf 'Công an tỉnh \xC3\x28 Thanh Hóa \xFF\xFE đạt 100%% chỉ tiêu.\n' > "$work/invalid-utf8.txt"
printf 'Năm 2023\0 công an\0 tỉnh Thanh Hóa.\n' > "$work/nul-bytes.txt"
head -c 65536 /dev/urandom > "$work/binary.bin"
: > "$work/empty.txt"
# One line of $MB MB: Vietnamese sentences joined by spaces, no line break.
/usr/bin/python3 - "$work/one-line.txt" "$MB" <<'EOF'
import sys
path, mb = sys.argv[1], int(sys.argv[2])
unit = ("Công an tỉnh Thanh Hóa đã hoàn thành 100% chỉ tiêu, vượt mức 40% kế hoạch năm 2023 "
        "với trên 50 văn bản và 162 lượt tập thể, cá nhân được khen thưởng. ").encode()
with open(path, "wb") as f:
    left = mb * 1024 * 1024
    while left > 0:
        chunk = unit * min(8192, left // len(unit) + 1)
        f.write(chunk[:left])
        left -= min(len(chunk), left)
EOF

status=0
run() {  # run NAME FILE ARGS...
  local name=$1 file=$2
  shift 2
  local t0 t1 rc rss msg out
  t0=$(date +%s.%N)
  (ulimit -v $((MEM_GB * 1024 * 1024))
   /usr/bin/time -f '%M' -o "$work/rss" timeout "$TIMEOUT" "$VITEXT" "$@" "$file" > "$work/out" 2> "$work/err")
  rc=$?
  t1=$(date +%s.%N)
  rss=$(tail -1 "$work/rss" 2>/dev/null)
  msg=$(grep -v '^Command exited' "$work/err" | head -1 | cut -c1-110)
  out=$(stat -c %s "$work/out")
  printf '%-13s %-22s exit %-3s %7.1f s %7s MB RSS  out %9s B  %s\n' "$name" "$*" "$rc" \
    "$(echo "$t1 - $t0" | bc)" "$((${rss:-0} / 1024))" "$out" "${msg:-(no message)}"
  if [ "$rc" -ge 124 ]; then status=1; echo "  FAIL: crash or timeout" >&2; fi
  if [ "$rc" -ne 0 ] && [ -z "$msg" ]; then status=1; echo "  FAIL: error without a message" >&2; fi
  if [ "$rc" -eq 0 ] && [ "$out" -eq 0 ] && [ "$name" != empty ]; then status=1; echo "  FAIL: no output" >&2; fi
}

echo "vitext $("$VITEXT" version 2>/dev/null | head -1); $(nproc) cores; $(date -u +%F)"
for f in invalid-utf8 nul-bytes empty; do
  run "$f" "$work/$f.txt" tokenize
  run "$f" "$work/$f.txt" analyze
  run "$f" "$work/$f.txt" analyze --strict
done
run binary "$work/binary.bin" analyze
run binary "$work/binary.bin" analyze --strict
for cmd in sentences tokenize segment; do
  run one-line "$work/one-line.txt" "$cmd"
done
run one-line "$work/one-line.txt" analyze --until tag
run one-line "$work/one-line.txt" analyze
exit $status
