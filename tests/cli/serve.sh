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
