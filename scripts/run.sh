#!/usr/bin/env bash
# Install (first time) and start SSC Desktop. Arguments go to the app:
#
#   bash scripts/run.sh              your own database (the last one used)
#   bash scripts/run.sh --demo       the demo reunion, as you left it (--fresh-demo: made anew)
#   bash scripts/run.sh --db FILE_OR_URL
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-venv.sh
bash scripts/install-system-deps.sh
exec .venv/bin/ssc-desktop "$@"
