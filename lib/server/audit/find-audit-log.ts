import type { z } from "zod";
import type { Prisma } from "../../../generated/prisma/client";
import { auditChanges } from "../../domain/audit-diff";
import type { IsoDate } from "../../domain";
import {
  AUDIT_EXPORT_MAX,
  AUDIT_PAGE_MAX,
  AUDIT_PAGE_SIZE,
  auditFilterSchema,
  auditPageSchema,
  type AuditFilter,
  type AuditFilterInput,
} from "../../validation/audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { issueFields } from "../../validation/progress";
import { AppError } from "../errors";
import { resolveAuditReferences, type AuditChangeView, type AuditRefView } from "./audit-references";
import { msgList } from "../../i18n/message-text";

export interface AuditPersonView {
  id: string;
  displayName: string;
}

export interface AuditTargetView {
  id: string;
  code: string;
  title: string;
}

export interface AuditEntryView {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  reason: string | null;
  /** who wrote it; null for system writes */
  user: AuditPersonView | null;
  /** the target concerned; null for account changes (or a deleted target) */
  target: AuditTargetView | null;
  /** the account concerned when the entry is about a user (新建用户, 修改用户, 重置密码 …) */
  subject: AuditPersonView | null;
  /** what the entry is about when that is not its target or an account: a report, an item, a review, a plan's month … */
  about: AuditRefView | null;
  /** before/after as "field: old → new", unchanged fields left out; ids come with what they name */
  changes: AuditChangeView[];
}

export interface AuditPageView {
  entries: AuditEntryView[];
  /** rows matching the filter, whatever the page */
  totalCount: number;
  offset: number;
  limit: number;
}

export interface FindAuditLogOptions {
  /** the reader: the log shows their own bureau (entries by its users or on its plans' targets) */
  user: SessionUser;
  filter?: AuditFilterInput | null;
  offset?: number | null;
  /** page size: AUDIT_PAGE_SIZE by default, at most AUDIT_PAGE_MAX (AUDIT_EXPORT_MAX for an export) */
  limit?: number | null;
  /** the CSV export: one page of up to AUDIT_EXPORT_MAX rows */
  export?: boolean;
}

/**
 * 操作日志: the append-only audit log, newest first, filtered by author, section, target, dates and action.
 *
 * - section: entries on a target the section owns (a jointly owned target shows for each owner), plus
 *   entries written by the section's users (account changes, evidence …), by their current section.
 * - from/to are calendar dates in China Standard Time (UTC+8, no daylight saving), both inclusive: the
 *   same days the page shows the times in, so a row shown at 2013-10-02 00:30 is in "from 2013-10-02".
 *
 * Cost is fixed whatever the page size: one count, one select of the rows with their author and target
 * (Prisma loads each relation in one statement), one lookup of the accounts the page is about and one per kind
 * of record its ids name (audit-references.ts).
 */
export async function findAuditLog(options: FindAuditLogOptions): Promise<AuditPageView> {
  const filter = parse(auditFilterSchema, options.filter ?? {});
  const max = options.export ? AUDIT_EXPORT_MAX : AUDIT_PAGE_MAX;
  const page = parse(auditPageSchema(max), {
    offset: options.offset ?? 0,
    limit: options.limit ?? (options.export ? AUDIT_EXPORT_MAX : AUDIT_PAGE_SIZE),
  });
  const where = await auditWhere(options.user, filter);

  const [totalCount, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: page.offset,
      take: page.limit,
      include: {
        user: { select: { id: true, displayName: true } },
        target: { select: { id: true, code: true, title: true } },
      },
    }),
  ]);

  const subjectIds = [...new Set(rows.filter((r) => r.entityType === "User").map((r) => r.entityId))];
  const read = rows.map((r) => ({ entityType: r.entityType, entityId: r.entityId, changes: auditChanges(r.before, r.after) }));
  const [subjects, refs] = await Promise.all([
    subjectIds.length > 0 ? db.user.findMany({ where: { id: { in: subjectIds } }, select: { id: true, displayName: true } }) : [],
    resolveAuditReferences(read),
  ]);
  const subjectById = new Map(subjects.map((s) => [s.id, s]));

  return {
    totalCount,
    offset: page.offset,
    limit: page.limit,
    entries: rows.map((r, i) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      reason: r.reason,
      user: r.user,
      target: r.target,
      subject: r.entityType === "User" ? (subjectById.get(r.entityId) ?? null) : null,
      about: refs.about[i],
      changes: refs.changes[i],
    })),
  };
}

/** Sign-in, account and audit-retention events: the security log only the 审计管理员 reads. */
export const SECURITY_ENTITY_TYPES = ["SignIn", "User", "AuditLog"];
/** A failed sign-in under a name no account has is logged with this prefix and shown to every unit's 审计管理员. */
export const UNKNOWN_ACCOUNT = "unknown:";

async function auditWhere(reader: SessionUser, f: AuditFilter): Promise<Prisma.AuditLogWhereInput> {
  const ownUnit: Prisma.AuditLogWhereInput[] = [{ user: { unitId: reader.unitId } }, { target: { plan: { unitId: reader.unitId } } }];
  if (reader.role === "AUDIT_ADMIN") {
    // failed sign-ins have no author: they belong to the unit of the account tried (or to nobody's, if none)
    const accounts = await db.user.findMany({ where: { unitId: reader.unitId }, select: { id: true } });
    ownUnit.push({ entityType: "SignIn", entityId: { in: accounts.map((a) => a.id) } });
    ownUnit.push({ entityType: "SignIn", entityId: { startsWith: UNKNOWN_ACCOUNT } });
  }
  const and: Prisma.AuditLogWhereInput[] = [{ OR: ownUnit }];
  if (reader.role !== "AUDIT_ADMIN") and.push({ entityType: { notIn: SECURITY_ENTITY_TYPES } });
  if (f.userId) and.push({ userId: f.userId });
  if (f.sectionId) {
    and.push({ OR: [{ target: { owners: { some: { sectionId: f.sectionId } } } }, { user: { sectionId: f.sectionId } }] });
  }
  if (f.targetId) and.push({ targetId: f.targetId });
  if (f.action) and.push({ action: f.action });
  if (f.from || f.to) {
    and.push({ at: { ...(f.from ? { gte: chinaDayStart(f.from) } : {}), ...(f.to ? { lt: chinaDayStart(f.to, 1) } : {}) } });
  }
  return { AND: and };
}

/** The instant a calendar day (plus `days`) begins in China Standard Time, UTC+8 all year. */
export function chinaDayStart(iso: IsoDate, days = 0): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days) - 8 * 3600_000);
}

/** Bad filters or paging become BAD_USER_INPUT with each field's first message. */
function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = issueFields(parsed.error);
  throw new AppError("BAD_USER_INPUT", msgList(Object.values(fields)), { fields });
}
