import type { Prisma, PrismaClient } from "../../../generated/prisma/client";
import type { PlanSeed } from "./plan-seed";

export interface LoadedPlan {
  unitId: string;
  planId: string;
  sectionIds: Map<string, string>;
  targetIds: Map<string, string>;
}

/**
 * Writes a plan (unit, sections, areas, targets, owners) in one transaction. Units and sections are
 * reused by name so a second plan of the same bureau shares them; a plan that already exists for the
 * unit and year is refused rather than merged, so loading never silently alters recorded data.
 */
export async function loadPlan(db: PrismaClient, seed: PlanSeed): Promise<LoadedPlan> {
  return db.$transaction((tx) => writePlan(tx, seed));
}

/** The same write inside the caller's transaction (a copy or an import commits it with its audit row). */
export async function writePlan(tx: Prisma.TransactionClient, seed: PlanSeed): Promise<LoadedPlan> {
  const parent = seed.unit.parentName ? await tx.unit.findUniqueOrThrow({ where: { name: seed.unit.parentName } }) : null;
  const unit = await tx.unit.upsert({
    where: { name: seed.unit.name },
    update: {},
    create: { name: seed.unit.name, level: seed.unit.level, region: seed.unit.region, parentId: parent?.id },
  });
  const sectionIds = new Map<string, string>();
  for (const [i, s] of seed.sections.entries()) {
    const section = await tx.section.upsert({
      where: { unitId_name: { unitId: unit.id, name: s.name } },
      update: {},
      create: { unitId: unit.id, name: s.name, phone: s.phone, sortOrder: i },
    });
    sectionIds.set(s.name, section.id);
  }
  const plan = await tx.plan.create({ data: { unitId: unit.id, ...seed.plan } });
  const targetIds = new Map<string, string>();
  let targetOrder = 0;
  for (const [areaOrder, a] of seed.areas.entries()) {
    const area = await tx.area.create({
      data: { planId: plan.id, code: a.code, category: a.category, name: a.name, points: a.points, sortOrder: areaOrder },
    });
    for (const t of a.targets) {
      const owners = t.owners ?? a.owners;
      const target = await tx.target.create({
        data: {
          planId: plan.id,
          areaId: area.id,
          code: t.code,
          title: t.title,
          wording: t.wording,
          kind: t.kind,
          measureUnit: t.measureUnit,
          targetValue: t.targetValue,
          baselineValue: t.baselineValue ?? null,
          baselineSource: t.baselineSource ?? null,
          pointsOverride: t.pointsOverride ?? null,
          startMonth: t.window?.[0] ?? null,
          endMonth: t.window?.[1] ?? null,
          windowText: t.windowText,
          remarks: t.remarks,
          sortOrder: targetOrder++,
          lineageKey: t.lineageKey ?? null,
          rollupKey: t.rollupKey ?? null,
          scoringRule: t.scoringRule ?? null,
          scoreFloor: t.scoreFloor ?? null,
          greenAt: t.greenAt ?? null,
          amberAt: t.amberAt ?? null,
          direction: t.direction,
          applicability: t.applicability,
          applicabilityReason: t.applicabilityReason ?? null,
          inactivePointsRule: t.inactivePointsRule,
          owners: { create: owners.map((name) => ({ sectionId: requireSection(sectionIds, name, t.code) })) },
        },
      });
      targetIds.set(t.code, target.id);
    }
  }
  return { unitId: unit.id, planId: plan.id, sectionIds, targetIds };
}

function requireSection(ids: Map<string, string>, name: string, code: string): string {
  const id = ids.get(name);
  if (!id) throw new Error(`目标 ${code} 的责任科室「${name}」不在该单位的科室列表中`);
  return id;
}
