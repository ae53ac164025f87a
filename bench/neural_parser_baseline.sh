#!/usr/bin/env bash
# Would a neural parser do better here? Trains the BiLSTM + biaffine parser of
# bench/neural_parser_baseline.py on the trees vitext's parser learns from (train only, the
# convention mappings applied, tags jackknifed by a train-only vitext tagger) and scores dev
# with gold words and vitext's predicted tags: once with syllable vectors learned from
# scratch, once starting from vectors of the lexical bigram list (bench/syllable_vectors.py).
# Compare with the gold-words line of bench/eval_parser.sh (same seed). Both runs go in
# parallel, one thread each; about 25 minutes on 2 cores.
#   bench/neural_parser_baseline.sh [BUILD_DIR]   (default build/release, else build/default)
#   SEED=2 ...; EPOCHS=40 by default.
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

$VITEXT train tagger --train $DATA/vi_vtb-ud-train.conllu --out $OUT/tagger.bin --seed $SEED --epochs 10 \
  2>$OUT/tagger.log
# One epoch of the perceptron is enough: only the trees it writes are used.
$VITEXT train parser --train $DATA/vi_vtb-ud-train.conllu --dev $DATA/vi_vtb-ud-dev.conllu \
  --tagger $OUT/tagger.bin --jackknife 10 --seed $SEED --epochs 1 --out $OUT/unused.bin \
  --write-trees $OUT/trees 2>$OUT/parser.log
/usr/bin/python3 bench/syllable_vectors.py --bigrams $SHARED/data/lexical/vie.word.bigrams --out $OUT/syllables.vec

run() {
  /usr/bin/python3 bench/neural_parser_baseline.py --train $OUT/trees.train.conllu --dev $OUT/trees.dev.conllu \
    --seed $SEED --epochs $EPOCHS --out $OUT/dev.$1.conllu "${@:2}" > $OUT/$1.log 2>&1
}
run scratch &
run vectors --syllable-vectors $OUT/syllables.vec &
wait
for variant in scratch vectors; do
  echo "== BiLSTM + biaffine, syllable vectors: $variant ($EPOCHS epochs, dev scored at the best one)"
  grep '^best' $OUT/$variant.log
  /usr/bin/python3 $SCORE $DATA/vi_vtb-ud-dev.conllu $OUT/dev.$variant.conllu
done
