// The embedded default data must be the 2013 plan, every figure. The expected values below are typed
// from shared/seeds/003 by hand, independently of prisma/seed-data, so a typo in either one fails here.
import { beforeAll, describe, expect, it } from "vitest";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, userNamed } from "./harness";

const PLAN = `
  query Plan($planId: ID!, $asOf: Date) {
    planDashboard(planId: $planId, asOf: $asOf) {
      plan { title year unitName totalPoints assessmentGroup }
      areas { code name category points targets { target { code } } }
      targets {
        target {
          code title kind targetValue measureUnit points windowText baselineValue
          window { startMonth endMonth specified }
          owners { name }
        }
      }
    }
  }`;

// code → [kind, target value, unit, window or null, owners]
const EXPECTED: Record<string, [string, number | null, string | null, [number, number] | null, string[]]> = {
  "二.(一).1.(1)": ["GROWTH_PCT", 10, "家", [1, 12], ["高新办"]],
  "二.(一).1.(2)": ["GROWTH_PCT", 20, "亿元", [1, 12], ["高新办"]],
  "二.(一).2.(1)①": ["COUNT", 5, "项", [3, 10], ["高新办", "农社科"]],
  "二.(一).2.(1)②": ["COUNT", 5, "个", [3, 10], ["高新办", "农社科"]],
  "二.(一).2.(2)": ["COUNT", 4, "项", [3, 12], ["高新办", "农社科"]],
  "二.(一).2.(3)①": ["COUNT", 3, "次", [4, 12], ["高新办", "农社科"]],
  "二.(一).2.(3)②": ["COUNT", 10, "个", [4, 12], ["高新办", "农社科"]],
  "二.(一).2.(3)③": ["COUNT", 2, "个", [4, 12], ["高新办", "农社科"]],
  "二.(一).3.(1)": ["MILESTONE", null, null, [5, 11], ["计划科"]],
  "二.(一).3.(2)": ["COUNT", 5, "名", [5, 11], ["计划科"]],
  "二.(一).3.(3)": ["COUNT", 4, "家", [6, 12], ["计划科"]],
  "二.(一).4.(1)": ["COUNT", 3, "家", [1, 10], ["成果科", "高新办"]],
  "二.(一).4.(2)": ["COUNT", 3, "项", [5, 12], ["成果科", "高新办"]],
  "二.(一).4.(3)": ["COUNT", 2, "项", [3, 12], ["成果科", "高新办"]],
  "二.(一).5": ["DECLARATION", null, null, null, []],
  "二.(二).1①": ["AMOUNT", 267.9, "万元", null, []],
  "二.(二).1②": ["AMOUNT", 920, "万元", null, []],
  "二.(二).2": ["AMOUNT", 3800, "万元", null, []],
  "二.(二).3": ["AMOUNT", 4.3, "亿元", null, []],
  "二.(二).4": ["AMOUNT", 1100, "万元", null, []],
};

type Dashboard = {
  planDashboard: {
    plan: { title: string; year: number; unitName: string; totalPoints: number; assessmentGroup: string };
    areas: { code: string; name: string; category: string; points: number; targets: { target: { code: string } }[] }[];
    targets: {
      target: {
        code: string;
        title: string;
        kind: string;
        targetValue: number | null;
        measureUnit: string | null;
        points: number;
        windowText: string | null;
        baselineValue: number | null;
        window: { startMonth: number; endMonth: number; specified: boolean };
        owners: { name: string }[];
      };
    }[];
  };
};

let planId: string;
let dashboard: Dashboard["planDashboard"];

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: false, adminPassword: "admin-pass-for-tests" });
  planId = seeded.loaded!.planId;
  const res = await gql<Dashboard>(PLAN, { planId, asOf: "2013-06-30" }, await userNamed("admin"));
  expect(res.errors).toBeUndefined();
  dashboard = res.data!.planDashboard;
});

describe("the seeded 2013 plan of 益阳市科技局", () => {
  it("is the plan of the right bureau and year, 680 points in all", () => {
    expect(dashboard.plan).toMatchObject({
      title: "湖南省益阳市科技局2013年绩效计划书",
      year: 2013,
      unitName: "益阳市科技局",
      totalPoints: 680,
    });
    expect(dashboard.plan.assessmentGroup).toContain("每月底对所有工作进行一次工作调度");
  });

  it("has the six areas with their points: work 480, funding 200", () => {
    expect(dashboard.areas.map((a) => [a.name, a.points, a.targets.length])).toEqual([
      ["高新技术产业发展", 100, 2],
      ["科技支撑农业与民生建设", 100, 6],
      ["创新能力建设", 100, 3],
      ["产学研协同创新", 100, 3],
      ["创新创优", 80, 1],
      ["科技投入与保障", 200, 5],
    ]);
    const sum = (c: string) => dashboard.areas.filter((a) => a.category === c).reduce((s, a) => s + a.points, 0);
    expect(sum("WORK")).toBe(480);
    expect(sum("FUNDING")).toBe(200);
  });

  it("has all 20 targets with the plan's kind, value, unit, window and owners", () => {
    expect(dashboard.targets).toHaveLength(20);
    for (const { target } of dashboard.targets) {
      const [kind, value, unit, window, owners] = EXPECTED[target.code];
      expect({ code: target.code, kind: target.kind, value: target.targetValue, unit: target.measureUnit }).toEqual({
        code: target.code,
        kind,
        value,
        unit,
      });
      expect(target.owners.map((o) => o.name).sort()).toEqual([...owners].sort());
      if (window) {
        expect([target.window.startMonth, target.window.endMonth, target.window.specified]).toEqual([...window, true]);
      } else {
        expect(target.window).toEqual({ startMonth: 1, endMonth: 12, specified: false });
      }
    }
  });

  it("keeps the plan's own words for windows, and no invented baseline", () => {
    const byCode = new Map(dashboard.targets.map((t) => [t.target.code, t.target]));
    expect(byCode.get("二.(一).4.(1)")!.windowText).toContain("11月前");
    expect(byCode.get("二.(一).5")!.windowText).toContain("年末申报");
    expect(byCode.get("二.(一).1.(1)")!.baselineValue).toBeNull();
  });

  it("splits area points equally: 50 per high-tech target, 100/6 per agriculture target, 40 per funding figure", () => {
    const points = new Map(dashboard.targets.map((t) => [t.target.code, t.target.points]));
    expect(points.get("二.(一).1.(1)")).toBe(50);
    expect(points.get("二.(一).2.(2)")).toBeCloseTo(100 / 6, 10);
    expect(points.get("二.(一).5")).toBe(80);
    expect(points.get("二.(二).3")).toBe(40);
    expect([...points.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(680, 9);
  });
});
