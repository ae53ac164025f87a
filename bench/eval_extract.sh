#!/usr/bin/env bash
# Entities, dates and facts on the hand-annotated UD VTB sentences of eval/extract/.
#   bench/eval_extract.sh [BUILD_DIR] [PART...]   (default build/release, else build/default;
#                                                  parts: dev heldout all; default: dev)
# Reads the `# text` lines of the sentences listed in eval/extract/sentences.tsv from
# ../shared/data/ud-vtb (nothing of the treebank is stored in the repository), runs them through
# `vitext analyze --format json` one sentence per document, and scores with eval/extract/score.py.
# ERRORS=1 also lists misses, false alarms and boundary errors (on the dev part only!).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/build_dir.sh "${1:-}"
shift || true
PARTS=("$@")
[[ ${#PARTS[@]} -gt 0 ]] || PARTS=(dev)
if [[ ! -f $DATA/vi_vtb-ud-train.conllu || ! -f $DATA/vi_vtb-ud-dev.conllu ]]; then
  echo "skipped: data not found"; exit 0
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
PY=/usr/bin/python3
$PY - "$DATA" eval/extract/sentences.tsv > "$OUT/sentences.txt" <<'PYEOF'
import sys
sys.path.insert(0, "eval/extract")
from select_sentences import FILES, read_texts
texts = {}
for name, _, _ in FILES:
    texts.update(dict(read_texts(f"{sys.argv[1]}/{name}")))
for line in open(sys.argv[2], encoding="utf-8"):
    print(texts[line.split("\t")[0]])
PYEOF
"$BUILD/vitext" analyze --format json --input-format lines "$OUT/sentences.txt" > "$OUT/pred.jsonl"
for part in "${PARTS[@]}"; do
  if [[ ${ERRORS:-0} == 1 && $part == dev ]]; then
    $PY eval/extract/score.py "$OUT/pred.jsonl" "$part" --data "$DATA" --errors
  else
    $PY eval/extract/score.py "$OUT/pred.jsonl" "$part" --data "$DATA"
  fi
done
