#!/usr/bin/env bash
# The fresh-news evaluation set of eval/news (issue 21): the annotation files follow the format
# (check.py, which must also reject a broken file), the scorer gives 100 in every row to the
# annotations themselves and less when one is missing, and bench/eval_news.sh runs on this build.
set -euo pipefail
VITEXT=$1
SRC=${VITEXT_SOURCE_DIR:-$(dirname "$0")/../..}
SHARED=${VITEXT_SHARED_DIR:-$SRC/../shared}
N=$SRC/eval/news
PY=/usr/bin/python3
source "$(dirname "$0")/../testing/data_files.sh"
T="${TMPDIR:-/tmp}/vitext_eval_news_$$"
mkdir -p "$T/bad"
trap 'rm -rf "$T"' EXIT
FILES=("$N/dev.tsv")
[[ -f $N/heldout.tsv ]] && FILES+=("$N/heldout.tsv")

# Structure (needs no data): labels, attributes, spans inside chosen sentences of the part.
$PY "$N/check.py" "${FILES[@]}" --data "$T/none"
{ head -n 20 "$N/dev.tsv"
  printf 'baomoi-22399908\t0\t5\tDATE\tiso=25/5\n'         # not an ISO value
  printf 'baomoi-22399908\t0\t5\tFACT\tu=km\n'             # a fact without a value
  printf 'baomoi-22399908\t900000\t900005\tLOC\t\n'        # outside the chosen sentences
} > "$T/bad/dev.tsv"
if $PY "$N/check.py" "$T/bad/dev.tsv" --data "$T/none" > "$T/bad.out"; then
  echo "check.py accepted a broken file"; exit 1
fi
grep -q "a fact needs v= or lo=/hi=" "$T/bad.out"
grep -q "iso='25/5' is not" "$T/bad.out"
grep -q "not inside one chosen sentence" "$T/bad.out"

if [[ ! -f $SHARED/data/unlabelled/news-baomoi.jsonl.zst ]]; then
  missing_data "$SHARED/data/unlabelled/news-baomoi.jsonl.zst"; exit 0
fi
$PY "$N/check.py" "${FILES[@]}" --data "$SHARED/data"
# With the text, a date's iso= must be the day and month its span writes.
mkdir -p "$T/iso"
awk -F'\t' 'BEGIN { OFS = "\t" }
  $4 == "DATE" && $5 ~ /^iso=--[0-9][0-9]-[0-9][0-9]$/ && !done { sub(/..$/, "00", $5); done = 1 } 1' \
  "$N/dev.tsv" > "$T/iso/dev.tsv"
if $PY "$N/check.py" "$T/iso/dev.tsv" --data "$SHARED/data" > "$T/iso.out"; then
  echo "check.py accepted a date whose iso is not the day its text writes"; exit 1
fi
grep -q "but the text writes" "$T/iso.out"

# below_100 TABLE: some figure of a score.py / agreement.py table is under 100.
below_100() {
  grep -E '^[A-Z]' "$1" | grep -vE '^type' | tr -s ' |' '\n' | grep -E '^[0-9]+\.[0-9]$' | grep -vq '^100\.0$'
}

# The scorer: the annotations as predictions score 100 everywhere; one left out does not.
$PY "$N/gold_as_pred.py" "$N/dev.tsv" --data "$SHARED/data" > "$T/self.jsonl"
$PY "$N/score.py" "$T/self.jsonl" dev --data "$SHARED/data" > "$T/self.txt"
if below_100 "$T/self.txt"; then
  cat "$T/self.txt"; echo "the annotations do not score 100 against themselves"; exit 1
fi
$PY "$N/gold_as_pred.py" "$N/dev.tsv" --data "$SHARED/data" --drop 3 > "$T/drop.jsonl"
$PY "$N/score.py" "$T/drop.jsonl" dev --data "$SHARED/data" > "$T/drop.txt"
if ! below_100 "$T/drop.txt"; then
  cat "$T/drop.txt"; echo "a missing mention went unnoticed"; exit 1
fi

# The agreement script: a file agrees fully with itself, not with a copy missing a mention;
# the third annotator's file is compared on the dev articles it shares with dev.tsv.
$PY "$N/agreement.py" "$N/dev.tsv" "$N/dev.tsv" --data "$SHARED/data" > "$T/agree.txt"
grep -q "== 55 articles both cover" "$T/agree.txt" || { cat "$T/agree.txt"; exit 1; }
if below_100 "$T/agree.txt"; then cat "$T/agree.txt"; echo "a file disagrees with itself"; exit 1; fi
awk '/^#/ || dropped++' "$N/dev.tsv" > "$T/bad/less.tsv"  # the first mention left out
$PY "$N/agreement.py" "$N/dev.tsv" "$T/bad/less.tsv" --data "$SHARED/data" > "$T/agree.txt"
if ! below_100 "$T/agree.txt"; then cat "$T/agree.txt"; echo "a missing mention went unnoticed"; exit 1; fi
$PY "$N/agreement.py" "$N/agreement/third.tsv" "$N/dev.tsv" --data "$SHARED/data" > "$T/agree.txt"
grep -q "== 8 articles both cover" "$T/agree.txt" || { cat "$T/agree.txt"; exit 1; }

# The bench command runs on this build and scores every dev article.
VITEXT_SHARED_DIR=$SHARED "$SRC/bench/eval_news.sh" "$VITEXT" dev > "$T/report.txt"
grep -q "== dev: 55 articles, 275 sentences" "$T/report.txt" || { cat "$T/report.txt"; exit 1; }
grep -qE '^FACT +[0-9]+ +[0-9]+ ' "$T/report.txt"
echo ok
