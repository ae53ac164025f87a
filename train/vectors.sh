#!/usr/bin/env bash
# Word and syllable vectors and word clusters from the unlabelled news and Wikipedia text
# (../shared/data/unlabelled), segmented by vitext itself with its embedded model.
#   train/vectors.sh OUT_DIR [BUILD_DIR]     (BUILD_DIR as bench/build_dir.sh: build/release)
# Needs the fastText 0.9.2 command line (Debian package `fasttext`). One thread and a fixed
# seed: the same input gives the same files. About 35 minutes on one core of a 2-core Xeon
# VM (the word vectors take 15 of them); run it under build-slot on a shared machine.
# Writes to OUT_DIR:
#   words.vec / words.bin   word vectors (skipgram with character n-grams 3-5, so
#                           `fasttext print-word-vectors words.bin` gives unseen words one)
#   syllables.vec           syllable vectors (skipgram, no n-grams)
#   clusters.tsv            nested word clusters (1024 / 256 / 64 / 16) of the 100,000 most
#                           frequent words by their neighbours, what `vitext train tagger
#                           --word-clusters` reads (part-of-speech-like)
#   clusters-skipgram.tsv   the same k-means over words.vec (topical; for comparison)
#   settings.txt            the commands and data checksums
# Words and syllables are in vitext's word key (lower case, ASCII digits as 0; syllables
# of a word joined by '_'), the form the tagger and the parsers look words up by.
# The text and what is derived from it stay outside the repository (see the data README).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:?usage: train/vectors.sh OUT_DIR [BUILD_DIR]}
source bench/build_dir.sh "${2:-}"
SEED=${SEED:-1}
DIM=${DIM:-100}
EPOCHS=${EPOCHS:-2}
CORPUS=$SHARED/data/unlabelled
command -v fasttext >/dev/null || { echo "train/vectors.sh: needs fasttext (apt-get install fasttext)" >&2; exit 1; }
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# 1. Segment (a sentence a line) and key the text.
for f in news-baomoi wiki-vi; do
  zstd -dc "$CORPUS/$f.jsonl.zst" | $VITEXT segment --input-format jsonl -f text -q
done | /usr/bin/python3 train/vectors_corpus.py words > "$WORK/words.txt"
tr '_' ' ' < "$WORK/words.txt" > "$WORK/syllables.txt"

# 2. Vectors. Window 3: neighbours close by say more about how a word is used (its part
# of speech, its dependents) than about its topic.
WORD_ARGS="skipgram -dim $DIM -epoch $EPOCHS -ws 3 -minCount 3 -minn 3 -maxn 5 -bucket 1000000 -thread 1 -seed $SEED"
SYLLABLE_ARGS="skipgram -dim $DIM -epoch $EPOCHS -ws 3 -minCount 3 -maxn 0 -thread 1 -seed $SEED"
# shellcheck disable=SC2086
fasttext $WORD_ARGS -input "$WORK/words.txt" -output "$OUT/words" -verbose 1
# shellcheck disable=SC2086
fasttext $SYLLABLE_ARGS -input "$WORK/syllables.txt" -output "$WORK/syllables" -verbose 1
mv "$WORK/syllables.vec" "$OUT/syllables.vec"

# 3. Clusters: by the words right before and after (the words of one part of speech share
# them), and of the skipgram vectors (which group words by topic) to compare.
CLUSTER_ARGS="--levels 1024,256,64,16 --iterations 20 --seed $SEED"
CONTEXT_ARGS="--words 100000 --contexts 500 --dim 128"
# shellcheck disable=SC2086
$VITEXT train clusters --corpus "$WORK/words.txt" --out "$OUT/clusters.tsv" $CONTEXT_ARGS $CLUSTER_ARGS
# shellcheck disable=SC2086
$VITEXT train clusters --vectors "$OUT/words.vec" --out "$OUT/clusters-skipgram.tsv" --words 200000 $CLUSTER_ARGS

{
  echo "corpus: $(cd "$CORPUS" && sha256sum news-baomoi.jsonl.zst wiki-vi.jsonl.zst | tr '\n' ' ')"
  echo "segmenter: embedded in $($VITEXT version 2>/dev/null | head -1)"
  echo "tokens: $(wc -w < "$WORK/words.txt") words, $(wc -w < "$WORK/syllables.txt") syllables"
  echo "fasttext $WORD_ARGS"
  echo "fasttext $SYLLABLE_ARGS"
  echo "vitext train clusters --corpus words.txt $CONTEXT_ARGS $CLUSTER_ARGS"
  echo "vitext train clusters --vectors words.vec --words 200000 $CLUSTER_ARGS"
} > "$OUT/settings.txt"
cat "$OUT/settings.txt"
