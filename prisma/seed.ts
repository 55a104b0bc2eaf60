// `npm run db:seed`: loads the embedded default data (see lib/server/seed/seed-default-data.ts).
// SEED_DEMO=0 leaves out the labelled demo set. Safe to run again: an existing plan is left as it is.
import { YIYANG_2013 } from "./seed-data/yiyang-2013";
import { DEMO_PASSWORD } from "./seed-data/demo-2013";
import { db, disconnectDb } from "../lib/server/db";
import { seedDefaultData } from "../lib/server/seed/seed-default-data";

async function main() {
  const result = await seedDefaultData({ demo: process.env.SEED_DEMO !== "0" });
  if (result.skipped) {
    console.log(`已存在：${YIYANG_2013.plan.title}，未重复载入。`);
    return;
  }
  if (result.adminPassword) {
    console.log(`首次运行：管理员账号 admin，初始密码 ${result.adminPassword}（只显示这一次，请登录后修改）`);
  }
  if (result.demo) {
    console.log(`演示数据：${result.demo.users} 个演示账号（密码 ${DEMO_PASSWORD}），${result.demo.entries} 条演示进度。`);
  }
  const count = await db.target.count({ where: { planId: result.loaded!.planId } });
  console.log(`已载入：${YIYANG_2013.plan.title}，${count} 项指标。`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
