// A child process for tests/integration/durability.test.ts: a burst of concurrent reports through the app's
// own service (recordProgress: entry, version bump and audit row in one transaction) and the app's Prisma
// client (lib/server/db, with its pragmas). It prints one line per event on stdout, which is synchronous for
// pipes on Linux, so a line the parent has read was written after the event happened:
//   READY                      connected, about to start
//   START <key>                the write is about to be sent
//   ACK <key> <entryId>        recordProgress returned: the transaction has committed
//   RETRY <key> <code>         refused before commit (a stale version when workers share a target); tried again
// Run as: node --import tsx tests/integration/burst-writer.ts  with DATABASE_URL and BURST set, BURST being
// JSON { tag, workers, writes, user, targetIds } (user: the SessionUser to write as).
import { recordProgress } from "../../lib/server/progress/record-progress";
import { db } from "../../lib/server/db";
import { isAppError } from "../../lib/server/errors";

interface Burst {
  tag: string;
  workers: number;
  writes: number;
  user: Parameters<typeof recordProgress>[0]["user"];
  targetIds: string[];
}

const burst = JSON.parse(process.env.BURST ?? "null") as Burst | null;
if (!burst) throw new Error("BURST is not set");
const say = (line: string) => process.stdout.write(`${line}\n`);

async function worker(w: number): Promise<void> {
  const targetId = burst!.targetIds[w % burst!.targetIds.length];
  for (let n = 0; n < burst!.writes; n++) {
    const key = `${burst!.tag}-w${w}-n${n}`;
    for (;;) {
      const { version } = await db.target.findUniqueOrThrow({ where: { id: targetId }, select: { version: true } });
      say(`START ${key}`);
      try {
        const { entry } = await recordProgress({
          user: burst!.user,
          targetId,
          value: 1 + w + n / 100,
          reportedFor: "2013-12-31",
          note: key,
          expectedVersion: version,
          confirmLarge: true,
        });
        say(`ACK ${key} ${entry.id}`);
        break;
      } catch (error) {
        if (!isAppError(error) || error.code !== "CONFLICT") throw error;
        say(`RETRY ${key} ${error.code}`);
      }
    }
  }
}

await db.$queryRawUnsafe("SELECT 1");
say("READY");
await Promise.all(Array.from({ length: burst.workers }, (_, w) => worker(w)));
say("DONE");
await db.$disconnect();
