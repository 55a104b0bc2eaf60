// What the SQLite and PostgreSQL backup tests share: evidence files laid out as the app stores them, and a
// backup taken while reports keep being written. lib/server modules are imported inside the functions because
// the PostgreSQL test points DATABASE_URL at its throwaway cluster before anything opens the app's client.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { filesUnder, sha256File } from "../../scripts/lib/backup-manifest";

/** Writes each content as <first two hex digits>/<sha256><ext> under `dir`, as lib/server/evidence stores files. */
export function writeEvidenceFiles(dir: string, files: readonly { content: string; ext: string }[]): void {
  for (const { content, ext } of files) {
    const sha = createHash("sha256").update(content).digest("hex");
    const file = path.join(dir, sha.slice(0, 2), `${sha}${ext}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/** Every file under `dir` with its sha256, by relative path. */
export const hashes = (dir: string) => Object.fromEntries(filesUnder(dir).map((f) => [f, sha256File(path.join(dir, f))]));

/** Resolves once `done()` holds (checked every 20 ms); fails after 30 s. */
async function until(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error("the writes did not come");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Runs `backup` while the administrator records reports (notes `${notePrefix}-n`) round the given targets: at
 * least two are written before it starts and two after it ends. Returns the backup's result and how many reports
 * were written in all.
 */
export async function backupDuringWrites<T>(options: {
  targetIds: readonly string[];
  notePrefix: string;
  backup: () => Promise<T>;
}): Promise<{ result: T; written: number }> {
  const { db } = await import("../../lib/server/db");
  const { recordProgress } = await import("../../lib/server/progress/record-progress");
  const { findSessionUser } = await import("../../lib/server/auth/session");
  const admin = (await findSessionUser((await db.user.findUniqueOrThrow({ where: { username: "admin" } })).id))!;
  let writing = true;
  let written = 0;
  const writer = (async () => {
    for (let n = 0; writing; n++) {
      const targetId = options.targetIds[n % options.targetIds.length];
      const { version } = await db.target.findUniqueOrThrow({ where: { id: targetId }, select: { version: true } });
      await recordProgress({
        user: admin,
        targetId,
        value: 1 + n,
        reportedFor: "2013-12-31",
        note: `${options.notePrefix}-${n}`,
        expectedVersion: version,
        confirmLarge: true,
      });
      written++;
      // the SQLite driver answers synchronously: without yielding, this loop would starve the timers below
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  let result!: T;
  try {
    await until(() => written >= 2); // some writes before the backup starts …
    result = await options.backup();
    const atBackup = written;
    await until(() => written >= atBackup + 2); // … and some after
  } finally {
    writing = false;
    await writer;
  }
  return { result, written };
}
