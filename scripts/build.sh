#!/usr/bin/env bash
# scripts/build.sh [run|test] — builds the server (build/) and the web app (web/dist), each only
# when needed. `run` (./run) builds the server binary `soku` only; `test` (./test, the default)
# builds every target, the test binaries included.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-test}"
case "$mode" in
  run) targets=(--target soku) ;;
  test) targets=() ;;
  *) echo "usage: scripts/build.sh [run|test]" >&2; exit 2 ;;
esac
jobs=$(nproc)

# ccache, when present, makes a rebuild after a branch switch or in a second work tree cheap.
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(pwd)}"  # paths relative to the checkout: work trees share hits
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${SOKU_BUILD_TYPE:-RelWithDebInfo}" "${launcher[@]}" >/dev/null
cmake --build build -j "$jobs" "${targets[@]}"

# npm ci only when the lock file changed since the last install.
if [ ! -f web/node_modules/.package-lock.json ] || ! cmp -s web/package-lock.json web/.installed-lock; then
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
  cp web/package-lock.json web/.installed-lock
fi
# Rebuild the web app only when a source changed since the last build.
if [ ! -f web/dist/index.html ] || [ -n "$(find web/src web/index.html web/package.json web/vite.config.ts web/public -newer web/dist/index.html 2>/dev/null | head -1)" ]; then
  (cd web && npm run build --silent)
fi
