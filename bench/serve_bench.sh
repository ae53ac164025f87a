# What the serve benches share (sourced by serve_load.sh and serve_search_load.sh): the binary,
# a free loopback port, waiting for /health, the machine line, and one wrk measurement.

# The binary given, else build/release/vitext, else build/default/vitext.
serve_bench_binary() {
  local repo="$1" given="${2:-}"
  if [ -n "$given" ]; then echo "$given"
  elif [ -x "$repo/build/release/vitext" ]; then echo "$repo/build/release/vitext"
  else echo "$repo/build/default/vitext"; fi
}

serve_bench_free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# Waits up to 10 s for URL/health; prints LOG and exits when it never answers.
serve_bench_wait() {
  local url="$1" log="$2"
  for _ in $(seq 100); do curl -sf "$url/health" >/dev/null && return 0; sleep 0.1; done
  cat "$log"
  exit 1
}

serve_bench_machine() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
}

# wrk at CLIENTS connections (1 or 2 wrk threads), its report in OUT; the rest are wrk's
# arguments. Prints "requests/s | p50 | p99 | errors" (errors: non-2xx answers and socket errors).
serve_bench_wrk() {
  local clients="$1" out="$2"
  shift 2
  wrk -t"$(( clients < 2 ? 1 : 2 ))" -c"$clients" --latency "$@" >"$out" 2>&1
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$out")
  p50=$(awk '$1=="50%" {print $2}' "$out")
  p99=$(awk '$1=="99%" {print $2}' "$out")
  errors=$(awk '/Non-2xx/ {n+=$NF} /Socket errors/ {gsub(",",""); n+=$4+$6+$8+$10} END {print n+0}' "$out")
  echo "$rps | $p50 | $p99 | $errors"
}
