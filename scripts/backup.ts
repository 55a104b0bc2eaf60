// npm run backup -- [dir]
//
// A consistent backup of $DATABASE_URL (default: the SQLite file data/tracker.db) and of the evidence files
// ($EVIDENCE_DIR, default data/evidence) into dir (default data/backups/<UTC time>), while the app runs.
// dir/manifest.json lists the applied migrations, every table's row count and checksum, and each file's
// SHA-256. See scripts/lib/backup.ts; restore with `npm run restore -- <dir>`.
import path from "node:path";
import { createBackup, totalRows } from "./lib/backup";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length > 1 || args.some((arg) => arg.startsWith("-"))) {
    console.error("usage: npm run backup -- [dir]");
    return 2;
  }
  const stamp = new Date()
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "");
  const dir = path.resolve(args[0] ?? path.join("data", "backups", stamp));
  const manifest = await createBackup({ dir, log: (message) => console.log(message) });
  console.log(
    `Backup written to ${dir}: ${manifest.provider}, ${Object.keys(manifest.tables).length} tables, ${totalRows(manifest)} rows, ` +
      `${manifest.files.length - 1} evidence files, ${manifest.migrations.length} migrations.`,
  );
  console.log("It holds password hashes and sessions: keep it where only administrators can read it, and off this disk.");
  return 0;
}

// Exit explicitly: a pg connection left behind by a failure must not keep the process alive.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
