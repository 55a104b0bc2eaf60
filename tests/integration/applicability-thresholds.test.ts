// Not applicable / suspended targets (setTargetApplicability) and a target's own colour bands
// (setTargetThresholds), through GraphQL on the seeded 2013 plan. Area 二.(一).2 科技支撑农业与民生建设 has 100
// points over six targets (100/6 each); 二.(一).2.(3)③ 农村科普基地 (2 个, one demo item) is the one suspended.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, userNamed } from "./harness";

const AREA = "二.(一).2";
const SCIENCE_BASES = "二.(一).2.(3)③";
const PROJECTS = "二.(一).2.(1)②"; // 重点支持农业科技项目5个, 3-10月; demo items: 2 on 05-20, 07-15, 09-28 → 4 by 30 Sep
const FIRMS = "二.(一).1.(1)"; // growth
const CENTRAL_FUNDS = "二.(二).4"; // 争取中央财政科技项目经费1100万元; demo 1180 on 12-31

const SET = `mutation S($input: SetApplicabilityInput!) { setTargetApplicability(input: $input) { status band target { version applicability applicabilityReason inactivePointsRule points nominalPoints } } }`;
const THRESHOLDS = `mutation T($input: SetThresholdsInput!) { setTargetThresholds(input: $input) { status band ratio expectedRatio target { version greenAt amberAt direction } } }`;
const DASHBOARD = `
  query D($p: ID!, $asOf: Date) {
    planDashboard(planId: $p, asOf: $asOf) {
      plan { totalPoints }
      summary { totalPoints byStatus { status count points } }
      areas { code points maxPoints removedPoints redistributedPoints summary { totalPoints } }
      targets { status band ratio expectedRatio target { code points nominalPoints applicability } }
    }
  }`;
const SHEET = `
  query S($p: ID!) {
    scoreSheet(planId: $p) {
      overall { points }
      work { points }
      areas { code points maxPoints subtotal { points computedScore } rows { points computedScore basis progress { status target { code } } } }
    }
  }`;

type TargetRow = {
  status: string;
  band: string;
  ratio: number | null;
  expectedRatio: number;
  target: { code: string; points: number; nominalPoints: number; applicability: string };
};
interface Dashboard {
  plan: { totalPoints: number };
  summary: { totalPoints: number; byStatus: { status: string; count: number; points: number }[] };
  areas: {
    code: string;
    points: number;
    maxPoints: number;
    removedPoints: number;
    redistributedPoints: number;
    summary: { totalPoints: number };
  }[];
  targets: TargetRow[];
}
interface Sheet {
  overall: { points: number };
  work: { points: number };
  areas: {
    code: string;
    points: number;
    maxPoints: number;
    subtotal: { points: number; computedScore: number };
    rows: { points: number; computedScore: number; basis: string; progress: { status: string; target: { code: string } } }[];
  }[];
}

let ids: Map<string, string>;
let planId: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  planId = seeded.loaded!.planId;
});

async function dashboard(asOf = "2013-12-31"): Promise<Dashboard> {
  const res = await gql<{ planDashboard: Dashboard }>(DASHBOARD, { p: planId, asOf }, await userNamed("leader"));
  expect(res.errors).toBeUndefined();
  return res.data!.planDashboard;
}
async function sheet(): Promise<Sheet> {
  const res = await gql<{ scoreSheet: Sheet }>(SHEET, { p: planId }, await userNamed("leader"));
  expect(res.errors).toBeUndefined();
  return res.data!.scoreSheet;
}
const row = (d: Dashboard, code: string) => d.targets.find((t) => t.target.code === code)!;
const areaOf = (d: Dashboard) => d.areas.find((a) => a.code === AREA)!;
const inArea = (d: Dashboard) => d.targets.filter((t) => t.target.code.startsWith(`${AREA}.`));
const version = async (code: string) => (await db.target.findUniqueOrThrow({ where: { id: ids.get(code) } })).version;

async function snapshot() {
  const [audits, targets] = await Promise.all([
    db.auditLog.count(),
    db.target.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        version: true,
        applicability: true,
        applicabilityReason: true,
        inactivePointsRule: true,
        greenAt: true,
        amberAt: true,
        direction: true,
      },
    }),
  ]);
  return { audits, targets };
}

describe("setTargetApplicability", () => {
  it("starts with six active targets of 100/6 points and 680 points in the plan", async () => {
    const d = await dashboard();
    expect(inArea(d)).toHaveLength(6);
    for (const t of inArea(d)) expect(t.target.points).toBeCloseTo(100 / 6, 10);
    expect(d.plan.totalPoints).toBe(680);
    // 1 of 2 at the end of its 4-12月 window
    expect(row(d, SCIENCE_BASES)).toMatchObject({ status: "BEHIND", band: "AMBER", ratio: 0.5, target: { applicability: "ACTIVE" } });
  });

  it("refuses a suspension without a reason, a stale version, a section head and a leader — changing nothing", async () => {
    const before = await snapshot();
    const v = await version(SCIENCE_BASES);
    const input = { targetId: ids.get(SCIENCE_BASES), applicability: "SUSPENDED", inactivePointsRule: "REDISTRIBUTE", expectedVersion: v };
    const noReason = await gql(SET, { input: { ...input, reason: "  " } }, await userNamed("assessor"));
    expect(noReason.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(noReason.errors?.[0].message).toMatch(/必须填写原因/);
    const stale = await gql(SET, { input: { ...input, reason: "政策调整", expectedVersion: v - 1 } }, await userNamed("assessor"));
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    for (const u of ["nongshe", "gaoxin", "leader"]) {
      const res = await gql(SET, { input: { ...input, reason: "政策调整" } }, await userNamed(u));
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("suspends it with REDISTRIBUTE: INACTIVE with no points, the area's five others carry 20 each, the plan still 680", async () => {
    const assessor = await userNamed("assessor");
    const v = await version(SCIENCE_BASES);
    const res = await gql<{
      setTargetApplicability: {
        status: string;
        band: string;
        target: {
          version: number;
          applicability: string;
          applicabilityReason: string;
          inactivePointsRule: string;
          points: number;
          nominalPoints: number;
        };
      };
    }>(
      SET,
      {
        input: {
          targetId: ids.get(SCIENCE_BASES),
          applicability: "SUSPENDED",
          reason: "省厅暂停农村科普基地认定",
          inactivePointsRule: "REDISTRIBUTE",
          expectedVersion: v,
        },
      },
      assessor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.setTargetApplicability).toMatchObject({
      status: "INACTIVE",
      band: "NONE",
      target: {
        version: v + 1,
        applicability: "SUSPENDED",
        applicabilityReason: "省厅暂停农村科普基地认定",
        inactivePointsRule: "REDISTRIBUTE",
        points: 0,
      },
    });
    expect(res.data!.setTargetApplicability.target.nominalPoints).toBeCloseTo(100 / 6, 10);

    const d = await dashboard();
    // 100/6 + (100/6) × (100/6) / (5 × 100/6) = 20
    for (const t of inArea(d).filter((t) => t.target.code !== SCIENCE_BASES)) expect(t.target.points).toBeCloseTo(20, 10);
    expect(row(d, SCIENCE_BASES)).toMatchObject({ status: "INACTIVE", band: "NONE", target: { points: 0 } });
    expect(areaOf(d)).toMatchObject({ points: 100, maxPoints: 100, removedPoints: 0 });
    expect(areaOf(d).redistributedPoints).toBeCloseTo(100 / 6, 6);
    expect(areaOf(d).summary.totalPoints).toBe(100);
    expect(d.plan.totalPoints).toBe(680);
    expect(d.summary.totalPoints).toBe(680);
    expect(d.summary.byStatus.find((s) => s.status === "INACTIVE")).toEqual({ status: "INACTIVE", count: 1, points: 0 });

    const s = await sheet();
    const area = s.areas.find((a) => a.code === AREA)!;
    const suspended = area.rows.find((r) => r.progress.target.code === SCIENCE_BASES)!;
    expect(suspended).toMatchObject({ basis: "INACTIVE", points: 0, computedScore: 0, progress: { status: "INACTIVE" } });
    for (const r of area.rows.filter((r) => r.progress.target.code !== SCIENCE_BASES)) expect(r.points).toBeCloseTo(20, 10);
    expect(area.maxPoints).toBe(100);
    expect(s.overall.points).toBe(680);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "SET_APPLICABILITY" } });
    expect(audit).toMatchObject({ userId: assessor.id, targetId: ids.get(SCIENCE_BASES), reason: "省厅暂停农村科普基地认定" });
    expect(JSON.parse(audit.before!)).toMatchObject({ applicability: "ACTIVE", version: v });
    expect(JSON.parse(audit.after!)).toMatchObject({ applicability: "SUSPENDED", inactivePointsRule: "REDISTRIBUTE", version: v + 1 });
  });

  it("with REMOVE instead, takes its 100/6 points out: the area is out of 83.33, the plan out of 663.33", async () => {
    const v = await version(SCIENCE_BASES);
    const res = await gql(
      SET,
      {
        input: {
          targetId: ids.get(SCIENCE_BASES),
          applicability: "NOT_APPLICABLE",
          reason: "本年度不再认定农村科普基地",
          inactivePointsRule: "REMOVE",
          expectedVersion: v,
        },
      },
      await userNamed("admin"),
    );
    expect(res.errors).toBeUndefined();
    const d = await dashboard();
    for (const t of inArea(d).filter((t) => t.target.code !== SCIENCE_BASES)) expect(t.target.points).toBeCloseTo(100 / 6, 10);
    expect(areaOf(d).maxPoints).toBeCloseTo(100 - 100 / 6, 6);
    expect(areaOf(d).removedPoints).toBeCloseTo(100 / 6, 6);
    expect(areaOf(d).redistributedPoints).toBe(0);
    expect(d.plan.totalPoints).toBeCloseTo(680 - 100 / 6, 6);

    const s = await sheet();
    expect(s.areas.find((a) => a.code === AREA)!.maxPoints).toBeCloseTo(100 - 100 / 6, 6);
    expect(s.areas.find((a) => a.code === AREA)!.subtotal.points).toBeCloseTo(100 - 100 / 6, 6);
    expect(s.overall.points).toBeCloseTo(680 - 100 / 6, 6);
    expect(s.work.points).toBeCloseTo(480 - 100 / 6, 6);
  });

  it("makes it count again (no reason needed): six targets of 100/6, 680 points", async () => {
    const v = await version(SCIENCE_BASES);
    const res = await gql<{ setTargetApplicability: { status: string; target: { applicabilityReason: string | null } } }>(
      SET,
      { input: { targetId: ids.get(SCIENCE_BASES), applicability: "ACTIVE", expectedVersion: v } },
      await userNamed("assessor"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.setTargetApplicability).toMatchObject({ status: "BEHIND", target: { applicabilityReason: null } });
    const d = await dashboard();
    for (const t of inArea(d)) expect(t.target.points).toBeCloseTo(100 / 6, 10);
    expect(d.plan.totalPoints).toBe(680);
    expect(await db.auditLog.count({ where: { action: "SET_APPLICABILITY" } })).toBe(3);
  });
});

describe("setTargetThresholds", () => {
  // On 30 Sep 214 of the window's 245 days have passed: pace 214/245; 4 of 5 projects done: 0.8;
  // attainment against the pace 0.8 ÷ (214/245) = 0.9159…
  const asOf = "2013-09-30";
  const attainment = 0.8 / (214 / 245);

  it("starts on the plan's margin rule: on track, green", async () => {
    const r = row(await dashboard(asOf), PROJECTS);
    expect(r.ratio).toBe(0.8);
    expect(r.expectedRatio).toBeCloseTo(214 / 245, 12);
    expect(r).toMatchObject({ status: "ON_TRACK", band: "GREEN" });
  });

  it("refuses unusable limits, LOWER_IS_BETTER on a growth target, and anyone but an administrator — changing nothing", async () => {
    const before = await snapshot();
    const admin = await userNamed("admin");
    const v = await version(PROJECTS);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ greenAt: 0.7, amberAt: 0.9, direction: "HIGHER_IS_BETTER" }, /黄色阈值不能高于绿色阈值/],
      [{ greenAt: 1.1, amberAt: 1.0, direction: "LOWER_IS_BETTER" }, /黄色阈值不能低于绿色阈值/],
      [{ greenAt: 0.9, amberAt: null, direction: "HIGHER_IS_BETTER" }, /同时填写/],
      [{ greenAt: 12, amberAt: 0.5, direction: "HIGHER_IS_BETTER" }, /0 到 1000%/],
    ];
    for (const [limits, message] of cases) {
      const res = await gql(THRESHOLDS, { input: { targetId: ids.get(PROJECTS), expectedVersion: v, ...limits } }, admin);
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message).toMatch(message);
    }
    const growthCap = await gql(
      THRESHOLDS,
      {
        input: { targetId: ids.get(FIRMS), greenAt: 1, amberAt: 1.1, direction: "LOWER_IS_BETTER", expectedVersion: await version(FIRMS) },
      },
      admin,
    );
    expect(growthCap.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(growthCap.errors?.[0].message).toMatch(/越小越好/);
    for (const u of ["assessor", "nongshe", "leader"]) {
      const res = await gql(
        THRESHOLDS,
        { input: { targetId: ids.get(PROJECTS), greenAt: 0.95, amberAt: 0.8, direction: "HIGHER_IS_BETTER", expectedVersion: v } },
        await userNamed(u),
      );
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
    const stale = await gql(
      THRESHOLDS,
      { input: { targetId: ids.get(PROJECTS), greenAt: 0.95, amberAt: 0.8, direction: "HIGHER_IS_BETTER", expectedVersion: v - 1 } },
      admin,
    );
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(await snapshot()).toEqual(before);
  });

  it("moves the band with the limits: green at 0.9, amber at 0.95 / 0.8, red at 0.99 / 0.95, back with none", async () => {
    const admin = await userNamed("admin");
    expect(attainment).toBeGreaterThan(0.9);
    expect(attainment).toBeLessThan(0.95);
    const set = async (greenAt: number | null, amberAt: number | null) => {
      const res = await gql<{
        setTargetThresholds: { status: string; band: string; target: { greenAt: number | null; amberAt: number | null } };
      }>(
        THRESHOLDS,
        {
          input: { targetId: ids.get(PROJECTS), greenAt, amberAt, direction: "HIGHER_IS_BETTER", expectedVersion: await version(PROJECTS) },
        },
        admin,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.setTargetThresholds.target).toMatchObject({ greenAt, amberAt, direction: "HIGHER_IS_BETTER" });
      return row(await dashboard(asOf), PROJECTS);
    };
    expect(await set(0.9, 0.7)).toMatchObject({ status: "ON_TRACK", band: "GREEN" });
    // short of green is behind, whatever the plan's margin says
    expect(await set(0.95, 0.8)).toMatchObject({ status: "BEHIND", band: "AMBER" });
    expect(await set(0.99, 0.95)).toMatchObject({ status: "BEHIND", band: "RED" });
    expect(await set(null, null)).toMatchObject({ status: "ON_TRACK", band: "GREEN" });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "SET_THRESHOLDS", targetId: ids.get(PROJECTS) },
      orderBy: { at: "asc" },
    });
    expect(audit.userId).toBe(admin.id);
    expect(JSON.parse(audit.before!)).toMatchObject({ greenAt: null, amberAt: null, direction: "HIGHER_IS_BETTER" });
    expect(JSON.parse(audit.after!)).toMatchObject({ greenAt: 0.9, amberAt: 0.7 });
    expect(await db.auditLog.count({ where: { action: "SET_THRESHOLDS" } })).toBe(4);
  });

  it("takes a cap (LOWER_IS_BETTER) on an amount: 1180 against a 1100 万元 cap is 1.07 — amber under a 1.0 / 1.1 band", async () => {
    const res = await gql<{ setTargetThresholds: { status: string; band: string } }>(
      THRESHOLDS,
      {
        input: {
          targetId: ids.get(CENTRAL_FUNDS),
          greenAt: 1,
          amberAt: 1.1,
          direction: "LOWER_IS_BETTER",
          expectedVersion: await version(CENTRAL_FUNDS),
        },
      },
      await userNamed("admin"),
    );
    expect(res.errors).toBeUndefined();
    expect(row(await dashboard("2013-12-31"), CENTRAL_FUNDS)).toMatchObject({ status: "BEHIND", band: "AMBER" });
    expect(row(await dashboard("2013-09-30"), CENTRAL_FUNDS)).toMatchObject({ status: "ON_TRACK", band: "GREEN" });
  });
});
