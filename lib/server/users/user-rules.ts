import type { z } from "zod";
import { issueFields } from "../../validation/progress";
import { canManageUsers } from "../access/permissions";
import type { Role, SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import type { SectionView } from "../plan-state/target-view";
import { msg, msgList } from "../../i18n/message-text";

/**
 * The steps every account operation shares: only administrators manage accounts, and only the accounts
 * and sections of their own unit; input is checked with the same zod schemas as the forms.
 */
export interface UserAccountView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  section: SectionView | null;
  active: boolean;
  mustChangePassword: boolean;
  createdAt: Date;
  /** optimistic concurrency: the administrator's edits and resets claim it */
  version: number;
  /** minutes left on a sign-in lock after repeated failures; 0 when not locked (filled by the list) */
  lockedMinutes?: number;
}

/** Selects what an account view needs — never the password hash. */
export const accountSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  unitId: true,
  sectionId: true,
  active: true,
  mustChangePassword: true,
  createdAt: true,
  version: true,
  section: { select: { id: true, name: true, phone: true, unitId: true, sortOrder: true } },
} as const;

type AccountRow = {
  id: string;
  username: string;
  displayName: string;
  role: string;
  unitId: string;
  active: boolean;
  mustChangePassword: boolean;
  createdAt: Date;
  version: number;
  section: (SectionView & { sortOrder?: number }) | null;
};

export function toAccountView(row: AccountRow): UserAccountView {
  const { section } = row;
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    unitId: row.unitId,
    section: section ? { id: section.id, name: section.name, phone: section.phone, unitId: section.unitId } : null,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    createdAt: row.createdAt,
    version: row.version,
  };
}

export function requireAdmin(user: SessionUser): void {
  if (!canManageUsers(user, user.unitId)) throw new AppError("FORBIDDEN", msg("users.adminsOnly"));
}

/** Parses with a shared schema; failures become BAD_USER_INPUT with every field's first message. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = issueFields(parsed.error);
  throw new AppError("BAD_USER_INPUT", msgList(Object.values(fields)), { fields });
}

/** An account of the administrator's own unit; another unit's account is not theirs to manage. */
export async function findManagedUser(admin: SessionUser, userId: string) {
  const row = await db.user.findUnique({ where: { id: userId }, select: accountSelect });
  if (!row) throw notFound("noun.user");
  if (row.unitId !== admin.unitId) throw new AppError("FORBIDDEN", msg("users.ownUnitOnly"));
  return row;
}

/** A section given to a 科室负责人 must exist and belong to the administrator's unit. */
export async function findUnitSection(admin: SessionUser, sectionId: string | null) {
  if (!sectionId) return null;
  const section = await db.section.findUnique({ where: { id: sectionId }, select: { id: true, name: true, unitId: true } });
  if (!section) throw new AppError("BAD_USER_INPUT", msg("users.sectionMissing"), { fields: { sectionId: msg("users.sectionMissing") } });
  if (section.unitId !== admin.unitId) throw new AppError("FORBIDDEN", msg("users.sectionOwnUnit"));
  return section;
}

/** The database's unique index on username is the authority; a clash is reported, not retried. */
export function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === "P2002";
}
