#!/usr/bin/env bash
# Install everything the tests need (the project's virtual environment .venv, poppler, fonts, a
# PostgreSQL server on loopback) and run the whole test suite: SQLite and PostgreSQL, SMTP,
# PDFs, Qt offscreen. Arguments go to pytest. A server this script started is stopped and its
# data removed when it ends, whether the tests pass, fail or are interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh --tests
bash scripts/venv.sh "test,postgresql"
if [ -z "${DEEPETCH_TEST_PG_URL:-}" ]; then
  export DEEPETCH_PG_DATA="${DEEPETCH_PG_DATA:-$(mktemp -d /tmp/deepetch-pg.XXXXXX)}"
  export DEEPETCH_PG_PORT="${DEEPETCH_PG_PORT:-$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
  trap 'bash .ci/stop-postgres.sh' EXIT
  trap 'exit 130' INT TERM
  DEEPETCH_TEST_PG_URL="$(bash .ci/start-postgres.sh)"
  export DEEPETCH_TEST_PG_URL
fi
export QT_QPA_PLATFORM=offscreen
# The tools the tests run (lint-imports, ruff, mypy, pyside6-uic) are the environment's own.
export PATH="$PWD/.venv/bin:$PATH"
.venv/bin/python -m pytest "$@"
