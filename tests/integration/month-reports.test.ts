// 本月无新进展 once per target and month (#14, item 1): a second confirmation for a month that already has one
// standing (pending or accepted) is refused with CONFLICT and writes nothing; one the 考核组 returned lets the
// section confirm again. The section page's quick entry lists what the month already holds (monthReports).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { asLoaded, gql, userNamed } from "./harness";

const CONFIRM = `mutation C($i: ConfirmNoChangeInput!) { confirmNoChange(input: $i) { entry { id action checkStatus reportedFor } } }`;
const RETURN = `mutation ($i: ReturnFigureInput!) { returnFigure(input: $i) { id checkStatus } }`;
const SWITCH = `mutation ($p: ID!, $on: Boolean!) { setFigureChecks(planId: $p, enabled: $on) { enabled } }`;
const OVERVIEW = `query O($s: ID!, $p: ID!, $asOf: Date) { sectionOverview(sectionId: $s, planId: $p, asOf: $asOf) {
  openThisMonth { target { id code } }
  monthReports { targetId kind date value name checkStatus reportedBy } } }`;

const TRANSFER = "二.(一).4.(3)"; // 科技成果落地转化: 高新办 and 成果科; the demo confirmed 12/31 already
const OUTPUT = "二.(一).1.(2)"; // 高新技术产品产值增幅: 高新办; the demo reported a figure on 12/31, no confirmation in December
const BASES = "二.(一).2.(3)③"; // 农村科普基地: 高新办 and 农社科; the demo's item of 15 November

let ids: Map<string, string>;
let planId: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  planId = seeded.loaded!.planId;
});

type Confirmed = { confirmNoChange: { entry: { id: string; action: string; checkStatus: string; reportedFor: string } } };
const confirm = async (user: string, code: string, reportedFor: string) =>
  gql<Confirmed>(CONFIRM, { i: await asLoaded({ targetId: ids.get(code)!, reportedFor }) }, await userNamed(user));
const rows = async (code: string) =>
  [
    await db.progressEntry.count({ where: { targetId: ids.get(code)!, action: "NO_CHANGE" } }),
    await db.auditLog.count({ where: { action: "CONFIRM_NO_CHANGE" } }),
    (await db.target.findUniqueOrThrow({ where: { id: ids.get(code)! } })).version,
  ] as const;

describe("本月无新进展 once per target and month", () => {
  it("refuses a second 12/31 confirmation of 科技成果落地转化 (the demo's stands) with CONFLICT, writing nothing", async () => {
    const before = await rows(TRANSFER);
    const res = await confirm("chengguo", TRANSFER, "2013-12-31");
    expect(res.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(res.errors?.[0].message).toMatch(/^12月已确认“本月无新进展”（12月31日，.+），每个指标每月只需确认一次$/);
    // another day of the same month is the same month
    expect((await confirm("gaoxin", TRANSFER, "2013-12-02")).errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(await rows(TRANSFER)).toEqual(before);
  });

  it("takes the month's first confirmation and refuses the next click", async () => {
    const first = await confirm("gaoxin", OUTPUT, "2013-12-31");
    expect(first.errors).toBeUndefined();
    expect(first.data!.confirmNoChange.entry).toMatchObject({ action: "NO_CHANGE", reportedFor: "2013-12-31" });
    const before = await rows(OUTPUT);
    const again = await confirm("gaoxin", OUTPUT, "2013-12-31");
    expect(again.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(await rows(OUTPUT)).toEqual(before);
  });

  it("counts a pending confirmation as given; once the 考核组 returns it the section may confirm again", async () => {
    expect((await gql(SWITCH, { p: planId, on: true }, await userNamed("admin"))).errors).toBeUndefined();
    const first = await confirm("nongshe", BASES, "2013-11-30");
    expect(first.errors).toBeUndefined();
    expect(first.data!.confirmNoChange.entry.checkStatus).toBe("PENDING");
    expect((await confirm("nongshe", BASES, "2013-11-30")).errors?.[0].extensions?.code).toBe("CONFLICT");
    const returned = await gql(
      RETURN,
      { i: { kind: "ENTRY", id: first.data!.confirmNoChange.entry.id, reason: "本月已登记事项，无需确认" } },
      await userNamed("assessor"),
    );
    expect(returned.errors).toBeUndefined();
    const again = await confirm("nongshe", BASES, "2013-11-30");
    expect(again.errors).toBeUndefined();
    expect(again.data!.confirmNoChange.entry.checkStatus).toBe("PENDING");
  });
});

describe("what the month already holds (SectionOverview.monthReports)", () => {
  it("lists 农社科's November: the demo's item and the pending confirmation, not the returned one", async () => {
    const section = await db.section.findFirstOrThrow({ where: { name: "农社科", unit: { name: "益阳市科技局" } } });
    const res = await gql<{
      sectionOverview: {
        openThisMonth: { target: { id: string; code: string } }[];
        monthReports: { targetId: string; kind: string; date: string; value: number | null; name: string | null; checkStatus: string }[];
      };
    }>(OVERVIEW, { s: section.id, p: planId, asOf: "2013-11-30" }, await userNamed("nongshe"));
    expect(res.errors).toBeUndefined();
    const bases = res.data!.sectionOverview.monthReports.filter((r) => r.targetId === ids.get(BASES));
    expect(bases.map((r) => [r.kind, r.date, r.checkStatus])).toEqual([
      ["ITEM", "2013-11-15", "ACCEPTED"],
      ["NO_CHANGE", "2013-11-30", "PENDING"],
    ]);
    expect(bases[0].name).toContain("农村科普基地");
    // only this month's, only the section's targets
    expect(res.data!.sectionOverview.monthReports.every((r) => r.date.startsWith("2013-11-"))).toBe(true);
  });
});
