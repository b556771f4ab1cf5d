#!/usr/bin/env bash
# Throwaway PostgreSQL 15 cluster for tests and CI.
#   tools/pg-cluster.sh start    # prints postgresql://postgres@127.0.0.1:$PGPORT/postgres
#   tools/pg-cluster.sh stop     # stops it and removes its directory
#   tools/pg-cluster.sh status   # prints the URL if running (exit 1 otherwise)
# PGPORT defaults to 55432. Data lives in a mktemp dir recorded in .data/pg-cluster.dir.
# Runs the server as the `postgres` user when invoked as root (initdb refuses root).
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PORT=${PGPORT:-55432}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE="$ROOT/.data/pg-cluster.dir"
URL="postgresql://postgres@127.0.0.1:$PORT/postgres"

as_pg() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

running() { [ -f "$STATE" ] && [ -d "$(cat "$STATE")/data" ] && as_pg "'$PGBIN/pg_ctl' -D '$(cat "$STATE")/data' status" >/dev/null 2>&1; }

case "${1:-}" in
  start)
    if [ ! -x "$PGBIN/initdb" ]; then echo "PostgreSQL 15 not found in $PGBIN (apt-get install -y postgresql)" >&2; exit 1; fi
    if running; then echo "$URL"; exit 0; fi
    if [ -f "$STATE" ]; then rm -rf "$(cat "$STATE")"; rm -f "$STATE"; fi
    mkdir -p "$ROOT/.data"
    d=$(mktemp -d /tmp/rencontre-pg.XXXXXX)
    chmod 755 "$d"
    [ "$(id -u)" = 0 ] && chown postgres "$d"
    echo "$d" > "$STATE"
    as_pg "'$PGBIN/initdb' -D '$d/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >"$d/initdb.log" 2>&1 \
      || { cat "$d/initdb.log" >&2; exit 1; }
    as_pg "'$PGBIN/pg_ctl' -D '$d/data' -o \"-p $PORT -k $d -c listen_addresses=127.0.0.1 -c fsync=off\" -l '$d/log' -w start" >/dev/null \
      || { cat "$d/log" >&2; exit 1; }
    echo "$URL"
    ;;
  stop)
    [ -f "$STATE" ] || exit 0
    d=$(cat "$STATE")
    if [ -d "$d/data" ]; then as_pg "'$PGBIN/pg_ctl' -D '$d/data' -m fast -w stop" >/dev/null 2>&1 || true; fi
    rm -rf "$d" "$STATE"
    ;;
  status)
    if running; then echo "$URL"; else exit 1; fi
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2; exit 2
    ;;
esac
