#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on loopback for the tests; prints its URL on stdout.
# The server refuses to run as root, so it runs as the `postgres` system user.
set -euo pipefail
# runuser and useradd live in sbin, which a minimal PATH (PATH=/usr/bin:/bin) leaves out.
export PATH="$PATH:/usr/sbin:/sbin"
PORT="${DEEPETCH_PG_PORT:-54329}"
DATA="${DEEPETCH_PG_DATA:-/tmp/deepetch-pg}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$BIN/pg_ctl" ] || { echo "PostgreSQL server binaries not found" >&2; exit 1; }
RUN_AS=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql postgres
  RUN_AS=(runuser -u postgres --)
fi
if ! "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  rm -rf "$DATA"
  mkdir -p "$DATA"
  [ "$(id -u)" = "0" ] && chown postgres "$DATA"
  # UTF-8 whatever the environment says (with no LANG, initdb would pick SQL_ASCII and the
  # driver would return bytes); no locale: byte order, the same on every machine.
  "${RUN_AS[@]}" "$BIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --no-locale >/dev/null
  "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
    -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
fi
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
