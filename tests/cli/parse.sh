#!/usr/bin/env bash
# vitext parse / tag on pre-segmented CoNLL-U with the embedded models: every word gets a
# tag and a head, exactly one root, FORM and comments kept.
set -euo pipefail
VITEXT=$1
input=$'# sent_id = t1\n1\tCông an\t_\t_\t_\t_\t_\t_\t_\t_\n2\ttỉnh\t_\t_\t_\t_\t_\t_\t_\t_\n3\tbắt\t_\t_\t_\t_\t_\t_\t_\t_\n4\tđối tượng\t_\t_\t_\t_\t_\t_\t_\t_\n5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n'
out=$(printf '%s' "$input" | "$VITEXT" parse --input-format conllu)
grep -q '^# sent_id = t1$' <<<"$out"
[[ $(grep -c $'^[0-9]' <<<"$out") == 5 ]]
[[ $(awk -F'\t' 'NF==10 && $7=="0"' <<<"$out" | wc -l) == 1 ]]
awk -F'\t' 'NF==10 && ($4=="_" || $7=="_" || $8=="_") {exit 1}' <<<"$out"
grep -q $'^4\tđối tượng\t' <<<"$out"
# The accurate mode (embedded model) gives a tree of the same shape; the words are kept.
accurate=$(printf '%s' "$input" | "$VITEXT" parse --input-format conllu --parser accurate)
[[ $(awk -F'\t' 'NF==10 && $7=="0"' <<<"$accurate" | wc -l) == 1 ]]
[[ $(awk -F'\t' 'NF==10 && $7=="0" && $8=="root"' <<<"$accurate" | wc -l) == 1 ]]
diff <(cut -f1,2 <<<"$out") <(cut -f1,2 <<<"$accurate")
analyzed=$("$VITEXT" analyze --parser accurate --format conllu <<<"Công an tỉnh bắt đối tượng. Họ hoàn thành 100% chỉ tiêu.")
[[ $(awk -F'\t' 'NF==10 && $7=="0"' <<<"$analyzed" | wc -l) == 2 ]]
set +e
printf '%s' "$input" | "$VITEXT" parse --parser exact >/dev/null 2>&1
code=$?
set -e
[[ $code == 2 ]]
tagged=$(printf '%s' "$input" | "$VITEXT" tag)
awk -F'\t' 'NF==10 && ($4=="_" || $7!="_") {exit 1}' <<<"$tagged"
# A corrupt model is a setup error (exit 2) with a message.
bad=$(mktemp)
trap 'rm -f "$bad"' EXIT
echo "not a model" > "$bad"
set +e
printf '%s' "$input" | "$VITEXT" parse --parser-model "$bad" >/dev/null 2>&1
code=$?
set -e
[[ $code == 2 ]]
echo "1 passed, 0 failed"
