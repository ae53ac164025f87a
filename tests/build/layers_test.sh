#!/usr/bin/env bash
# The layers hold: a file of the text layer compiled exactly as the build compiles it cannot
# include a header of the analysis layer (but can one of its own), a file of the analysis
# layer cannot include one of the I/O layer, and neither can include the search layer's. (Calls that reach up through a public header are
# caught by the <layer>_check links, cmake/layers.cmake.)
#   bash tests/build/layers_test.sh <build dir>
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# compiles(<a source of the layer> <header>): 0 when a file including <header> compiles with
# that source's command line.
compiles() {
  printf '#include "%s"\n' "$2" > "$work/probe.cpp"
  cmd=$(/usr/bin/python3 - "$build/compile_commands.json" "$1" "$work/probe.cpp" "$work/probe.o" <<'PY'
import json, shlex, sys
db, source, probe, out = sys.argv[1:]
for e in json.load(open(db)):
    if e["file"].endswith(source):
        args = shlex.split(e["command"])
        args = [probe if a == e["file"] else a for a in args]
        i = args.index("-o")
        args[i + 1] = out
        print("cd " + shlex.quote(e["directory"]) + " && " + " ".join(shlex.quote(a) for a in args))
        break
PY
)
  [ -n "$cmd" ] || { echo "FAIL: no compile command for $1"; exit 1; }
  bash -c "$cmd" > /dev/null 2>&1
}
check() {  # check <source> <header> <yes|no>; the header must exist, so "no" is not a typo
  [ -f "$src/src/$2" ] || { echo "FAIL: no src/$2"; exit 1; }
  if compiles "$1" "$2"; then got=yes; else got=no; fi
  [ "$got" = "$3" ] || { echo "FAIL: $1 including $2: compiles=$got, want $3"; exit 1; }
}
check src/sentences/split_sentences.cpp core/utf8.h yes
check src/sentences/split_sentences.cpp segment/units.h no
check src/sentences/split_sentences.cpp io/byte_source.h no
check src/segment/segmenter.cpp core/utf8.h yes
check src/segment/segmenter.cpp io/byte_source.h no
check src/io/byte_source.cpp segment/units.h yes
check src/io/byte_source.cpp search/schema.h no
check src/segment/segmenter.cpp search/schema.h no
check src/search/index.cpp io/document_json.h yes
check src/search/index.cpp core/fold.h yes
echo "ok: the text layer cannot include analysis or I/O headers, nor analysis the I/O layer's, nor either the search layer's; I/O sees analysis, search sees I/O"
