#!/usr/bin/env bash
# Tagging and parsing on UD Vietnamese VTB dev, models trained on train only.
#   bench/eval_parser.sh [BUILD_DIR]   (default build/release, else build/default)
#   SEED=2 bench/eval_parser.sh; extra `train tagger` / `train parser` options in TAGGER_ARGS
#   and PARSER_ARGS (e.g. PARSER_ARGS="--word-conventions train"), of the end-to-end
#   segmenter in SEGMENTER_ARGS (the shipped one's corpus features: SEGMENTER_ARGS=
#   "--syllable-stats build/segment-stats/rdr.tsv", made by train/segment_stats.sh).
# Trains the tagger and the parser (jackknifed tags), then scores dev with gold words
# (CoNLL-U input: re-tagged and parsed) with ../shared/tools/score_conllu.py.
# When `vitext analyze` can tag, parse and write CoNLL-U, also end to end from the raw
# `# text` lines, with a segmenter trained on train only too (the embedded one has seen dev).
set -euo pipefail
# shellcheck disable=SC2086  # TAGGER_ARGS / PARSER_ARGS / SEGMENTER_ARGS are word lists
cd "$(dirname "$0")/.."
source bench/build_dir.sh "${1:-}"
if [[ ! -f $DATA/vi_vtb-ud-train.conllu ]]; then echo "skipped: data not found"; exit 0; fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
SEED=${SEED:-1}

$VITEXT train tagger --train $DATA/vi_vtb-ud-train.conllu --out $OUT/tagger.bin --seed $SEED --epochs 10 ${TAGGER_ARGS:-} \
  2>$OUT/tagger.log
$VITEXT train parser --train $DATA/vi_vtb-ud-train.conllu --tagger $OUT/tagger.bin --jackknife 10 \
  --out $OUT/parser.bin --seed $SEED --epochs 12 --min-updates 3 --ensemble 3 ${PARSER_ARGS:-} 2>$OUT/parser.log
ls -l $OUT/tagger.bin $OUT/parser.bin | awk '{print "model", $NF, $5, "bytes"}'

echo "== dev, gold words (CoNLL-U input)"
$VITEXT parse --input-format conllu --tagger-model $OUT/tagger.bin --parser-model $OUT/parser.bin \
  $DATA/vi_vtb-ud-dev.conllu > $OUT/dev.gold-words.conllu
/usr/bin/python3 $SCORE $DATA/vi_vtb-ud-dev.conllu $OUT/dev.gold-words.conllu

# End to end needs `vitext analyze` with the tag and parse stages and CoNLL-U output.
if $VITEXT analyze --help 2>/dev/null | grep -q -- '--parser-model' &&
   $VITEXT analyze --help 2>/dev/null | grep -q 'conllu'; then
  echo "== dev, end to end from raw text (# text lines)"
  grep '^# text = ' $DATA/vi_vtb-ud-dev.conllu | sed 's/^# text = //' > $OUT/dev.txt
  $VITEXT train segmenter --train $DATA/vi_vtb-ud-train.conllu --out $OUT/segmenter.bin \
    --bigrams $SHARED/data/lexical/vie.word.bigrams --epochs 10 --seed $SEED ${SEGMENTER_ARGS:-} 2>$OUT/segmenter.log
  $VITEXT analyze --input-format lines --format conllu --segmenter-model $OUT/segmenter.bin --tagger-model $OUT/tagger.bin \
    --parser-model $OUT/parser.bin $OUT/dev.txt > $OUT/dev.raw.conllu
  /usr/bin/python3 $SCORE $DATA/vi_vtb-ud-dev.conllu $OUT/dev.raw.conllu
fi
