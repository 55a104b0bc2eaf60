import type { Prisma } from "../../../generated/prisma/client";
import { auditValueText, parseAuditSnapshot } from "../../domain/audit-diff";
import { auditActionLabel, auditChangeLine, auditFieldLabel, auditValueLabel, formatAuditTime } from "../../i18n/audit";
import type { ErrorKey } from "../../i18n/errors";
import { fill } from "../../i18n/format";
import { msg, msgAt, msgEach } from "../../i18n/message-text";
import { messages, type Locale, type Messages } from "../../i18n/messages";
import { labelled, listSeparator } from "../../i18n/render-message";
import { db } from "../db";
import { AppError } from "../errors";

/**
 * Optimistic concurrency, once for every record that is edited from a form: the form sends the version it
 * was loaded with; the write claims it with `UPDATE … SET version = version + 1 WHERE id = ? AND version = ?`
 * inside its transaction, so two saves from one stale view give one success and one CONFLICT. The CONFLICT
 * says who saved in between, when and what they saved, read from the newest audit row of the record.
 *
 *   const claim = { kind: "target", id, expected: options.expectedVersion } as const;
 *   await assertCurrent(claim, loaded.version);               // stale already when loaded: explain now
 *   await inVersionedTransaction(async (tx) => {
 *     const version = await claimVersion(tx, claim);          // stale by now: rolled back, then explained
 *     …the write and its audit row…
 *   });
 */

type Model = "target" | "countItem" | "targetScore" | "review" | "rectification" | "user";

interface RecordSpec {
  /** what the message calls it: 该指标已被更新 … (This target has been updated …) */
  noun: ErrorKey;
  model: Model;
  /** the unique column the claim's id is matched on (a score entry is found by its target) */
  key: "id" | "targetId";
  column: "version" | "selfVersion" | "provinceVersion";
  /** the audit rows that are writes to this record (and so bumped its version) */
  audit: (id: string) => Prisma.AuditLogWhereInput;
}

const RECORDS = {
  target: {
    noun: "noun.target",
    model: "target",
    key: "id",
    column: "version",
    // reports, items, the target's own settings and its points set through its area all bump the target
    audit: (id) => ({ targetId: id, entityType: { in: ["Target", "ProgressEntry", "CountItem", "Area"] } }),
  },
  countItem: {
    noun: "noun.item",
    model: "countItem",
    key: "id",
    column: "version",
    audit: (id) => ({ entityType: "CountItem", entityId: id }),
  },
  /** the assessors' entry (declared / adjusted score); version 0 = none yet */
  score: {
    noun: "noun.score",
    model: "targetScore",
    key: "targetId",
    column: "version",
    audit: (id) => ({ entityType: "TargetScore", targetId: id, action: { notIn: ["SET_SELF_SCORE", "SET_PROVINCE_SCORE"] } }),
  },
  /** the section's self-assessment on the same row, versioned on its own; 0 = none yet */
  selfScore: {
    noun: "noun.selfScore",
    model: "targetScore",
    key: "targetId",
    column: "selfVersion",
    audit: (id) => ({ entityType: "TargetScore", targetId: id, action: "SET_SELF_SCORE" }),
  },
  /** 省厅评分 of a city's target, versioned on its own; 0 = none yet */
  provinceScore: {
    noun: "noun.provinceScore",
    model: "targetScore",
    key: "targetId",
    column: "provinceVersion",
    audit: (id) => ({ entityType: "TargetScore", targetId: id, action: "SET_PROVINCE_SCORE" }),
  },
  review: { noun: "noun.review", model: "review", key: "id", column: "version", audit: (id) => ({ entityType: "Review", entityId: id }) },
  rectification: {
    noun: "noun.rectification",
    model: "rectification",
    key: "id",
    column: "version",
    audit: (id) => ({ entityType: "Rectification", entityId: id }),
  },
  user: { noun: "noun.account", model: "user", key: "id", column: "version", audit: (id) => ({ entityType: "User", entityId: id }) },
} satisfies Record<string, RecordSpec>;

export type VersionedKind = keyof typeof RECORDS;

/** A write's claim on one record: the version the form was loaded with. */
export interface VersionClaim {
  kind: VersionedKind;
  /** the record's id (for score and selfScore: the target's id) */
  id: string;
  expected: number;
}

/** The record is no longer at the version the write was prepared from. Thrown inside the transaction. */
export class StaleVersionError extends Error {
  readonly kind: VersionedKind;
  readonly id: string;
  readonly expected: number;
  constructor(claim: VersionClaim) {
    super(`stale ${claim.kind} ${claim.id}: expected version ${claim.expected}`);
    this.name = "StaleVersionError";
    this.kind = claim.kind;
    this.id = claim.id;
    this.expected = claim.expected;
  }
}

/** The part of a Prisma model delegate the version check uses, the same for every record kind. */
interface VersionTable {
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
  findUnique(args: { where: Record<string, unknown>; select: Record<string, true> }): Promise<Record<string, unknown> | null>;
}

const table = (client: Prisma.TransactionClient, model: Model) => client[model] as unknown as VersionTable;

/** Claims `expected` (the version goes up by one) or throws StaleVersionError; returns the new version. */
export async function claimVersion(tx: Prisma.TransactionClient, claim: VersionClaim): Promise<number> {
  const spec = RECORDS[claim.kind];
  const bumped = await table(tx, spec.model).updateMany({
    where: { [spec.key]: claim.id, [spec.column]: claim.expected },
    data: { [spec.column]: { increment: 1 } },
  });
  if (bumped.count === 0) throw new StaleVersionError(claim);
  return claim.expected + 1;
}

/**
 * For records that may not exist yet (a target's score entry): expected 0 claims the record at version 0 if
 * there is one, else `create` makes it (at version 1). Two first saves race on the unique key; the loser's
 * P2002 is the same StaleVersionError as any lost claim. Returns the new version.
 */
export async function claimOrCreate(tx: Prisma.TransactionClient, claim: VersionClaim, create: () => Promise<unknown>): Promise<number> {
  try {
    return await claimVersion(tx, claim);
  } catch (e) {
    if (!(e instanceof StaleVersionError) || claim.expected !== 0) throw e;
  }
  const spec = RECORDS[claim.kind];
  // it exists at a newer version: stale, like any lost claim
  if (await table(tx, spec.model).findUnique({ where: { [spec.key]: claim.id }, select: { id: true } })) throw new StaleVersionError(claim);
  try {
    await create();
  } catch (e) {
    if ((e as { code?: string } | null)?.code === "P2002") throw new StaleVersionError(claim);
    throw e;
  }
  return 1;
}

/** A write that changes a record without a form of its own (an item's edit moves its target's figures). */
export async function bumpVersion(tx: Prisma.TransactionClient, record: { kind: VersionedKind; id: string }): Promise<void> {
  const spec = RECORDS[record.kind];
  await table(tx, spec.model).updateMany({ where: { [spec.key]: record.id }, data: { [spec.column]: { increment: 1 } } });
}

/**
 * Refuses at once a write whose form is older than the record as the service just loaded it, so a stale
 * view gets the conflict (who saved what) rather than a rule judged on data the user has not seen.
 */
export async function assertCurrent(claim: VersionClaim, loadedVersion: number): Promise<void> {
  if (loadedVersion !== claim.expected) throw await staleConflict(new StaleVersionError(claim));
}

/** Runs a versioned write; a lost claim is rolled back and then explained (reading committed data). */
export async function inVersionedTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(work);
  } catch (e) {
    if (e instanceof StaleVersionError) throw await staleConflict(e);
    throw e;
  }
}

/** What a conflict asks of the reader: refresh the form, or download the month sheet again. */
export type ConflictThen = "refresh" | "redownload";

const THEN = { refresh: "conflict.thenRefresh", redownload: "conflict.thenRedownload" } as const;

/**
 * The one CONFLICT for a stale write: 该指标已被更新：张三于 2013/12/05 14:03:22 报送进度（完成值：133 → 135）。
 * 当前为第 3 版，请刷新后再提交。 (This target has been updated by 张三 at 2013-12-05, 14:03:22: Report progress
 * (Value: 133 → 135). It is now version 3. Please refresh and submit again.) — a catalogue message, the action and
 * the changes worded in each language. Details: currentVersion (null when the record is gone), savedBy, savedAt
 * (ISO), newerValue (the audit row's after-snapshot) — all null when no audit row tells.
 */
export async function staleConflict(stale: StaleVersionError, then: ConflictThen = "refresh"): Promise<AppError> {
  const spec = RECORDS[stale.kind];
  const [current, latest] = await Promise.all([
    table(db, spec.model).findUnique({ where: { [spec.key]: stale.id }, select: { [spec.column]: true } }),
    db.auditLog.findFirst({
      where: spec.audit(stale.id),
      orderBy: [{ at: "desc" }, { id: "desc" }],
      include: { user: { select: { displayName: true } } },
    }),
  ]);
  const currentVersion = current ? (current[spec.column] as number) : null;
  const what = msg(spec.noun);
  const state = currentVersion === null ? msg("conflict.gone", { what }) : msg("conflict.versionNow", { version: currentVersion });
  let message = msg("conflict.updated", { what, state, then: msg(THEN[then]) });
  if (latest) {
    const inEach = (word: (t: Messages, locale: Locale) => string) => msgEach({ zh: word(messages.zh, "zh"), en: word(messages.en, "en") });
    const change = (t: Messages) => {
      const changes = newerValues(latest.before, latest.after, t);
      const action = auditActionLabel(latest.action, t);
      return changes ? fill(t.errors["conflict.change"], { action, changes }) : action;
    };
    message = msg("conflict.updatedBy", {
      what,
      who: latest.user?.displayName ?? msgAt("audit.system"),
      at: inEach((_, locale) => formatAuditTime(latest.at, locale)),
      change: inEach(change),
      state,
      then: msg(THEN[then]),
    });
  }
  return new AppError("CONFLICT", message, {
    currentVersion,
    savedBy: latest ? (latest.user?.displayName ?? msgAt("audit.system")) : null,
    savedAt: latest?.at.toISOString() ?? null,
    newerValue: latest ? parseAuditSnapshot(latest.after) : null,
  });
}

/**
 * What the newer save holds, field by field as the audit log words it: 完成值：133 → 135 where it changed a
 * value, 报送日期：2013-12-31 where it kept one (Value: 133 → 135; Report date: …). The version is said apart;
 * ids are for machines (the details' newerValue keeps them).
 */
function newerValues(beforeText: string | null, afterText: string | null, t: Messages): string {
  const before = parseAuditSnapshot(beforeText) ?? {};
  const after = parseAuditSnapshot(afterText) ?? {};
  return Object.keys(after)
    .filter((field) => field !== "version" && !field.endsWith("Id"))
    .map((field) => {
      const [old, now] = [auditValueText(before[field]), auditValueText(after[field])];
      return old === now
        ? labelled(auditFieldLabel(field, t), auditValueLabel(field, now, t), t)
        : auditChangeLine({ field, before: old, after: now }, t);
    })
    .join(listSeparator(t, "semicolon"));
}
