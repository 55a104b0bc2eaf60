// npm run restore -- <dir> [--force]
//
// Restores a backup folder made by `npm run backup` into $DATABASE_URL and $EVIDENCE_DIR. Stop the app
// first. Refuses a database that has data unless --force. Every file is checked against the manifest before
// anything is written, and the restored tables and evidence files are checked against it afterwards. See
// scripts/lib/restore.ts.
import { migrationsDirFor, readMigrationsList } from "./lib/schema-engine";
import { RestoreRefused, restoreBackup } from "./lib/restore";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const rest = args.filter((arg) => arg !== "--force");
  if (rest.length !== 1 || rest[0].startsWith("-")) {
    console.error("usage: npm run restore -- <dir> [--force]   (stop the app first)");
    return 2;
  }
  console.log("Restoring: the app must be stopped (next start / npm run setup), or it keeps serving what it had read.");
  try {
    const result = await restoreBackup({ dir: rest[0], force, log: (message) => console.log(message) });
    if (result.otherEvidenceFiles > 0) {
      console.log(`${result.otherEvidenceFiles} evidence file(s) already in the folder are not in the backup; they were kept.`);
    }
    const local = readMigrationsList(migrationsDirFor(result.manifest.provider)).migrationDirectories.map((dir) => dir.path);
    const applied = new Set(result.manifest.migrations);
    const pending = local.filter((name) => !applied.has(name));
    if (pending.length > 0)
      console.log(`${pending.length} migration(s) newer than the backup: run npm run db:migrate before starting the app.`);
    if (result.manifest.migrations.some((name) => !local.includes(name))) {
      console.log("Warning: the backup has migrations this code does not know; it was made by a newer version of the app.");
    }
    console.log("Restore complete. Start the app again.");
    return 0;
  } catch (error) {
    if (error instanceof RestoreRefused) {
      console.error(`Refused: ${error.message}`);
      return 3;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
