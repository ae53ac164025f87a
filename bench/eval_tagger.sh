#!/usr/bin/env bash
# Tagging alone on UD Vietnamese VTB dev (UPOS, XPOS), models trained on train only: the
# quick loop for tagger work (bench/eval_parser.sh also trains and scores the parser).
#   bench/eval_tagger.sh [BUILD_DIR]   (default build/release)
#   SEED=2 bench/eval_tagger.sh; extra `train tagger` options in TAGGER_ARGS.
# Gold words: dev CoNLL-U re-tagged (`vitext parse`, the embedded parser's heads are
# ignored). End to end: the raw `# text` lines through a segmenter trained on train only
# and the tagger (`vitext analyze --until tag`). Scored with ../shared/tools/score_conllu.py.
set -euo pipefail
cd "$(dirname "$0")/.."
VITEXT=${1:-build/release}/vitext
SHARED=${VITEXT_SHARED_DIR:-../shared}
DATA=$SHARED/data/ud-vtb
SCORE=$SHARED/tools/score_conllu.py
if [[ ! -f $DATA/vi_vtb-ud-train.conllu ]]; then echo "skipped: data not found"; exit 0; fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
SEED=${SEED:-1}

# shellcheck disable=SC2086
$VITEXT train tagger --train $DATA/vi_vtb-ud-train.conllu --out $OUT/tagger.bin --seed $SEED --epochs 10 \
  --bigrams $SHARED/data/lexical/vie.word.bigrams ${TAGGER_ARGS:-} 2>$OUT/tagger.log
ls -l $OUT/tagger.bin | awk '{print "model", $NF, $5, "bytes"}'
upos() { /usr/bin/python3 $SCORE $DATA/vi_vtb-ud-dev.conllu "$1" | grep -E '^(words|upos|xpos) '; }

echo "== dev, gold words (CoNLL-U input)"
$VITEXT parse --input-format conllu --tagger-model $OUT/tagger.bin $DATA/vi_vtb-ud-dev.conllu > $OUT/dev.gold-words.conllu
upos $OUT/dev.gold-words.conllu

echo "== dev, end to end from raw text (# text lines)"
grep '^# text = ' $DATA/vi_vtb-ud-dev.conllu | sed 's/^# text = //' > $OUT/dev.txt
$VITEXT train segmenter --train $DATA/vi_vtb-ud-train.conllu --out $OUT/segmenter.bin \
  --bigrams $SHARED/data/lexical/vie.word.bigrams --epochs 10 --seed $SEED 2>$OUT/segmenter.log
$VITEXT analyze --input-format lines --format conllu --until tag --segmenter-model $OUT/segmenter.bin \
  --tagger-model $OUT/tagger.bin $OUT/dev.txt > $OUT/dev.raw.conllu
upos $OUT/dev.raw.conllu
