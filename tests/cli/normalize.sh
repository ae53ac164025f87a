#!/usr/bin/env bash
# vitext normalize: tone styles, NFD, invisible characters, odd spaces, errors and exit codes.
set -u
vitext="$1"
fail=0
check() {  # name, expected, actual
  if [[ "$2" != "$3" ]]; then
    echo "FAIL $1: expected [$2] got [$3]"
    fail=1
  fi
}

check "new style" "Thanh Hóa thủy khỏe" "$(printf 'Thanh Hoá thuỷ khoẻ' | "$vitext" normalize)"
check "old style" "Thanh Hoá thuỷ khoẻ" "$(printf 'Thanh Hóa thủy khỏe' | "$vitext" normalize --tone old)"
check "keep" "Hoá hòa" "$(printf 'Hoá hòa' | "$vitext" normalize --tone keep)"
check "nfd" "Việt Nam" "$(printf 'Vie\xcc\x82\xcc\xa3t Nam' | "$vitext" normalize)"
check "invisible" "HàNội" "$(printf 'H\xc3\xa0\xe2\x80\x8bN\xe1\xbb\x99i' | "$vitext" normalize)"
check "keep invisible" "$(printf 'a\xe2\x80\x8bb')" "$(printf 'a\xe2\x80\x8bb' | "$vitext" normalize --keep-invisible)"
check "spaces" "100 km" "$(printf '100\xc2\xa0km' | "$vitext" normalize)"
check "crlf" "$(printf 'a\nb')" "$(printf 'a\r\nb\r\n' | "$vitext" normalize)"
check "diacritics" "Ho Chi Minh, Da Nang" "$(printf 'Hồ Chí Minh, Đà Nẵng' | "$vitext" normalize --remove-diacritics)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'Thuỷ\n' > "$tmp/a.txt"
printf 'Hoà\n' > "$tmp/b.txt"
check "files" "$(printf 'Thủy\nHòa')" "$("$vitext" normalize "$tmp/a.txt" "$tmp/b.txt")"

check "invalid utf-8 is replaced" "$(printf 'ab\xef\xbf\xbdc')" "$(printf 'ab\xffc' | "$vitext" normalize --from utf-8)"
printf 'ab\xffc' | "$vitext" normalize --from utf-8 --strict > /dev/null 2> "$tmp/err"
check "strict invalid utf-8 exit code" "1" "$?"
grep -qi "utf-8" "$tmp/err" || { echo "FAIL invalid utf-8 message: $(cat "$tmp/err")"; fail=1; }
# Windows-1258 writes tones as combining marks: decoded, then composed and unified.
check "cp1258" "Thanh Hóa" "$(printf 'Thanh Hoa\xec' | "$vitext" normalize --from cp1258)"
"$vitext" normalize --from klingon < /dev/null > /dev/null 2>&1
check "bad --from exit code" "2" "$?"

"$vitext" normalize --tone sideways < /dev/null > /dev/null 2>&1
check "bad --tone exit code" "2" "$?"
"$vitext" normalize "$tmp/missing.txt" > /dev/null 2>&1
check "missing file exit code" "2" "$?"
check "empty input" "" "$(printf '' | "$vitext" normalize)"
"$vitext" normalize --help | grep -q -- "--remove-diacritics" || { echo "FAIL help"; fail=1; }

exit $fail
