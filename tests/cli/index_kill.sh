#!/usr/bin/env bash
# vitext index killed at any moment (SIGKILL, no chance to clean up) leaves a consistent
# index, and running the same command again gives the same contents as one uninterrupted
# run: every table compared row by row, documents matched by id.
set -euo pipefail
VITEXT="$1"
SRC="${VITEXT_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}"
fail() { echo "FAIL: $*" >&2; exit 1; }
T="${TMPDIR:-/tmp}/vitext_index_kill_$$"
mkdir -p "$T"
trap 'rm -rf "$T"' EXIT

# Thousands of small reports made from the example, each with its own numbers, names and dates.
/usr/bin/python3 - "$SRC/examples/bao-cao-an-ninh.txt" "$T/in.jsonl" <<'PY'
import json, sys
raw = open(sys.argv[1], encoding="utf-8").read()
body = raw.split("\n\n", 1)[1]
names = ["Lê Văn Bình", "Nguyễn Thị Hoa", "Trần Quốc Hùng", "Phạm Minh Tuấn"]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(4000):
        text = (body.replace("45 vụ", f"{i % 97} vụ").replace("12 tập thể", f"{i % 13 + 1} tập thể")
                    .replace("Lê Văn Bình", names[i % 4]).replace("15/01/2024", f"{i % 28 + 1}/{i % 12 + 1}/2023"))
        out.write(json.dumps({"id": f"doc-{i:05d}", "text": text, "date": "2024-01"}, ensure_ascii=False) + "\n")
PY

dump() {  # dump DB: every table as text, documents by id, rows sorted
  /usr/bin/python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
rows = []
rows += sorted(db.execute("SELECT id, title, date, date_lo, date_hi, source, hash, hex(text), hex(spans) FROM documents"))
rows += sorted(db.execute("SELECT d.id, f.words FROM fts f JOIN documents d ON d.doc = f.rowid"))
for table in ("entities", "people", "dates", "facts"):
    cols = [c[1] for c in db.execute(f"PRAGMA table_info({table})") if c[1] != "doc"]
    sel = ", ".join(f"quote(t.{c})" for c in cols)
    rows += sorted((table,) + r for r in db.execute(f"SELECT d.id, {sel} FROM {table} t JOIN documents d ON d.doc = t.doc"))
# The FTS index agrees with its content.
db.execute("INSERT INTO fts(fts, rank) VALUES('integrity-check', 1)")
n_docs = db.execute("SELECT count(*) FROM documents").fetchone()[0]
n_fts = db.execute("SELECT count(*) FROM fts").fetchone()[0]
assert n_docs == n_fts, (n_docs, n_fts)
for r in rows: print(r)
PY
}

"$VITEXT" index --db "$T/whole.db" --no-progress -j 1 "$T/in.jsonl" 2> "$T/whole.err" || fail "$(cat "$T/whole.err")"
total=$(/usr/bin/python3 -c "import sqlite3; print(sqlite3.connect('$T/whole.db').execute('select count(*) from documents').fetchone()[0])")
[ "$total" = 4000 ] || fail "the uninterrupted run stored $total documents"

# Killed once some batches are committed, then run again (twice: a kill during the rerun too).
killed=0
for round in 1 2; do
  "$VITEXT" index --db "$T/killed.db" --no-progress -j 1 --batch 25 "$T/in.jsonl" 2> "$T/killed.err" &
  pid=$!
  /usr/bin/python3 - "$T/killed.db" "$round" <<'PY'
import os, sqlite3, sys, time
want = 200 * int(sys.argv[2])
for _ in range(3000):
    try:
        n = sqlite3.connect(sys.argv[1]).execute("select count(*) from documents").fetchone()[0]
        if n >= want: break
    except sqlite3.Error:
        pass
    time.sleep(0.01)
PY
  if kill -9 "$pid" 2> /dev/null; then killed=$((killed + 1)); fi
  wait "$pid" 2> /dev/null || true
done
[ "$killed" -ge 1 ] || fail "the run ended before it could be killed"
n=$(/usr/bin/python3 -c "import sqlite3; print(sqlite3.connect('$T/killed.db').execute('select count(*) from documents').fetchone()[0])")
[ "$n" -gt 0 ] && [ "$n" -lt 4000 ] || fail "killed midway, yet $n documents stored"
"$VITEXT" index --db "$T/killed.db" --no-progress -j 2 "$T/in.jsonl" 2> "$T/rerun.err" || fail "$(cat "$T/rerun.err")"
grep -q "+ $n skipped" "$T/rerun.err" || fail "the rerun redid stored documents ($n stored): $(cat "$T/rerun.err")"
dump "$T/whole.db" > "$T/whole.txt"
dump "$T/killed.db" > "$T/killed.txt"
cmp -s "$T/whole.txt" "$T/killed.txt" || fail "killed and rerun differs from one run: $(diff "$T/whole.txt" "$T/killed.txt" | head -5)"
echo "ok: killed $killed times after $n documents; the rerun gives the same index"
