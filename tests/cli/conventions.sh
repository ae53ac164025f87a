#!/usr/bin/env bash
# --conventions: vtb (the default) or vlsp (PhoBERT's words) for segment, analyze, process
# and serve; a bad value and vlsp words given to the tagger or parser are usage errors.
set -euo pipefail
VITEXT="$1"
fail() { echo "FAIL: $*" >&2; exit 1; }
T="${TMPDIR:-/tmp}/vitext_conventions_$$"
mkdir -p "$T"
trap 'rm -rf "$T"' EXIT

source "$(dirname "$0")/../testing/data_files.sh"
have_embedded_model "$VITEXT" segmenter || exit 0

expect_usage_error() {  # message-part command...
  local want="$1"
  shift
  set +e
  "$@" < /dev/null > "$T/out.txt" 2> "$T/err.txt"
  local code=$?
  set -e
  [[ $code -eq 2 ]] || fail "exit $code (want 2): $*"
  grep -q -- "$want" "$T/err.txt" || fail "no '$want' in: $(cat "$T/err.txt")"
}

printf 'Người dân đóng bảo hiểm xã hội.\n' > "$T/in.txt"
# The default is vtb, spelled or not.
"$VITEXT" segment "$T/in.txt" > "$T/default.txt"
"$VITEXT" segment --conventions vtb "$T/in.txt" | cmp -s - "$T/default.txt" || fail "--conventions vtb is not the default"

expect_usage_error "unknown word conventions 'phobert' (use vtb, vlsp)" "$VITEXT" segment --conventions phobert "$T/in.txt"
expect_usage_error "segmentation only" "$VITEXT" analyze --conventions vlsp "$T/in.txt"
expect_usage_error "segmentation only" "$VITEXT" process --conventions vlsp --until tag "$T/in.txt"
expect_usage_error "segmentation only" "$VITEXT" serve --conventions vlsp --port 0

# (grep -q on a pipe could end `vitext version` early: SIGPIPE, a failed pipeline.)
if [[ $("$VITEXT" version) == *"model segmenter-vlsp: not embedded"* ]]; then
  expect_usage_error "no vlsp segmenter model" "$VITEXT" segment --conventions vlsp "$T/in.txt"
  echo "ok (no vlsp model embedded)"
  exit 0
fi
[[ $("$VITEXT" segment --conventions vlsp "$T/in.txt") == "Người_dân đóng bảo_hiểm_xã_hội ." ]] ||
  fail "vlsp: $("$VITEXT" segment --conventions vlsp "$T/in.txt")"
"$VITEXT" analyze --conventions vlsp --until segment --format tsv "$T/in.txt" | grep -q $'^0\t13\tNgười dân$' ||
  fail "analyze --until segment"
"$VITEXT" process --conventions vlsp --until segment --format text "$T/in.txt" | grep -q "bảo_hiểm_xã_hội" ||
  fail "process"
echo "ok"
