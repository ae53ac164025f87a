#!/usr/bin/env bash
# Word segmentation accuracy on UD Vietnamese VTB dev, from raw text.
#
#   bench/eval_segmenter.sh [BUILD_DIR]      (default: build/release, else build/default)
#
# Trains a segmenter on the train split only, segments the dev `# text` lines through the
# CLI (raw text in, words out) and scores them with ../shared/tools/score_conllu.py.
# Also scores two baselines on the same text: every syllable a word, and greedy longest
# match over the train word list. Settings are the ones the shipped model uses; TRAIN_ARGS
# adds to them (e.g. TRAIN_ARGS="--ensemble 1" to prototype).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/build_dir.sh "${1:-}"
SCORER=$SCORE
EPOCHS=${EPOCHS:-10}
SEED=${SEED:-1}
[[ -x $VITEXT ]] || { echo "build first: cmake --build --preset release (no $VITEXT)" >&2; exit 2; }
[[ -f $DATA/vi_vtb-ud-dev.conllu ]] || { echo "skipped: data not found ($DATA)" >&2; exit 0; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

grep '^# text = ' $DATA/vi_vtb-ud-dev.conllu | sed 's/^# text = //' > "$TMP/dev.txt"

score() {  # name file
  /usr/bin/python3 $SCORER $DATA/vi_vtb-ud-dev.conllu "$2" --format segmented --json |
    /usr/bin/python3 -c "import json,sys; w=json.load(sys.stdin)['words']; print('%-34s P %6.2f  R %6.2f  F1 %6.2f' % ('$1', w['precision'], w['recall'], w['f1']))"
}

# Baseline 1: every syllable (space-separated token of the pre-tokenised text) a word.
cp "$TMP/dev.txt" "$TMP/syllables.seg"
# Baseline 2: greedy longest match over the train word list (case-insensitive).
/usr/bin/python3 - $DATA/vi_vtb-ud-train.conllu "$TMP/dev.txt" > "$TMP/longest.seg" <<'PY'
import sys
words, longest = set(), 1
for line in open(sys.argv[1], encoding="utf-8"):
    if line[:1].isdigit():
        form = line.split("\t")[1].lower()
        words.add(form)
        longest = max(longest, len(form.split()))
for line in open(sys.argv[2], encoding="utf-8"):
    syl, out, i = line.split(), [], 0
    while i < len(syl):
        n = 1
        for k in range(min(longest, len(syl) - i), 1, -1):
            if " ".join(syl[i:i + k]).lower() in words:
                n = k
                break
        out.append("_".join(syl[i:i + n]))
        i += n
    print(" ".join(out))
PY

start=$(date +%s.%N)
$VITEXT train segmenter --train $DATA/vi_vtb-ud-train.conllu --out "$TMP/segmenter-train.bin" \
  --bigrams ../shared/data/lexical/vie.word.bigrams --epochs $EPOCHS --seed $SEED ${TRAIN_ARGS:-} 2> "$TMP/train.log"
train_s=$(echo "$(date +%s.%N) - $start" | bc)
$VITEXT segment --model "$TMP/segmenter-train.bin" "$TMP/dev.txt" > "$TMP/vitext.seg"

echo "UD Vietnamese VTB dev (1,123 sentences), raw text, word F1 (score_conllu.py)"
score "baseline: every syllable a word" "$TMP/syllables.seg"
score "baseline: longest match (train)" "$TMP/longest.seg"
score "vitext segmenter (train only)" "$TMP/vitext.seg"
printf 'training took %.1f s (epochs %s, seed %s)\n' "$train_s" "$EPOCHS" "$SEED"
