#!/usr/bin/env bash
# vitext sentences / tokenize: output shapes, offsets into the original, exit codes.
set -euo pipefail
VITEXT="$1"
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$(printf 'Ông làm việc tại TP. Hồ Chí Minh. Năm 2023 đạt 100%%!\n' | "$VITEXT" sentences)
[ "$(printf '%s\n' "$out" | wc -l)" = 2 ] || fail "two sentences expected, got: $out"
[ "$(printf '%s\n' "$out" | head -1)" = "Ông làm việc tại TP. Hồ Chí Minh." ] || fail "first sentence: $out"

json=$(printf 'Xin chào. Tạm biệt!' | "$VITEXT" sentences --format json)
echo "$json" | grep -q '"start":11' || fail "second sentence offset: $json"
echo "$json" | grep -q '"text":"Tạm biệt!"' || fail "sentence text: $json"

tok=$(printf 'Giá 5.000đ lúc 8h30 ngày 27/12/2023, xem https://congan.vn.' | "$VITEXT" tokenize)
[ "$tok" = "Giá 5.000đ lúc 8h30 ngày 27/12/2023 , xem https://congan.vn ." ] || fail "tokenize text: $tok"

tsv=$(printf 'UBND tỉnh' | "$VITEXT" tokenize --format tsv)
[ "$(printf '%s\n' "$tsv" | head -1)" = "$(printf '0\t4\tacronym\tUBND')" ] || fail "tsv: $tsv"

# Offsets point into the original bytes: cutting the input with them gives the form.
printf 'Năm 2023, “đột xuất”.' > "${TMPDIR:-/tmp}/vitext_text_core_$$.txt"
line=$("$VITEXT" tokenize --format json "${TMPDIR:-/tmp}/vitext_text_core_$$.txt" | sed -n 5p)
start=$(echo "$line" | sed 's/.*"start":\([0-9]*\).*/\1/'); end=$(echo "$line" | sed 's/.*"end":\([0-9]*\).*/\1/')
form=$(tail -c +$((start + 1)) "${TMPDIR:-/tmp}/vitext_text_core_$$.txt" | head -c $((end - start)))
rm -f "${TMPDIR:-/tmp}/vitext_text_core_$$.txt"
[ "$form" = "đột" ] || fail "offsets $start-$end give '$form'"

set +e
"$VITEXT" tokenize /nonexistent/file 2>/dev/null; rc=$?
set -e
[ "$rc" = 2 ] || fail "unreadable file: exit $rc, expected 2"
[ -z "$(printf '' | "$VITEXT" sentences)" ] || fail "empty input gives output"
set +e
printf 'x' | "$VITEXT" tokenize --from klingon 2>/dev/null; rc=$?
set -e
[ "$rc" = 2 ] || fail "unknown encoding: exit $rc, expected 2"
# Legacy input (Windows-1258 "Thành phố" is not UTF-8): decoded, offsets still into the bytes.
tok=$(printf 'Th\xe0nh ph\xe9' | "$VITEXT" tokenize --from cp1258 --format tsv | head -1)
[ "$(echo "$tok" | cut -f1,2)" = "$(printf '0\t5')" ] || fail "legacy offsets: $tok"

if [ -f "${VITEXT_SHARED_DIR:-}/data/samples/thanhhoa-security-2023.txt" ]; then
  n=$("$VITEXT" sentences "$VITEXT_SHARED_DIR/data/samples/thanhhoa-security-2023.txt" | wc -l)
  [ "$n" -ge 20 ] || fail "reference document: $n sentences"
else
  source "$(dirname "$0")/../testing/data_files.sh"
  missing_data "${VITEXT_SHARED_DIR:-}/data/samples/thanhhoa-security-2023.txt"
fi
echo "1 passed, 0 failed"
