#!/usr/bin/env bash
# vitext segment: works with no flags (embedded model), keeps the input's lines, writes the
# user's own bytes, honours --user-dict, and reports a bad model as a usage error.
set -euo pipefail
VITEXT="$1"
PY=/usr/bin/python3
fail() { echo "FAIL: $*" >&2; exit 1; }
T="${TMPDIR:-/tmp}/vitext_segment_$$"
mkdir -p "$T"
trap 'rm -rf "$T"' EXIT

source "$(dirname "$0")/../testing/data_files.sh"
have_embedded_model "$VITEXT" segmenter || exit 0

# Underscore format: one output line per input line, blank lines kept.
printf 'Công an tỉnh Thanh Hóa bắt giữ Nguyễn Hữu Mạnh ngày 1/8/2014.\n\nở Hà Nội\n' > "$T/in.txt"
"$VITEXT" segment "$T/in.txt" > "$T/out.txt"
[[ $(wc -l < "$T/out.txt") -eq 3 ]] || fail "line count: $(cat "$T/out.txt")"
head -1 "$T/out.txt" | grep -q '^Công_an tỉnh Thanh_Hóa bắt_giữ Nguyễn_Hữu_Mạnh ngày 1/8/2014 \.$' ||
  fail "line 1: $(head -1 "$T/out.txt")"
[[ -z $(sed -n 2p "$T/out.txt") ]] || fail "blank line not kept"
[[ $(sed -n 3p "$T/out.txt") == "ở Hà_Nội" ]] || fail "line 3: $(sed -n 3p "$T/out.txt")"

# Standard input, old-style tone and NFD: the words are the input's bytes.
printf 'Thanh Hoa\xcc\x81 hoa\xcc\x80 gia\xcc\x89i\n' | "$VITEXT" segment --format json > "$T/nfd.jsonl"
printf 'Thanh Hoa\xcc\x81 hoa\xcc\x80 gia\xcc\x89i\n' > "$T/nfd.txt"
$PY - "$T/nfd.txt" "$T/nfd.jsonl" <<'PYEOF'
import json, sys
raw = open(sys.argv[1], 'rb').read()
d = json.loads(open(sys.argv[2], encoding='utf-8').readline())
words = [w for s in d['sentences'] for w in s['words']]
assert len(words) == 2, words
for w in words:
    assert raw[w['start']:w['end']].decode() == w['form'], w
PYEOF

# CoNLL-U and TSV carry byte offsets.
"$VITEXT" segment --format conllu "$T/in.txt" | grep -q $'^1\tCông an\t.*TokenRange=0:8$' || fail "conllu"
"$VITEXT" segment --format tsv "$T/in.txt" | head -1 | grep -q $'^0\t8\tCông an$' || fail "tsv"

# User dictionary.
printf 'An ninh điều tra\n' > "$T/dict.txt"
echo "Cơ quan An ninh điều tra tỉnh" | "$VITEXT" segment --user-dict "$T/dict.txt" | grep -q "An_ninh_điều_tra" ||
  fail "user dictionary not applied"

# A corrupt model is a usage error with a message.
printf 'VITEXTMD garbage' > "$T/bad.bin"
set +e
echo "Công an" | "$VITEXT" segment --model "$T/bad.bin" 2> "$T/err.txt"
code=$?
set -e
[[ $code -eq 2 ]] || fail "exit code $code for a bad model"
grep -q "model" "$T/err.txt" || fail "no message for a bad model"
echo "ok"
