#!/usr/bin/env bash
# Token shapes RDRsegmenter keeps whole and vitext's tokenizer cuts (and the reverse), on the
# RDR-segmented lines of ../shared/data/vlsp-style. See bench/token_shapes.py.
#
#   bench/token_shapes.sh [BUILD_DIR|BINARY] [LINES]   (LINES: the first N lines, default 20000; 0 = all)
#   EXAMPLES=1 TOP=60 bench/token_shapes.sh        (three examples per shape, sixty shapes)
#   LEVEL=words bench/token_shapes.sh               (the segmenter's words instead of tokens)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -f ${1:-} ]]; then VITEXT=$1; SHARED=${VITEXT_SHARED_DIR:-../shared}; else source bench/build_dir.sh "${1:-}"; fi
[[ -x $VITEXT ]] || { echo "build first: cmake --build --preset release (no $VITEXT)" >&2; exit 2; }
VLSP=$SHARED/data/vlsp-style
[[ -f $VLSP/lines.seg.zst ]] || { echo "skipped: data not found ($VLSP)" >&2; exit 0; }
/usr/bin/python3 bench/token_shapes.py "$VITEXT" "$VLSP" "${2:-20000}"
