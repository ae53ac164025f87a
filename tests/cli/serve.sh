#!/usr/bin/env bash
# vitext serve as a process: answers on a free loopback port, serves the viewer, and stops
# cleanly (exit 0) on SIGTERM.
set -euo pipefail
bin="$1"
py=/usr/bin/python3
port="$($py -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
log="$(mktemp)"
"$bin" serve --host 127.0.0.1 --port "$port" --threads 1 2>"$log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; rm -f "$log"' EXIT
$py - "$port" <<'PY'
import json, sys, time, urllib.request
base = f"http://127.0.0.1:{sys.argv[1]}"
for _ in range(300):
    try:
        health = json.load(urllib.request.urlopen(base + "/health", timeout=5))
        break
    except OSError:
        time.sleep(0.1)
else:
    sys.exit("server did not answer /health")
assert health["status"] == "ok", health
page = urllib.request.urlopen(base + "/", timeout=5).read().decode()
assert "viewer.js" in page, page[:200]
req = urllib.request.Request(base + "/v1/analyze?until=sentences", data="Hà Nội. Huế.".encode(),
                             headers={"Content-Type": "text/plain; charset=utf-8"})
doc = json.load(urllib.request.urlopen(req, timeout=30))
assert [s["text"] for s in doc["sentences"]] == ["Hà Nội.", "Huế."], doc
PY
kill -TERM "$pid"
wait "$pid"
code=$?
trap - EXIT
grep -q "stopped" "$log" || { cat "$log"; exit 1; }
rm -f "$log"
echo "serve: ok (exit $code after SIGTERM)"

# A search index that is missing or not an index is a set-up error: exit 2, naming the file.
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
printf 'not a database\n' >"$dir/corrupt.db"
for db in "$dir/missing.db" "$dir/corrupt.db"; do
  set +e
  "$bin" serve --host 127.0.0.1 --port 0 --db "$db" 2>"$dir/log"
  code=$?
  set -e
  [ "$code" -eq 2 ] || { echo "serve --db $(basename "$db"): exit $code, want 2"; cat "$dir/log"; exit 1; }
  grep -q "$(basename "$db")" "$dir/log" || { cat "$dir/log"; exit 1; }
done
echo "serve: a missing or corrupt --db exits 2"
