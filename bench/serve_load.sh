#!/usr/bin/env bash
# Load and soak test of `vitext serve` on loopback with wrk (Debian package `wrk`):
# POST /v1/analyze with the reference document at concurrency 1, 8 and 64, then a soak that
# compares the server's RSS before and after, with malformed and oversized requests mixed in.
# Usage: bench/serve_load.sh [vitext binary] (default build/release/vitext, else build/default/vitext)
# Environment: DURATION (seconds per level, default 10), SOAK (seconds, default 60), THREADS (server workers).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-}"
[ -z "$bin" ] && { [ -x "$repo/build/release/vitext" ] && bin="$repo/build/release/vitext" || bin="$repo/build/default/vitext"; }
sample="${VITEXT_SHARED_DIR:-$repo/../shared}/data/samples/thanhhoa-security-2023.txt"
[ -f "$sample" ] || { echo "skipped: data not found"; exit 0; }
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }
duration="${DURATION:-10}"
soak="${SOAK:-60}"
workers="${THREADS:-$(nproc)}"
port="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
url="http://127.0.0.1:$port"
tmp="$(mktemp -d)"
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$tmp"' EXIT

"$bin" serve --host 127.0.0.1 --port "$port" --threads "$workers" --connections 128 2>"$tmp/server.log" &
server=$!
for _ in $(seq 100); do curl -sf "$url/health" >/dev/null && break; sleep 0.1; done
curl -sf "$url/health" >/dev/null || { cat "$tmp/server.log"; exit 1; }

cat >"$tmp/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
local f = io.open("$sample", "rb")
wrk.body = f:read("*a")
f:close()
LUA
rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: $bin; server workers: $workers; document: $(wc -c <"$sample") bytes; $duration s per level"
curl -sf -X POST --data-binary @"$sample" -H 'Content-Type: text/plain; charset=utf-8' "$url/v1/analyze" >/dev/null
echo "| clients | requests/s | p50 | p99 | errors |"
echo "| ---: | ---: | ---: | ---: | ---: |"
for c in 1 8 64; do
  t=$(( c < 2 ? 1 : 2 ))
  wrk -t"$t" -c"$c" -d"${duration}s" --latency -s "$tmp/post.lua" "$url/v1/analyze" >"$tmp/wrk.$c" 2>&1
  rps=$(awk '/Requests\/sec/ {print $2}' "$tmp/wrk.$c")
  p50=$(awk '$1=="50%" {print $2}' "$tmp/wrk.$c")
  p99=$(awk '$1=="99%" {print $2}' "$tmp/wrk.$c")
  errors=$(awk '/Non-2xx/ {n+=$NF} /Socket errors/ {gsub(",",""); n+=$4+$6+$8+$10} END {print n+0}' "$tmp/wrk.$c")
  echo "| $c | $rps | $p50 | $p99 | $errors |"
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
