#!/usr/bin/env bash
# Search index at scale (issue 20), in ONE run so that the ratios hold on a shared machine:
#  1. speed on the first N news articles: `vitext analyze` (one thread, the full pipeline),
#     `vitext index` at 1 and 2 threads, and `vitext process --until extract -j 2` (documents/s,
#     wall and CPU seconds); the bar is index >= half of analyze's speed;
#  2. the full index of all the articles (2 threads): database size against the input's;
#  3. query latency of that index (bench/search_latency, bench/search_queries.tsv): p50, p99
#     and max per class (plain, phrase, filtered); the bar is p99 < 100 ms for plain queries.
#   bash bench/index_speed.sh [BUILD_DIR] [N, default 3000] [FULL, default 1: 0 skips 2 and 3]
# Written under BUILD_DIR/index_speed/, never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=build_dir.sh
source bench/build_dir.sh "${1:-}"
N=${2:-3000}
FULL=${3:-1}
NEWS=$SHARED/data/unlabelled/news-baomoi.jsonl.zst
REPORT=$SHARED/data/samples/thanhhoa-security-2023.txt
[ -f "$NEWS" ] || { echo "skipped: $NEWS not found"; exit 0; }
[ -x "$BUILD/search_latency" ] || { echo "build the search_latency target first ($BUILD)"; exit 2; }
OUT=$BUILD/index_speed
rm -rf "$OUT"
mkdir -p "$OUT"
{ zstd -dc "$NEWS" 2> /dev/null || true; } | head -n "$N" > "$OUT/sub.jsonl"

# run NAME CMD...: wall and CPU seconds, peak RSS -> $OUT/NAME.time ("wall user sys rss_kb")
run() {
  local name=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$OUT/$name.time" "$@" > /dev/null 2> "$OUT/$name.err" || {
    cat "$OUT/$name.err" >&2
    exit 1
  }
}
row() {  # row NAME DOCS
  read -r wall user sys rss < "$OUT/$1.time"
  awk -v n="$1" -v d="$2" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
    'BEGIN { printf "| %s | %.1f | %.1f | %.0f | %.0f | %.0f |\n", n, w, u + s, d / w, d / (u + s), r / 1024 }'
}
docs=$(wc -l < "$OUT/sub.jsonl")
echo "## speed: the first $docs articles ($(du -m "$OUT/sub.jsonl" | cut -f1) MB)"
run analyze "$VITEXT" analyze "$OUT/sub.jsonl" -o /dev/null
run index_j1 "$VITEXT" index --db "$OUT/j1.db" --no-progress -j 1 "$OUT/sub.jsonl"
run index_j2 "$VITEXT" index --db "$OUT/j2.db" --no-progress -j 2 "$OUT/sub.jsonl"
run process_extract_j2 "$VITEXT" process --until extract --no-quality --no-progress -j 2 "$OUT/sub.jsonl" -o /dev/null
echo "| command | wall s | CPU s | docs/s (wall) | docs/s (CPU) | peak MB |"
echo "|---|---:|---:|---:|---:|---:|"
for n in analyze index_j1 index_j2 process_extract_j2; do row "$n" "$docs"; done
read -r aw _ < "$OUT/analyze.time"
read -r iw _ < "$OUT/index_j1.time"
awk -v a="$aw" -v i="$iw" 'BEGIN { printf "index (1 thread) / analyze speed: %.2f (bar: >= 0.5)\n", a / i }'

[ "$FULL" = 1 ] || exit 0
echo
echo "## the full index: every article plus the reference report, 2 threads"
mkdir -p "$OUT/full"
zstd -dc "$NEWS" > "$OUT/full/news.jsonl"
[ -f "$REPORT" ] && cp "$REPORT" "$OUT/full/"
run full "$VITEXT" index --db "$OUT/full.db" --progress-interval 30 -j 2 "$OUT/full"
tail -2 "$OUT/full.err"
full_docs=$(grep -o '[0-9]* read' "$OUT/full.err" | head -1 | cut -d' ' -f1)
echo "| command | wall s | CPU s | docs/s (wall) | docs/s (CPU) | peak MB |"
echo "|---|---:|---:|---:|---:|---:|"
row full "$full_docs"
in_bytes=$(du -cb "$OUT/full"/* | tail -1 | cut -f1)
db_bytes=$(du -cb "$OUT"/full.db* | tail -1 | cut -f1)
awk -v i="$in_bytes" -v d="$db_bytes" 'BEGIN { printf "input %.1f MB, index %.1f MB: %.2f x the input\n", i / 1e6, d / 1e6, d / i }'
echo
echo "## query latency (in process, 5 rounds after a warm-up, limit 10)"
"$BUILD/search_latency" --db "$OUT/full.db" --queries bench/search_queries.tsv --rounds 5
