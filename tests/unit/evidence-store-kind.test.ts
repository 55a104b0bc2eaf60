// EVIDENCE_STORE chooses where evidence files' bytes live (lib/server/evidence/store-kind.ts): the database by
// default on PostgreSQL (so several instances share them), EVIDENCE_DIR on this disk by default on SQLite.
import { describe, expect, it } from "vitest";
import { evidenceStoreKind } from "../../lib/server/evidence/store-kind";

const PG = "postgresql://tracker:secret@db.example:5432/tracker";

describe("evidenceStoreKind", () => {
  it("defaults to the database on PostgreSQL and to the disk on SQLite", () => {
    expect(evidenceStoreKind({ DATABASE_URL: PG })).toBe("database");
    expect(evidenceStoreKind({ DATABASE_URL: "postgres://u@h/db" })).toBe("database");
    expect(evidenceStoreKind({ DATABASE_URL: "file:./data/tracker.db" })).toBe("disk");
    expect(evidenceStoreKind({})).toBe("disk");
    expect(evidenceStoreKind({ DATABASE_URL: "  " })).toBe("disk");
  });

  it("follows EVIDENCE_STORE on either engine, in any case and with spaces around", () => {
    expect(evidenceStoreKind({ DATABASE_URL: PG, EVIDENCE_STORE: "disk" })).toBe("disk");
    expect(evidenceStoreKind({ EVIDENCE_STORE: "database" })).toBe("database");
    expect(evidenceStoreKind({ EVIDENCE_STORE: " Database " })).toBe("database");
    expect(evidenceStoreKind({ DATABASE_URL: PG, EVIDENCE_STORE: "" })).toBe("database");
  });

  it("refuses a store it does not know rather than guessing", () => {
    expect(() => evidenceStoreKind({ EVIDENCE_STORE: "s3" })).toThrow('EVIDENCE_STORE must be database or disk (got "s3")');
    expect(() => evidenceStoreKind({ DATABASE_URL: PG, EVIDENCE_STORE: "db" })).toThrow(/EVIDENCE_STORE must be/);
  });
});
