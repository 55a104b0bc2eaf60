#!/usr/bin/env bash
# Builds and starts the app on a fresh, seeded SQLite file for the browser tests.
set -euo pipefail
PORT="${1:-3107}"
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export DATABASE_URL="file:./data/e2e-${PORT}.db"
export SESSION_SECRET_FILE="./data/.e2e-session-secret"
export ADMIN_PASSWORD="${E2E_ADMIN_PASSWORD:-admin-e2e-2013}"
rm -f "data/e2e-${PORT}.db" "data/e2e-${PORT}.db-journal"
# Port 3107 (the default) builds into .next; another port builds into its own folder.
if [ "$PORT" != "3107" ]; then export NEXT_DIST_DIR=".next-e2e-${PORT}"; fi
npm run --silent db:migrate
npm run --silent db:seed
if [ "${E2E_SKIP_BUILD:-0}" != "1" ]; then npx next build > "data/e2e-build-${PORT}.log" 2>&1 || { cat "data/e2e-build-${PORT}.log"; exit 1; }; fi
exec npx next start -p "$PORT" -H 127.0.0.1
