#!/usr/bin/env bash
# vitext facts: the readable report, JSON with the extraction layers, and the CSV/JSONL fact
# tables; every offset slices the original input to the reported text.
set -euo pipefail
VITEXT="$1"
PY=/usr/bin/python3
fail() { echo "FAIL: $*" >&2; exit 1; }
T="${TMPDIR:-/tmp}/vitext_facts_$$"
mkdir -p "$T"
trap 'rm -rf "$T"' EXIT

printf 'Năm 2023, Công an tỉnh Nghệ An đã bắt giữ trên 300 đối tượng, đạt 95%% kế hoạch.\nĐại tá Lê Văn A, Phó Giám đốc Công an tỉnh phát biểu sáng nay (27/12).\n' > "$T/in.txt"

"$VITEXT" facts --date 2023-12 "$T/in.txt" > "$T/report.txt"
grep -q 'trên 300 "đối tượng"' "$T/report.txt" || fail "report lacks the count: $(cat "$T/report.txt")"
grep -q 'Lê Văn A | rank: Đại tá | titles: Phó Giám đốc' "$T/report.txt" || fail "report lacks the person"
grep -q '"sáng nay (27/12)" date 2023-12-27' "$T/report.txt" || fail "report lacks the date"

"$VITEXT" facts --format json --date 2023-12 "$T/in.txt" > "$T/out.jsonl"
$PY - "$T/in.txt" "$T/out.jsonl" <<'PYEOF'
import json, sys
raw = open(sys.argv[1], 'rb').read()
d = json.loads(open(sys.argv[2], encoding='utf-8').readline())
for layer in ("entities", "dates", "facts"):
    assert d[layer], layer
    for x in d[layer]:
        assert raw[x["start"]:x["end"]].decode() == x["text"], (layer, x)
f = [x for x in d["facts"] if x.get("qualifier") == "trên"][0]
assert f["value"] == 300 and f["what"] == "đối tượng" and f["subject"] == "Công an tỉnh Nghệ An", f
assert d["people"][0]["rank"] == "Đại tá"
PYEOF

"$VITEXT" facts --format csv "$T/in.txt" > "$T/out.csv"
head -1 "$T/out.csv" | grep -q '^id,sentence,start,end,qualifier,value' || fail "csv header"
[ "$(wc -l < "$T/out.csv")" -ge 3 ] || fail "csv rows: $(cat "$T/out.csv")"
"$VITEXT" facts --format jsonl < "$T/in.txt" | $PY -c 'import json,sys; rows=[json.loads(l) for l in sys.stdin]; assert len(rows) >= 2 and all("value" in r for r in rows), rows'

# Usage errors exit 2.
set +e
"$VITEXT" facts --format xml "$T/in.txt" > /dev/null 2>&1
[ $? -eq 2 ] || fail "bad format should exit 2"
set -e
echo "facts CLI: ok"
