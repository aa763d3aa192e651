#!/usr/bin/env bash
# Install Deepetch Desktop and start it on the embedded SQLite database (the default).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
python3 -m pip install --quiet -e .
exec deepetch-desktop "$@"
