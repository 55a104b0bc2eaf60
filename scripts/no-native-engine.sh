#!/bin/sh
# Placeholder for Prisma's native schema engine, which cannot be downloaded on these machines.
# Setting PRISMA_SCHEMA_ENGINE_BINARY to this file stops the download; generation uses Wasm and
# migrations run through scripts/migrate.ts on @prisma/schema-engine-wasm.
echo "native schema engine unavailable: use npm run db:migrate" >&2
exit 1
