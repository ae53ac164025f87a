#!/usr/bin/env bash
# vitext process under faults: output disk full (/dev/full, a file size limit), input
# truncated mid-stream (gzip, zstd), SIGTERM mid-run (summary, whole records, no finished-looking
# output; the same command again completes), a reader error on one shard of several.
# Nothing read may be lost silently: every case ends with a clear message and a non-zero exit.
set -euo pipefail
VITEXT="$1"
fail() { echo "FAIL: $*" >&2; exit 1; }
T="${TMPDIR:-/tmp}/vitext_process_faults_$$"
mkdir -p "$T"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$T"; }
trap cleanup EXIT
stat_of() { /usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$1" "$2"; }
# Every line of a JSONL file is a whole JSON record; prints how many there are.
whole_records() {
  /usr/bin/python3 - "$1" <<'PY'
import json, sys
data = open(sys.argv[1], "rb").read()
assert data == b"" or data.endswith(b"\n"), "last record cut off"
n = 0
for line in data.decode("utf-8").splitlines():
    json.loads(line)
    n += 1
print(n)
PY
}
run() {  # run NAME ARGS...: exit code in $code, stderr in $T/NAME.err
  local name=$1; shift
  set +e
  "$VITEXT" process "$@" 2>"$T/$name.err"
  code=$?
  set -e
}

lines() {
  for i in $(seq 1 "$1"); do
    printf 'Công an tỉnh Thanh Hóa đã bắt giữ %d đối tượng trong đợt cao điểm tháng %d năm 2023.\n' "$i" $((i % 12 + 1))
  done
}
lines 400 >"$T/docs.txt"
n_docs=400

# 1. Disk full: /dev/full refuses every write.
run full "$T/docs.txt" --input-format lines --until tokenize --no-progress -o /dev/full
[ "$code" = 2 ] || fail "/dev/full: exit $code (want 2)"
grep -q "cannot write the output: No space left on device" "$T/full.err" || fail "/dev/full: $(cat "$T/full.err")"
grep -q "read = " "$T/full.err" || fail "/dev/full: no summary"

# 2. A file size limit hit midway (ulimit -f, in KiB): a clear error, and no file that looks complete.
set +e
( ulimit -f 8; exec "$VITEXT" process "$T/docs.txt" --input-format lines --until tokenize --no-progress \
    -o "$T/limited.jsonl" ) 2>"$T/limit.err"
code=$?
set -e
[ "$code" = 2 ] || fail "size limit: exit $code (want 2): $(cat "$T/limit.err")"
grep -q "cannot write the output: File too large" "$T/limit.err" || fail "size limit: $(cat "$T/limit.err")"
[ ! -e "$T/limited.jsonl" ] || fail "size limit: a partial output was left under the final name"
[ ! -e "$T/limited.jsonl.part" ] || fail "size limit: the cut-off partial output was kept"

# 3. Input truncated mid-stream: the documents before the cut are written, the cut is reported.
#    (4000 documents: zstd decodes whole 128 KiB blocks, so half the file must hold one.)
lines 4000 >"$T/big.txt"
n_big=4000
gzip -c "$T/big.txt" >"$T/docs.txt.gz"
zstd -q -c "$T/big.txt" >"$T/docs.txt.zst"
for kind in gz zst; do
  size=$(stat -c %s "$T/docs.txt.$kind")
  head -c $((size / 2)) "$T/docs.txt.$kind" >"$T/cut.$kind"
  run "cut_$kind" "$T/cut.$kind" --input-format lines --until tokenize --no-progress --stats "$T/cut_$kind.json" \
    -o "$T/cut_$kind.jsonl"
  [ "$code" = 2 ] || fail "truncated .$kind: exit $code (want 2)"
  grep -q "truncated\|corrupt" "$T/cut_$kind.err" || fail "truncated .$kind: $(cat "$T/cut_$kind.err")"
  [ "$(stat_of "$T/cut_$kind.json" input_errors)" = 1 ] || fail "truncated .$kind: input_errors"
  read=$(stat_of "$T/cut_$kind.json" read)
  [ "$read" -gt 0 ] && [ "$read" -lt "$n_big" ] || fail "truncated .$kind: read $read"
  [ "$(whole_records "$T/cut_$kind.jsonl")" = "$read" ] || fail "truncated .$kind: records != documents read"
done

# 4. A reader error on one shard of several: the other shards are processed whole, in order.
head -n 100 "$T/docs.txt" >"$T/shard1.txt"
sed -n '101,200p' "$T/docs.txt" | gzip -c >"$T/shard2.txt.gz"
size=$(stat -c %s "$T/shard2.txt.gz")
head -c $((size * 2 / 3)) "$T/shard2.txt.gz" >"$T/shard2_cut.txt.gz"
printf '\x28\xb5\x2f\xfdnot zstd data at all' >"$T/corrupt.txt.zst"
sed -n '201,300p' "$T/docs.txt" | zstd -q -c >"$T/shard3.txt.zst"
run shards "$T/shard1.txt" "$T/shard2_cut.txt.gz" "$T/corrupt.txt.zst" "$T/shard3.txt.zst" --input-format lines \
  --until tokenize --no-progress --threads 2 --stats "$T/shards.json" -o "$T/shards.jsonl"
[ "$code" = 2 ] || fail "shards: exit $code (want 2)"
grep -q "shard2_cut.txt.gz" "$T/shards.err" || fail "shards: the bad shard is not named: $(cat "$T/shards.err")"
grep -q "corrupt.txt.zst: corrupt zstd data" "$T/shards.err" || fail "shards: the corrupt shard is not named"
[ "$(stat_of "$T/shards.json" input_errors)" = 2 ] || fail "shards: input_errors $(cat "$T/shards.json")"
/usr/bin/python3 - "$T/shards.jsonl" "$T" <<'PY' || fail "shards: records"
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
ids = [r["id"] for r in recs]
t = sys.argv[2]
first = [f"{t}/shard1.txt:{i}" for i in range(1, 101)]
last = [f"{t}/shard3.txt.zst:{i}" for i in range(1, 101)]
assert ids[:100] == first, ids[:3]
assert ids[-100:] == last, ids[-3:]
middle = ids[100:-100]
assert 0 < len(middle) < 100 and middle == [f"{t}/shard2_cut.txt.gz:{i}" for i in range(1, len(middle) + 1)], middle[:3]
PY

# 5. SIGTERM mid-run, on an endless input: the run stops reading, writes every document it
#    read as a whole record, prints its summary and exits 128+15; the output keeps its .part name.
yes 'Công an tỉnh Thanh Hóa đã bắt giữ 12 đối tượng trong năm 2023.' |
  "$VITEXT" process - --input-format lines --until segment --no-progress --threads 2 --stats "$T/term.json" \
    -o "$T/term.jsonl" 2>"$T/term.err" &
pid=$!
pids+=("$pid")
for _ in $(seq 1 600); do  # up to 60 s for the first records to reach the disk
  [ -s "$T/term.jsonl.part" ] && break
  sleep 0.1
done
[ -s "$T/term.jsonl.part" ] || fail "SIGTERM: no output after 60 s: $(cat "$T/term.err")"
kill -TERM "$pid"
set +e
wait "$pid"
code=$?
set -e
[ "$code" = 143 ] || fail "SIGTERM: exit $code (want 143): $(cat "$T/term.err")"
grep -q "read = " "$T/term.err" || fail "SIGTERM: no summary"
grep -q "interrupted by signal 15" "$T/term.err" || fail "SIGTERM: $(cat "$T/term.err")"
[ ! -e "$T/term.jsonl" ] || fail "SIGTERM: an incomplete output under the final name"
read=$(stat_of "$T/term.json" read)
[ "$(stat_of "$T/term.json" interrupted)" = True ] || fail "SIGTERM: stats do not say interrupted"
[ "$(whole_records "$T/term.jsonl.part")" = "$read" ] || fail "SIGTERM: $read read but not as many whole records"

# ... and the same output again, on a finite input: the run completes and replaces the partial one.
run rerun "$T/docs.txt" --input-format lines --until segment --no-progress -o "$T/term.jsonl"
[ "$code" = 0 ] || fail "re-run: exit $code: $(cat "$T/rerun.err")"
[ "$(whole_records "$T/term.jsonl")" = "$n_docs" ] || fail "re-run: not every document"
[ ! -e "$T/term.jsonl.part" ] || fail "re-run: the .part file is left behind"

echo "process faults: ok"
