#!/usr/bin/env bash
# The fast parser learning from unlabelled news sentences the fast and the accurate parser agree
# on (tri-training), on dev, every model trained on train only.
#   bench/eval_agreed_trees.sh [BUILD_DIR]    (default build/release, else build/default)
#   SEED=2 ARTICLES=6000 VECTORS=DIR bench/eval_agreed_trees.sh
#   SEGMENTER_ARGS="--syllable-stats build/segment-stats/rdr.tsv" bench/eval_agreed_trees.sh
#     (the shipped segmenter's corpus features, made by train/segment_stats.sh; as bench/eval_parser.sh)
# VECTORS: train/vectors.sh's folder (clusters.tsv for the tagger, words.vec and syllables.vec
# for the accurate member; default ../artifacts/vectors). About 25 minutes on 2 cores.
# 1. As bench/eval_parser.sh with the word clusters: tagger, fast parser (also --write-trees),
#    segmenter, all on train.
# 2. One accurate member on the written trees (bench/eval_accurate_parser.sh's size, pre-trained
#    vectors, 30 epochs, the last kept: nothing chosen on dev), exported with vote weights 2 and 2.
# 3. train/agreed_trees.sh with these models on the first ARTICLES news articles.
# 4. The fast parser again with --extra-trees; both parsers scored on dev, gold words and end to
#    end, with ../shared/tools/score_conllu.py; the accurate member too (beside the fast parser
#    trained on the treebank only, as it was trained).
# Needs python3-torch and libopenblas0-pthread (the accurate member).
# shellcheck disable=SC2086  # SEGMENTER_ARGS is a word list
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/build_dir.sh "${1:-}"
if [[ ! -f $DATA/vi_vtb-ud-train.conllu ]]; then echo "skipped: data not found"; exit 0; fi
if ! /usr/bin/python3 -c "import torch, numpy" 2>/dev/null; then
  echo "skipped: python3-torch not installed (apt-get install python3-torch libopenblas0-pthread)"; exit 0
fi
SEED=${SEED:-1}
ARTICLES=${ARTICLES:-6000}
VECTORS=${VECTORS:-../artifacts/vectors}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
PARSER_SETTINGS=(--tagger "$OUT/tagger.bin" --jackknife 10 --seed "$SEED" --epochs 12 --min-updates 3 --ensemble 3)

$VITEXT train tagger --train $DATA/vi_vtb-ud-train.conllu --out $OUT/tagger.bin --seed $SEED --epochs 10 \
  --word-clusters $VECTORS/clusters.tsv 2>$OUT/tagger.log
$VITEXT train parser --train $DATA/vi_vtb-ud-train.conllu --dev $DATA/vi_vtb-ud-dev.conllu "${PARSER_SETTINGS[@]}" \
  --out $OUT/parser.bin --write-trees $OUT/trees 2>$OUT/parser.log
$VITEXT train segmenter --train $DATA/vi_vtb-ud-train.conllu --out $OUT/segmenter.bin \
  --bigrams $SHARED/data/lexical/vie.word.bigrams --epochs 10 --seed $SEED ${SEGMENTER_ARGS:-} 2>$OUT/segmenter.log
/usr/bin/python3 train/biaffine_parser.py train --train $OUT/trees.train.conllu --seed $SEED \
  --layers 1 --hidden 128 --arc-dim 128 --rel-dim 32 --word-vectors $VECTORS/words.vec \
  --syllable-vectors $VECTORS/syllables.vec --epochs 30 --save last=$OUT/member.pt > $OUT/member.log 2>&1
/usr/bin/python3 train/biaffine_parser.py export --train $OUT/trees.train.conllu --vote-weight 2 --label-vote-weight 2 \
  --tagger $OUT/tagger.bin --out $OUT/accurate.bin $OUT/member.pt > /dev/null
SEGMENTER=$OUT/segmenter.bin TAGGER=$OUT/tagger.bin PARSER=$OUT/parser.bin ACCURATE=$OUT/accurate.bin \
  ARTICLES=$ARTICLES train/agreed_trees.sh $OUT/agreed.conllu $BUILD
$VITEXT train parser --train $DATA/vi_vtb-ud-train.conllu "${PARSER_SETTINGS[@]}" --extra-trees $OUT/agreed.conllu \
  --out $OUT/parser-agreed.bin 2>$OUT/parser-agreed.log
ls -l $OUT/parser.bin $OUT/parser-agreed.bin | awk '{print "model", $NF, $5, "bytes"}'

grep '^# text = ' $DATA/vi_vtb-ud-dev.conllu | sed 's/^# text = //' > $OUT/dev.txt
for p in parser parser-agreed; do
  echo "== $p, dev, gold words"
  $VITEXT parse --input-format conllu --tagger-model $OUT/tagger.bin --parser-model $OUT/$p.bin \
    $DATA/vi_vtb-ud-dev.conllu > $OUT/$p.gold.conllu
  /usr/bin/python3 $SCORE $DATA/vi_vtb-ud-dev.conllu $OUT/$p.gold.conllu
  echo "== $p, dev, end to end from raw text"
  $VITEXT analyze --input-format lines --format conllu --segmenter-model $OUT/segmenter.bin \
    --tagger-model $OUT/tagger.bin --parser-model $OUT/$p.bin $OUT/dev.txt > $OUT/$p.raw.conllu
  /usr/bin/python3 $SCORE $DATA/vi_vtb-ud-dev.conllu $OUT/$p.raw.conllu
done
echo "== accurate, dev, gold words"
$VITEXT parse --input-format conllu --tagger-model $OUT/tagger.bin --parser-model $OUT/parser.bin --parser accurate \
  --accurate-parser-model $OUT/accurate.bin $DATA/vi_vtb-ud-dev.conllu > $OUT/accurate.gold.conllu
/usr/bin/python3 $SCORE $DATA/vi_vtb-ud-dev.conllu $OUT/accurate.gold.conllu
echo "== accurate, dev, end to end from raw text"
$VITEXT analyze --input-format lines --format conllu --segmenter-model $OUT/segmenter.bin --tagger-model $OUT/tagger.bin \
  --parser-model $OUT/parser.bin --parser accurate --accurate-parser-model $OUT/accurate.bin $OUT/dev.txt > $OUT/accurate.raw.conllu
/usr/bin/python3 $SCORE $DATA/vi_vtb-ud-dev.conllu $OUT/accurate.raw.conllu
