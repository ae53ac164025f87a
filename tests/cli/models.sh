#!/usr/bin/env bash
# Model provenance: `vitext version` lists every embedded model with its identity, commit,
# command and data hashes; Python's model identity (train/model_file.py) is the CLI's; a parser
# run with another tagger than the one it was trained with gets a warning on stderr.
set -euo pipefail
VITEXT="$1"
SRC=${VITEXT_SOURCE_DIR:-$(dirname "$0")/../..}
PY=/usr/bin/python3
fail() { echo "FAIL: $*" >&2; exit 1; }
T="${TMPDIR:-/tmp}/vitext_models_$$"
mkdir -p "$T"
trap 'rm -rf "$T"' EXIT

"$VITEXT" version > "$T/version.txt"
for m in segmenter tagger parser parser-accurate names; do
  grep -q "^  model $m: [0-9]* bytes$" "$T/version.txt" || fail "version does not list $m: $(cat "$T/version.txt")"
done
# Five models (the name lexicon too), six with the vlsp segmenter (models/segmenter-vlsp.bin, trained by bench/train_vlsp.sh).
n=$(grep -c '^  model .*: [0-9]* bytes$' "$T/version.txt")
[ "$(grep -c '^    commit [0-9a-f]\{40\}' "$T/version.txt")" = "$n" ] || fail "a model without its commit"
[ "$(grep -c '^    command: \([^ ]*/\)\?vitext train ' "$T/version.txt")" = "$n" ] || fail "a model without its command"
grep -q '^    data: .*vi_vtb-ud-train.conllu sha256 [0-9a-f]\{64\}$' "$T/version.txt" || fail "no data hashes"
[ "$(grep -c 'trained with tagger [0-9a-f]\{64\} (the embedded tagger)' "$T/version.txt")" = 2 ] ||
  fail "the parsers do not record the embedded tagger"

# The same identity from Python, and a tagger whose content differs (one section more).
want=$(sed -n '/^  model tagger:/,/^  model parser:/p' "$T/version.txt" | sed -n 's/^    content sha256 //p')
got=$(cd "$SRC/train" && $PY -c "
import sys
from model_file import content_sha256, read_sections, write_sections
s = read_sections(open(sys.argv[1], 'rb').read())
print(content_sha256(s))
open(sys.argv[2], 'wb').write(write_sections(s + [('other-tagger', b'x')]))
" "$SRC/models/tagger.bin" "$T/other-tagger.bin")
[ "$got" = "$want" ] || fail "Python's identity $got is not the CLI's $want"

echo "Công an tỉnh Thanh Hóa bắt giữ hai đối tượng." > "$T/in.txt"
"$VITEXT" analyze --format conllu --tagger-model "$SRC/models/tagger.bin" "$T/in.txt" > "$T/same.conllu" 2> "$T/same.err"
[ ! -s "$T/same.err" ] || fail "warning with the parser's own tagger: $(cat "$T/same.err")"
"$VITEXT" analyze --format conllu --tagger-model "$T/other-tagger.bin" "$T/in.txt" > "$T/other.conllu" 2> "$T/other.err"
grep -q "warning: the parser model (embedded) was trained on the tags of tagger ${want:0:12}" "$T/other.err" ||
  fail "no warning for another tagger: $(cat "$T/other.err")"
"$VITEXT" analyze --format conllu --parser accurate --tagger-model "$T/other-tagger.bin" "$T/in.txt" \
  > /dev/null 2> "$T/accurate.err"
[ "$(grep -c 'warning: the parser' "$T/accurate.err")" = 2 ] || fail "accurate mode: $(cat "$T/accurate.err")"
cmp -s "$T/same.conllu" "$T/other.conllu" || fail "the same weights gave other trees"
echo "ok"
