#!/usr/bin/env bash
# A document larger than a window (1 MB) runs and is written window by window
# (include/vitext/windows.h): its words and sentences are those of its parts, its offsets
# count from the whole input, CoNLL-U numbers its sentences on, and JSON stays one object.
set -euo pipefail
VITEXT="$1"
PY=/usr/bin/python3
fail() { echo "FAIL: $*" >&2; exit 1; }
T="${TMPDIR:-/tmp}/vitext_windows_$$"
mkdir -p "$T"
trap 'rm -rf "$T"' EXIT

source "$(dirname "$0")/../testing/data_files.sh"
have_embedded_model "$VITEXT" segmenter || exit 0
EXAMPLE="${VITEXT_SOURCE_DIR:-$(dirname "$0")/../..}/examples/bao-cao-an-ninh.txt"

# The example report's body (paragraphs, no corpus header) 2200 times: about 2.2 MB, three windows.
tail -n +3 "$EXAMPLE" > "$T/one.txt"
echo >> "$T/one.txt"
head -c 2 "$T/one.txt" | grep -qv '^ ' || fail "the example's body starts with a corpus header"
for _ in $(seq 2200); do cat "$T/one.txt"; done > "$T/big.txt"
[[ $(stat -c %s "$T/big.txt") -gt 2000000 ]] || fail "the input is not larger than two windows"

# Underscore: the words of the whole are the words of its parts, line for line.
"$VITEXT" segment "$T/one.txt" > "$T/one.seg"
"$VITEXT" segment "$T/big.txt" > "$T/big.seg"
for _ in $(seq 2200); do cat "$T/one.seg"; done > "$T/expected.seg"
cmp -s "$T/big.seg" "$T/expected.seg" || fail "underscore output of the big document differs from its parts'"

# CoNLL-U: sentence numbers go on across windows; offsets count from the whole input.
"$VITEXT" analyze --until segment --format conllu "$T/big.txt" > "$T/big.conllu"
$PY - "$T/big.txt" "$T/big.conllu" <<'PYEOF'
import re, sys
data = open(sys.argv[1], "rb").read()
ids, bad = [], 0
for line in open(sys.argv[2], encoding="utf-8"):
    if line.startswith("# sent_id = "):
        ids.append(int(line.rsplit("-", 1)[1]))
    elif line and line[0].isdigit():
        cols = line.rstrip("\n").split("\t")
        a, b = map(int, re.search(r"TokenRange=(\d+):(\d+)", cols[9]).groups())
        if data[a:b].decode("utf-8") != cols[1]:
            bad += 1
assert ids == list(range(1, len(ids) + 1)), "sentence numbers do not run on"
assert bad == 0, f"{bad} words whose TokenRange is not their form"
PYEOF

# JSON: one object with every sentence, offsets into the whole input.
"$VITEXT" analyze --format json "$T/one.txt" > "$T/one.json"
"$VITEXT" analyze --format json "$T/big.txt" > "$T/big.json"
[[ $(wc -l < "$T/big.json") -eq 1 ]] || fail "JSON Lines: not one line for one document"
$PY - "$T/big.txt" "$T/one.json" "$T/big.json" <<'PYEOF'
import json, sys
data = open(sys.argv[1], "rb").read()
one, big = json.load(open(sys.argv[2])), json.load(open(sys.argv[3]))
assert set(one) == set(big), (sorted(one), sorted(big))
assert len(big["sentences"]) == 2200 * len(one["sentences"])
for s in big["sentences"]:
    assert data[s["start"]:s["end"]].decode("utf-8") == s["text"]
words = [[w["form"], w["upos"], w["head"], w["deprel"]] for s in one["sentences"] for w in s["words"]]
assert [[w["form"], w["upos"], w["head"], w["deprel"]] for s in big["sentences"] for w in s["words"]] == 2200 * words
assert big["meta"]["bytes"] == len(data)
for e in big["entities"]:
    assert data[e["start"]:e["end"]].decode("utf-8") == e["text"]
assert len(big["entities"]) == 2200 * len(one["entities"])
PYEOF
echo "windows: ok"
