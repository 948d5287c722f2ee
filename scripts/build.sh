#!/usr/bin/env bash
# scripts/build.sh — builds the server (build/) and the web app (web/dist), each only when needed.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${SOKU_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build build -j "$jobs"

# npm ci only when the lock file changed since the last install.
if [ ! -f web/node_modules/.package-lock.json ] || ! cmp -s web/package-lock.json web/.installed-lock; then
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
  cp web/package-lock.json web/.installed-lock
fi
# Rebuild the web app only when a source changed since the last build.
if [ ! -f web/dist/index.html ] || [ -n "$(find web/src web/index.html web/package.json web/vite.config.ts web/public -newer web/dist/index.html 2>/dev/null | head -1)" ]; then
  (cd web && npm run build --silent)
fi
