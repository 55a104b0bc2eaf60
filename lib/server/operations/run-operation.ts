import type { z } from "zod";
import type { SessionUser } from "../auth/session-user";
import { canReport } from "../access/permissions";
import { loadResource, RESOURCE_NAME, withParent, type Resource } from "../access/resources";
import { canReadUnit, supervises, type UnitRef } from "../access/scope";
import { AppError } from "../errors";
import { issueFields } from "../../validation/progress";
import type { Access, Claim, Operation } from "./define-operation";
import { msg, msgList } from "../../i18n/message-text";

/**
 * The one runner every GraphQL root field and every route handler goes through, in this order:
 * authenticate, check the role (and that no password change is pending), parse the input (BAD_USER_INPUT on failure), resolve each declared resource
 * to its unit and check the access it needs (NOT_FOUND / FORBIDDEN, nothing of it leaked), then call the
 * operation's service with a non-null user.
 */
export async function runOperation<I, R>(op: Operation<I, R>, user: SessionUser | null, raw: unknown): Promise<R> {
  if (op.roles === "PUBLIC") {
    const input = parseInput(op.input, raw);
    if (op.credential && !op.credential(input)) throw new AppError("FORBIDDEN", msg("request.credentialInvalid"));
    return op.run({ user, input, resources: await checkClaims(user, op.access, op.resources(input)) });
  }
  assertRole(op.roles, user);
  if (user.passwordChange && !op.duringPasswordChange) {
    throw new AppError(
      "PASSWORD_CHANGE_REQUIRED",
      msg(user.passwordChange === "EXPIRED" ? "request.passwordExpired" : "request.temporaryPassword"),
    );
  }
  const input = parseInput(op.input, raw);
  return op.run({ user, input, resources: await checkClaims(user, op.access, op.resources(input)) });
}

function assertRole(roles: Exclude<Operation["roles"], "PUBLIC">, user: SessionUser | null): asserts user is SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED", msg("request.signInFirst"));
  if (roles !== "SIGNED_IN" && !roles.includes(user.role)) throw new AppError("FORBIDDEN", msg("request.roleForbidden"));
}

export function parseInput<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields = issueFields(parsed.error);
  const all = Object.values(fields);
  throw new AppError("BAD_USER_INPUT", all.length ? msgList(all) : msg("request.invalidInput"), { fields });
}

async function checkClaims(user: SessionUser | null, access: Access, claims: Claim[]): Promise<Resource[]> {
  const present = claims.filter((c): c is Claim & { id: string } => typeof c.id === "string");
  const loaded = await Promise.all(
    present.map(async (c) => {
      const resource = await loadResource(c.kind, c.id);
      return resource && user && needsParent(user, resource) ? withParent(resource) : resource;
    }),
  );
  return present.map((claim, i) => {
    const resource = loaded[i];
    if (!resource) throw new AppError("NOT_FOUND", msg("notFound", { what: msg(RESOURCE_NAME[claim.kind]) }));
    const needed = claim.access ?? access;
    // only a public operation (its own credential checked) reaches here without a user
    if (!user) {
      if (needed === "published") return resource;
      throw new AppError("UNAUTHENTICATED", msg("request.signInFirst"));
    }
    if (!grants(needed, user, resource)) throw refusal(needed, claim.kind);
    return resource;
  });
}

/**
 * Whether deciding on another unit's record needs its parent's level and its grandparent (one more statement): a
 * leader on a unit two levels down (a 省厅领导 on a county), an assessor on a unit directly below (the province's
 * 考核组 on a city). One's own unit, or a leader on the units directly below, is decided without it.
 */
function needsParent(user: SessionUser, resource: Resource): boolean {
  if (resource.unitId === user.unitId) return false;
  if (user.role === "LEADER") return resource.parentUnitId !== user.unitId;
  return user.role === "ASSESSOR" && resource.parentUnitId === user.unitId;
}

/** Whether the access a claim needs is granted — the scope rule in one switch. */
export function grants(access: Access, user: SessionUser, resource: UnitRef & Pick<Resource, "sectionIds">): boolean {
  switch (access) {
    case "published":
      return true;
    case "read":
      return canReadUnit(user, resource);
    case "write":
      return resource.unitId === user.unitId;
    case "report":
      return canReport(user, resource);
    case "supervise":
      return supervises(user, resource);
  }
}

function refusal(access: Access, kind: Claim["kind"]): AppError {
  if (access === "report") return new AppError("FORBIDDEN", msg("request.reportOwnTargets"));
  if (access === "write") return new AppError("FORBIDDEN", msg("request.writeOwnUnit", { what: msg(RESOURCE_NAME[kind]) }));
  if (access === "supervise") return new AppError("FORBIDDEN", msg("request.superviseOnly", { what: msg(RESOURCE_NAME[kind]) }));
  return new AppError("FORBIDDEN", msg("request.readOtherUnit", { what: msg(RESOURCE_NAME[kind]) }));
}

/**
 * Whether `user` may call `op` on a resource already in hand — what the `viewerCan…` fields and the pages ask,
 * so a control is shown exactly when the API would accept the call: the same role list and the same access rule.
 */
export function permits(
  op: Pick<Operation, "roles" | "access">,
  user: SessionUser | null,
  resource: Pick<Resource, "unitId" | "sectionIds"> & Partial<UnitRef>,
): boolean {
  if (!user) return false;
  if (op.roles !== "PUBLIC" && op.roles !== "SIGNED_IN" && !op.roles.includes(user.role)) return false;
  return grants(op.access, user, { parentUnitId: null, ...resource });
}
