import type { PrismaClient } from "../../../generated/prisma/client";
import { hashPassword } from "../auth/password";
import { isoToDbDate } from "../db-dates";
import { reopenDemoYear } from "./load-demo-reporting";
import type { DemoCounty } from "../../../prisma/seed-data/demo-counties-2013";
import { loadPlan, type LoadedPlan } from "./load-plan";

/** Gives city targets the rollup keys their county targets use (by code), without an audit row: this is seeding. */
export async function linkCityRollups(db: PrismaClient, loaded: LoadedPlan, keys: Record<string, string>) {
  for (const [code, rollupKey] of Object.entries(keys)) {
    const id = loaded.targetIds.get(code);
    if (!id) throw new Error(`汇总键引用了不存在的目标编号 ${code}`);
    await db.target.update({ where: { id }, data: { rollupKey } });
  }
}

/**
 * The labelled demo counties: each county bureau (under the city, 演示 in its name) with its plan, its
 * section head's demo account and demo reports — written directly, like the city's demo reports, so the
 * audit log holds only what people did. Counties already present are left as they are. With reopenedById (the
 * seed's administrator) every month of the county's 2013 plan is reopened, as the city's demo plan is (an
 * audited decision of that administrator).
 */
export async function loadDemoCounties(db: PrismaClient, counties: readonly DemoCounty[], password: string, reopenedById?: string) {
  const passwordHash = await hashPassword(password);
  let entries = 0;
  for (const c of counties) {
    if (await db.unit.findUnique({ where: { name: c.plan.unit.name } })) continue;
    const loaded = await loadPlan(db, c.plan);
    const user = await db.user.upsert({
      where: { username: c.user.username },
      update: {},
      create: {
        username: c.user.username,
        displayName: c.user.displayName,
        role: "SECTION_HEAD",
        passwordHash,
        unitId: loaded.unitId,
        sectionId: loaded.sectionIds.get(c.user.section) ?? null,
        isDemo: true,
      },
    });
    const targetId = [...loaded.targetIds.values()][0];
    await db.progressEntry.createMany({
      data: c.progress.map(([date, value], i) => ({
        targetId,
        value,
        reportedFor: isoToDbDate(date),
        note: `【演示】第${i + 1}次报送`,
        reportedById: user.id,
        isDemo: true,
        createdAt: new Date(`${date}T09:00:00.000Z`),
      })),
    });
    entries += c.progress.length;
    // like the city's demo plan: 2013 is long locked, so the demo reopens the year
    if (reopenedById) await reopenDemoYear(db, loaded.planId, reopenedById);
  }
  return { counties: counties.length, entries };
}
