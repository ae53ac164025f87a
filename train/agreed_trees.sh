#!/usr/bin/env bash
# Trees of unlabelled news sentences that the fast and the accurate parser agree on, for the
# fast parser to learn from (`vitext train parser --extra-trees`; tri-training).
#   train/agreed_trees.sh OUT.conllu [BUILD_DIR]   (BUILD_DIR as bench/build_dir.sh)
# Models (default: the embedded ones): SEGMENTER, TAGGER, PARSER, ACCURATE (model files).
# ARTICLES news articles of ../shared/data/unlabelled/news-baomoi.jsonl.zst (default 600,
# about 300k words) after the first SKIP (default 0); MIN_WORDS / MAX_WORDS (3 / 40) bound
# the sentences kept. Each article is segmented and tagged once per parser, both runs with
# the same segmenter and tagger, so the words and tags agree; train/agreed_trees.py keeps the
# sentences whose heads and relations agree everywhere. About 3 minutes on one core (the
# accurate parser's).
# The trees are the unlabelled text itself: they stay outside the repository (data README).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:?usage: train/agreed_trees.sh OUT.conllu [BUILD_DIR]}
source bench/build_dir.sh "${2:-}"
ARTICLES=${ARTICLES:-600}
SKIP=${SKIP:-0}
MODELS=()
[[ -n ${SEGMENTER:-} ]] && MODELS+=(--segmenter-model "$SEGMENTER")
[[ -n ${TAGGER:-} ]] && MODELS+=(--tagger-model "$TAGGER")
[[ -n ${PARSER:-} ]] && MODELS+=(--parser-model "$PARSER")
[[ -n ${ACCURATE:-} ]] && MODELS+=(--accurate-parser-model "$ACCURATE")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# awk reads to the end (head would close the pipe on zstd, an error under pipefail).
zstd -dc "$SHARED/data/unlabelled/news-baomoi.jsonl.zst" |
  awk -v skip="$SKIP" -v n="$ARTICLES" 'NR > skip && NR <= skip + n' > "$WORK/news.jsonl"
$VITEXT analyze -q --input-format jsonl --format conllu "${MODELS[@]}" "$WORK/news.jsonl" > "$WORK/fast.conllu"
$VITEXT analyze -q --input-format jsonl --format conllu --parser accurate "${MODELS[@]}" "$WORK/news.jsonl" \
  > "$WORK/accurate.conllu"
/usr/bin/python3 train/agreed_trees.py "$WORK/fast.conllu" "$WORK/accurate.conllu" \
  --min-words "${MIN_WORDS:-3}" --max-words "${MAX_WORDS:-40}" > "$OUT"
