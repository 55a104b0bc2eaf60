// Upgrading a database from before named items: a count target's typed figures become placeholder items that
// keep its count, once, attributed to whoever typed them and audited as a system action.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { convertTypedCounts } from "../../lib/server/seed/convert-typed-counts";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, userNamed } from "./harness";

const CENTRES = "二.(一).3.(3)";
const DETAIL = `query D($id: ID!, $asOf: Date) { targetDetail(targetId: $id, asOf: $asOf) { progress { value ratio } items { name date status section { name } createdBy { username } } } }`;

let targetId: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  targetId = seeded.loaded!.targetIds.get(CENTRES)!;
  // as the previous version stored it: no items, figures typed by 计划科's head (one corrected, one withdrawn)
  await db.countItem.deleteMany({ where: { targetId } });
  const jihua = await db.user.findUniqueOrThrow({ where: { username: "jihua" } });
  const typed = async (value: number, day: string, extra: Record<string, unknown> = {}) =>
    db.progressEntry.create({
      data: {
        targetId,
        value,
        reportedFor: new Date(`${day}T00:00:00.000Z`),
        reportedById: jihua.id,
        createdAt: new Date(`${day}T02:00:00.000Z`),
        ...extra,
      },
    });
  await typed(1, "2013-08-30");
  const wrong = await typed(4, "2013-10-10");
  await typed(2, "2013-10-10", {
    action: "CORRECTION",
    replacesId: wrong.id,
    reason: "多报",
    createdAt: new Date("2013-10-11T02:00:00.000Z"),
  });
  const withdrawn = await typed(9, "2013-12-01");
  await typed(9, "2013-12-01", {
    action: "WITHDRAWAL",
    replacesId: withdrawn.id,
    reason: "误报",
    createdAt: new Date("2013-12-02T02:00:00.000Z"),
  });
});

describe("convertTypedCounts", () => {
  it("starts from a count the figures no longer reach (items alone count)", async () => {
    const res = await gql<{ targetDetail: { progress: { value: number | null } } }>(
      DETAIL,
      { id: targetId, asOf: "2013-12-31" },
      await userNamed("leader"),
    );
    expect(res.data!.targetDetail.progress.value).toBeNull();
  });

  it("turns the effective figures (1 on 30 Aug, corrected 2 on 10 Oct, the withdrawn 9 ignored) into two items", async () => {
    const audits = await db.auditLog.count();
    expect(await convertTypedCounts(db)).toEqual({ targets: 1, items: 2 });
    const res = await gql<{
      targetDetail: {
        progress: { value: number; ratio: number };
        items: { name: string; date: string; status: string; section: { name: string }; createdBy: { username: string } }[];
      };
    }>(DETAIL, { id: targetId, asOf: "2013-12-31" }, await userNamed("leader"));
    const d = res.data!.targetDetail;
    expect(d.progress).toMatchObject({ value: 2, ratio: 0.5 });
    expect(d.items.map((i) => [i.date, i.name, i.status, i.section.name, i.createdBy.username])).toEqual([
      ["2013-10-10", "历史填报第2项（待补充名称）", "ACTIVE", "计划科", "jihua"],
      ["2013-08-30", "历史填报第1项（待补充名称）", "ACTIVE", "计划科", "jihua"],
    ]);
    const mid = await gql<{ targetDetail: { progress: { value: number } } }>(
      DETAIL,
      { id: targetId, asOf: "2013-09-30" },
      await userNamed("leader"),
    );
    expect(mid.data!.targetDetail.progress.value).toBe(1);
    expect(await db.auditLog.count()).toBe(audits + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "CONVERT_TYPED_COUNT" } });
    expect(audit).toMatchObject({ userId: null, targetId, entityType: "Target" });
    expect(JSON.parse(audit.after!)).toEqual({ count: 2, items: 2 });
  });

  it("runs once: a second run (every db:seed) changes nothing", async () => {
    const [items, audits] = [await db.countItem.count(), await db.auditLog.count()];
    expect(await convertTypedCounts(db)).toEqual({ targets: 0, items: 0 });
    expect(await seedDefaultData({ demo: true })).toMatchObject({ skipped: true });
    expect([await db.countItem.count(), await db.auditLog.count()]).toEqual([items, audits]);
  });
});
