#!/usr/bin/env bash
# Stop the throw-away PostgreSQL server that start-postgres.sh started and remove its data.
set -uo pipefail
# runuser and useradd live in sbin, which a minimal PATH (PATH=/usr/bin:/bin) leaves out.
export PATH="$PATH:/usr/sbin:/sbin"
DATA="${DEEPETCH_PG_DATA:-/tmp/deepetch-pg}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -d "$DATA" ] || exit 0
RUN_AS=()
[ "$(id -u)" = "0" ] && RUN_AS=(runuser -u postgres --)
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true
rm -rf "$DATA"
