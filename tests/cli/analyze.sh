#!/usr/bin/env bash
# vitext analyze: the whole pipeline from the CLI; bad input gives a clear message, the
# other documents of a stream are still processed, offsets point into the original.
set -euo pipefail
VITEXT="$1"
PY=/usr/bin/python3
fail() { echo "FAIL: $*" >&2; exit 1; }
T="${TMPDIR:-/tmp}/vitext_analyze_$$"
mkdir -p "$T"
trap 'rm -rf "$T"' EXIT
SRC="${VITEXT_SOURCE_DIR:-$(dirname "$0")/../..}"

# The bundled example: one JSON object, every sentence/word span slices the input to its text.
"$VITEXT" analyze "$SRC/examples/bao-cao-an-ninh.txt" > "$T/out.jsonl"
$PY - "$SRC/examples/bao-cao-an-ninh.txt" "$T/out.jsonl" <<'PYEOF'
import json, sys
raw = open(sys.argv[1], 'rb').read()
docs = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8')]
assert len(docs) == 1, docs
d = docs[0]
assert d['meta']['date'] == '2024-01', d['meta']
body = raw[d['meta']['source_offset']:]
assert len(d['sentences']) >= 6, len(d['sentences'])
for s in d['sentences']:
    assert body[s['start']:s['end']].decode() == s['text'], s
    for w in s.get('words', []):
        assert body[w['start']:w['end']].decode() == w['form'], w
PYEOF

# NFD and old-style tone input: spans still slice the user's own bytes.
printf 'Thanh Hoa\xcc\x81 va\xcc\x80 thuy\xcc\x89 \xc4\x91i\xcc\xa3a.\n' > "$T/nfd.txt"
"$VITEXT" analyze --tokens "$T/nfd.txt" > "$T/nfd.jsonl"
$PY - "$T/nfd.txt" "$T/nfd.jsonl" <<'PYEOF'
import json, sys
raw = open(sys.argv[1], 'rb').read()
d = json.loads(open(sys.argv[2], encoding='utf-8').readline())
toks = [t for s in d['sentences'] for t in s['tokens']]
assert [raw[t['start']:t['end']].decode() for t in toks] == [t['form'] for t in toks]
assert toks[1]['form'] == 'Hoa\u0301', toks[1]
PYEOF

# A stream with a bad record: it is reported, the rest are processed, exit code 1.
printf '{"id":"a","text":"Hà Nội."}\n{broken\n{"id":"c","text":"Huế."}\n' > "$T/in.jsonl"
set +e
"$VITEXT" analyze "$T/in.jsonl" > "$T/s.jsonl" 2> "$T/err.txt"; rc=$?
set -e
[ "$rc" = 1 ] || fail "bad record exit code $rc"
[ "$(wc -l < "$T/s.jsonl")" = 3 ] || fail "records: $(cat "$T/s.jsonl")"
grep -q '"error":"malformed JSON' "$T/s.jsonl" || fail "no error record"
grep -q 'in.jsonl:2: malformed JSON' "$T/err.txt" || fail "stderr: $(cat "$T/err.txt")"

# Invalid UTF-8 in strict mode: an error record naming the byte; lenient: processed.
printf 'Hà Nội \xc3\x28 abc\n' > "$T/bad.txt"
set +e
"$VITEXT" analyze --strict --from utf-8 "$T/bad.txt" > "$T/b.jsonl" 2> "$T/err.txt"; rc=$?
set -e
[ "$rc" = 1 ] || fail "strict exit code $rc"
grep -q '"offset":10' "$T/b.jsonl" || fail "strict record: $(cat "$T/b.jsonl")"
"$VITEXT" analyze --from utf-8 "$T/bad.txt" | grep -q '"invalid_bytes":1' || fail "lenient count"

# NUL bytes, a binary file, an empty file.
printf 'Hà Nội\0 abc\n' > "$T/nul.txt"
"$VITEXT" analyze "$T/nul.txt" > /dev/null || fail "NUL (lenient) should be processed"
# Deterministic binary bytes that start with '{' (must not be taken for JSON Lines).
{ printf '{'; LC_ALL=C awk 'BEGIN { for (i = 0; i < 65536; i++) printf "%c", (i * 7919) % 256 }'; } > "$T/bin.dat"
set +e
"$VITEXT" analyze "$T/bin.dat" > "$T/bin.jsonl" 2> "$T/err.txt"; rc=$?
[ "$(wc -l < "$T/err.txt")" = 1 ] || fail "binary: one message expected, got $(wc -l < "$T/err.txt")"
set -e
[ "$rc" = 1 ] || fail "binary exit code $rc"
grep -qi 'binary' "$T/err.txt" || fail "binary message: $(cat "$T/err.txt")"
: > "$T/empty.txt"
"$VITEXT" analyze "$T/empty.txt" | grep -q '"sentences":\[\]' || fail "empty input"

# A 20 MB single line finishes (the 100 MB case is in bench/robustness.sh).
$PY -c "import sys; sys.stdout.write('Công an tỉnh Thanh Hóa hoàn thành 100% chỉ tiêu, ' * 400000)" > "$T/long.txt"
"$VITEXT" analyze --until sentences "$T/long.txt" > "$T/long.jsonl" || fail "long line"
[ "$(wc -c < "$T/long.jsonl")" -gt 1000 ] || fail "long line output"

# Usage errors exit 2 with a message.
set +e
"$VITEXT" analyze --until nonsense "$T/empty.txt" > /dev/null 2> "$T/err.txt"; rc=$?
set -e
[ "$rc" = 2 ] || fail "bad stage exit code $rc"
grep -q "unknown stage 'nonsense'" "$T/err.txt" || fail "bad stage message"
set +e
"$VITEXT" analyze "$T/does-not-exist.txt" > /dev/null 2> "$T/err.txt"; rc=$?
set -e
[ "$rc" = 2 ] || fail "missing file exit code $rc"
echo "analyze CLI: ok"
