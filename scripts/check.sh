#!/usr/bin/env bash
# Static checks: formatting (Prettier), generated code up to date, typecheck, lint (lib/domain stays pure).
set -euo pipefail
cd "$(dirname "$0")/.."
npx prettier --check . > /dev/null || { npx prettier --list-different .; echo "formatting differs: run npm run format" >&2; exit 1; }
npx tsx scripts/sync-postgres-schema.ts --check
npx graphql-codegen --config codegen.ts > /dev/null
if ! git diff --quiet -- graphql/generated 2>/dev/null; then
  echo "graphql/generated is stale: run npm run generate and commit the result" >&2
  git --no-pager diff --stat -- graphql/generated >&2
  exit 1
fi
npx tsc --noEmit
npx eslint .
