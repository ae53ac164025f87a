#!/usr/bin/env bash
# The accurate parsing mode (`--parser accurate`) against the fast one, on dev, models trained
# on train only, with nothing tuned on the sentences scored.
#   bench/eval_accurate_parser.sh [BUILD_DIR]   (default build/release, else build/default)
#   SEED=1 EPOCHS=40 MEMBERS=1 WEIGHTS="0 1 2 3 4" LABEL_WEIGHTS="0 1 2 3" VECTORS=DIR ...
#   PARSER_ARGS: extra `train parser` options for the fast parser (e.g. --extra-trees FILE)
#   SEGMENTER_ARGS: extra `train segmenter` options (the shipped one's corpus features:
#     "--syllable-stats build/segment-stats/rdr.tsv", made by train/segment_stats.sh)
# VECTORS: a folder with train/vectors.sh's words.vec, syllables.vec and clusters.tsv
# (pre-trained input vectors, and the word clusters the tagger and the fast parser use, as the
# shipped models do; without it the members learn theirs from the trees alone and the tagger
# has no clusters). About 15 minutes on 2
# cores with one member (the shipped recipe), 50 with two of the earlier size
# (MEMBERS=2 ARCH="--layers 2 --hidden 200 --arc-dim 256 --rel-dim 64").
#
# 1. vitext's tagger and fast parser on train, with bench/eval_parser.sh's settings; the parser
#    also writes the trees it learns from (--write-trees: convention mappings, jackknifed tags).
# 2. MEMBERS neural members (train/biaffine_parser.py, seeds SEED, SEED + 1, ..., in parallel), each
#    keeping the epoch with the best LAS on the first half of dev and the one with the best LAS
#    on the second half (halves as in bench/eval_dev_halves.sh: whole sentences, file order).
# 3. For each half: the members chosen on the OTHER half, and the weights of the fast tree's vote
#    (on its arcs, among WEIGHTS; on its labels where an arc is kept, among LABEL_WEIGHTS) chosen
#    on the other half (gold words LAS); then that model scores this half,
#    with gold words and end to end (a segmenter trained on train, `vitext analyze` on the raw
#    `# text` lines). The means of the two halves are a two-fold cross-validated dev figure.
# 4. Speed of both modes in the same run (parse_bench, when built).
# Needs python3-torch and libopenblas0-pthread to train (not to run the models).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/build_dir.sh "${1:-}"
if [[ ! -f $DATA/vi_vtb-ud-train.conllu || ! -f $DATA/vi_vtb-ud-dev.conllu ]]; then echo "skipped: data not found"; exit 0; fi
if ! /usr/bin/python3 -c "import torch, numpy" 2>/dev/null; then
  echo "skipped: python3-torch not installed (apt-get install python3-torch libopenblas0-pthread)"; exit 0
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
SEED=${SEED:-1}
EPOCHS=${EPOCHS:-40}
WEIGHTS=${WEIGHTS:-0 1 2 3 4}
LABEL_WEIGHTS=${LABEL_WEIGHTS:-0 1 2 3}
MEMBERS=${MEMBERS:-1}
ARCH=${ARCH:---layers 1 --hidden 128 --arc-dim 128 --rel-dim 32}
TRAINER=train/biaffine_parser.py
VECTOR_ARGS=()
TAGGER_ARGS=()
if [[ -n ${VECTORS:-} ]]; then
  VECTOR_ARGS=(--word-vectors "$VECTORS/words.vec" --syllable-vectors "$VECTORS/syllables.vec")
  TAGGER_ARGS=(--word-clusters "$VECTORS/clusters.tsv")
fi

awk -v out="$OUT" 'BEGIN { RS = ""; ORS = "\n\n" } { block[NR] = $0 }
  END { h = int(NR / 2); for (i = 1; i <= NR; i++) print block[i] > (out "/" (i <= h ? "A" : "B") ".conllu") }' \
  $DATA/vi_vtb-ud-dev.conllu
for h in A B; do grep '^# text = ' $OUT/$h.conllu | sed 's/^# text = //' > $OUT/$h.txt; done

$VITEXT train tagger --train $DATA/vi_vtb-ud-train.conllu --out $OUT/tagger.bin --seed $SEED --epochs 10 \
  --bigrams $SHARED/data/lexical/vie.word.bigrams "${TAGGER_ARGS[@]}" 2>$OUT/tagger.log
$VITEXT train parser --train $DATA/vi_vtb-ud-train.conllu --dev $DATA/vi_vtb-ud-dev.conllu --tagger $OUT/tagger.bin \
  --jackknife 10 --out $OUT/parser.bin --seed $SEED --epochs 12 --min-updates 3 --ensemble 3 \
  --write-trees $OUT/trees ${PARSER_ARGS:-} 2>$OUT/parser.log
$VITEXT train segmenter --train $DATA/vi_vtb-ud-train.conllu --out $OUT/segmenter.bin \
  --bigrams $SHARED/data/lexical/vie.word.bigrams --epochs 10 --seed $SEED ${SEGMENTER_ARGS:-} 2>$OUT/segmenter.log &
seeds=()
for ((k = 0; k < MEMBERS; ++k)); do seeds+=($((SEED + k))); done
for s in "${seeds[@]}"; do
  # shellcheck disable=SC2086
  /usr/bin/python3 $TRAINER train --train $OUT/trees.train.conllu --dev $OUT/trees.dev.conllu --seed $s $ARCH \
    "${VECTOR_ARGS[@]}" --epochs $EPOCHS --save dev-first-half=$OUT/m$s.A.pt --save dev-second-half=$OUT/m$s.B.pt > $OUT/m$s.log 2>&1 &
done
wait

las() { /usr/bin/python3 $SCORE "$1" "$2" | awk '$1 == "las" { print $4 }'; }
gold_words() {  # held-out-file model-file(or empty for fast) output
  local mode=(--parser fast)
  [[ -n $2 ]] && mode=(--parser accurate --accurate-parser-model $2)
  $VITEXT parse --input-format conllu --tagger-model $OUT/tagger.bin --parser-model $OUT/parser.bin "${mode[@]}" $1 > $3
}
end_to_end() {  # half model-file(or empty) output
  local mode=(--parser fast)
  [[ -n $2 ]] && mode=(--parser accurate --accurate-parser-model $2)
  $VITEXT analyze --input-format lines --format conllu --segmenter-model $OUT/segmenter.bin --tagger-model $OUT/tagger.bin \
    --parser-model $OUT/parser.bin "${mode[@]}" $OUT/$1.txt > $3
}
export_model() {  # chosen-on-half arc-weight label-weight output
  local members=()
  for s in "${seeds[@]}"; do members+=("$OUT/m$s.$1.pt"); done
  /usr/bin/python3 $TRAINER export --train $OUT/trees.train.conllu --vote-weight $2 --label-vote-weight $3 --out $4 \
    "${members[@]}" > /dev/null
}

for held in A B; do
  tune=$([[ $held == A ]] && echo B || echo A)
  best_w="" best=-1
  for w in $WEIGHTS; do
    for lw in $LABEL_WEIGHTS; do
      export_model $tune $w $lw $OUT/acc.$tune.$w.$lw.bin
      gold_words $OUT/$tune.conllu $OUT/acc.$tune.$w.$lw.bin $OUT/tune.conllu
      score=$(las $OUT/$tune.conllu $OUT/tune.conllu)
      echo "half $tune (members chosen on it): vote weights $w (arcs) $lw (labels), gold words LAS $score" >> $OUT/tuning.txt
      if awk -v a=$score -v b=$best 'BEGIN { exit !(a > b) }'; then best=$score best_w=$w.$lw; fi
    done
  done
  model=$OUT/acc.$tune.$best_w.bin
  echo "scoring half $held with the members and the vote weights (arcs.labels $best_w) chosen on half $tune" >> $OUT/tuning.txt
  gold_words $OUT/$held.conllu "" $OUT/$held.fast.gold.conllu
  gold_words $OUT/$held.conllu $model $OUT/$held.accurate.gold.conllu
  end_to_end $held "" $OUT/$held.fast.raw.conllu
  end_to_end $held $model $OUT/$held.accurate.raw.conllu
  for mode in fast accurate; do
    for input in gold raw; do
      /usr/bin/python3 $SCORE $OUT/$held.conllu $OUT/$held.$mode.$input.conllu |
        awk -v k="$mode $input $held" '$1 ~ /^(upos|uas|las)$/ { printf "%s %s %s\n", k, $1, $4 }' >> $OUT/scores.txt
    done
  done
done

cat $OUT/tuning.txt
for s in "${seeds[@]}"; do grep '^saved' $OUT/m$s.log | sed "s/^/seed $s: /"; done
echo
printf "%-36s %8s %8s %8s %8s %8s %8s\n" "dev, train only, F1" "UPOS A" "UAS A" "LAS A" "UPOS B" "UAS B" "LAS B"
for mode in fast accurate; do
  for input in gold raw; do
    label="$mode, $([[ $input == gold ]] && echo 'gold words' || echo 'end to end')"
    awk -v k="$mode $input" -v label="$label" '$1 " " $2 == k { v[$3 " " $4] = $5 }
      END { printf "%-36s %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f   mean UPOS %.2f UAS %.2f LAS %.2f\n", label,
            v["A upos"], v["A uas"], v["A las"], v["B upos"], v["B uas"], v["B las"],
            (v["A upos"] + v["B upos"]) / 2, (v["A uas"] + v["B uas"]) / 2, (v["A las"] + v["B las"]) / 2 }' $OUT/scores.txt
  done
done
if [[ -x $BUILD/parse_bench ]]; then
  echo
  echo "== speed on dev (gold words; the accurate model chosen on half A)"
  $BUILD/parse_bench $DATA/vi_vtb-ud-dev.conllu --tagger $OUT/tagger.bin --parser $OUT/parser.bin --accurate $model
fi
