#!/usr/bin/env bash
# Syllable statistics for `vitext train segmenter --syllable-stats` (the corpus features):
#   train/segment_stats.sh OUT_DIR [rdr|news|all]      (default rdr: what segmenter.bin uses)
# rdr:  OUT_DIR/rdr.tsv, how often VnCoreNLP's RDRsegmenter joins each pair of adjacent
#       syllables in ../shared/data/vlsp-style/lines.seg (about 20 s).
# news: OUT_DIR/news.tsv, syllable and adjacent-pair counts of the unlabelled news and
#       Wikipedia text, ../shared/data/unlabelled (about 2.5 minutes; measured without a gain,
#       models/README.md).
# Also OUT_DIR/settings.txt (data checksums, commands). Deterministic. The files hold counts,
# not text; they stay outside the repository all the same.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:?usage: train/segment_stats.sh OUT_DIR [rdr|news|all]}
WHAT=${2:-rdr}
SHARED=${VITEXT_SHARED_DIR:-../shared}
mkdir -p "$OUT"
: > "$OUT/settings.txt"
if [[ $WHAT == rdr || $WHAT == all ]]; then
  zstd -dc "$SHARED/data/vlsp-style/lines.seg.zst" |
    /usr/bin/python3 train/segment_stats.py rdr --min-count 2 > "$OUT/rdr.tsv"
  {
    echo "vlsp-style: $(cd "$SHARED/data/vlsp-style" && sha256sum lines.seg.zst)"
    echo "train/segment_stats.py rdr --min-count 2 > rdr.tsv ($(wc -l < "$OUT/rdr.tsv") lines, sha256 $(sha256sum < "$OUT/rdr.tsv" | cut -c1-16))"
  } >> "$OUT/settings.txt"
fi
if [[ $WHAT == news || $WHAT == all ]]; then
  zstd -dc "$SHARED/data/unlabelled/news-baomoi.jsonl.zst" "$SHARED/data/unlabelled/wiki-vi.jsonl.zst" |
    /usr/bin/python3 train/segment_stats.py news --min-count 3 > "$OUT/news.tsv"
  {
    echo "unlabelled: $(cd "$SHARED/data/unlabelled" && sha256sum news-baomoi.jsonl.zst wiki-vi.jsonl.zst | tr '\n' ' ')"
    echo "train/segment_stats.py news --min-count 3 > news.tsv ($(wc -l < "$OUT/news.tsv") lines)"
  } >> "$OUT/settings.txt"
fi
cat "$OUT/settings.txt"
