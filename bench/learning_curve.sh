#!/usr/bin/env bash
# How tagging and parsing accuracy grow with the amount of training data: the first 25%,
# 50%, 75% and all of UD VTB train (whole sentences, in file order), each with the settings
# of bench/eval_parser.sh, scored on dev with gold words. The slope says how much of the
# gap to a target more annotated data would close.
#   bench/learning_curve.sh [BUILD_DIR]   (default build/release, else build/default)
#   SEED=2 bench/learning_curve.sh; FRACTIONS="50 100" for fewer points.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/build_dir.sh "${1:-}"
if [[ ! -f $DATA/vi_vtb-ud-train.conllu ]]; then echo "skipped: data not found"; exit 0; fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
SEED=${SEED:-1}

total=$(awk 'BEGIN { RS = "" } END { print NR }' $DATA/vi_vtb-ud-train.conllu)
printf "%-9s %9s %9s %7s %7s %7s\n" "train" "sentences" "words" "UPOS" "UAS" "LAS"
for f in ${FRACTIONS:-25 50 75 100}; do
  n=$((total * f / 100))
  part=$OUT/train$f.conllu
  awk -v n=$n 'BEGIN { RS = ""; ORS = "\n\n" } NR <= n' $DATA/vi_vtb-ud-train.conllu > $part
  words=$(grep -cE '^[0-9]+	' $part || true)
  $VITEXT train tagger --train $part --out $OUT/tagger$f.bin --seed $SEED --epochs 10 2>$OUT/tagger$f.log
  $VITEXT train parser --train $part --tagger $OUT/tagger$f.bin --jackknife 10 --out $OUT/parser$f.bin --seed $SEED \
    --epochs 12 --min-updates 3 --ensemble 3 2>$OUT/parser$f.log
  $VITEXT parse --input-format conllu --tagger-model $OUT/tagger$f.bin --parser-model $OUT/parser$f.bin \
    $DATA/vi_vtb-ud-dev.conllu > $OUT/dev$f.conllu
  /usr/bin/python3 $SCORE $DATA/vi_vtb-ud-dev.conllu $OUT/dev$f.conllu |
    awk -v f="$f%" -v n=$n -v w=$words '$1 == "upos" { u = $4 } $1 == "uas" { a = $4 } $1 == "las" { l = $4 }
      END { printf "%-9s %9d %9d %7.2f %7.2f %7.2f\n", f, n, w, u, a, l }'
done
