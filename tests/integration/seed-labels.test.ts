// What the seed writes for users to read names no file and no setting (#14 item 10): the plan's source is the plan
// book's title (its wording stays verbatim), the demo's reopening of 2013 says why without SEED_DEMO — and a
// database seeded by an earlier version is relabelled the next time the seed runs (npm run setup / db:seed).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { DEMO_REOPEN_REASON } from "../../lib/server/seed/load-demo-reporting";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";

const DEVELOPER_TEXT = /shared\/seeds|\.txt|SEED_DEMO|=/;

let planId: string;

beforeAll(async () => {
  planId = (await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" })).loaded!.planId;
});

describe("the seed's texts", () => {
  it("name the plan book, not its file, and give the demo's reason without a setting's name", async () => {
    const plan = await db.plan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan.source).toBe("湖南省益阳市科技局2013年绩效计划书");
    const reasons = new Set((await db.monthLock.findMany()).map((l) => l.reason));
    expect([...reasons]).toEqual([DEMO_REOPEN_REASON]);
    expect(DEMO_REOPEN_REASON).toBe("【演示】2013 年为历史年度，各月均已过锁定期；演示环境由管理员重新开放全年以便试用填报。");
    for (const text of [plan.source!, ...reasons]) expect(text).not.toMatch(DEVELOPER_TEXT);
  });

  it("relabel a database an earlier seed wrote, leaving everything else as it is", async () => {
    await db.plan.update({
      where: { id: planId },
      data: { source: "湖南省益阳市科技局2013年绩效计划书（shared/seeds/003_d34674db644054fc.txt）" },
    });
    await db.monthLock.updateMany({ data: { reason: `${DEMO_REOPEN_REASON}正式使用（SEED_DEMO=0）不写入。` } });
    const other = await db.monthLock.findFirstOrThrow({ where: { planId, month: 5 } });
    await db.monthLock.update({ where: { id: other.id }, data: { reason: "高新办补录5月数据" } });

    const again = await seedDefaultData({ demo: true });
    expect(again.skipped).toBe(true);
    expect((await db.plan.findUniqueOrThrow({ where: { id: planId } })).source).toBe("湖南省益阳市科技局2013年绩效计划书");
    const locks = await db.monthLock.findMany({ where: { planId }, orderBy: { month: "asc" } });
    expect(locks.map((l) => l.reason)).toEqual(locks.map((l) => (l.month === 5 ? "高新办补录5月数据" : DEMO_REOPEN_REASON)));
  });
});
