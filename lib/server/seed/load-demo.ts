import type { PrismaClient } from "../../../generated/prisma/client";
import { hashPassword } from "../auth/password";
import { isoToDbDate } from "../db-dates";
import type { LoadedPlan } from "./load-plan";
import { loadDemoReporting } from "./load-demo-reporting";

export interface DemoSet {
  password: string;
  users: readonly { username: string; displayName: string; role: string; section: string | null }[];
  baselines: Record<string, number>;
  progress: Record<string, [string, number][]>;
  /** count targets: target code → [date, name, approval number][] */
  items: Record<string, [string, string, string | null][]>;
}

/**
 * Writes the labelled demo set on top of a loaded plan: demo accounts, demo baselines and demo reports.
 * A report is attributed to the head of the target's first owning section, or to `fallbackUserId`
 * (the administrator) where the plan names no owner.
 */
export async function loadDemo(db: PrismaClient, loaded: LoadedPlan, demo: DemoSet, fallbackUserId: string, reopenYear = true) {
  const passwordHash = await hashPassword(demo.password);
  const headBySection = new Map<string, string>();
  for (const u of demo.users) {
    const sectionId = u.section ? (loaded.sectionIds.get(u.section) ?? null) : null;
    const user = await db.user.upsert({
      where: { username: u.username },
      update: {},
      create: {
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        passwordHash,
        unitId: loaded.unitId,
        sectionId,
        isDemo: true,
      },
    });
    if (sectionId && u.role === "SECTION_HEAD") headBySection.set(sectionId, user.id);
  }

  for (const [code, baseline] of Object.entries(demo.baselines)) {
    await db.target.update({
      where: { id: requireTarget(loaded, code) },
      data: { baselineValue: baseline, baselineSource: "演示数据（计划书未给出基数）" },
    });
  }

  const owners = await db.targetOwner.findMany({
    where: { targetId: { in: [...loaded.targetIds.values()] } },
    include: { section: true },
    orderBy: { section: { sortOrder: "asc" } },
  });
  const firstOwner = new Map<string, string>();
  for (const o of owners) if (!firstOwner.has(o.targetId)) firstOwner.set(o.targetId, o.sectionId);

  const rows = Object.entries(demo.progress).flatMap(([code, entries]) => {
    const targetId = requireTarget(loaded, code);
    const section = firstOwner.get(targetId);
    const reportedById = (section && headBySection.get(section)) ?? fallbackUserId;
    return entries.map(([date, value], i) => ({
      targetId,
      value,
      reportedFor: isoToDbDate(date),
      note: `【演示】第${i + 1}次报送`,
      reportedById,
      isDemo: true,
      createdAt: new Date(`${date}T09:00:00.000Z`),
    }));
  });
  await db.progressEntry.createMany({ data: rows });
  const headOf = (targetId: string) => {
    const section = firstOwner.get(targetId);
    return (section && headBySection.get(section)) ?? fallbackUserId;
  };
  const reporting = await loadDemoReporting(
    db,
    loaded,
    demo,
    {
      headOf,
      firstOwner: (targetId) => firstOwner.get(targetId) ?? null,
      adminId: fallbackUserId,
    },
    reopenYear,
  );
  return { users: demo.users.length, entries: rows.length, ...reporting };
}

function requireTarget(loaded: LoadedPlan, code: string): string {
  const id = loaded.targetIds.get(code);
  if (!id) throw new Error(`演示数据引用了不存在的目标编号 ${code}`);
  return id;
}
