#!/usr/bin/env bash
# The long fuzzing run of docs/benchmarks.md ("Fuzzing"): every target, one after the other,
# at low priority (nice -n 10; the machine is shared), each for its own time budget, then one
# table of executions and coverage (libFuzzer's final cov/ft) per target and the total.
#   bench/fuzz_long.sh                      the budgets below (about 50 minutes)
#   bench/fuzz_long.sh decode=60 reader=60  chosen targets and seconds
#   bench/fuzz_long.sh decode=3600:4000000  a target stops at the first of seconds and executions
#                                           (libFuzzer -runs), so a busy machine still gets there
# Extra libFuzzer flags can be given in FUZZ_FLAGS (e.g. FUZZ_FLAGS=-max_len=512). LONG_REPORT and
# FUZZ_REPORT name the report files, so that chains of targets can run side by side. NICE sets the
# priority (default 10). libFuzzer's -timeout counts wall time, so on a loaded machine a
# starved fuzzer reports false hangs: there, give FUZZ_FLAGS=-timeout=10 and read the
# "slowest" column (libFuzzer's slowest input, wall seconds), and time any slow input alone
# (build/fuzz/fuzz/<target>_fuzz FILE). The corpora
# grow in build/fuzz/corpus/<target>, so a second run starts where the first stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
budgets=("$@")
if [ ${#budgets[@]} -eq 0 ]; then
  # The fast text targets get most of the time: they reach most executions per second.
  budgets=(decode=600 tokenize=480 normalize=480 reader=480 segment=300 server=240 convert=120 analyze=120)
fi
out=${LONG_REPORT:-build/fuzz/long_report.md}
mkdir -p build/fuzz
{
  echo "Machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
  echo "Commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "Command: bench/fuzz_long.sh ${budgets[*]} (nice -n ${NICE:-10}, ASan+UBSan, -timeout=1 -rss_limit_mb=2048 ${FUZZ_FLAGS:-})"
  echo
  printf '| target | seconds | executions | exec/s | cov | ft | corpus | slowest s | result |\n|---|---:|---:|---:|---:|---:|---:|---:|---|\n'
} >"$out"
total=0
status=0
for b in "${budgets[@]}"; do
  t=${b%%=*}
  s=${b#*=}
  runs=
  if [[ $s == *:* ]]; then runs=${s#*:}; s=${s%%:*}; fi
  FUZZ_FLAGS="${FUZZ_FLAGS:-}${runs:+ -runs=$runs}" nice -n "${NICE:-10}" bash fuzz/run.sh "$s" "$t" \
    >"build/fuzz/logs/long-$t.out" 2>&1 && result=ok || { status=1; result="FAILED: $(grep -o 'Test unit written to .*' "build/fuzz/logs/$t.log" | tail -1 | sed 's/Test unit written to //' || true)"; }
  row=$(grep "^| $t |" "${FUZZ_REPORT:-build/fuzz/report.md}" || echo "| $t | $s | | | | | |")
  slowest=$(sed -n 's/^stat::slowest_unit_time_sec: *//p' "build/fuzz/logs/$t.log" | tail -1)
  echo "$row ${slowest:-?} | $result |" >>"$out"
  n=$(cut -d'|' -f4 <<<"$row" | tr -dc '0-9')
  total=$((total + ${n:-0}))
done
printf '\nTotal executions: %s\n' "$total" >>"$out"
cat "$out"
exit $status
