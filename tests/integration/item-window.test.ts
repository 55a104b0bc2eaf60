// Named items dated outside their target's window (#14, item 4): 农村科普基地 (二.(一).2.(3)③, 4–12月, 高新办 and
// 农社科) takes an item dated 2013-02-01 only once the date is confirmed — without the confirmation it is
// BAD_USER_INPUT naming the date, and nothing is written — and then counts like any item of the year
// (lib/domain/count-items.ts itemOutsideWindow). An edit that keeps the date is not asked again; moving an item
// out of the window is.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { asLoaded, gql, userNamed } from "./harness";

const BASES = "二.(一).2.(3)③";
const ADD = `mutation A($input: AddCountItemInput!) { addCountItem(input: $input) { item { id date version } progress { value status } } }`;
const UPDATE = `mutation U($input: UpdateCountItemInput!) { updateCountItem(input: $input) { item { id name date version } progress { value } } }`;

let targetId: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  targetId = seeded.loaded!.targetIds.get(BASES)!;
});

const rows = async () => [
  await db.countItem.count({ where: { targetId } }),
  await db.auditLog.count(),
  (await db.target.findUniqueOrThrow({ where: { id: targetId } })).version,
];

type Added = { addCountItem: { item: { id: string; date: string; version: number }; progress: { value: number; status: string } } };

describe("an item dated outside its target's window", () => {
  let itemId: string;
  let itemVersion: number;

  it("is refused until its date is confirmed, writing nothing", async () => {
    const before = await rows();
    const res = await gql<Added>(
      ADD,
      { input: await asLoaded({ targetId, name: "赫山区某镇农村科普基地（测试）", date: "2013-02-01" }) },
      await userNamed("nongshe"),
    );
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toContain(
      "日期 2013-02-01 在指标时间窗口（4–12月）开始之前：该事项仍计入完成数，请确认日期无误后再登记",
    );
    expect((res.errors?.[0].extensions?.fields as Record<string, string>).date).toMatch(/开始之前/);
    expect(await rows()).toEqual(before);
  });

  it("once confirmed is saved and counts: 2 of 2, 已完成 (the demo's 15 November base and this one)", async () => {
    const res = await gql<Added>(
      ADD,
      { input: await asLoaded({ targetId, name: "赫山区某镇农村科普基地（测试）", date: "2013-02-01", confirmOutsideWindow: true }) },
      await userNamed("nongshe"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.addCountItem.item.date).toBe("2013-02-01");
    expect(res.data!.addCountItem.progress).toMatchObject({ value: 2, status: "DONE" });
    itemId = res.data!.addCountItem.item.id;
    itemVersion = res.data!.addCountItem.item.version;
  });

  it("is not asked again when an edit keeps its date; a new date outside the window is", async () => {
    const nongshe = await userNamed("nongshe");
    const renamed = await gql<{ updateCountItem: { item: { version: number; name: string } } }>(
      UPDATE,
      { input: { itemId, name: "赫山区某镇农村科普基地（测试，已更名）", expectedVersion: itemVersion } },
      nongshe,
    );
    expect(renamed.errors).toBeUndefined();
    itemVersion = renamed.data!.updateCountItem.item.version;
    const moved = await gql(UPDATE, { input: { itemId, date: "2013-03-31", expectedVersion: itemVersion } }, nongshe);
    expect(moved.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(moved.errors?.[0].message).toContain("日期 2013-03-31 在指标时间窗口（4–12月）开始之前");
    const inside = await gql(UPDATE, { input: { itemId, date: "2013-04-01", expectedVersion: itemVersion } }, nongshe);
    expect(inside.errors).toBeUndefined();
  });
});
