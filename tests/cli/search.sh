#!/usr/bin/env bash
# vitext index / vitext search: folded matching with correct byte offsets, the filters on the
# analysis, shards, reruns that skip what is stored, replace by id, and clear errors (exit 2)
# for malformed queries, unknown flags and missing or damaged index files. With the shared
# data: the done-when checks of issue 20 on news plus the reference report.
set -euo pipefail
VITEXT="$1"
SRC="${VITEXT_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}"
SHARED="${VITEXT_SHARED_DIR:-$SRC/../shared}"
# shellcheck source=../testing/data_files.sh
. "$SRC/tests/testing/data_files.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }
T="${TMPDIR:-/tmp}/vitext_search_$$"
mkdir -p "$T/docs"
trap 'rm -rf "$T"' EXIT

# A few documents written here, in the web-corpus layout, plus the example report.
cp "$SRC/examples/bao-cao-an-ninh.txt" "$T/docs/"
printf ' date 2023-12 Hội nghị hòa giải ở cơ sở\n\nNgày 20/12/2023, xã Đông Hòa tổ chức hội nghị hòa giải ở cơ sở với 30 hòa giải viên.\n' > "$T/docs/hoa-giai.txt"
printf ' date 2022-05 Mùa hoa ban nở\n\nHoa ban nở trắng núi rừng Tây Bắc, du khách đến ngắm hoa rất đông.\n' > "$T/docs/hoa-ban.txt"
printf 'Văn bản không có ngày tháng nói về Thanh Hóa và hoà bình.\n' > "$T/docs/khong-ngay.txt"
printf 'Hai đội hòa nhau sau 90 phút thi đấu.\n' > "$T/docs/bong-da.txt"

"$VITEXT" index --db "$T/a.db" --no-progress "$T/docs" 2> "$T/index.err" || fail "index: $(cat "$T/index.err")"
grep -q "5 read = 5 ok" "$T/index.err" || fail "index summary: $(cat "$T/index.err")"
# A rerun skips everything stored unchanged.
"$VITEXT" index --db "$T/a.db" --no-progress "$T/docs" 2> "$T/rerun.err" || fail "rerun: $(cat "$T/rerun.err")"
grep -q "5 read = 0 ok .* + 5 skipped" "$T/rerun.err" || fail "rerun did not skip: $(cat "$T/rerun.err")"

search() { "$VITEXT" search --db "$T/a.db" --format json "$@"; }
# check_hits FILE PYTHON: runs PYTHON with `hits` (the JSON lines) and `text(hit)` (the hit's
# original text, read from its file) bound; an assertion failing fails the test.
check_hits() {
  /usr/bin/python3 - "$1" "$2" <<'PY' || fail "$2"
import json, sys
hits = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
def text(h):
    raw = open(h["source"], "rb").read()
    return raw[raw.index(b"\n\n") + 2:] if raw.startswith(b" date ") else raw
def matched(h):
    t = text(h)
    return [t[a:b].decode() for a, b in h["matches"]]
exec(sys.argv[2])
PY
}

search "thanh hoa" > "$T/q1.jsonl"
check_hits "$T/q1.jsonl" '
ids = [h["id"].rsplit("/", 1)[-1] for h in hits]
assert "bao-cao-an-ninh.txt#1" in ids[:5], ids
assert "khong-ngay.txt" in ids, ids
for h in hits:
    assert matched(h) and all(m.lower() == "thanh hóa" for m in matched(h)), matched(h)
    assert h["snippet"].encode() == text(h)[h["snippet_start"]:h["snippet_start"] + len(h["snippet"].encode())]
'
# "hoà" (old tone placement) finds the word "hòa", exact matches first ("hoa", flower, after);
# not the syllable inside other words ("Thanh Hóa", "hòa giải" are words of their own).
search "hoà" > "$T/q2.jsonl"
check_hits "$T/q2.jsonl" '
ids = [h["id"].rsplit("/", 1)[-1] for h in hits]
assert ids == ["bong-da.txt", "hoa-ban.txt#1"], ids
assert matched(hits[0]) == ["hòa"], matched(hits[0])
'
search "hoa" > "$T/q3.jsonl"
check_hits "$T/q3.jsonl" 'assert len(hits) == 2, hits'
# Words without diacritics group into the index's words: "hoa giai" is "hòa giải".
search "HOA GIAI" > "$T/q3b.jsonl"
check_hits "$T/q3b.jsonl" '
assert len(hits) == 1 and "hoa-giai" in hits[0]["id"], hits
assert set(matched(hits[0])) == {"hòa giải"}, matched(hits[0])
'
# A phrase: the words in order.
search '"hội nghị hòa giải"' > "$T/q4.jsonl"
check_hits "$T/q4.jsonl" '
assert len(hits) == 1 and "hoa-giai" in hits[0]["id"], hits
assert matched(hits[0]) == ["hội nghị hòa giải"], matched(hits[0])
'
search '"giải hòa"' > "$T/q5.jsonl"
[ ! -s "$T/q5.jsonl" ] || fail "a phrase out of order matched: $(cat "$T/q5.jsonl")"

# Filters on the analysis.
search --fact-unit "tập thể" > "$T/f1.jsonl"
check_hits "$T/f1.jsonl" '
assert len(hits) == 1 and "bao-cao" in hits[0]["id"], hits
f = hits[0]["facts"]
assert [x["text"] for x in f] == ["12 tập thể"] and f[0]["value"] == 12, f
assert text(hits[0])[f[0]["start"]:f[0]["end"]].decode() == "12 tập thể"
'
search --fact-unit "đồng" --fact-min 1e9 > "$T/f2.jsonl"
check_hits "$T/f2.jsonl" 'assert len(hits) == 1 and hits[0]["facts"][0]["value"] == 1.5e9, hits'
search --fact-unit "đồng" --fact-min 2e9 > "$T/f3.jsonl"
[ ! -s "$T/f3.jsonl" ] || fail "--fact-min: $(cat "$T/f3.jsonl")"
search --since 2023-12-01 --until 2023-12-31 > "$T/d1.jsonl"
check_hits "$T/d1.jsonl" '
ids = [h["id"] for h in hits]
assert len(hits) == 1 and "hoa-giai" in ids[0], ids
d = hits[0]["dates"]
assert d and all("2023-12-01" <= x["iso"] <= "2023-12-31" for x in d), d
'
search --person "Lê Văn Bình" > "$T/p1.jsonl"
check_hits "$T/p1.jsonl" '
assert len(hits) == 1 and hits[0]["people"][0]["rank"] == "Thượng tá", hits
assert matched(hits[0]) == ["Lê Văn Bình"], matched(hits[0])
'
search --person "le van binh" thanh hoa > "$T/p2.jsonl"
check_hits "$T/p2.jsonl" 'assert len(hits) == 1 and matched(hits[0]) == ["Thanh Hóa"], hits'
search --entity "quảng xương" --type LOC > "$T/e1.jsonl"
check_hits "$T/e1.jsonl" 'assert len(hits) == 1 and "bao-cao" in hits[0]["id"], hits'
"$VITEXT" search --db "$T/a.db" --person "Lê Văn Bình" > "$T/p1.txt"
grep -q "«Lê Văn Bình»" "$T/p1.txt" || fail "text output: $(cat "$T/p1.txt")"

# Replace by id: a changed document is re-indexed, not added twice.
printf ' date 2022-05 Mùa hoa ban nở\n\nHoa ban nở trắng núi rừng Tây Bắc.\n' > "$T/docs/hoa-ban.txt"
"$VITEXT" index --db "$T/a.db" --no-progress "$T/docs" 2> "$T/replace.err" || fail "replace: $(cat "$T/replace.err")"
grep -q "1 ok .* + 4 skipped" "$T/replace.err" || fail "replace: $(cat "$T/replace.err")"
grep -q "holds 5 documents" "$T/replace.err" || fail "replace added a document: $(cat "$T/replace.err")"
search "du khách" > "$T/r1.jsonl"
[ ! -s "$T/r1.jsonl" ] || fail "the replaced text is still found"

# Shards searched as one: the same hits as the one index holding both.
mkdir -p "$T/s1" "$T/s2"
cp "$T/docs/bao-cao-an-ninh.txt" "$T/docs/hoa-ban.txt" "$T/s1/"
cp "$T/docs/hoa-giai.txt" "$T/docs/khong-ngay.txt" "$T/s2/"
"$VITEXT" index --db "$T/s1.db" --no-progress "$T/s1" 2> /dev/null
"$VITEXT" index --db "$T/s2.db" --no-progress "$T/s2" 2> /dev/null
"$VITEXT" search --db "$T/s1.db" --db "$T/s2.db" --format json "thanh hoa" > "$T/sh.jsonl"
check_hits "$T/sh.jsonl" '
ids = sorted(h["id"].rsplit("/", 1)[-1] for h in hits)
assert ids == ["bao-cao-an-ninh.txt#1", "khong-ngay.txt"], ids
assert len({h["shard"] for h in hits}) == 2
'

# Near-duplicates left out (the corpus runner's MinHash): a copy with one word changed.
mkdir -p "$T/dups"
cp "$SRC/examples/bao-cao-an-ninh.txt" "$T/dups/a.txt"
sed 's/hội nghị tổng kết/hội nghị sơ kết/' "$SRC/examples/bao-cao-an-ninh.txt" > "$T/dups/b.txt"
"$VITEXT" index --db "$T/d.db" --no-progress --dedup near "$T/dups" 2> "$T/dups.err" || fail "dedup: $(cat "$T/dups.err")"
grep -q "2 read = 1 ok + 0 errors + 0 filtered + 1 duplicates" "$T/dups.err" || fail "dedup: $(cat "$T/dups.err")"
grep -q "holds 1 document " "$T/dups.err" || fail "dedup: $(cat "$T/dups.err")"

# Errors: a clear message and exit code 2, never a crash.
expect_usage() {  # expect_usage WHAT ARGS...
  local what="$1"; shift
  set +e
  "$VITEXT" "$@" > "$T/out" 2> "$T/err"
  local code=$?
  set -e
  [ "$code" = 2 ] || fail "$what: exit $code (want 2): $(cat "$T/err")"
  [ -s "$T/err" ] || fail "$what: no message"
  grep -qi "internal error\|terminate\|Aborted" "$T/err" && fail "$what: $(cat "$T/err")"
  return 0
}
expect_usage "unclosed quote" search --db "$T/a.db" '"thanh hoa'
expect_usage "empty phrase" search --db "$T/a.db" '""'
expect_usage "only punctuation" search --db "$T/a.db" '!!! ---'
expect_usage "no query" search --db "$T/a.db"
expect_usage "white space only" search --db "$T/a.db" "  "
expect_usage "unknown filter" search --db "$T/a.db" --colour red thanh
expect_usage "bad date" search --db "$T/a.db" --since 2023-13
expect_usage "since after until" search --db "$T/a.db" --since 2024 --until 2023
expect_usage "bad type" search --db "$T/a.db" --entity x --type CITY
expect_usage "bad number" search --db "$T/a.db" --fact-min lots
expect_usage "min above max" search --db "$T/a.db" --fact-min 5 --fact-max 1
expect_usage "limit 0" search --db "$T/a.db" --limit 0 thanh
expect_usage "missing index" search --db "$T/none.db" thanh
grep -q "none.db" "$T/err" || fail "the message names the file: $(cat "$T/err")"
head -c 20000 /dev/urandom > "$T/garbage.db"
expect_usage "not SQLite" search --db "$T/garbage.db" thanh
expect_usage "not SQLite (index)" index --db "$T/garbage.db" "$T/docs"
/usr/bin/python3 -c "import sqlite3; c = sqlite3.connect('$T/other.db'); c.execute('create table t(x)'); c.commit()"
expect_usage "another SQLite file" search --db "$T/other.db" thanh
: > "$T/empty.db"
expect_usage "an empty file" search --db "$T/empty.db" thanh
# A damaged index: its pages overwritten in the middle.
cp "$T/a.db" "$T/broken.db"
size=$(stat -c %s "$T/broken.db")
head -c $((size / 2)) /dev/urandom | dd of="$T/broken.db" bs=1 seek=$((size / 4)) conv=notrunc status=none
for q in thanh "hoa" '"hội nghị"'; do
  set +e
  "$VITEXT" search --db "$T/broken.db" "$q" > /dev/null 2> "$T/err"
  code=$?
  set -e
  [ "$code" = 0 ] || [ "$code" = 2 ] || fail "damaged index: exit $code: $(cat "$T/err")"
done

# The done-when checks of issue 20: news articles plus the reference report.
news="$SHARED/data/unlabelled/news-baomoi.jsonl.zst"
report="$SHARED/data/samples/thanhhoa-security-2023.txt"
if [ ! -f "$news" ] || [ ! -f "$report" ]; then
  missing_data "$news or $report"
  echo "ok: search (without the news)"
  exit 0
fi
mkdir -p "$T/news"
{ zstd -dc "$news" 2> /dev/null || true; } | head -n 300 > "$T/news/news.jsonl"
cp "$report" "$T/news/"
"$VITEXT" index --db "$T/n.db" --no-progress -j 2 "$T/news" 2> "$T/n.err" || fail "news: $(cat "$T/n.err")"
nsearch() { "$VITEXT" search --db "$T/n.db" --format json "$@"; }
nsearch "thanh hoa" > "$T/n1.jsonl"
check_hits "$T/n1.jsonl" '
ids = [h["id"] for h in hits]
top = [h for h in hits[:5] if h["id"].endswith("thanhhoa-security-2023.txt#1")]
assert top, ids
assert matched(top[0]) and all(m.lower() == "thanh hóa" for m in matched(top[0])), matched(top[0])
'
nsearch --person "Nguyễn Hữu Mạnh" > "$T/n2.jsonl"
check_hits "$T/n2.jsonl" '
top = [h for h in hits[:5] if h["id"].endswith("thanhhoa-security-2023.txt#1")]
assert top, [h["id"] for h in hits]
p = top[0]["people"][0]
assert p["name"] == "Nguyễn Hữu Mạnh" and p["rank"] == "Đại tá", p
t = text(top[0])
assert "Nguyễn Hữu Mạnh" in [t[a:b].decode() for a, b in p["mentions"]], p
'
nsearch --since 2023-12-01 --until 2023-12-31 --limit 1000 > "$T/n3.jsonl"
check_hits "$T/n3.jsonl" '
assert any(h["id"].endswith("thanhhoa-security-2023.txt#1") for h in hits)
for h in hits:
    assert h["dates"] or h["date"].startswith("2023-12"), h["id"]
    for d in h["dates"]: assert "2023-12-01" <= d["iso"][:10] <= "2023-12-31", d
'
# Every document left out mentions no date inside December 2023.
/usr/bin/python3 - "$T/n.db" "$T/n3.jsonl" <<'PY' || fail "a document dated in range was dropped"
import json, sqlite3, sys
kept = {json.loads(l)["id"] for l in open(sys.argv[2], encoding="utf-8")}
db = sqlite3.connect(sys.argv[1])
rows = db.execute("""SELECT DISTINCT d.id FROM documents d LEFT JOIN dates t ON t.doc = d.doc
  WHERE (t.lo >= '2023-12-01' AND t.hi <= '2023-12-31') OR (d.date_lo >= '2023-12-01' AND d.date_hi <= '2023-12-31')""")
want = {r[0] for r in rows}
assert want == kept, (want - kept, kept - want)
PY
nsearch --fact-unit "tập thể" --limit 1000 > "$T/n4.jsonl"
check_hits "$T/n4.jsonl" '
h = [h for h in hits if h["id"].endswith("thanhhoa-security-2023.txt#1")]
assert h and h[0]["facts"], [x["id"] for x in hits]
t = text(h[0])
for f in h[0]["facts"]:
    assert f["unit"] == "tập thể" and "tập thể" in t[f["start"]:f["end"]].decode(), f
'
echo "ok: search"
