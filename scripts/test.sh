#!/usr/bin/env bash
# Install everything the tests need (the project's virtual environment .venv, poppler, fonts, a
# PostgreSQL server on loopback) and run the whole test suite: SQLite and PostgreSQL, SMTP,
# PDFs, Qt offscreen. Arguments go to pytest. A server this script started is stopped and its
# data removed when it ends, whether the tests pass, fail or are interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh --tests
bash scripts/venv.sh "test,postgresql"
# The tests' temporary files (SQLite files, PDFs, copies of the tree) go to a private folder in
# memory when the machine has one: the same files, without waiting for the disk on each commit
# (fsync). It is removed at the end, like the server below. DEEPETCH_TESTS_ON_DISK=1 keeps them
# in the usual temporary folder.
scratch=""
if [ -z "${DEEPETCH_TESTS_ON_DISK:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  scratch="$(mktemp -d /dev/shm/deepetch-tests.XXXXXX)"
  export TMPDIR="$scratch"
fi
started_pg=""
cleanup() {
  [ -n "$started_pg" ] && bash .ci/stop-postgres.sh
  [ -n "$scratch" ] && rm -rf "$scratch"
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM
if [ -z "${DEEPETCH_TEST_PG_URL:-}" ]; then
  export DEEPETCH_PG_DATA="${DEEPETCH_PG_DATA:-$(mktemp -d /tmp/deepetch-pg.XXXXXX)}"
  export DEEPETCH_PG_PORT="${DEEPETCH_PG_PORT:-$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
  started_pg=1
  DEEPETCH_TEST_PG_URL="$(bash .ci/start-postgres.sh)"
  export DEEPETCH_TEST_PG_URL
fi
export QT_QPA_PLATFORM=offscreen
# The tools the tests run (lint-imports, ruff, mypy, pyside6-uic) are the environment's own.
export PATH="$PWD/.venv/bin:$PATH"
.venv/bin/python -m pytest "$@"
