import type { PrismaClient } from "../../../generated/prisma/client";
import { DEMO_CITIES, demoCityFigures, HUNAN_PROVINCE, PROVINCE_DEMO_USERS } from "../../../prisma/seed-data/hunan-province";
import { hashPassword } from "../auth/password";
import { loadDemo } from "./load-demo";
import { loadPlan } from "./load-plan";

/**
 * 湖南省科技厅 above the city: created once and made the parent of every city bureau that has none, also in a
 * database seeded before the province existed (the city's plan and data are left as they are).
 */
export async function ensureProvince(db: PrismaClient): Promise<string> {
  const province = await db.unit.upsert({
    where: { name: HUNAN_PROVINCE.name },
    update: {},
    create: { name: HUNAN_PROVINCE.name, level: HUNAN_PROVINCE.level, region: HUNAN_PROVINCE.region },
  });
  await db.unit.updateMany({ where: { level: "CITY", parentId: null }, data: { parentId: province.id } });
  return province.id;
}

/**
 * The province's demo accounts (省厅领导, 省厅考核组) and the demo city bureaus with their plans, accounts and figures;
 * a city already present is left as it is.
 */
export async function loadProvinceDemo(db: PrismaClient, provinceId: string, password: string) {
  const passwordHash = await hashPassword(password);
  for (const u of PROVINCE_DEMO_USERS) {
    await db.user.upsert({
      where: { username: u.username },
      update: {},
      create: { username: u.username, displayName: u.displayName, role: u.role, passwordHash, unitId: provinceId, isDemo: true },
    });
  }
  let cities = 0;
  for (const c of DEMO_CITIES) {
    if (await db.unit.findUnique({ where: { name: c.plan.unit.name } })) continue;
    const loaded = await loadPlan(db, c.plan);
    const short = c.plan.unit.name.replace(/科技局（演示）$/, "");
    const leader = await db.user.create({
      data: {
        username: `${c.prefix}-leader`,
        displayName: `${short}领导（演示）`,
        role: "LEADER",
        passwordHash,
        unitId: loaded.unitId,
        isDemo: true,
      },
    });
    const heads = c.plan.sections.map((s, i) => ({
      username: `${c.prefix}-${i + 1}`,
      displayName: `${short}${s.name}负责人（演示）`,
      role: "SECTION_HEAD",
      section: s.name,
    }));
    // read for comparison only: its past year stays locked (nobody of the city reopens it)
    await loadDemo(db, loaded, { password, users: heads, ...demoCityFigures(c) }, leader.id, false);
    cities += 1;
  }
  return { cities };
}
