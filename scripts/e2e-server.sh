#!/usr/bin/env bash
# Builds and starts the app on a fresh, seeded SQLite file for the browser tests.
set -euo pipefail
PORT="${1:-3107}"
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export DATABASE_URL="file:./data/e2e.db"
export SESSION_SECRET_FILE="./data/.e2e-session-secret"
export ADMIN_PASSWORD="${E2E_ADMIN_PASSWORD:-admin-e2e-2013}"
rm -f data/e2e.db data/e2e.db-journal
npm run --silent db:migrate
npm run --silent db:seed
if [ "${E2E_SKIP_BUILD:-0}" != "1" ]; then npx next build > data/e2e-build.log 2>&1 || { cat data/e2e-build.log; exit 1; }; fi
exec npx next start -p "$PORT" -H 127.0.0.1
