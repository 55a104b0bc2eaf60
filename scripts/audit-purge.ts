// npm run audit:purge -- --before <YYYY-MM-DD> --reason "<why>" [--retention-days <n ≥ 180>]
//
// Removes audit rows written before the date, which must be at least the retention (AUDIT_RETENTION_DAYS or
// --retention-days, never under 180) in the past; see lib/server/audit/purge-audit-log.ts. Take a backup first
// (npm run backup): it keeps the removed rows. Exit 0: done; 1: refused; 2: usage.
import { parseArgs } from "node:util";
import { MIN_AUDIT_RETENTION_DAYS } from "../lib/domain/audit-retention";
import { purgeAuditLog } from "../lib/server/audit/purge-audit-log";
import { disconnectDb } from "../lib/server/db";
import { isAppError } from "../lib/server/errors";

const USAGE = 'usage: npm run audit:purge -- --before <YYYY-MM-DD> --reason "<why>" [--retention-days <n>]';

async function main(): Promise<number> {
  let values: { before?: string; reason?: string; "retention-days"?: string };
  try {
    ({ values } = parseArgs({ options: { before: { type: "string" }, reason: { type: "string" }, "retention-days": { type: "string" } } }));
  } catch {
    console.error(USAGE);
    return 2;
  }
  const days = values["retention-days"] ?? process.env.AUDIT_RETENTION_DAYS ?? String(MIN_AUDIT_RETENTION_DAYS);
  if (!values.before || !/^\d{4}-\d{2}-\d{2}$/.test(values.before) || !values.reason || !/^\d{1,5}$/.test(days)) {
    console.error(USAGE);
    return 2;
  }
  try {
    // the cutoff is midnight China time at the start of the given day
    const cutoff = new Date(`${values.before}T00:00:00+08:00`);
    const result = await purgeAuditLog({ cutoff, retentionDays: Number(days), reason: values.reason });
    console.log(`Removed ${result.removed} audit rows written before ${values.before} (through no. ${result.throughSeq}).`);
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    console.error(error.message);
    return 1;
  }
}

main()
  .then(async (code) => {
    await disconnectDb();
    process.exit(code);
  })
  .catch((error: unknown) => {
    console.error(`audit:purge failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
