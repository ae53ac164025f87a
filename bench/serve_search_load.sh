#!/usr/bin/env bash
# GET /v1/search under load: indexes the first DOCS articles of the unlabelled news with
# `vitext index`, serves the index (`vitext serve --db`) and runs wrk on loopback against a
# plain, a phrase and a filtered query at 1 and 8 clients (Debian package `wrk`).
# Usage: bench/serve_search_load.sh [vitext binary] (default build/release/vitext, else build/default/vitext)
# Environment: DOCS (default 4000), DURATION (seconds per row, default 8), THREADS (server workers).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
source "$repo/bench/serve_bench.sh"
bin="$(serve_bench_binary "$repo" "${1:-}")"
news="${VITEXT_SHARED_DIR:-$repo/../shared}/data/unlabelled/news-baomoi.jsonl.zst"
[ -f "$news" ] || { echo "skipped: data not found"; exit 0; }
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }
docs="${DOCS:-4000}"
duration="${DURATION:-8}"
workers="${THREADS:-$(nproc)}"
port="$(serve_bench_free_port)"
url="http://127.0.0.1:$port"
tmp="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && { kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true; }; rm -rf "$tmp"' EXIT

zstd -dc "$news" 2>/dev/null | head -n "$docs" >"$tmp/news.jsonl" || true
"$bin" index --db "$tmp/news.db" --input-format jsonl --no-progress -q "$tmp/news.jsonl" >"$tmp/index.log" 2>&1
"$bin" serve --host 127.0.0.1 --port "$port" --threads "$workers" --db "$tmp/news.db" 2>"$tmp/server.log" &
server=$!
serve_bench_wait "$url" "$tmp/server.log"

serve_bench_machine
echo "binary: $bin; server workers: $workers; index: $docs documents, $(du -k "$tmp/news.db" | cut -f1) KB; $duration s per row"
echo "| query | clients | requests/s | p50 | p99 | errors |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
while IFS='|' read -r label query; do
  hits=$(curl -sf "$url/v1/search?$query&limit=10000" | /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)["hits"]))')
  for c in 1 8; do
    echo "| $label ($hits hits) | $c | $(serve_bench_wrk "$c" "$tmp/wrk" -d"${duration}s" "$url/v1/search?$query") |"
  done
done <<'QUERIES'
plain `thanh hoa`|q=thanh%20hoa
phrase `"giá vàng"`|q=%22gi%C3%A1%20v%C3%A0ng%22
filtered `công an`, 2017|q=c%C3%B4ng%20an&since=2017-01&until=2017-12
filters alone: fact in `đồng` ≥ 10⁹|fact_unit=%C4%91%E1%BB%93ng&fact_min=1000000000
QUERIES
