#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL server on loopback for the test suites, as SETUP.md describes:
# Debian's server binaries, a data dir owned by `postgres`, trust auth on 127.0.0.1 only.
#   scripts/test-postgres.sh start        → prints the TEST_DATABASE_URL to use, then the data dir on a second line
#   scripts/test-postgres.sh stop DIR
# Each start takes a free port and a folder of its own, so two test runs on one machine never collide.
set -euo pipefail

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

bindir() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return; fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi
}

case "${1:-}" in
  start)
    BIN="$(bindir)"
    [ -x "$BIN/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
    PORT="${PGTEST_PORT:-$(free_port)}"
    DIR="${PGTEST_DIR:-$(mktemp -d /tmp/sandan-pgtest.XXXXXX)}"
    chmod 755 "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$DIR"
    as_postgres "'$BIN/initdb' -D '$DIR' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
    as_postgres "'$BIN/pg_ctl' -D '$DIR' -l '$DIR/server.log' -o '-p $PORT -c listen_addresses=127.0.0.1 -k $DIR -c fsync=off' -w start" >/dev/null
    echo "postgres://postgres@127.0.0.1:$PORT/postgres"
    echo "$DIR"
    ;;
  stop)
    BIN="$(bindir)"
    DIR="${2:?usage: $0 stop DIR}"
    [ -d "$DIR" ] && as_postgres "'$BIN/pg_ctl' -D '$DIR' -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
