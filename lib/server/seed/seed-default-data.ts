import { DEMO_BASELINES, DEMO_ITEMS, DEMO_PASSWORD, DEMO_PROGRESS, DEMO_USERS } from "../../../prisma/seed-data/demo-2013";
import { YIYANG_2013 } from "../../../prisma/seed-data/yiyang-2013";
import { CITY_ROLLUP_KEYS, DEMO_COUNTIES } from "../../../prisma/seed-data/demo-counties-2013";
import { linkCityRollups, loadDemoCounties } from "./load-counties";
import { db } from "../db";
import { convertTypedCounts } from "./convert-typed-counts";
import { ensureAdmin } from "./ensure-admin";
import { loadDemo } from "./load-demo";
import { DEMO_REOPEN_REASON } from "./load-demo-reporting";
import { loadPlan, type LoadedPlan } from "./load-plan";
import { ensureProvince, loadProvinceDemo } from "./load-province";
import { seedDutyLists } from "./seed-duty-lists";

export interface SeedResult {
  skipped: boolean;
  loaded: LoadedPlan | null;
  adminPassword: string | null;
  demo: { users: number; entries: number; items: number; confirmations: number } | null;
}

/**
 * The embedded default data: the 益阳市科技局 2013 plan, the first-run administrator and (unless
 * demo is false) the labelled demo set. An existing 2013 plan is left untouched.
 */
export async function seedDefaultData(options: { demo: boolean; adminPassword?: string }): Promise<SeedResult> {
  // 责任清单 (益阳's 主要职责, 湘阴县科技局's list): each unit's list is written once, also into a database whose
  // plan is already loaded.
  await seedDutyLists();
  // a database from before named items: typed counts become placeholder items (once)
  await convertTypedCounts(db);
  await relabelEarlierSeeds();
  const existing = await db.plan.findFirst({
    where: { year: YIYANG_2013.plan.year, unit: { name: YIYANG_2013.unit.name } },
  });
  if (existing) {
    await ensureProvince(db);
    return { skipped: true, loaded: null, adminPassword: null, demo: null };
  }
  const loaded = await loadPlan(db, YIYANG_2013);
  // 湖南省科技厅, the other party of the agreement, above the city
  const provinceId = await ensureProvince(db);
  // 二.(二).2 县(市、区)财政科技支出 is the sum of the counties' figures: the key ties them together
  await linkCityRollups(db, loaded, CITY_ROLLUP_KEYS);
  const admin = await ensureAdmin(db, loaded.unitId, options.adminPassword ?? process.env.ADMIN_PASSWORD);
  const demo = options.demo
    ? await loadDemo(
        db,
        loaded,
        { password: DEMO_PASSWORD, users: DEMO_USERS, baselines: DEMO_BASELINES, progress: DEMO_PROGRESS, items: DEMO_ITEMS },
        admin.user.id,
      )
    : null;
  // labelled demo county bureaus (演示) under the city, each with a one-target plan feeding 二.(二).2
  if (options.demo) await loadDemoCounties(db, DEMO_COUNTIES, DEMO_PASSWORD, admin.user.id);
  // labelled demo city bureaus beside 益阳 under the province, and the province's demo accounts
  if (options.demo) await loadProvinceDemo(db, provinceId, DEMO_PASSWORD);
  return { skipped: false, loaded, adminPassword: admin.generatedPassword, demo };
}

/**
 * Texts earlier versions of the seed wrote that showed users a file path and a setting's name (#14): the plan's
 * source named the seed file, the demo's reopening named SEED_DEMO. Rewritten where they are still as written;
 * the plan's own wording is untouched.
 */
async function relabelEarlierSeeds() {
  await db.plan.updateMany({
    where: { source: `${YIYANG_2013.plan.source}（shared/seeds/003_d34674db644054fc.txt）` },
    data: { source: YIYANG_2013.plan.source },
  });
  await db.monthLock.updateMany({
    where: { reason: `${DEMO_REOPEN_REASON}正式使用（SEED_DEMO=0）不写入。` },
    data: { reason: DEMO_REOPEN_REASON },
  });
}
