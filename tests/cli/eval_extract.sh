#!/usr/bin/env bash
# Extraction scores on the hand-annotated UD VTB sentences (dev and the article-disjoint
# held-out part) must not fall more than half a point below eval/extract/scores.tsv.
set -euo pipefail
VITEXT=$1
SRC=${VITEXT_SOURCE_DIR:-$(dirname "$0")/../..}
SHARED=${VITEXT_SHARED_DIR:-$SRC/../shared}
PY=/usr/bin/python3
source "$(dirname "$0")/../testing/data_files.sh"
if [[ ! -f $SHARED/data/ud-vtb/vi_vtb-ud-dev.conllu ]]; then missing_data "$SHARED/data/ud-vtb"; exit 0; fi
T="${TMPDIR:-/tmp}/vitext_eval_extract_$$"
mkdir -p "$T"
trap 'rm -rf "$T"' EXIT
# The split on record is the one select_sentences.py makes (article-disjoint parts).
$PY "$SRC/eval/extract/select_sentences.py" "$SHARED/data/ud-vtb" | cmp -s - "$SRC/eval/extract/sentences.tsv" ||
  { echo "eval/extract/sentences.tsv is not what select_sentences.py writes"; exit 1; }
VITEXT_SHARED_DIR=$SHARED "$SRC/bench/eval_extract.sh" "$(dirname "$VITEXT")" dev heldout > "$T/report.txt"
$PY "$SRC/eval/extract/check_scores.py" "$T/report.txt" || { cat "$T/report.txt"; exit 1; }
# The check can fail: a record one point above this run's figure is a fall.
awk -F'\t' 'BEGIN{OFS="\t"} $1=="dev" && $2=="PER" && $3=="exact_f1" {$4=$4+1} {print}' \
  "$SRC/eval/extract/scores.tsv" > "$T/raised.tsv"
if $PY "$SRC/eval/extract/check_scores.py" "$T/report.txt" --scores "$T/raised.tsv" > "$T/raised.out"; then
  echo "a raised record did not fail"; exit 1
fi
grep -q "fell: dev PER exact_f1" "$T/raised.out"
echo ok
