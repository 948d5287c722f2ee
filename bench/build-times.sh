#!/usr/bin/env bash
# bench/build-times.sh <before-ref> <after-ref> — the "Build and first start" figures of
# bench/RESULTS.md: a cold build of the `soku` target (fresh build folder, CCACHE_DISABLE=1) of
# each ref, run back to back, then the time from a fresh clone's ./run (after-ref) to the first
# 200 on / (SOKU_PORT=18283). Clones into /tmp; prints one line per figure with the load average.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
before=$1 after=$2
export CCACHE_DISABLE=1
cold() {  # ref
  local dir=/tmp/soku-cold-$1
  rm -rf "$dir" && git clone -q "$repo" "$dir" && git -C "$dir" checkout -q "$1"
  local load0; load0=$(cut -d' ' -f1-3 /proc/loadavg)
  local t0; t0=$(date +%s.%N)
  cmake -S "$dir" -B "$dir/build-cold" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$dir/build-cold" -j 2 --target soku >/dev/null
  echo "cold soku build $1: $(echo "$(date +%s.%N) - $t0" | bc) s (load $load0 -> $(cut -d' ' -f1-3 /proc/loadavg))"
  rm -rf "$dir"
}
cold "$before"
cold "$after"

clone=/tmp/shape7-clone
rm -rf "$clone" && git clone -q "$repo" "$clone" && git -C "$clone" checkout -q "$after"
cd "$clone"
t0=$(date +%s.%N)
SOKU_PORT=18283 ./run >/tmp/soku-first-start.log 2>&1 &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:18283/)" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { echo "./run exited, see /tmp/soku-first-start.log"; exit 1; }
  sleep 1
done
echo "fresh clone ./run to first page: $(echo "$(date +%s.%N) - $t0" | bc) s"
kill "$pid"; wait "$pid" 2>/dev/null || true
