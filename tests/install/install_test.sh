#!/usr/bin/env bash
# The outside check of issue 22: install the build into an empty prefix, build examples/cpp
# against the installed CMake package (and once through pkg-config), pipe a sentence through
# it, and check with nm that the installed libraries and the Python module hold no training
# code (namespace vitext::train).
#   bash tests/install/install_test.sh <build dir> <source dir>
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

cmake --install "$build" --prefix "$prefix" > "$work/install.log"
# Only the public headers are installed.
others=$(cd "$prefix/include" && find . -type f ! -path './vitext/*')
[ -z "$others" ] || { echo "FAIL: headers outside include/vitext: $others"; exit 1; }
[ -x "$prefix/bin/vitext" ] || { echo "FAIL: the CLI is not installed"; exit 1; }

# The example, configured and built as another project would (no source tree on its paths).
cmake -S "$src/examples/cpp" -B "$work/example" -DCMAKE_PREFIX_PATH="$prefix" \
      -DCMAKE_BUILD_TYPE=Release > "$work/configure.log"
cmake --build "$work/example" > "$work/build.log" || { cat "$work/build.log"; exit 1; }
got=$(printf 'Công an tỉnh Thanh Hóa\n' | "$work/example/underscore_words")
want='Công_an tỉnh Thanh_Hóa'
[ "$got" = "$want" ] || { echo "FAIL: example printed '$got', want '$want'"; exit 1; }
# One line out per line in, blank lines kept.
lines=$(printf 'Công an tỉnh Thanh Hóa\n\nHọc sinh\n' | "$work/example/underscore_words" | wc -l)
[ "$lines" = 3 ] || { echo "FAIL: 3 lines in, $lines out"; exit 1; }

# The same program through pkg-config.
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
# shellcheck disable=SC2046
"${CXX:-c++}" -std=c++20 -o "$work/pc_example" "$src/examples/cpp/underscore_words.cpp" \
  $(pkg-config --cflags --libs vitext)
got=$(printf 'Công an tỉnh Thanh Hóa\n' | "$work/pc_example")
[ "$got" = "$want" ] || { echo "FAIL: pkg-config build printed '$got'"; exit 1; }

# No training code in what inference users get.
shipped=("$prefix"/lib/libvitext_*.a)
shopt -s nullglob
shipped+=("$build"/python/vitext/_vitext*.so)
for f in "${shipped[@]}"; do
  n=$(nm -C "$f" 2>/dev/null | grep -c 'vitext::train' || true)
  [ "$n" = 0 ] || { echo "FAIL: $f holds $n training symbols"; exit 1; }
done
[ ${#shipped[@]} -ge 3 ] || { echo "FAIL: expected at least the three libraries"; exit 1; }
echo "ok: installed, example built (CMake package and pkg-config), ${#shipped[@]} files free of vitext::train"
