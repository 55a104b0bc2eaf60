import type { z } from "zod";
import { periodKey, periodName, REVIEW_KINDS, type IsoDate, type ReviewKind } from "../../domain";
import { issueFields } from "../../validation/progress";
import { canAssess } from "../access/permissions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { dbDateToIso } from "../db-dates";
import { AppError, notFound } from "../errors";
import { msg, msgList } from "../../i18n/message-text";
import { messages } from "../../i18n/messages";

/** 考核小组 of the plan's unit (lib/server/access/permissions.ts canAssess): the one rule, also the runner's. */
export function assertAssessorOf(user: SessionUser, unitId: string): void {
  if (!canAssess(user, unitId)) throw new AppError("FORBIDDEN", msg("review.assessorsOnly"));
}

export function isReviewKind(v: unknown): v is ReviewKind {
  return typeof v === "string" && (REVIEW_KINDS as readonly string[]).includes(v);
}

/** 月度调度 / 季度督查 / 半年点评 / 年终考评: the catalogue's labels (lib/i18n/messages.ts), for the Chinese exports */
export const REVIEW_KIND_NAME: Record<ReviewKind, string> = messages.zh.review.kinds;

/** 2013年9月 / 2013年第3季度 / 2013年下半年 / 2013年度 (lib/domain/review-period.ts; the pages' Chinese names too) */
export { periodName };

export interface ReviewInfoView {
  id: string;
  planId: string;
  kind: ReviewKind;
  year: number;
  periodIndex: number;
  /** "2013-Q3" */
  periodKey: string;
  /** "2013年第3季度" */
  periodName: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  status: "OPEN" | "CLOSED";
  createdById: string;
  createdAt: Date;
  snapshotAt: Date;
  closedAt: Date | null;
  closedById: string | null;
  /** 通报 issued: the snapshot is frozen until the issue is withdrawn */
  bulletinIssuedAt: Date | null;
  /** optimistic concurrency: refresh, close and reopen claim it */
  version: number;
}

export interface ReviewRow {
  id: string;
  planId: string;
  kind: string;
  year: number;
  periodIndex: number;
  periodStart: Date;
  periodEnd: Date;
  status: string;
  createdById: string;
  createdAt: Date;
  snapshotAt: Date;
  closedAt: Date | null;
  closedById: string | null;
  bulletinIssuedAt?: Date | null;
  version: number;
}

export function toReviewInfo(r: ReviewRow): ReviewInfoView {
  const kind = r.kind as ReviewKind;
  const periodStart = dbDateToIso(r.periodStart);
  const periodEnd = dbDateToIso(r.periodEnd);
  return {
    id: r.id,
    planId: r.planId,
    kind,
    year: r.year,
    periodIndex: r.periodIndex,
    periodKey: periodKey({ kind, year: r.year, index: r.periodIndex, start: periodStart, end: periodEnd }),
    periodName: periodName(kind, r.year, r.periodIndex),
    periodStart,
    periodEnd,
    status: r.status === "CLOSED" ? "CLOSED" : "OPEN",
    createdById: r.createdById,
    createdAt: r.createdAt,
    snapshotAt: r.snapshotAt,
    closedAt: r.closedAt,
    closedById: r.closedById,
    bulletinIssuedAt: r.bulletinIssuedAt ?? null,
    version: r.version,
  };
}

/** The review a write is about, checked against the reviewer's unit (a bureau reviews its own plans). */
export async function findReviewForWrite(user: SessionUser, reviewId: string) {
  const review = await db.review.findUnique({ where: { id: reviewId }, include: { plan: { select: { unitId: true, year: true } } } });
  if (!review) throw notFound("noun.review");
  assertAssessorOf(user, review.plan.unitId);
  return review;
}

/** `what` is the refused write, a catalogue message (review.doComment …). */
export function requireOpen(review: { status: string }, what: string): void {
  if (review.status !== "OPEN") throw new AppError("CONFLICT", msg("review.closedCannot", { what }));
}

/** zod result → the data, or BAD_USER_INPUT with field → message like the progress form. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = issueFields(parsed.error);
  throw new AppError("BAD_USER_INPUT", msgList(Object.values(fields)), { fields });
}
