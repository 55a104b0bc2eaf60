import { updateUserSchema } from "../../validation/user";
import { writeAudit } from "../audit/write-audit";
import { endSessions } from "../auth/end-sessions";
import type { Role, SessionUser } from "../auth/session-user";
import { assertCurrent, claimVersion, inVersionedTransaction } from "../concurrency/versioned-write";
import { AppError } from "../errors";
import {
  accountSelect,
  findManagedUser,
  findUnitSection,
  parseInput,
  requireAdmin,
  toAccountView,
  type UserAccountView,
} from "./user-rules";
import { msg } from "../../i18n/message-text";

export interface UpdateUserOptions {
  user: SessionUser;
  userId: string;
  /** each field: undefined or null leaves it unchanged … */
  displayName?: string | null;
  role?: Role | null;
  active?: boolean | null;
  /** … except the section, where null clears it; it is cleared anyway when the role is no longer 科室负责人 */
  sectionId?: string | null;
  /** the account's version the list was loaded with */
  expectedVersion: number;
}

const FIELDS = ["displayName", "role", "sectionId", "active"] as const;

/**
 * An administrator edits an account of their unit: name, role, section, enabled. The change is merged
 * onto the current values and the result checked as a whole; administrators cannot disable or demote
 * themselves (someone must be able to manage accounts). A disabled account's sessions stop working at
 * once (the session lookup requires an active user). Only changed fields are written and audited.
 */
export async function updateUser(options: UpdateUserOptions): Promise<UserAccountView> {
  const { user } = options;
  requireAdmin(user);
  const current = await findManagedUser(user, options.userId);
  const claim = { kind: "user", id: current.id, expected: options.expectedVersion } as const;
  await assertCurrent(claim, current.version);
  const role = options.role ?? (current.role as Role);
  const input = parseInput(updateUserSchema, {
    displayName: options.displayName ?? current.displayName,
    role,
    sectionId: options.sectionId !== undefined ? options.sectionId : role === "SECTION_HEAD" ? current.sectionId : null,
    active: options.active ?? current.active,
  });
  if (current.id === user.id && !input.active) {
    throw new AppError("BAD_USER_INPUT", msg("users.cannotDeactivateSelf"), { fields: { active: msg("users.cannotDeactivateSelf") } });
  }
  if (current.id === user.id && input.role !== "ADMIN") {
    throw new AppError("BAD_USER_INPUT", msg("users.cannotDemoteSelf"), { fields: { role: msg("users.cannotDemoteSelf") } });
  }
  const section = input.sectionId === current.sectionId ? current.section : await findUnitSection(user, input.sectionId);

  const changed = FIELDS.filter((f) => input[f] !== current[f]);
  if (changed.length === 0) return toAccountView(current);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const f of changed) {
    before[f] = current[f];
    after[f] = input[f];
  }
  if (changed.includes("sectionId")) {
    before.sectionName = current.section?.name ?? null;
    after.sectionName = section?.name ?? null;
  }

  return inVersionedTransaction(async (tx) => {
    const version = await claimVersion(tx, claim);
    const updated = await tx.user.update({
      where: { id: current.id },
      data: Object.fromEntries(changed.map((f) => [f, input[f]])),
      select: accountSelect,
    });
    // a disabled account's sessions end for good: enabling it again does not bring an old cookie back
    if (changed.includes("active") && !input.active) await endSessions(tx, current.id);
    await writeAudit(tx, {
      userId: user.id,
      action: "UPDATE_USER",
      entityType: "User",
      entityId: current.id,
      before: { ...before, version: claim.expected },
      after: { ...after, version },
    });
    return toAccountView(updated);
  });
}
