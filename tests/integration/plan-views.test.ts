// Statuses, target detail and section view on the seeded plan with its demo reports.
import { beforeAll, describe, expect, it } from "vitest";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, userNamed } from "./harness";

let planId: string;
let ids: Map<string, string>;
let sections: Map<string, string>;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  planId = seeded.loaded!.planId;
  ids = seeded.loaded!.targetIds;
  sections = seeded.loaded!.sectionIds;
});

const STATUSES = `
  query S($planId: ID!, $asOf: Date) {
    planDashboard(planId: $planId, asOf: $asOf) {
      asOf
      summary { count byStatus { status count } }
      targets { status value target { code } }
    }
  }`;

type StatusResult = {
  planDashboard: {
    asOf: string;
    summary: { count: number; byStatus: { status: string; count: number }[] };
    targets: { status: string; value: number | null; target: { code: string } }[];
  };
};

async function statusesAt(asOf: string | null) {
  const res = await gql<StatusResult>(STATUSES, { planId, asOf }, await userNamed("leader"));
  expect(res.errors).toBeUndefined();
  const d = res.data!.planDashboard;
  return {
    asOf: d.asOf,
    by: new Map(d.targets.map((t) => [t.target.code, t.status])),
    value: new Map(d.targets.map((t) => [t.target.code, t.value])),
  };
}

describe("statuses move with the as-of date", () => {
  it("defaults to the last day of 2013 when today is after the plan year", async () => {
    expect((await statusesAt(null)).asOf).toBe("2013-12-31");
  });

  it("reads the demo reports at 2013-02-28, 2013-09-30 and 2013-12-31", async () => {
    const feb = await statusesAt("2013-02-28");
    const sep = await statusesAt("2013-09-30");
    const dec = await statusesAt("2013-12-31");
    // 引进农业新品种 5 项, 3–10月: not started in Feb; 4 of 5 by 20 Aug is on pace at 30 Sep; 5 by 25 Oct done.
    expect([feb.by.get("二.(一).2.(1)①"), sep.by.get("二.(一).2.(1)①"), dec.by.get("二.(一).2.(1)①")]).toEqual([
      "NOT_STARTED",
      "ON_TRACK",
      "DONE",
    ]);
    // 重点支持农业科技项目 5 个, 3–10月: 4 of 5 by 28 Sep, nothing after → overdue once October ends.
    expect(dec.by.get("二.(一).2.(1)②")).toBe("OVERDUE");
    // 市级工程技术研究中心 4 家, 6–12月: 1 by 30 Sep (25%) against 4/7 of the window elapsed → behind.
    expect(sep.by.get("二.(一).3.(3)")).toBe("BEHIND");
    expect(sep.value.get("二.(一).3.(3)")).toBe(1);
    // 黑茶平台 milestone done on 26 Sep.
    expect(sep.by.get("二.(一).3.(1)")).toBe("DONE");
    // 高企数量: 129 vs demo baseline 120 = 7.5% of the 10% required at 3/4 of the year → on track; 133 (10.8%) done.
    expect(sep.by.get("二.(一).1.(1)")).toBe("ON_TRACK");
    expect(dec.by.get("二.(一).1.(1)")).toBe("DONE");
    // 创新创优 has no report: behind in December, the last month of its (whole-year) window.
    expect(dec.by.get("二.(一).5")).toBe("BEHIND");
  });
});

describe("target detail", () => {
  it("returns the history newest first, the pace line and who may record", async () => {
    const q = `query T($id: ID!) { targetDetail(targetId: $id, asOf: "2013-09-30") {
      areaName
      items { name date status isDemo createdBy { username } }
      entries { action value counts reportedFor reportedBy { username } isDemo }
      paceLine { date expected }
      progress { status value ratio expectedRatio viewerCanRecord forecast { value } }
    } }`;
    type T = {
      targetDetail: {
        areaName: string;
        items: { name: string; date: string; status: string; isDemo: boolean; createdBy: { username: string } }[];
        entries: {
          action: string;
          value: number;
          counts: boolean;
          reportedFor: string;
          reportedBy: { username: string };
          isDemo: boolean;
        }[];
        paceLine: { date: string; expected: number }[];
        progress: { value: number; ratio: number; viewerCanRecord: boolean; forecast: { value: number } };
      };
    };
    const asHead = await gql<T>(q, { id: ids.get("二.(一).3.(3)") }, await userNamed("jihua"));
    expect(asHead.errors).toBeUndefined();
    const d = asHead.data!.targetDetail;
    expect(d.progress.viewerCanRecord).toBe(true);
    expect(d.areaName).toBe("创新能力建设");
    // a count target's history is its named items, newest first
    expect(d.items.map((i) => [i.date, i.name, i.status])).toEqual([
      ["2013-11-20", "演示：益阳市竹材加工工程技术研究中心", "ACTIVE"],
      ["2013-08-30", "演示：益阳市黑茶加工工程技术研究中心", "ACTIVE"],
    ]);
    expect(d.items.every((i) => i.isDemo && i.createdBy.username === "jihua")).toBe(true);
    // its entries are only the demo's monthly 本月无新进展 confirmations, never a figure
    expect(d.entries.length).toBeGreaterThan(0);
    expect(d.entries.every((e) => e.action === "NO_CHANGE" && !e.counts && e.isDemo && e.reportedBy.username === "jihua")).toBe(true);
    expect(d.entries.map((e) => e.reportedFor)).toEqual([...d.entries.map((e) => e.reportedFor)].sort().reverse());
    expect(d.paceLine[0]).toEqual({ date: "2013-06-01", expected: 0 });
    expect(d.paceLine.at(-1)).toEqual({ date: "2013-12-31", expected: 4 });
    expect(d.progress.value).toBe(1);
    expect(d.progress.ratio).toBe(0.25);
    const asOther = await gql<T>(q, { id: ids.get("二.(一).3.(3)") }, await userNamed("gaoxin"));
    expect(asOther.data!.targetDetail.progress.viewerCanRecord).toBe(false);
  });

  it("returns a figure target's reports newest first", async () => {
    const q = `query T($id: ID!) { targetDetail(targetId: $id, asOf: "2013-09-30") { items { id } entries { action value counts reportedFor } progress { value } } }`;
    const res = await gql<{
      targetDetail: {
        items: unknown[];
        entries: { action: string; value: number; counts: boolean; reportedFor: string }[];
        progress: { value: number };
      };
    }>(q, { id: ids.get("二.(二).4") }, await userNamed("leader"));
    expect(res.errors).toBeUndefined();
    const d = res.data!.targetDetail;
    expect(d.items).toEqual([]);
    expect(d.entries.map((e) => [e.reportedFor, e.value, e.counts])).toEqual([
      ["2013-12-31", 1180, true],
      ["2013-09-30", 800, true],
      ["2013-05-31", 400, true],
    ]);
    expect(d.progress.value).toBe(800);
  });
});

describe("section overview", () => {
  it("lists the section's targets and what falls due in the as-of month", async () => {
    const q = `query O($s: ID!, $p: ID!, $asOf: Date) { sectionOverview(sectionId: $s, planId: $p, asOf: $asOf) {
      section { name } targets { target { code } } dueThisMonth { target { code } status } } }`;
    const res = await gql<{
      sectionOverview: { section: { name: string }; targets: { target: { code: string } }[]; dueThisMonth: { target: { code: string } }[] };
    }>(q, { s: sections.get("农社科"), p: planId, asOf: "2013-10-15" }, await userNamed("nongshe"));
    const o = res.data!.sectionOverview;
    expect(o.section.name).toBe("农社科");
    expect(o.targets).toHaveLength(6);
    // Due in October: the two 3–10月 targets; 引进农业新品种 is not done until 25 Oct, so both are listed on the 15th.
    expect(o.dueThisMonth.map((t) => t.target.code).sort()).toEqual(["二.(一).2.(1)①", "二.(一).2.(1)②"]);
  });

  it("requires sign-in for every query", async () => {
    const res = await gql(`{ plans { id } }`, {}, null);
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const me = await gql<{ me: null }>(`{ me { id } }`, {}, null);
    expect(me.data!.me).toBeNull();
  });
});
