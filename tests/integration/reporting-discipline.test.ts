// 报送纪律 (reportingDiscipline): for each month a target's window is open and it is not yet done, its section
// owes an update — a figure, a named item dated in the month, or a 本月无新进展 confirmation — on time when
// entered by the due day (reportDueDays after the month ends, in China time), late after it, missing when
// none came. Checked on the seeded plan and on a plan whose rows (and their entry times) the test writes.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { isoToDbDate, todayIso } from "../../lib/server/db-dates";
import { loadPlan } from "../../lib/server/seed/load-plan";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { makePlanSeed } from "../factories/plan-factory";
import { asLoaded, gql, userNamed } from "./harness";

const RATES = `owed onTime late missing pending completeness onTimeRate`;
const DISCIPLINE = `
  query D($p: ID!, $asOf: Date) {
    reportingDiscipline(planId: $p, asOf: $asOf) {
      asOf
      plan { year reportDueDays }
      rates { ${RATES} }
      months { month dueDay rates { ${RATES} } }
      sections { section { name } rates { ${RATES} } months { month rates { ${RATES} } } cells { targetId code month status enteredOn dueDay } }
    }
  }`;
const CONFIRM = `mutation C($input: ConfirmNoChangeInput!) { confirmNoChange(input: $input) { entry { id action value counts reportedFor } progress { value target { version } } } }`;
const DETAIL = `query T($id: ID!, $asOf: Date) { targetDetail(targetId: $id, asOf: $asOf) { progress { value ratio target { version } } } }`;

interface Rates {
  owed: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  completeness: number | null;
  onTimeRate: number | null;
}
interface Cell {
  targetId: string;
  code: string;
  month: number;
  status: string;
  enteredOn: string | null;
  dueDay: string;
}
interface Discipline {
  asOf: string;
  plan: { year: number; reportDueDays: number };
  rates: Rates;
  months: { month: number; dueDay: string; rates: Rates }[];
  sections: { section: { name: string }; rates: Rates; months: { month: number; rates: Rates }[]; cells: Cell[] }[];
}

let ids: Map<string, string>;
let planId: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  planId = seeded.loaded!.planId;
});

async function discipline(p: string, asOf?: string, username = "leader"): Promise<Discipline> {
  const res = await gql<{ reportingDiscipline: Discipline }>(DISCIPLINE, { p, asOf }, await userNamed(username));
  expect(res.errors).toBeUndefined();
  return res.data!.reportingDiscipline;
}

const allCells = (d: Discipline) => {
  const seen = new Map<string, Cell>();
  for (const s of d.sections) for (const c of s.cells) seen.set(`${c.targetId}-${c.month}`, c);
  return [...seen.values()];
};

function ratesOf(cells: { status: string }[]): Rates {
  const n = (s: string) => cells.filter((c) => c.status === s).length;
  const [onTime, late, missing, pending] = [n("ON_TIME"), n("LATE"), n("MISSING"), n("PENDING")];
  const due = onTime + late + missing;
  return {
    owed: cells.length,
    onTime,
    late,
    missing,
    pending,
    completeness: due ? (onTime + late) / due : null,
    onTimeRate: due ? onTime / due : null,
  };
}

describe("the seeded 2013 plan", () => {
  it("gives every month of the year its due day (the 5th of the next month) and rates that add up", async () => {
    const d = await discipline(planId, "2014-02-01");
    expect(d.plan).toEqual({ year: 2013, reportDueDays: 5 });
    expect(d.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(d.months[1].dueDay).toBe("2013-03-05");
    expect(d.months[11].dueDay).toBe("2014-01-05");
    const cells = allCells(d);
    expect(cells.length).toBeGreaterThan(0);
    // per month, and bureau-wide, the rates are the fractions of the cells
    for (const m of d.months) expect(m.rates).toEqual(ratesOf(cells.filter((c) => c.month === m.month)));
    expect(d.rates).toEqual(ratesOf(cells));
    // nothing is pending once every due day has passed; the demo set has on-time, late and missing months
    expect(d.rates.pending).toBe(0);
    expect(d.rates.onTime).toBeGreaterThan(0);
    expect(d.rates.late).toBeGreaterThan(0);
    expect(d.rates.missing).toBeGreaterThan(0);
    // a section's rates are those of the cells it owes
    for (const s of d.sections) expect(s.rates).toEqual(ratesOf(s.cells));
  });

  it("owes nothing for 创新创优 (年末申报) and the unowned funding targets", async () => {
    const cells = allCells(await discipline(planId, "2014-02-01"));
    const owing = new Set(cells.map((c) => c.code));
    for (const code of ["二.(一).5", "二.(二).1①", "二.(二).1②", "二.(二).2", "二.(二).3", "二.(二).4"])
      expect(owing.has(code)).toBe(false);
  });

  it("counts 组建市级工程技术研究中心's demo items as its August and November updates, entered on the day", async () => {
    const jihua = (await discipline(planId, "2014-02-01")).sections.find((s) => s.section.name === "计划科")!;
    const centres = jihua.cells.filter((c) => c.code === "二.(一).3.(3)");
    // window 6-12月, never done: seven months owed
    expect(centres.map((c) => c.month)).toEqual([6, 7, 8, 9, 10, 11, 12]);
    expect(centres.find((c) => c.month === 8)).toMatchObject({ status: "ON_TIME", enteredOn: "2013-08-30", dueDay: "2013-09-05" });
    expect(centres.find((c) => c.month === 11)).toMatchObject({ status: "ON_TIME", enteredOn: "2013-11-20", dueDay: "2013-12-05" });
    // the platform (milestone, 5-11月) was done on 26 September: owed May–September only
    expect(jihua.cells.filter((c) => c.code === "二.(一).3.(1)").map((c) => c.month)).toEqual([5, 6, 7, 8, 9]);
  });

  it("shows the discipline as it stood on a past day: later entries are not seen, months not begun are not owed", async () => {
    const d = await discipline(planId, "2013-08-31");
    expect(d.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const centres = allCells(d).filter((c) => c.code === "二.(一).3.(3)");
    expect(centres.find((c) => c.month === 8)).toMatchObject({ status: "ON_TIME", enteredOn: "2013-08-30" });
    expect(
      allCells(d)
        .filter((c) => c.month === 8)
        .every((c) => c.status !== "MISSING"),
    ).toBe(true);
  });

  it("requires sign-in", async () => {
    const res = await gql(DISCIPLINE, { p: planId }, null);
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("a plan whose updates the test writes (2014, 3-6月, due on the 5th)", () => {
  let plan: string;
  let amount: string; // 400 万元
  let count: string; // 4 项
  const at = (iso: string) => new Date(iso);

  beforeAll(async () => {
    const seed = makePlanSeed({ unitName: "益阳市科技局", year: 2014, targetCount: 2, areaCount: 1, kinds: ["AMOUNT", "COUNT"] });
    seed.sections = [{ name: "计划科", phone: null }];
    seed.areas[0].owners = ["计划科"];
    for (const t of seed.areas[0].targets) Object.assign(t, { window: [3, 6], targetValue: t.kind === "COUNT" ? 4 : 400 });
    const loaded = await loadPlan(db, seed);
    plan = loaded.planId;
    [amount, count] = [...loaded.targetIds.values()];
    const jihua = await userNamed("jihua");
    // entry instants in UTC; the discipline judges the calendar day in China (UTC+8)
    await db.progressEntry.createMany({
      data: [
        // March: figure entered 3 April → on time
        {
          targetId: amount,
          value: 100,
          reportedFor: isoToDbDate("2014-03-31"),
          reportedById: jihua.id,
          createdAt: at("2014-04-03T02:00:00Z"),
        },
        // April: entered 9 May → late (due 5 May)
        {
          targetId: amount,
          value: 150,
          reportedFor: isoToDbDate("2014-04-30"),
          reportedById: jihua.id,
          createdAt: at("2014-05-09T02:00:00Z"),
        },
        // (May: nothing → missing)
        // June: 本月无新进展 entered 2 July → on time
        {
          targetId: amount,
          action: "NO_CHANGE",
          value: 150,
          reportedFor: isoToDbDate("2014-06-30"),
          reportedById: jihua.id,
          createdAt: at("2014-07-02T02:00:00Z"),
        },
      ],
    });
    await db.countItem.createMany({
      data: [
        // March: an item entered on the due day, 09:00 in China → on time
        {
          targetId: count,
          name: "测试中心甲",
          date: isoToDbDate("2014-03-20"),
          createdById: jihua.id,
          createdAt: at("2014-04-05T01:00:00Z"),
        },
        // April: entered 5 May 16:30 UTC = 6 May 00:30 in China → late
        {
          targetId: count,
          name: "测试中心乙",
          date: isoToDbDate("2014-04-10"),
          createdById: jihua.id,
          createdAt: at("2014-05-05T16:30:00Z"),
        },
        // (May, June: nothing → missing)
      ],
    });
  });

  it("judges each owed month: ON_TIME, LATE, MISSING, with hand-computed rates", async () => {
    const d = await discipline(plan, "2014-12-31");
    const cells = allCells(d);
    const status = (id: string) => cells.filter((c) => c.targetId === id).map((c) => [c.month, c.status, c.enteredOn]);
    expect(status(amount)).toEqual([
      [3, "ON_TIME", "2014-04-03"],
      [4, "LATE", "2014-05-09"],
      [5, "MISSING", null],
      [6, "ON_TIME", "2014-07-02"],
    ]);
    expect(status(count)).toEqual([
      [3, "ON_TIME", "2014-04-05"],
      [4, "LATE", "2014-05-06"],
      [5, "MISSING", null],
      [6, "MISSING", null],
    ]);
    expect(cells.find((c) => c.targetId === amount && c.month === 4)!.dueDay).toBe("2014-05-05");
    // 8 updates owed: 3 on time, 2 late, 3 missing
    expect(d.rates).toEqual({ owed: 8, onTime: 3, late: 2, missing: 3, pending: 0, completeness: 5 / 8, onTimeRate: 3 / 8 });
    const month = (m: number) => d.months.find((x) => x.month === m)!.rates;
    expect(month(3)).toMatchObject({ owed: 2, completeness: 1, onTimeRate: 1 });
    expect(month(4)).toMatchObject({ owed: 2, completeness: 1, onTimeRate: 0 });
    expect(month(5)).toMatchObject({ owed: 2, completeness: 0, onTimeRate: 0 });
    expect(month(6)).toMatchObject({ owed: 2, completeness: 0.5, onTimeRate: 0.5 });
    // January, February: nothing owed (outside the window), nothing due
    expect(month(1)).toEqual({ owed: 0, onTime: 0, late: 0, missing: 0, pending: 0, completeness: null, onTimeRate: null });
    expect(d.sections.map((s) => s.section.name)).toEqual(["计划科"]);
    expect(d.sections[0].rates).toEqual(d.rates);
  });

  it("as of 10 June: May is missing, June still pending, and the 2 July confirmation not yet seen", async () => {
    const d = await discipline(plan, "2014-06-10");
    expect(d.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6]);
    const june = allCells(d).filter((c) => c.month === 6);
    expect(june.map((c) => [c.status, c.enteredOn])).toEqual([
      ["PENDING", null],
      ["PENDING", null],
    ]);
    expect(d.rates).toEqual({ owed: 8, onTime: 2, late: 2, missing: 2, pending: 2, completeness: 4 / 6, onTimeRate: 2 / 6 });
  });

  it("takes a 本月无新进展 confirmation for May (after a reopening): the month is received, late, and the figure stays", async () => {
    const jihua = await userNamed("jihua");
    const before = (
      await gql<{ targetDetail: { progress: { value: number; ratio: number; target: { version: number } } } }>(
        DETAIL,
        { id: amount, asOf: "2014-05-31" },
        jihua,
      )
    ).data!.targetDetail.progress;
    expect(before).toMatchObject({ value: 150, ratio: 150 / 400 });
    // 2014 is long past the 10-day rule: May needs an administrator's reopening first
    const locked = await gql(CONFIRM, { input: await asLoaded({ targetId: amount, reportedFor: "2014-05-31" }) }, jihua);
    expect(locked.errors?.[0].extensions?.code).toBe("PERIOD_LOCKED");
    const reopened = await gql(
      `mutation ($p: ID!) { reopenMonth(planId: $p, month: 5, reason: "补报5月") { planId } }`,
      { p: plan },
      await userNamed("admin"),
    );
    expect(reopened.errors).toBeUndefined();

    const res = await gql<{
      confirmNoChange: {
        entry: { action: string; value: number; counts: boolean; reportedFor: string };
        progress: { value: number; target: { version: number } };
      };
    }>(CONFIRM, { input: await asLoaded({ targetId: amount, reportedFor: "2014-05-31", note: "5月无新增到位资金" }) }, jihua);
    expect(res.errors).toBeUndefined();
    // the standing figure, recorded for the history, never counted
    expect(res.data!.confirmNoChange.entry).toMatchObject({ action: "NO_CHANGE", value: 150, counts: false, reportedFor: "2014-05-31" });
    expect(res.data!.confirmNoChange.progress).toEqual({ value: 150, target: { version: before.target.version + 1 } });
    const after = (
      await gql<{ targetDetail: { progress: { value: number; ratio: number } } }>(DETAIL, { id: amount, asOf: "2014-05-31" }, jihua)
    ).data!.targetDetail.progress;
    expect(after).toMatchObject({ value: 150, ratio: 150 / 400 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "CONFIRM_NO_CHANGE" } });
    expect(audit.userId).toBe(jihua.id);

    // entered today, long after the due day (5 June 2014): received, but late
    const d = await discipline(plan);
    expect(d.asOf).toBe(todayIso());
    const may = allCells(d).find((c) => c.targetId === amount && c.month === 5)!;
    expect(may).toMatchObject({ status: "LATE", enteredOn: todayIso() });
    expect(d.rates).toEqual({ owed: 8, onTime: 3, late: 3, missing: 2, pending: 0, completeness: 6 / 8, onTimeRate: 3 / 8 });
    // the confirmation is not a figure: the count target still owes its own May update
    expect(allCells(d).find((c) => c.targetId === count && c.month === 5)!.status).toBe("MISSING");
  });

  it("refuses a confirmation for a year-end declaration and by another section, writing nothing", async () => {
    const entries = await db.progressEntry.count();
    const declaration = await gql(
      CONFIRM,
      { input: await asLoaded({ targetId: ids.get("二.(一).5"), reportedFor: "2013-12-15" }) },
      await userNamed("admin"),
    );
    expect(declaration.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const other = await gql(CONFIRM, { input: await asLoaded({ targetId: amount, reportedFor: "2014-05-31" }) }, await userNamed("gaoxin"));
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await db.progressEntry.count()).toBe(entries);
  });
});

describe("a confirmation entered by the due day", () => {
  it("is ON_TIME: last month's update on a plan of this year, due 40 days after the month ends", async () => {
    const [y, m] = todayIso().split("-").map(Number);
    const year = m === 1 ? y - 1 : y;
    const month = m === 1 ? 12 : m - 1;
    const seed = makePlanSeed({ unitName: "益阳市科技局", year, targetCount: 1, areaCount: 1 });
    seed.sections = [{ name: "计划科", phone: null }];
    seed.areas[0].owners = ["计划科"];
    Object.assign(seed.areas[0].targets[0], { window: [1, 12], targetValue: 400 });
    seed.plan.lockAfterDays = 40;
    const loaded = await loadPlan(db, seed);
    await db.plan.update({ where: { id: loaded.planId }, data: { reportDueDays: 40 } });
    const target = [...loaded.targetIds.values()][0];
    const day = `${year}-${String(month).padStart(2, "0")}-28`;
    const res = await gql(CONFIRM, { input: await asLoaded({ targetId: target, reportedFor: day }) }, await userNamed("jihua"));
    expect(res.errors).toBeUndefined();
    const cell = allCells(await discipline(loaded.planId)).find((c) => c.month === month)!;
    expect(cell).toMatchObject({ status: "ON_TIME", enteredOn: todayIso() });
  });
});
