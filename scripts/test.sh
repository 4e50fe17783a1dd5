#!/usr/bin/env bash
# Install (first time) and run the whole test suite, offscreen. Arguments go to pytest.
#
# PostgreSQL: uses SSC_TEST_PG_URL when set; otherwise starts a throwaway local server
# (scripts/start-test-postgres.sh, root only) and stops it afterwards. Without one,
# the PostgreSQL tests skip.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-venv.sh
bash scripts/install-system-deps.sh

url="${SSC_TEST_PG_URL:-}"
if [ -z "$url" ]; then
    pgdir=$(mktemp -d "${TMPDIR:-/tmp}/ssc-test-pg.XXXXXX")
    trap 'bash scripts/start-test-postgres.sh --stop "$pgdir"' EXIT
    url=$(bash scripts/start-test-postgres.sh "$pgdir" || true)
fi
if [ -n "$url" ]; then echo "PostgreSQL tests run against $url"; else echo "PostgreSQL tests will skip"; fi

SSC_TEST_PG_URL="$url" QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q "$@"
