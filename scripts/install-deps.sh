#!/usr/bin/env bash
# scripts/install-deps.sh [run|test] — installs the Debian packages soku needs, only those missing.
# `run` needs the build toolchain and libraries; `test` adds PostgreSQL 15, Chromium, and clang 14
# with its sanitizer and libFuzzer runtimes (scripts/fuzz.sh), and lcov (scripts/coverage.sh).
set -euo pipefail
mode="${1:-run}"

pkgs=(g++ cmake ninja-build pkg-config libboost-dev libsqlite3-dev libpq-dev libsodium-dev libssl-dev
      nlohmann-json3-dev libcli11-dev libspdlog-dev libfmt-dev libgtest-dev ca-certificates ccache)
command -v node >/dev/null 2>&1 || pkgs+=(nodejs)
command -v npm >/dev/null 2>&1 || pkgs+=(npm)
if [ "$mode" = test ]; then
  pkgs+=(postgresql-15 chromium clang-14 libclang-rt-14-dev iproute2 python3 lcov)
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "warning: Node.js $node_major found; the web build (Vite 8) needs Node.js 20.19 or newer" >&2
fi
