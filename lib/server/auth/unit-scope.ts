import type { Prisma } from "../../../generated/prisma/client";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import type { SessionUser } from "./session-user";

/**
 * Which bureaus' data a user sees, as part of the database query. Everyone reads their own unit; a leader
 * of a city bureau also reads the county bureaus under it (县市区 roll up into the city). Nobody writes
 * another unit's data: writes are scoped to the user's own unit (section ownership narrows them further).
 */
export function readableUnitWhere(user: SessionUser): Prisma.UnitWhereInput {
  if (user.role === "LEADER") return { OR: [{ id: user.unitId }, { parentId: user.unitId }] };
  return { id: user.unitId };
}

export function readablePlanWhere(user: SessionUser): Prisma.PlanWhereInput {
  return { unit: readableUnitWhere(user) };
}

export function readableTargetWhere(user: SessionUser): Prisma.TargetWhereInput {
  return { plan: readablePlanWhere(user) };
}

export function writablePlanWhere(user: SessionUser): Prisma.PlanWhereInput {
  return { unitId: user.unitId };
}

/** The ids of the units the user reads (own unit first), for callers that need a list. */
export async function readableUnitIds(user: SessionUser): Promise<string[]> {
  const units = await db.unit.findMany({ where: readableUnitWhere(user), select: { id: true } });
  return [user.unitId, ...units.map((u) => u.id).filter((id) => id !== user.unitId)];
}

/** The plan's id and unit when the user may read it; NOT_FOUND when it does not exist, FORBIDDEN otherwise. */
export async function requireReadablePlan(user: SessionUser, planId: string) {
  const plan = await db.plan.findFirst({ where: { id: planId, ...readablePlanWhere(user) }, select: { id: true, unitId: true, year: true } });
  if (plan) return plan;
  if (!(await db.plan.count({ where: { id: planId } }))) throw notFound("计划");
  throw new AppError("FORBIDDEN", "无权查看其他单位的计划");
}

export async function requireReadableTarget(user: SessionUser, targetId: string) {
  const target = await db.target.findFirst({ where: { id: targetId, ...readableTargetWhere(user) }, select: { id: true, planId: true } });
  if (target) return target;
  if (!(await db.target.count({ where: { id: targetId } }))) throw notFound("指标");
  throw new AppError("FORBIDDEN", "无权查看其他单位的指标");
}

/** Whether the user may manage (edit, copy, import) the plans of a unit: administrators of that unit. */
export function canManagePlans(user: SessionUser | null, unitId: string): boolean {
  return user !== null && user.role === "ADMIN" && user.unitId === unitId;
}

export async function requireReadableSection(user: SessionUser, sectionId: string) {
  const section = await db.section.findFirst({ where: { id: sectionId, unit: readableUnitWhere(user) }, select: { id: true } });
  if (section) return section;
  if (!(await db.section.count({ where: { id: sectionId } }))) throw notFound("科室");
  throw new AppError("FORBIDDEN", "无权查看其他单位的科室");
}

export async function requireReadableReview(user: SessionUser, reviewId: string) {
  const review = await db.review.findFirst({ where: { id: reviewId, plan: readablePlanWhere(user) }, select: { id: true } });
  if (review) return review;
  if (!(await db.review.count({ where: { id: reviewId } }))) throw notFound("考核");
  throw new AppError("FORBIDDEN", "无权查看其他单位的考核");
}

/**
 * The unit scope of a root field's arguments: any planId, targetId, sectionId or reviewId it names must
 * belong to a unit the user reads. Applied to every operation in one place (graphql/authorization.ts);
 * writes are narrowed further by their services (own unit, own section).
 */
export async function assertReadableArgs(user: SessionUser, args: Record<string, unknown>): Promise<void> {
  const id = (k: string) => (typeof args[k] === "string" ? (args[k] as string) : null);
  const checks: Promise<unknown>[] = [];
  if (id("planId")) checks.push(requireReadablePlan(user, id("planId")!));
  if (id("targetId")) checks.push(requireReadableTarget(user, id("targetId")!));
  if (id("sectionId")) checks.push(requireReadableSection(user, id("sectionId")!));
  if (id("reviewId")) checks.push(requireReadableReview(user, id("reviewId")!));
  await Promise.all(checks);
}
