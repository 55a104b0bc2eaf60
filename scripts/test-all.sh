#!/usr/bin/env bash
# Every test: install (Chromium + CJK font from Debian when missing, npm packages), static checks
# (generated code fresh, typecheck, lint), unit + integration (vitest), then the browser journeys.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-browser.sh
npm install --no-audit --no-fund
npm run --silent check:static
npx vitest run
npx playwright test
