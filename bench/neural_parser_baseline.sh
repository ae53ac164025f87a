#!/usr/bin/env bash
# Would a neural parser do better here? Trains vitext's tagger and parser on train only with
# the settings of bench/eval_parser.sh, has the parser write the trees it learns from (the
# convention mappings applied, jackknifed tags), and trains the BiLSTM + biaffine parser of
# bench/neural_parser_baseline.py on those trees twice, with seeds SEED and SEED + 1, in
# parallel (one thread each). Scores dev with gold words and vitext's predicted tags:
# vitext's parser, each neural parser, the two averaged, and the two averaged with vitext's
# trees as a vote (Eisner trees over the sum). Then end to end: a segmenter trained on train,
# `vitext analyze` on the raw `# text` lines of dev, and the ensemble over its words and tags,
# with its trees as the vote. About 25 minutes on 2 cores.
#   bench/neural_parser_baseline.sh [BUILD_DIR]   (default build/release, else build/default)
#   SEED=2 ...; EPOCHS=40 and VOTE=2 by default.
# Needs the Debian packages python3-torch and libopenblas0-pthread (not installed by
# scripts/setup.sh: nothing in vitext uses them).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/build_dir.sh "${1:-}"
if [[ ! -f $DATA/vi_vtb-ud-train.conllu ]]; then echo "skipped: data not found"; exit 0; fi
if ! /usr/bin/python3 -c "import torch, numpy" 2>/dev/null; then
  echo "skipped: python3-torch not installed (apt-get install python3-torch libopenblas0-pthread)"; exit 0
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
SEED=${SEED:-1}
EPOCHS=${EPOCHS:-40}
VOTE=${VOTE:-2}

$VITEXT train tagger --train $DATA/vi_vtb-ud-train.conllu --out $OUT/tagger.bin --seed $SEED --epochs 10 \
  2>$OUT/tagger.log
$VITEXT train parser --train $DATA/vi_vtb-ud-train.conllu --dev $DATA/vi_vtb-ud-dev.conllu \
  --tagger $OUT/tagger.bin --jackknife 10 --out $OUT/parser.bin --seed $SEED --epochs 12 --min-updates 3 \
  --ensemble 3 --write-trees $OUT/trees 2>$OUT/parser.log
$VITEXT parse --input-format conllu --tagger-model $OUT/tagger.bin --parser-model $OUT/parser.bin \
  $DATA/vi_vtb-ud-dev.conllu > $OUT/dev.vitext.conllu

neural() {
  /usr/bin/python3 bench/neural_parser_baseline.py --train $OUT/trees.train.conllu --epochs $EPOCHS "$@"
}
for s in $SEED $((SEED + 1)); do
  neural --dev $OUT/trees.dev.conllu --seed $s --out $OUT/dev.neural$s.conllu --save-model $OUT/neural$s.pt > $OUT/neural$s.log 2>&1 &
done
wait
models=$OUT/neural$SEED.pt,$OUT/neural$((SEED + 1)).pt
neural --dev $OUT/trees.dev.conllu --ensemble $models --out $OUT/dev.ensemble.conllu > /dev/null
neural --dev $OUT/trees.dev.conllu --ensemble $models --perceptron $OUT/dev.vitext.conllu --perceptron-weight $VOTE \
  --out $OUT/dev.ensemble-vote.conllu > /dev/null

grep '^# text = ' $DATA/vi_vtb-ud-dev.conllu | sed 's/^# text = //' > $OUT/dev.txt
$VITEXT train segmenter --train $DATA/vi_vtb-ud-train.conllu --out $OUT/segmenter.bin \
  --bigrams $SHARED/data/lexical/vie.word.bigrams --epochs 10 --seed $SEED 2>$OUT/segmenter.log
$VITEXT analyze --input-format lines --format conllu --segmenter-model $OUT/segmenter.bin --tagger-model $OUT/tagger.bin \
  --parser-model $OUT/parser.bin $OUT/dev.txt > $OUT/raw.vitext.conllu
neural --dev $OUT/raw.vitext.conllu --ensemble $models --perceptron $OUT/raw.vitext.conllu --perceptron-weight $VOTE \
  --out $OUT/raw.ensemble-vote.conllu > /dev/null

printf "%-52s %7s %7s\n" "dev, gold words, train only (seed $SEED)" "UAS" "LAS"
score() {
  /usr/bin/python3 $SCORE $DATA/vi_vtb-ud-dev.conllu "$2" |
    awk -v name="$1" '$1 == "uas" { u = $4 } $1 == "las" { l = $4 } END { printf "%-52s %7.2f %7.2f\n", name, u, l }'
}
score "vitext perceptron" $OUT/dev.vitext.conllu
for s in $SEED $((SEED + 1)); do score "BiLSTM + biaffine, seed $s" $OUT/dev.neural$s.conllu; done
score "both BiLSTM + biaffine, averaged" $OUT/dev.ensemble.conllu
score "both averaged + vitext's trees (vote $VOTE)" $OUT/dev.ensemble-vote.conllu
# Without the tree decoder (the best head of each word), as the per-epoch lines measure:
for s in $SEED $((SEED + 1)); do echo "seed $s: $(grep '^best' $OUT/neural$s.log)"; done
echo
printf "%-52s %7s %7s\n" "dev, end to end from raw text, train only" "UAS" "LAS"
score "vitext (segmenter, tagger, perceptron)" $OUT/raw.vitext.conllu
score "the same words and tags, ensemble + vote $VOTE" $OUT/raw.ensemble-vote.conllu
