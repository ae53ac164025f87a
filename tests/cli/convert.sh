#!/usr/bin/env bash
# vitext convert: legacy encodings to NFC UTF-8, detection report, errors and exit codes.
set -euo pipefail
VITEXT="$1"
fail() { echo "FAIL: $*" >&2; exit 1; }
T="${TMPDIR:-/tmp}/vitext_convert_$$"
mkdir -p "$T"
trap 'rm -rf "$T"' EXIT

text='Công an tỉnh Thanh Hóa: ĐẠI HỌC QUỐC GIA HÀ NỘI, Nguyễn Thị Thủy, thuỷ điện, Quỳnh.'
printf '%s\n' "$text" > "$T/utf8.txt"

# Legacy input made by iconv comes back exactly, with the encoding named on stderr.
if command -v iconv > /dev/null; then
  for enc in VISCII TCVN5712-1 CP1258; do
    iconv -f UTF-8 -t "$enc" "$T/utf8.txt" > "$T/legacy.txt"
    "$VITEXT" convert "$T/legacy.txt" -o "$T/out.txt" 2> "$T/err.txt"
    cmp -s "$T/out.txt" "$T/utf8.txt" || fail "$enc: got $(cat "$T/out.txt")"
    grep -q 'detected, confidence' "$T/err.txt" || fail "$enc: no detection report: $(cat "$T/err.txt")"
  done
  grep -q 'tcvn5712-1' "$T/err.txt" || grep -q 'cp1258' "$T/err.txt" || fail "encoding name: $(cat "$T/err.txt")"
fi

# VNI-Windows, explicit and detected; tone placement is kept as written (hoá stays hoá).
printf 'Vie\xe4t Nam, ho\xf9a, hoa\xf9, th\xf6\xf4ng\n' > "$T/vni.txt"
[ "$("$VITEXT" convert -q --from vni "$T/vni.txt")" = "Việt Nam, hóa, hoá, thương" ] || fail "vni explicit"
[ "$("$VITEXT" convert -q "$T/vni.txt")" = "Việt Nam, hóa, hoá, thương" ] || fail "vni auto"

# VIQR and NFD input come out NFC.
[ "$(printf 'Vie^.t Nam\n' | "$VITEXT" convert -q)" = "Việt Nam" ] || fail "viqr"
[ "$(printf 'Vie\xcc\xa3\xcc\x82t\n' | "$VITEXT" convert -q)" = "Việt" ] || fail "nfd to nfc"

# --quiet silences the report.
[ -z "$(printf 'abc' | "$VITEXT" convert --quiet 2>&1 > /dev/null)" ] || fail "--quiet"

# Empty input: empty output, success.
: > "$T/empty.txt"
"$VITEXT" convert -q "$T/empty.txt" > "$T/out.txt" || fail "empty input exit code"
[ ! -s "$T/out.txt" ] || fail "empty input gives output"

# Invalid UTF-8: strict is an error naming the byte; lenient replaces it.
printf 'Hà Nội \xc3\x28 abc\n' > "$T/bad.txt"
set +e
msg=$("$VITEXT" convert --from utf-8 --strict "$T/bad.txt" 2>&1 > /dev/null); rc=$?
set -e
[ "$rc" = 1 ] || fail "strict invalid UTF-8 exit code $rc"
echo "$msg" | grep -q 'invalid UTF-8 at byte 10 (0xC3 0x28' || fail "strict message: $msg"
[ "$("$VITEXT" convert -q --from utf-8 "$T/bad.txt")" = "Hà Nội �( abc" ] || fail "lenient replacement"

# NUL bytes: strict error, lenient drops them.
printf 'Hà Nội\0 abc\n' > "$T/nul.txt"
set +e
msg=$("$VITEXT" convert --strict "$T/nul.txt" 2>&1 > /dev/null); rc=$?
set -e
[ "$rc" = 1 ] || fail "NUL strict exit code $rc"
echo "$msg" | grep -q 'NUL byte at offset 9' || fail "NUL message: $msg"
[ "$("$VITEXT" convert -q "$T/nul.txt")" = "Hà Nội abc" ] || fail "NUL lenient"

# A binary file: a clear message, exit 1, even when lenient.
awk 'BEGIN { for (i = 0; i < 8192; i++) printf "%c", (i * 7919) % 256 }' LC_ALL=C > "$T/bin.dat"
set +e
msg=$("$VITEXT" convert "$T/bin.dat" 2>&1 > /dev/null); rc=$?
set -e
[ "$rc" = 1 ] || fail "binary exit code $rc"
echo "$msg" | grep -q 'binary input' || fail "binary message: $msg"

# Unknown encoding: usage error.
set +e
"$VITEXT" convert --from latin-9 "$T/utf8.txt" > /dev/null 2>&1; rc=$?
set -e
[ "$rc" = 2 ] || fail "unknown encoding exit code $rc"

# A 20 MB single line (and a 5 MB legacy one) neither hangs nor changes.
repeat() { awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'; }
repeat 'Người dân Việt Nam yêu nước ' 600000 > "$T/long.txt"   # 21 MB, no newline
"$VITEXT" convert -q "$T/long.txt" -o "$T/long.out"
cmp -s "$T/long.txt" "$T/long.out" || fail "20 MB line changed"
if command -v iconv > /dev/null; then
  repeat 'Người dân Việt Nam yêu nước ' 150000 | iconv -f UTF-8 -t TCVN5712-1 > "$T/long.tcvn"
  "$VITEXT" convert -q "$T/long.tcvn" -o "$T/long.out"
  iconv -f TCVN5712-1 -t UTF-8 "$T/long.tcvn" | cmp -s - "$T/long.out" || fail "5 MB TCVN line"
fi
echo "convert CLI: ok"
