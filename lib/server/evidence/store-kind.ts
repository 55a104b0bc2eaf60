import { resolveDatabase } from "../database-url";

/**
 * Where evidence files' bytes are kept (EVIDENCE_STORE):
 * - "database": in the app's database (model EvidenceBlob, by SHA-256), so every app instance on one database
 *   serves every file and a database backup (pg_dump) carries them; the default on PostgreSQL;
 * - "disk": under EVIDENCE_DIR on this machine, by SHA-256; the default on SQLite, where the database is a file
 *   on the same disk anyway (npm run backup copies the folder beside it).
 * Either way uploads are staged in EVIDENCE_DIR/.incoming while they are checked.
 */
export type EvidenceStoreKind = "database" | "disk";

const KINDS: readonly EvidenceStoreKind[] = ["database", "disk"];

/** The store EVIDENCE_STORE names, or the default for DATABASE_URL's engine; an unknown name is a start-up error. */
export function evidenceStoreKind(env: Record<string, string | undefined> = process.env): EvidenceStoreKind {
  const named = env.EVIDENCE_STORE?.trim().toLowerCase();
  if (named) {
    if ((KINDS as readonly string[]).includes(named)) return named as EvidenceStoreKind;
    throw new Error(`EVIDENCE_STORE must be ${KINDS.join(" or ")} (got "${env.EVIDENCE_STORE}")`);
  }
  return resolveDatabase(env.DATABASE_URL).provider === "postgresql" ? "database" : "disk";
}
