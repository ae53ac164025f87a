#!/usr/bin/env bash
# vitext process: bad records accounted for, order kept across threads, duplicates,
# filters, formats, stdin, compressed shards, summary and exit codes.
set -euo pipefail
VITEXT="$1"
fail() { echo "FAIL: $*" >&2; exit 1; }
T="${TMPDIR:-/tmp}/vitext_process_$$"
mkdir -p "$T"
trap 'rm -rf "$T"' EXIT
json() { /usr/bin/python3 -c "import json,sys; d=json.load(open('$1')); print(d['$2'])"; }

# One document per line: good news text, then injected bad records.
{
  printf 'Công an tỉnh Thanh Hóa đã bắt giữ 12 đối tượng trong năm 2023.\n'
  printf 'Bản tin có byte hỏng \xc3\x28 ở giữa.\n'                  # invalid UTF-8
  printf '\n'                                                        # empty
  head -c 3000 /dev/urandom | tr -d '\n'; printf '\n'                # binary
  head -c 10000000 /dev/zero | tr '\0' 'a'; printf '\n'              # a 10 MB line
  printf 'Công an tỉnh Thanh Hóa đã bắt giữ 12 đối tượng trong năm 2023.\n'   # exact duplicate
  printf 'The quick brown fox jumps over the lazy dog.\n'           # not Vietnamese
  printf 'Công an  tỉnh Thanh Hóa đã bắt giữ 12 đối tượng trong năm nay 2023.\n'  # near duplicate
  printf 'Người dân phấn khởi đón năm mới.\n'
} > "$T/bad.txt"

set +e
"$VITEXT" process "$T/bad.txt" --input-format lines --from utf-8 --strict --max-bytes 1000000 \
  --dedup near --dedup-threshold 0.5 --min-vietnamese 0.5 --threads 2 --stats "$T/stats.json" \
  > "$T/out.jsonl" 2> "$T/err.txt"
code=$?
set -e
[ "$code" = 1 ] || fail "exit code $code (want 1: some errors): $(cat "$T/err.txt")"
[ "$(wc -l < "$T/out.jsonl")" = 9 ] || fail "one record per document read: $(wc -l < "$T/out.jsonl")"
[ "$(json "$T/stats.json" read)" = 9 ] || fail "read: $(cat "$T/stats.json")"
/usr/bin/python3 - "$T/out.jsonl" "$T/stats.json" "$T/bad.txt" <<'PY' || fail "records"
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
stats = json.load(open(sys.argv[2]))
src = sys.argv[3]
assert stats["read"] == stats["ok"] + stats["errors"] + stats["filtered"] + stats["duplicates"], stats
assert [r["id"] for r in recs] == [f"{src}:{i}" for i in range(1, 10)], [r["id"] for r in recs]
assert "error" not in recs[0] and recs[0]["meta"]["quality"]["vietnamese"] == 1.0, recs[0]
assert "UTF-8" in recs[1]["error"] or "utf-8" in recs[1]["error"].lower(), recs[1]
assert "error" in recs[3], recs[3]                       # binary: invalid UTF-8 in strict mode
assert "longer than the limit" in recs[4]["error"], recs[4]
assert recs[5]["duplicate"] and recs[5]["duplicate_of"] == f"{src}:1", recs[5]
assert recs[6].get("filtered") and "not Vietnamese" in recs[6]["error"], recs[6]
assert recs[7]["duplicate"] and recs[7]["similarity"] < 1.0, recs[7]
assert "error" not in recs[8] and recs[8]["meta"]["dedup"]["cluster"] == f"{src}:9", recs[8]
assert stats["errors"] == 3 and stats["duplicates"] == 2 and stats["filtered"] == 2, stats  # empty: filtered
PY
grep -q "9 read = 2 ok + 3 errors + 2 filtered + 2 duplicates" "$T/err.txt" || fail "summary: $(cat "$T/err.txt")"

# Order and content do not depend on the thread count; compressed shards and folders work.
/usr/bin/python3 - "$T/shards" <<'PY'
import gzip, os, random, sys
d = sys.argv[1]; os.makedirs(d)
rng = random.Random(3)
syl = "công an tỉnh thanh hóa năm nay đã bắt giữ đối tượng trong dịp cuối năm tình hình ổn định".split()
for s in range(3):
    lines = [" ".join(rng.choice(syl) for _ in range(rng.randint(3, 40))) + "." for _ in range(200)]
    body = ("\n".join(lines) + "\n").encode()
    if s == 0:
        open(os.path.join(d, "a.txt.gz"), "wb").write(gzip.compress(body))
    else:
        open(os.path.join(d, f"s{s}.txt"), "wb").write(body)
PY
"$VITEXT" process "$T/shards" --input-format lines --threads 1 --no-progress > "$T/one.jsonl" 2> /dev/null
"$VITEXT" process "$T/shards" --input-format lines --threads 3 --window 5 > "$T/three.jsonl" 2> /dev/null
cmp -s "$T/one.jsonl" "$T/three.jsonl" || fail "threads change the output"
[ "$(wc -l < "$T/one.jsonl")" = 600 ] || fail "600 records"

# Underscore text: words joined by '_' inside, one sentence per line, a blank line after a document.
printf 'Hà Nội mùa thu.\n' | "$VITEXT" process --format text -q > "$T/out.txt" 2> /dev/null || fail "text exit"
[ "$(head -1 "$T/out.txt" | tr -d '_ ')" = "HàNộimùathu." ] || fail "text: $(cat "$T/out.txt")"
[ "$(sed -n 2p "$T/out.txt")" = "" ] || fail "blank line after a document"

# Plain progress lines when stderr is not a terminal.
"$VITEXT" process "$T/shards" --input-format lines --progress-interval 0 > /dev/null 2> "$T/err.txt"
grep -q "documents, .* MB/s" "$T/err.txt" || fail "progress lines: $(cat "$T/err.txt")"

# Usage errors: exit 2.
set +e
"$VITEXT" process "$T/missing.txt" > /dev/null 2>&1; [ $? = 2 ] || fail "missing input exit code"
"$VITEXT" process --until nonsense "$T/bad.txt" > /dev/null 2>&1; [ $? = 2 ] || fail "bad --until exit code"
"$VITEXT" process --dedup maybe "$T/bad.txt" > /dev/null 2>&1; [ $? = 2 ] || fail "bad --dedup exit code"
set -e
echo "process: ok"
