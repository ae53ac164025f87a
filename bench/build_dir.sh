# Sourced by the bench scripts from the repository root: `source bench/build_dir.sh "${1:-}"`
# sets BUILD to the build directory given, else build/release when it has a vitext binary,
# else build/default; VITEXT to its binary; SHARED to the shared material
# ($VITEXT_SHARED_DIR, else ../shared), DATA to its treebank and SCORE to its scorer.
BUILD=${1:-}
if [[ -z "$BUILD" ]]; then
  if [[ -x build/release/vitext ]]; then BUILD=build/release; else BUILD=build/default; fi
fi
VITEXT=$BUILD/vitext
SHARED=${VITEXT_SHARED_DIR:-../shared}
DATA=$SHARED/data/ud-vtb
SCORE=$SHARED/tools/score_conllu.py
