#!/usr/bin/env bash
# Trains the vlsp segmenter (models/segmenter-vlsp.bin: the words of VnCoreNLP's RDRsegmenter,
# what PhoBERT expects) on the training articles of ../shared/data/vlsp-style; the dev and
# test articles are held out (bench/eval_vlsp.sh scores them).
#
#   bench/train_vlsp.sh [BUILD_DIR] [OUT, default models/segmenter-vlsp.bin]
#   MAX_LINES=20000 EPOCHS=5 ENSEMBLE=1 bench/train_vlsp.sh build/default /tmp/try.bin   # a quick try
#
# Then rebuild to embed it (cmake --build --preset release). Single-threaded.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/build_dir.sh "${1:-}"
OUT=${2:-models/segmenter-vlsp.bin}
MAX_LINES=${MAX_LINES:-0}
EPOCHS=${EPOCHS:-5}
ENSEMBLE=${ENSEMBLE:-1}
SEED=${SEED:-1}
[[ -x $VITEXT ]] || { echo "build first: cmake --build --preset release (no $VITEXT)" >&2; exit 2; }
[[ -f $SHARED/data/vlsp-style/lines.seg.zst ]] || { echo "skipped: data not found ($SHARED/data/vlsp-style)" >&2; exit 0; }
# Under the build folder, not a temporary one: the model's provenance records the path.
TMP=$BUILD/vlsp-train
mkdir -p "$TMP"
trap 'rm -rf "$TMP"' EXIT
source bench/vlsp_split.sh
vlsp_split "$MAX_LINES"
"$VITEXT" train segmenter --train "$TMP/split/train.conllu" --out "$OUT" --epochs "$EPOCHS" --ensemble "$ENSEMBLE" \
  --seed "$SEED" --bigrams "$SHARED/data/lexical/vie.word.bigrams" --conventions vlsp
