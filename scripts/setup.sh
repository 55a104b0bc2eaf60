#!/usr/bin/env bash
# One command on a fresh machine: install, generate, migrate the embedded SQLite database, load the 2013
# plan, build and start the app on http://localhost:3000 (PORT to change). DATABASE_URL=postgresql://…
# runs the same on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npm install --no-audit --no-fund
npm run --silent db:migrate
npm run --silent db:seed
npx next build
exec npx next start -p "${PORT:-3000}"
