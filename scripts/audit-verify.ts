// npm run audit:verify -- [--expect-head <seq>:<hash>]
//
// Checks the audit log's hash chain (lib/server/audit/verify-audit-log.ts) on $DATABASE_URL and prints the head.
// Exit 0: whole (and the expected head, when given, is still in it); 1: broken or the head is gone; 2: usage.
import { disconnectDb } from "../lib/server/db";
import { verifyAuditLog } from "../lib/server/audit/verify-audit-log";

const USAGE = "usage: npm run audit:verify -- [--expect-head <seq>:<sha256>]";

function parseHead(args: string[]): { seq: number; hash: string } | undefined | null {
  if (args.length === 0) return undefined;
  const match = args.length === 2 && args[0] === "--expect-head" ? /^(\d{1,12}):([0-9a-f]{64})$/.exec(args[1]) : null;
  return match ? { seq: Number(match[1]), hash: match[2] } : null;
}

async function main(): Promise<number> {
  const expectHead = parseHead(process.argv.slice(2));
  if (expectHead === null) {
    console.error(USAGE);
    return 2;
  }
  const report = await verifyAuditLog({ expectHead });
  const from = report.anchor.seq === 0 ? "the beginning" : `no. ${report.anchor.seq + 1} (older rows purged at the end of retention)`;
  if (report.broken) {
    console.error(
      `审计日志校验失败 / audit log BROKEN at no. ${report.broken.seq}: ${report.broken.problem} (row ${report.broken.id ?? "—"}).`,
    );
    console.error(`${report.checked} rows from ${from} verified before it.`);
    return 1;
  }
  console.log(`审计日志校验通过 / audit log OK: ${report.checked} rows verified from ${from}.`);
  if (report.unchained > 0) console.log(`${report.unchained} rows were written before the chain began and are not covered.`);
  console.log(`head ${report.head.seq}:${report.head.hash}`);
  console.log(
    "Record the head off this server (e.g. in the monthly minutes); pass it back with --expect-head to detect a rewritten chain.",
  );
  if (expectHead && report.expectedHeadFound === null) {
    console.log(`the recorded head no. ${expectHead.seq} was purged at the end of retention; it cannot be compared any more.`);
  }
  if (report.expectedHeadFound === false) {
    console.error(`the recorded head ${expectHead!.seq}:${expectHead!.hash} is not in the chain: the log was rewritten.`);
    return 1;
  }
  return 0;
}

main()
  .then(async (code) => {
    await disconnectDb();
    process.exit(code);
  })
  .catch((error: unknown) => {
    console.error(`audit:verify failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
