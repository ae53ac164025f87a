#!/usr/bin/env bash
# Agreement with VnCoreNLP's RDRsegmenter (the words PhoBERT was pre-trained on) on the
# held-out articles of ../shared/data/vlsp-style (split by article id: bench/vlsp_split.sh):
# word precision, recall and F1 over words located on the raw line (case and tone placement
# ignored: train/segment/reference_align.h) and the share of lines segmented identically.
#
#   bench/eval_vlsp.sh [BUILD_DIR] [test|dev, default test] [MODEL, default the embedded vlsp model]
#
# Rows: `vitext segment --conventions vlsp`, the `vtb` model (the default conventions), and
# greedy longest match over the words of the training articles.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/build_dir.sh "${1:-}"
SPLIT=${2:-test}
MODEL=${3:-}
[[ -x $VITEXT ]] || { echo "build first: cmake --build --preset release (no $VITEXT)" >&2; exit 2; }
[[ -f $SHARED/data/vlsp-style/lines.seg.zst ]] || { echo "skipped: data not found ($SHARED/data/vlsp-style)" >&2; exit 0; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
source bench/vlsp_split.sh
vlsp_split 0 2> "$TMP/split.log"
S=$TMP/split
score() {  # name file
  printf '%-40s %s\n' "$1" "$("$VITEXT" train score-segmentation --raw "$S/$SPLIT.txt" --gold "$S/$SPLIT.seg" --system "$2")"
}
echo "RDRsegmenter agreement on the $SPLIT articles ($(cut -f1 "$S/$SPLIT.src" | sort -u | wc -l) articles, $(wc -l < "$S/$SPLIT.txt") lines)"
if [[ -n $MODEL ]]; then
  "$VITEXT" segment --model "$MODEL" "$S/$SPLIT.txt" > "$TMP/vlsp.seg"
  score "vitext vlsp ($MODEL)" "$TMP/vlsp.seg"
elif "$VITEXT" segment --conventions vlsp < /dev/null > /dev/null 2>&1; then
  "$VITEXT" segment --conventions vlsp "$S/$SPLIT.txt" > "$TMP/vlsp.seg"
  score "vitext segment --conventions vlsp" "$TMP/vlsp.seg"
else
  echo "(no vlsp model embedded in $VITEXT)"
fi
"$VITEXT" segment --conventions vtb "$S/$SPLIT.txt" > "$TMP/vtb.seg"
score "baseline: vitext vtb model" "$TMP/vtb.seg"
"$VITEXT" train longest-match --words "$S/train.conllu" "$S/$SPLIT.txt" > "$TMP/longest.seg"
score "baseline: longest match (train words)" "$TMP/longest.seg"
