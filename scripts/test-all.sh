#!/usr/bin/env bash
# Every test: install (Chromium + CJK font from Debian when missing, npm packages), static checks
# (generated code fresh, typecheck, lint), unit + integration (vitest) on SQLite, the integration suite again on
# PostgreSQL (DB=postgres: a throwaway PostgreSQL 15 cluster, a database per test file), then the browser journeys.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-browser.sh
npm install --no-audit --no-fund
npm run --silent check:static
npx vitest run
if [ -x /usr/lib/postgresql/15/bin/initdb ] || [ -n "${PG_BIN:-}" ]; then
  DB=postgres npx vitest run --project integration
else
  echo "PostgreSQL 15 binaries not found (apt-get install -y postgresql, or set PG_BIN): integration suite ran on SQLite only" >&2
fi
npx playwright test
