#!/usr/bin/env bash
# Retrains the shipped tagger and parsers in the order they depend on each other, with the
# commands models/README.md documents ("Retrain" of tagger.bin, parser.bin and
# parser-accurate.bin):
#   1. tagger.bin;
#   2. the fast parser on the treebank alone, on the new tagger's jackknifed tags, also writing
#      the trees it learns from (--write-trees: what the accurate parser learns from);
#   3. then, side by side (two processes):
#      a. the news sentences that parser and the accurate parser agree on
#         (train/agreed_trees.sh, with the accurate parser in models/ before retraining), and
#         parser.bin on the treebank plus those trees;
#      b. the accurate parser's member on the trees of step 2;
#   4. parser-accurate.bin exported from the member, recording the new tagger's identity
#      (Models.EmbeddedParsersRecordTheEmbeddedTagger); only after 3a, which reads the old one.
# Then rebuild to embed them (cmake --build --preset release).
#   train/ship_models.sh [BUILD_DIR]   (default build/release; VECTORS=DIR, default
#                                      ../artifacts/vectors: train/vectors.sh's output)
# Run it from a clean checkout of the commit whose code should train the models: the
# provenance records that commit. About 30 minutes on a 2-core Xeon VM, both cores from step 3
# on. LAUNCH: a command prefix for the member of step 3b (on a shared machine, the job-slot
# wrapper the whole script runs under, so that the second core is taken in turn too). Work
# files go to build/ship/ and ../artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/build_dir.sh "${1:-}"
VECTORS=${VECTORS:-../artifacts/vectors}
for f in "$VECTORS/clusters.tsv" "$VECTORS/words.vec" "$VECTORS/syllables.vec"; do
  [[ -f $f ]] || { echo "train/ship_models.sh: $f not found (train/vectors.sh makes it)" >&2; exit 1; }
done
TRAIN=$DATA/vi_vtb-ud-train.conllu
DEV=$DATA/vi_vtb-ud-dev.conllu
mkdir -p build/ship ../artifacts
step() { echo "$(date -u +%H:%M:%S) $*" >&2; }

# The accurate parser's member: its settings are models/README.md's (parser-accurate.bin).
MEMBER_ARGS=(--seed 1 --epochs 25 --layers 1 --hidden 128 --arc-dim 128 --rel-dim 32
  --word-vectors "$VECTORS/words.vec" --syllable-vectors "$VECTORS/syllables.vec")
PARSER_ARGS=(--jackknife 10 --seed 1 --epochs 12 --min-updates 3 --ensemble 3)

step "1. tagger.bin"
$VITEXT train tagger --train "$TRAIN" --train "$DEV" --bigrams "$SHARED/data/lexical/vie.word.bigrams" \
  --word-clusters "$VECTORS/clusters.tsv" --out models/tagger.bin --seed 1 --epochs 10 2> build/ship/tagger.log

step "2. the parser on the treebank alone, and the trees it learns from"
$VITEXT train parser --train "$TRAIN" --train "$DEV" --tagger models/tagger.bin "${PARSER_ARGS[@]}" \
  --out ../artifacts/parser-treebank.bin --write-trees build/ship/trees 2> build/ship/parser-treebank.log

step "3b. the accurate parser's member (in the background)"
# shellcheck disable=SC2086  # LAUNCH is a word list
${LAUNCH:-} /usr/bin/python3 train/biaffine_parser.py train --train build/ship/trees.train.conllu "${MEMBER_ARGS[@]}" \
  --save last=build/ship/member1.pt > build/ship/member1.log 2>&1 &
member=$!

step "3a. agreed trees, then parser.bin"
SEGMENTER=models/segmenter.bin TAGGER=models/tagger.bin PARSER=../artifacts/parser-treebank.bin \
  ACCURATE=models/parser-accurate.bin ARTICLES=6000 train/agreed_trees.sh ../artifacts/agreed-trees.conllu \
  "$BUILD" 2> build/ship/agreed-trees.log
$VITEXT train parser --train "$TRAIN" --train "$DEV" --tagger models/tagger.bin "${PARSER_ARGS[@]}" \
  --out models/parser.bin --extra-trees ../artifacts/agreed-trees.conllu 2> build/ship/parser.log
step "waiting for the member"
wait $member || { echo "train/ship_models.sh: the member failed (build/ship/member1.log)" >&2; exit 1; }

step "4. parser-accurate.bin"
# The model records the recipe that made its trees and itself as its command.
recipe="vitext train parser --train $TRAIN --train $DEV --tagger models/tagger.bin ${PARSER_ARGS[*]} \
--out ../artifacts/parser-treebank.bin --write-trees build/ship/trees && \
python3 train/biaffine_parser.py train --train build/ship/trees.train.conllu ${MEMBER_ARGS[*]//$VECTORS/VECTORS} \
--save last=build/ship/member1.pt && python3 train/biaffine_parser.py export --train build/ship/trees.train.conllu \
--vote-weight 2 --label-vote-weight 2 --tagger models/tagger.bin --data $TRAIN --data $DEV \
--out models/parser-accurate.bin build/ship/member1.pt"
/usr/bin/python3 train/biaffine_parser.py export --train build/ship/trees.train.conllu \
  --vote-weight 2 --label-vote-weight 2 --tagger models/tagger.bin --data "$TRAIN" --data "$DEV" \
  --command "$recipe" --out models/parser-accurate.bin build/ship/member1.pt
step "done: rebuild to embed them (cmake --build --preset release)"
