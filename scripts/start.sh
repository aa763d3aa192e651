#!/usr/bin/env bash
# Install Deepetch Desktop into the project's virtual environment (.venv, only when its
# dependencies changed) and start it on the embedded SQLite database (the default).
# Arguments are passed on: bash scripts/start.sh --version, --db URL, --lang en, --self-test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
bash scripts/venv.sh "postgresql"
exec .venv/bin/deepetch-desktop "$@"
