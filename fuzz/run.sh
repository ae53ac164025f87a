#!/usr/bin/env bash
# Builds the fuzz preset (clang, libFuzzer, ASan+UBSan) and runs every fuzz target for SECONDS
# each, one process at a time (the machine is shared). Fails when a target crashes, leaks,
# takes over 1 s on one input, runs out of memory or breaks an invariant; the input is kept
# in build/fuzz/artifacts/ (minimise it, then add it to fuzz/regressions/<target>/).
#   fuzz/run.sh SECONDS [TARGET...]     e.g. fuzz/run.sh 30, fuzz/run.sh 600 decode reader
# The corpus each run grows is kept in build/fuzz/corpus/<target> (seeds: fuzz/corpus/<target>).
# Extra libFuzzer flags: FUZZ_FLAGS. A table of executions and coverage (libFuzzer's final
# cov/ft) per target is printed at the end and written to build/fuzz/report.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in fuzz/*_fuzz.cpp; do n=$(basename "$f" _fuzz.cpp); targets+=("$n"); done
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j2

build=build/fuzz
mkdir -p "$build/artifacts" "$build/dicts" "$build/logs"
dict_of() {
  case "$1" in
    reader) cat fuzz/dict/json.dict fuzz/dict/vietnamese.dict ;;
    server | convert) cat fuzz/dict/http.dict fuzz/dict/json.dict fuzz/dict/vietnamese.dict ;;
    *) cat fuzz/dict/vietnamese.dict ;;
  esac
}
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

report="${FUZZ_REPORT:-$build/report.md}"
printf '| target | seconds | executions | exec/s | cov | ft | corpus |\n|---|---:|---:|---:|---:|---:|---:|\n' >"$report"
failed=()
total=0
for t in "${targets[@]}"; do
  bin="$build/fuzz/${t}_fuzz"
  [ -x "$bin" ] || { echo "fuzz/run.sh: no target $t" >&2; exit 2; }
  dict_of "$t" >"$build/dicts/$t.dict"
  mkdir -p "$build/corpus/$t"
  log="$build/logs/$t.log"
  echo "== fuzz $t (${seconds}s)"
  rc=0
  # shellcheck disable=SC2086
  "$bin" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 ${FUZZ_FLAGS:-} \
    -dict="$build/dicts/$t.dict" -artifact_prefix="$build/artifacts/$t-" \
    "$build/corpus/$t" "fuzz/corpus/$t" >"$log" 2>&1 || rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.*corp: \([0-9]*\).*/\1/p' <<<"$last")
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$t" "$seconds" "${execs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" \
    "${corp:-?}" >>"$report"
  total=$((total + ${execs:-0}))
  if [ "$rc" -ne 0 ]; then
    echo "fuzz/run.sh: $t FAILED (exit $rc); log: $log" >&2
    grep -E 'ERROR|invariant failed|SUMMARY|Test unit written' "$log" | head -20 >&2 || true
    failed+=("$t")
  fi
done
printf '\nTotal executions: %s\n' "$total" >>"$report"
cat "$report"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz/run.sh: failed: ${failed[*]} (inputs in $build/artifacts/)" >&2
  exit 1
fi
echo "fuzz/run.sh: ${#targets[@]} targets, no crash"
