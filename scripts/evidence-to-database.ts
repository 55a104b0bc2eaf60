// npm run evidence:to-database
//
// Copies the evidence files kept under $EVIDENCE_DIR (the disk store) into $DATABASE_URL's EvidenceBlob table,
// each checked against the SHA-256 its row records (lib/server/evidence/copy-to-database.ts), before running with
// EVIDENCE_STORE=database — the default on PostgreSQL. Safe to run again, and while the app runs; the files on
// disk are kept. Exit 0: every file the rows name is in the database; 1: some are missing or differ.
import { disconnectDb } from "../lib/server/db";
import { copyEvidenceToDatabase } from "../lib/server/evidence/copy-to-database";
import { evidenceDir } from "../lib/server/evidence/evidence-store";

async function main(): Promise<number> {
  const dir = evidenceDir();
  const report = await copyEvidenceToDatabase({ dir });
  console.log(
    `Evidence files named by the database: ${report.files}; copied from ${dir}: ${report.copied}; in the database already: ${report.already}.`,
  );
  for (const file of report.missing) console.error(`missing under ${dir}: ${file}`);
  for (const file of report.mismatched) console.error(`content differs from its recorded SHA-256 (not copied): ${file}`);
  if (report.unhashed > 0) console.error(`${report.unhashed} file row(s) have no recorded SHA-256 and were not copied.`);
  return report.missing.length + report.mismatched.length + report.unhashed === 0 ? 0 : 1;
}

main()
  .then(async (code) => {
    await disconnectDb();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(error);
    await disconnectDb();
    process.exit(1);
  });
