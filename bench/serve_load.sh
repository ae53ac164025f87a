#!/usr/bin/env bash
# Load and soak test of `vitext serve` on loopback with wrk (Debian package `wrk`):
# POST /v1/analyze with the reference document at concurrency 1, 8 and 64, then a soak that
# compares the server's RSS before and after, with malformed and oversized requests mixed in.
# Usage: bench/serve_load.sh [vitext binary] (default build/release/vitext, else build/default/vitext)
# Environment: DURATION (seconds per level, default 10), SOAK (seconds, default 60), THREADS (server workers).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
source "$repo/bench/serve_bench.sh"
bin="$(serve_bench_binary "$repo" "${1:-}")"
sample="${VITEXT_SHARED_DIR:-$repo/../shared}/data/samples/thanhhoa-security-2023.txt"
[ -f "$sample" ] || { echo "skipped: data not found"; exit 0; }
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }
duration="${DURATION:-10}"
soak="${SOAK:-60}"
workers="${THREADS:-$(nproc)}"
port="$(serve_bench_free_port)"
url="http://127.0.0.1:$port"
tmp="$(mktemp -d)"
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$tmp"' EXIT

"$bin" serve --host 127.0.0.1 --port "$port" --threads "$workers" --connections 128 2>"$tmp/server.log" &
server=$!
serve_bench_wait "$url" "$tmp/server.log"

cat >"$tmp/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
local f = io.open("$sample", "rb")
wrk.body = f:read("*a")
f:close()
LUA
rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }

serve_bench_machine
echo "binary: $bin; server workers: $workers; document: $(wc -c <"$sample") bytes; $duration s per level"
curl -sf -X POST --data-binary @"$sample" -H 'Content-Type: text/plain; charset=utf-8' "$url/v1/analyze" >/dev/null
echo "| clients | requests/s | p50 | p99 | errors |"
echo "| ---: | ---: | ---: | ---: | ---: |"
for c in 1 8 64; do
  echo "| $c | $(serve_bench_wrk "$c" "$tmp/wrk.$c" -d"${duration}s" -s "$tmp/post.lua" "$url/v1/analyze") |"
done

if [ "$soak" -gt 0 ]; then
  before=$(rss)
  # Bad clients during the soak: malformed JSON, invalid UTF-8, oversized bodies, a silent connection.
  (
    end=$((SECONDS + soak))
    while [ $SECONDS -lt $end ]; do
      curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"text": [' "$url/v1/analyze" || true
      printf 'ab\xff' | curl -s -o /dev/null -X POST -H 'Content-Type: text/plain; charset=utf-8' --data-binary @- "$url/v1/analyze" || true
      head -c 9000000 /dev/zero | curl -s -o /dev/null -X POST --data-binary @- "$url/v1/analyze" || true
      { exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'POST /v1/analyze HTTP/1.1\r\nHost: x\r\n' >&3 && sleep 1; exec 3>&-; } || true
    done
  ) &
  bad=$!
  wrk -t2 -c8 -d"${soak}s" --latency -s "$tmp/post.lua" "$url/v1/analyze" >"$tmp/wrk.soak" 2>&1
  wait $bad || true
  after=$(rss)
  echo "soak: ${soak} s at 8 clients with bad clients alongside: $(awk '/requests in/ {print $1}' "$tmp/wrk.soak") requests," \
       "$(awk '/Non-2xx/ {print $NF}' "$tmp/wrk.soak" | grep . || echo 0) non-2xx; RSS before ${before} kB, after ${after} kB"
  curl -sf -X POST --data-binary @"$sample" -H 'Content-Type: text/plain; charset=utf-8' "$url/v1/analyze" >/dev/null &&
    echo "a good request after the soak: ok"
fi
curl -s "$url/metrics" | grep -E '^vitext_http_requests_total' | sed 's/^/metrics: /'
