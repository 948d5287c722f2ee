#!/usr/bin/env bash
# scripts/fuzz.sh [seconds-per-target] — builds the libFuzzer targets (server/fuzz/, clang-14 with
# AddressSanitizer + UBSan, in build-fuzz/) and runs each over a copy of its committed seed corpus
# (server/fuzz/corpus/<target>/) for the given time (default 15 s). A crash, a sanitizer report or
# a failed check is a finding: its input is kept in a folder that is printed, and the script exits
# non-zero. Ends with one line "fuzz: N passed, N failed". The long run is `scripts/fuzz.sh 600`.
#   SOKU_FUZZ_TARGETS="fuzz_hetu fuzz_http"  run only these
#   SOKU_FUZZ_KEEP=1                          keep the work folder (grown corpora, logs)
set -uo pipefail
cd "$(dirname "$0")/.."
secs="${1:-15}"
targets=(${SOKU_FUZZ_TARGETS:-fuzz_http fuzz_json_body fuzz_hetu fuzz_drafts})
cxx="${SOKU_FUZZ_CXX:-clang++-14}"
work=$(mktemp -d /tmp/soku-fuzz.XXXXXX)
[ "${SOKU_FUZZ_KEEP:-0}" = 1 ] || trap 'rm -rf "$work/db" "$work/corpus"' EXIT

if ! command -v "$cxx" >/dev/null 2>&1; then
  echo "fuzz: $cxx not found (scripts/install-deps.sh test installs clang-14)"
  echo "fuzz: 0 passed, 1 failed"
  exit 1
fi

launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(pwd)}"  # paths relative to the checkout: work trees share hits
echo "building ${targets[*]} in build-fuzz/ with $cxx"
if ! cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
       -DSOKU_FUZZ=ON -DSOKU_TESTS=OFF -DSOKU_WERROR=OFF "${launcher[@]}" >"$work/cmake.log" 2>&1 ||
   ! cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]}" >"$work/build.log" 2>&1; then
  cat "$work/cmake.log" "$work/build.log" 2>/dev/null | tail -40
  echo "fuzz: build failed"
  echo "fuzz: 0 passed, 1 failed"
  exit 1
fi

max_len() {
  case "$1" in
    fuzz_http) echo 20000 ;;       # past the 16 KiB header limit
    fuzz_json_body) echo 16384 ;;
    fuzz_drafts) echo 65536 ;;
    fuzz_hetu) echo 64 ;;
    *) echo 4096 ;;
  esac
}

passed=0
failed=0
summary=()
mkdir -p "$work/db"
for t in "${targets[@]}"; do
  corpus="$work/corpus/$t"
  crashes="$work/crashes/$t"
  mkdir -p "$corpus" "$crashes"
  cp server/fuzz/corpus/"$t"/* "$corpus"/ 2>/dev/null || true
  seeds=$(ls "$corpus" | wc -l)
  log="$work/$t.log"
  echo "=== $t: ${secs}s over $seeds seeds"
  # The App's database lives in $work/db (removed at the end); halt on the first UBSan report.
  SOKU_FUZZ_DB_DIR="$work/db" UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    build-fuzz/"$t" "$corpus" -max_total_time="$secs" -max_len="$(max_len "$t")" -timeout=20 \
      -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$crashes/" >"$log" 2>&1
  rc=$?
  execs=$(grep -oE 'stat::number_of_executed_units: +[0-9]+' "$log" | grep -oE '[0-9]+$')
  rate=$(grep -oE 'stat::average_exec_per_sec: +[0-9]+' "$log" | grep -oE '[0-9]+$')
  cov=$(grep -E '^#[0-9]+' "$log" | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*' | tail -1)
  found=$(ls "$crashes" | wc -l)
  line="$t: ${execs:-?} executions, ${rate:-?} exec/s, ${cov:-no coverage line}, $found findings"
  if [ "$rc" -eq 0 ] && [ "$found" -eq 0 ]; then
    passed=$((passed + 1))
    echo "  ok   $line"
  else
    failed=$((failed + 1))
    echo "  FAIL $line (exit $rc)"
    grep -E 'ERROR: |runtime error|soku fuzz finding|SUMMARY|Test unit written' "$log" | head -20 | sed 's/^/    /'
    echo "    log: $log  inputs: $crashes"
  fi
  summary+=("$line")
done

echo
echo "=== fuzz summary (${secs}s per target, work folder $work)"
for s in "${summary[@]}"; do echo "  $s"; done
if [ "$failed" -eq 0 ] && [ "${SOKU_FUZZ_KEEP:-0}" != 1 ]; then rm -rf "$work"; fi
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
