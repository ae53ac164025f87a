#!/usr/bin/env bash
# Entities, dates, facts and people's ranks/titles on the fresh-news set of eval/news/ (issue 21).
#   bench/eval_news.sh [BUILD_DIR|VITEXT_BINARY] [PART...]   (default build/release, else
#                                                  build/default; parts: dev heldout all; default: dev)
# Reads the chosen articles (eval/news/sentences.tsv) from ../shared/data/unlabelled at run time
# (nothing of their text is stored in the repository), runs `vitext facts --format json` on the
# whole articles, and scores what starts inside the chosen sentences with eval/news/score.py.
# ERRORS=1 also lists misses, spurious items, boundary and value errors (look at dev only);
# COMMAND=analyze scores `vitext analyze` instead of `vitext facts` (the same extraction).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -f ${1:-} && -x ${1:-} ]]; then VITEXT=$1; SHARED=${VITEXT_SHARED_DIR:-../shared}
else source bench/build_dir.sh "${1:-}"; fi
shift || true
PARTS=("$@")
[[ ${#PARTS[@]} -gt 0 ]] || PARTS=(dev)
NEWS=$SHARED/data/unlabelled/news-baomoi.jsonl.zst
if [[ ! -f $NEWS ]]; then echo "skipped: data not found"; exit 0; fi
command -v zstd >/dev/null || { echo "skipped: zstd not found"; exit 0; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
PY=/usr/bin/python3
$PY - "$SHARED/data" > "$OUT/articles.jsonl" <<'PYEOF'
import json, sys
sys.path.insert(0, "eval/news")
from articles import load_sentences, load_texts
ids = list(dict.fromkeys(r[0] for r in load_sentences()))
texts = load_texts(sys.argv[1], ids)
for aid in ids:
    print(json.dumps({"id": aid, "text": texts[aid].decode("utf-8")}, ensure_ascii=False))
PYEOF
"$VITEXT" "${COMMAND:-facts}" --format json --input-format jsonl "$OUT/articles.jsonl" > "$OUT/pred.jsonl"
for part in "${PARTS[@]}"; do
  if [[ ${ERRORS:-0} == 1 ]]; then
    $PY eval/news/score.py "$OUT/pred.jsonl" "$part" --data "$SHARED/data" --errors
  else
    $PY eval/news/score.py "$OUT/pred.jsonl" "$part" --data "$SHARED/data"
  fi
done
