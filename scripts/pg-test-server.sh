#!/usr/bin/env bash
# scripts/pg-test-server.sh — a throw-away PostgreSQL 15 on loopback, for the storage and API tests.
#
#   scripts/pg-test-server.sh start DIR   # prints postgresql://postgres@127.0.0.1:PORT/soku_test
#   scripts/pg-test-server.sh url DIR     # prints the URL of the server running in DIR
#   scripts/pg-test-server.sh stop DIR    # stops it and removes DIR
#
# Why like this: CI and developers run as root, and PostgreSQL refuses to run as root, so the
# cluster lives in DIR owned by the `postgres` user and initdb/pg_ctl run through runuser. It
# listens on 127.0.0.1 only (port: $SOKU_PG_PORT, default 54329, or the next free one) and on a
# socket inside DIR, with trust authentication and fsync off: it holds nothing worth keeping.
# start and stop are idempotent; every failure exits non-zero with the reason on stderr.
set -euo pipefail

PG_BIN=/usr/lib/postgresql/15/bin
DB_NAME=soku_test

die() {
  echo "pg-test-server: $*" >&2
  exit 1
}

usage() {
  die "usage: $0 start|stop|url DIR"
}

[[ $# -eq 2 ]] || usage
cmd=$1
dir=$2
[[ -n $dir ]] || usage
[[ $dir != *[[:space:]]* ]] || die "the folder name must not contain spaces: $dir"
case $dir in
  / | /tmp | /tmp/ | /root | /home | /work | /usr*) die "refusing to use $dir as the server folder" ;;
esac

ensure_installed() {
  [[ -x $PG_BIN/initdb && -x $PG_BIN/pg_ctl ]] && return 0
  [[ $(id -u) -eq 0 ]] || die "postgresql-15 is not installed and we are not root to install it"
  echo "pg-test-server: installing postgresql-15" >&2
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y postgresql-15 >&2; then
    apt-get update >&2 || die "apt-get update failed"
    apt-get install -y postgresql-15 >&2 || die "cannot install postgresql-15"
  fi
  [[ -x $PG_BIN/initdb ]] || die "postgresql-15 installed but $PG_BIN/initdb is missing"
}

as_postgres() {
  if [[ $(id -un) == postgres ]]; then
    "$@"
  else
    runuser -u postgres -- "$@"
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

running() {
  [[ -f $dir/data/PG_VERSION ]] && as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1
}

start() {
  ensure_installed
  id postgres >/dev/null 2>&1 || die "there is no postgres user (is postgresql-15 installed?)"
  dir=$(realpath -m "$dir")

  if running && [[ -s $dir/url ]]; then
    cat "$dir/url"
    return 0
  fi

  mkdir -p "$dir"
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres:postgres "$dir"
  fi
  chmod 700 "$dir"
  as_postgres test -w "$dir" ||
    die "user postgres cannot write to $dir (a parent folder is closed to it; try one under /tmp)"

  if [[ ! -f $dir/data/PG_VERSION ]]; then
    rm -rf "$dir/data"
    as_postgres "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
      --no-locale --no-sync >"$dir/initdb.log" 2>&1 ||
      die "initdb failed; see $dir/initdb.log: $(tail -n 5 "$dir/initdb.log")"
  fi

  local port=${SOKU_PG_PORT:-54329}
  [[ $port =~ ^[0-9]+$ ]] || die "SOKU_PG_PORT must be a number, not '$port'"
  local tries=0
  while port_in_use "$port"; do
    port=$((port + 1))
    tries=$((tries + 1))
    ((tries < 100)) || die "no free port from ${SOKU_PG_PORT:-54329} upwards"
  done

  if running; then  # left over without a URL: restart it on the chosen port
    as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" stop -m fast -w >/dev/null
  fi
  as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -h 127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null ||
    die "the server did not start; see $dir/server.log: $(tail -n 5 "$dir/server.log" 2>/dev/null)"

  local psql=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
  if [[ -z $("${psql[@]}" -d postgres -tA -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'") ]]; then
    "${psql[@]}" -d postgres -c "CREATE DATABASE $DB_NAME" || die "cannot create database $DB_NAME"
  fi

  local url="postgresql://postgres@127.0.0.1:$port/$DB_NAME"
  echo "$url" >"$dir/url"
  echo "$url"
}

stop() {
  [[ -e $dir ]] || return 0
  if [[ -f $dir/data/PG_VERSION ]]; then
    if running; then
      as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" stop -m fast -w >/dev/null ||
        die "pg_ctl stop failed for $dir"
    fi
  elif [[ -n $(ls -A "$dir") && ! -f $dir/url && ! -f $dir/initdb.log ]]; then
    die "$dir does not look like a test server folder; not removing it"
  fi
  rm -rf "$dir"
}

url() {
  running || die "no server is running in $dir"
  [[ -s $dir/url ]] || die "no URL recorded in $dir"
  cat "$dir/url"
}

case $cmd in
  start) start ;;
  stop) stop ;;
  url) url ;;
  *) usage ;;
esac
