#!/usr/bin/env bash
# What the shipped training recipe (train + dev) buys on text annotated like dev.
#   bench/eval_dev_halves.sh [BUILD_DIR]
# The shipped models learn from train and dev, so dev cannot score them. This splits dev
# into its first and second half (whole sentences, in file order, so no document is on
# both sides), trains segmenter, tagger and parser on train + one half with the shipped
# settings (models/README.md), and scores the other half, both ways round; then the same
# with train only, on the same halves, for comparison. Scores with
# ../shared/tools/score_conllu.py, gold words (CoNLL-U input) and end to end from the raw
# `# text` lines. About 4 times bench/eval_parser.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/build_dir.sh "${1:-}"
BIGRAMS=$SHARED/data/lexical/vie.word.bigrams
if [[ ! -f $DATA/vi_vtb-ud-train.conllu || ! -f $DATA/vi_vtb-ud-dev.conllu ]]; then echo "skipped: data not found"; exit 0; fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
SEED=${SEED:-1}

# The halves: sentences are blocks separated by blank lines.
awk -v out="$OUT" 'BEGIN { RS = ""; ORS = "\n\n" } { block[NR] = $0 }
  END { h = int(NR / 2); for (i = 1; i <= NR; i++) print block[i] > (out "/" (i <= h ? "A" : "B") ".conllu") }' \
  $DATA/vi_vtb-ud-dev.conllu

scores() {  # label gold system
  /usr/bin/python3 $SCORE "$2" "$3" | awk -v l="$1" '$1 ~ /^(words|upos|uas|las)$/ { printf "%s %s %s\n", l, $1, $4 }'
}

run() {  # name held-out extra-train-files...
  local name=$1 held=$2
  shift 2
  local train=(--train $DATA/vi_vtb-ud-train.conllu)
  for f in "$@"; do train+=(--train "$f"); done
  local m=$OUT/$name
  mkdir -p $m
  $VITEXT train segmenter "${train[@]}" --bigrams $BIGRAMS --out $m/segmenter.bin --epochs 10 --seed $SEED 2>$m/segmenter.log
  $VITEXT train tagger "${train[@]}" --bigrams $BIGRAMS --out $m/tagger.bin --seed $SEED --epochs 10 2>$m/tagger.log
  $VITEXT train parser "${train[@]}" --tagger $m/tagger.bin --jackknife 10 --out $m/parser.bin --seed $SEED \
    --epochs 12 --min-updates 3 --ensemble 3 2>$m/parser.log
  $VITEXT parse --input-format conllu --tagger-model $m/tagger.bin --parser-model $m/parser.bin $held > $m/gold-words.conllu
  scores "$name gold-words" $held $m/gold-words.conllu
  grep '^# text = ' $held | sed 's/^# text = //' > $m/text.txt
  $VITEXT analyze --input-format lines --format conllu --segmenter-model $m/segmenter.bin --tagger-model $m/tagger.bin \
    --parser-model $m/parser.bin $m/text.txt > $m/raw.conllu
  scores "$name end-to-end" $held $m/raw.conllu
}

{
  run train+devA_on_devB $OUT/B.conllu $OUT/A.conllu
  run train+devB_on_devA $OUT/A.conllu $OUT/B.conllu
  run train_on_devB $OUT/B.conllu
  run train_on_devA $OUT/A.conllu
} > $OUT/all.txt
cat $OUT/all.txt
echo "== means of the two halves (F1)"
awk '{ key = ($1 ~ /\+dev/ ? "train+other-half" : "train-only") " " $2 " " $3; sum[key] += $4; n[key]++ }
  END { for (k in sum) printf "%-32s %6.2f\n", k, sum[k] / n[k] }' $OUT/all.txt | sort
