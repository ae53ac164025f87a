# Sourced by the bench scripts from the repository root: `source bench/build_dir.sh "${1:-}"`
# sets BUILD to the build directory given, else build/release when it has a vitext binary,
# else build/default.
BUILD=${1:-}
if [[ -z "$BUILD" ]]; then
  if [[ -x build/release/vitext ]]; then BUILD=build/release; else BUILD=build/default; fi
fi
