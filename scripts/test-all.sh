#!/usr/bin/env bash
# Every test: install (Chromium from Debian when missing), typecheck, lint, unit + integration (vitest),
# then the browser journeys (Playwright on Debian's chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then apt-get update -qq && apt-get install -y -qq chromium > /dev/null;
  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium > /dev/null; fi
fi
npm install --no-audit --no-fund
npm run --silent check:static
npx vitest run
npx playwright test
