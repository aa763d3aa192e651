#!/usr/bin/env bash
# Install everything the tests need (Python packages, poppler, fonts, a PostgreSQL server on
# loopback) and run the whole test suite: SQLite and PostgreSQL, SMTP, PDFs, Qt offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh --tests
python3 -m pip install --quiet -e '.[test]'
export DEEPETCH_TEST_PG_URL="${DEEPETCH_TEST_PG_URL:-$(bash .ci/start-postgres.sh)}"
export QT_QPA_PLATFORM=offscreen
exec python3 -m pytest "$@"
