#!/usr/bin/env bash
# The extraction scorer runs on the hand-annotated UD VTB sentences and reports every type.
set -euo pipefail
VITEXT=$1
SRC=${VITEXT_SOURCE_DIR:-$(dirname "$0")/../..}
SHARED=${VITEXT_SHARED_DIR:-$SRC/../shared}
source "$(dirname "$0")/../testing/data_files.sh"
if [[ ! -f $SHARED/data/ud-vtb/vi_vtb-ud-dev.conllu ]]; then missing_data "$SHARED/data/ud-vtb"; exit 0; fi
out=$(VITEXT_SHARED_DIR=$SHARED "$SRC/bench/eval_extract.sh" "$(dirname "$VITEXT")" dev)
for row in PER LOC ORG "ENT all" DATE COUNT MONEY PCT VAGUE "FACT all"; do
  grep -q "^$row " <<<"$out" || { echo "missing row: $row"; echo "$out"; exit 1; }
done
grep -q "^== dev: 200 sentences" <<<"$out"
echo ok
