import { databaseStore } from "./database-store";
import { diskStore } from "./disk-store";
import type { EvidenceStore } from "./evidence-store";
import { evidenceStoreKind } from "./store-kind";

/** The evidence store EVIDENCE_STORE chooses (default: the database on PostgreSQL, the disk on SQLite). */
export function evidenceStore(env: Record<string, string | undefined> = process.env): EvidenceStore {
  return evidenceStoreKind(env) === "database" ? databaseStore : diskStore;
}
