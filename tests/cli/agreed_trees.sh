#!/usr/bin/env bash
# train/agreed_trees.py: keeps the sentences both parses give the same heads and relations
# everywhere, within the length bounds, and refuses files whose words differ.
set -euo pipefail
fail() { echo "FAIL: $*" >&2; exit 1; }
SCRIPT="${VITEXT_SOURCE_DIR:-$(dirname "$0")/../..}/train/agreed_trees.py"
T="${TMPDIR:-/tmp}/vitext_agreed_trees_$$"
mkdir -p "$T"
trap 'rm -rf "$T"' EXIT

row() { printf '%s\t%s\t_\t%s\t%s\t_\t%s\t%s\t_\t_\n' "$@"; }
sentence() {  # head-of-word-2 relation-of-word-3
  echo "# text = Công an bắt đối tượng ."
  row 1 "Công an" NOUN N 2 nsubj
  row 2 bắt VERB V 0 root
  row 3 "đối tượng" NOUN N "$1" "$2"
  row 4 . PUNCT PUNCT 2 punct
  echo
}
short() { echo "# text = Vâng ."; row 1 Vâng INTJ I 0 root; row 2 . PUNCT PUNCT 1 punct; echo; }
{ sentence 2 obj; sentence 2 obj; short; sentence 2 obj; } > "$T/first.conllu"
{ sentence 2 obj; sentence 2 iobj; short; sentence 1 obj; } > "$T/second.conllu"

/usr/bin/python3 "$SCRIPT" "$T/first.conllu" "$T/second.conllu" > "$T/out.conllu" 2> "$T/err.txt"
grep -q "1 of 4 sentences kept (4 words)" "$T/err.txt" || fail "counts: $(cat "$T/err.txt")"
[[ $(grep -c '^# sent_id = agreed-' "$T/out.conllu") -eq 1 ]] || fail "kept: $(cat "$T/out.conllu")"
grep -q $'^3\tđối tượng\t_\tNOUN\tN\t_\t2\tobj\t' "$T/out.conllu" || fail "rows: $(cat "$T/out.conllu")"
# The short sentence agrees: kept once the lower bound allows two words.
/usr/bin/python3 "$SCRIPT" "$T/first.conllu" "$T/second.conllu" --min-words 2 2> "$T/err.txt" > /dev/null
grep -q "2 of 4 sentences kept (6 words)" "$T/err.txt" || fail "min-words: $(cat "$T/err.txt")"

# Different words (another segmentation): an error, not a silent pairing.
sed 's/đối tượng/đối/' "$T/second.conllu" > "$T/other.conllu"
if /usr/bin/python3 "$SCRIPT" "$T/first.conllu" "$T/other.conllu" > /dev/null 2>&1; then fail "differing words accepted"; fi
echo "agreed_trees: ok"
