import { baselineRange, rangeProblem, type TargetKind } from "../../domain";
import { planYearSchema } from "../../validation/plan-edit";
import { writeAudit } from "../audit/write-audit";
import { canManagePlans } from "../access/permissions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { writePlan } from "../seed/load-plan";
import type { PlanSeed } from "../seed/plan-seed";
import { evaluateTarget } from "../plan-state/target-view";
import { loadPlanState } from "../plan-state/load-plan-state";
import { toPlanInfo, type PlanInfoView } from "../plan-state/plan-info";
import { msg } from "../../i18n/message-text";

export interface CopyPlanOptions {
  user: SessionUser;
  /** last year's plan */
  planId: string;
  year: number;
  /** default: the source's title with its year replaced */
  title?: string | null;
}

/**
 * Next year's plan starts as a copy of last year's, for the same unit: areas, targets, owners, windows,
 * points, scoring settings and links to the responsibility list come along; every target keeps its lineage
 * (lineageKey = the source's lineageKey, or the source target itself) and its rollup key. Reports, scores,
 * reviews and named items stay with the old year. A growth target's baseline becomes the source's year-end
 * figure where there is one (last year's result is this year's base) and it is a baseline the inputs would
 * take (lib/domain/value-ranges.ts: no 0 to divide by, no legacy 1e20): otherwise it is left for the
 * administrator to enter. A year that already has a plan is refused (CONFLICT). The plan and its audit row
 * commit together.
 */
export async function copyPlan(options: CopyPlanOptions): Promise<PlanInfoView> {
  const { user } = options;
  const yearCheck = planYearSchema.safeParse(options.year);
  if (!yearCheck.success)
    throw new AppError("BAD_USER_INPUT", yearCheck.error.issues[0].message, { fields: { year: yearCheck.error.issues[0].message } });
  const source = await db.plan.findUnique({
    where: { id: options.planId },
    include: {
      unit: { include: { parent: { select: { name: true } } } },
      areas: { orderBy: { sortOrder: "asc" } },
      targets: {
        orderBy: { sortOrder: "asc" },
        include: { owners: { include: { section: { select: { name: true, sortOrder: true } } } }, duties: true },
      },
    },
  });
  if (!source) throw notFound("noun.plan");
  if (!canManagePlans(user, source.unitId)) throw new AppError("FORBIDDEN", msg("plan.copyOwnUnit"));
  const year = yearCheck.data;
  const existing = await db.plan.findUnique({ where: { unitId_year: { unitId: source.unitId, year } }, select: { title: true } });
  if (existing)
    throw new AppError("CONFLICT", msg("plan.yearTaken", { unit: source.unit.name, year, title: existing.title }), {
      fields: { year: msg("plan.yearExists", { year }) },
    });
  const renamed = source.title.replaceAll(String(source.year), String(year));
  const title = options.title?.trim() || (renamed !== source.title ? renamed : `${source.title}（${year}年）`);

  // last year's year-end figures, for the growth targets' new baselines
  const state = await loadPlanState(source.id);
  const yearEnd = `${source.year}-12-31`;
  const endValue = new Map(
    state.targets.map((t) => [t.id, evaluateTarget(t, state.pointsByTarget.get(t.id) ?? [], yearEnd, state.plan.behindMargin).value]),
  );
  const sections = await db.section.findMany({ where: { unitId: source.unitId }, orderBy: { sortOrder: "asc" } });

  const seed: PlanSeed = {
    unit: {
      name: source.unit.name,
      level: source.unit.level as "PROVINCE" | "CITY" | "COUNTY",
      region: source.unit.region,
      parentName: source.unit.parent?.name,
    },
    sections: sections.map((s) => ({ name: s.name, phone: s.phone })),
    plan: {
      year,
      title,
      source: `由 ${source.year} 年计划复制（${source.title}）`,
      assessmentGroup: source.assessmentGroup,
      otherNotes: source.otherNotes,
      copiedFromId: source.id,
      behindMargin: source.behindMargin,
      scoreFloor: source.scoreFloor,
      lockAfterDays: source.lockAfterDays,
    },
    areas: source.areas.map((a) => ({
      code: a.code,
      category: a.category as "WORK" | "FUNDING",
      name: a.name,
      points: a.points,
      owners: [],
      targets: source.targets
        .filter((t) => t.areaId === a.id)
        .map((t) => {
          const yearEndValue = t.kind === "GROWTH_PCT" ? (endValue.get(t.id) ?? null) : null;
          const carried =
            yearEndValue !== null && rangeProblem("基数", yearEndValue, baselineRange(t.measureUnit)) === null ? yearEndValue : null;
          return {
            code: t.code,
            title: t.title,
            wording: t.wording,
            kind: t.kind as TargetKind,
            targetValue: t.targetValue,
            measureUnit: t.measureUnit,
            window: t.startMonth !== null && t.endMonth !== null ? ([t.startMonth, t.endMonth] as [number, number]) : null,
            windowText: t.windowText,
            remarks: t.remarks,
            owners: [...t.owners].sort((x, y) => x.section.sortOrder - y.section.sortOrder).map((o) => o.section.name),
            baselineValue: carried,
            baselineSource: carried !== null ? `${source.year} 年末报送值（复制计划时带入）` : null,
            pointsOverride: t.pointsOverride,
            lineageKey: t.lineageKey ?? t.id,
            rollupKey: t.rollupKey,
            scoringRule: t.scoringRule,
            scoreFloor: t.scoreFloor,
            greenAt: t.greenAt,
            amberAt: t.amberAt,
            direction: t.direction,
            applicability: t.applicability,
            applicabilityReason: t.applicabilityReason,
            inactivePointsRule: t.inactivePointsRule,
          };
        }),
    })),
  };

  const created = await db.$transaction(async (tx) => {
    const loaded = await writePlan(tx, seed);
    const links = source.targets.flatMap((t) =>
      t.duties.map((d) => ({ targetId: loaded.targetIds.get(t.code)!, dutyId: d.dutyId, workItemId: d.workItemId })),
    );
    if (links.length > 0) await tx.targetDutyLink.createMany({ data: links });
    await writeAudit(tx, {
      userId: user.id,
      action: "COPY_PLAN",
      entityType: "Plan",
      entityId: loaded.planId,
      before: { plan: source.title, year: source.year },
      after: { plan: title, year, areas: source.areas.length, targets: source.targets.length },
    });
    return loaded;
  });
  const plan = await db.plan.findUniqueOrThrow({
    where: { id: created.planId },
    include: { unit: { select: { name: true } }, areas: { select: { points: true } } },
  });
  return toPlanInfo(plan);
}
