// A province for the benchmark, seeded and repeatable: a PROVINCE unit, its cities, the counties of the first
// city (all 100 of them, so its 县区汇总 spans 100 units), each with a plan a year; every target reported month by month (本月无新进展 where a count target's
// month brought no item), named items, corrections, pending and returned figures, half-year and year-end
// reviews with snapshots, comments and rectifications, self-assessed and adjusted scores, and an audit row
// for every write, chained like the app's (lib/server/audit/audit-chain.ts). Rows go in through createMany
// (bulk-writer.ts), so province scale (≈ 500k reports) takes minutes on SQLite and PostgreSQL alike.
import type { PrismaClient } from "../../generated/prisma/client";
import { statusDetail, thresholdsOf, type IsoDate, type ProgressPoint } from "../../lib/domain";
import { chainHash, GENESIS } from "../../lib/server/audit/audit-chain";
import { hashPassword } from "../../lib/server/auth/password";
import { BulkWriter } from "./bulk-writer";
import { AREAS, figureAt, planShape, round2, SECTIONS, type TargetShape } from "./plan-shape";
import { idMaker, seededRandom, type Random } from "./random";

export interface Scale {
  cities: number;
  /** counties, all under the first city (its roll-up spans all of them) */
  counties: number;
  firstYear: number;
  years: number;
  targets: number;
}

export const SCALES = {
  /** 1 + 10 + 100 units × 10 years × 40 targets × 12 months (less 3% missed, count targets' item months) ≈ 500k reports */
  province: { cities: 10, counties: 100, firstYear: 2013, years: 10, targets: 40 },
  /** a minute's run of the same shape */
  quick: { cities: 2, counties: 10, firstYear: 2013, years: 2, targets: 40 },
} satisfies Record<string, Scale>;

export const BENCH_PASSWORD = "bench2013";

export interface GeneratedUnit {
  id: string;
  name: string;
  level: "PROVINCE" | "CITY" | "COUNTY";
  /** username of its 领导 */
  leader: string;
  /** planId by year */
  plans: Map<number, string>;
}

export interface Generated {
  province: GeneratedUnit;
  cities: GeneratedUnit[];
  counties: GeneratedUnit[];
  years: number[];
  rows: Record<string, number>;
}

const nextId = idMaker("b");
const monthEnd = (year: number, month: number) => new Date(Date.UTC(year, month, 0));
const iso = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const addDays = (d: Date, days: number, hour = 9) => new Date(d.getTime() + days * 86_400_000 + hour * 3_600_000);

/** Writes the province (and returns what the benchmark reads); the database must hold the migrations. */
export async function generateProvince(db: PrismaClient, scale: Scale, seed = 2013): Promise<Generated> {
  const g = await Generator.start(db, seed, scale);
  const years = Array.from({ length: scale.years }, (_, i) => scale.firstYear + i);
  const province = await g.unit("基准省科技厅", "PROVINCE", null, years, scale.targets);
  const cities = [];
  for (let c = 1; c <= scale.cities; c++) cities.push(await g.unit(`基准市${pad(c, 2)}科技局`, "CITY", province.id, years, scale.targets));
  const counties = [];
  for (let k = 1; k <= scale.counties; k++) {
    counties.push(await g.unit(`基准县${pad(k, 3)}科技局`, "COUNTY", cities[0].id, years, scale.targets));
  }
  await g.close();
  return { province, cities, counties, years, rows: g.rowCounts() };
}

/** One more unit under `parentId` with a single plan of `targets` targets (the size series of the dashboard). */
export async function generatePlan(
  db: PrismaClient,
  options: { name: string; parentId: string; year: number; targets: number; seed?: number },
) {
  const g = await Generator.start(db, options.seed ?? options.targets, null);
  const unit = await g.unit(options.name, "CITY", options.parentId, [options.year], options.targets);
  await g.close();
  return unit;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

class Generator {
  private seq = 0;
  private hash = GENESIS;
  private userNo = 0;

  private constructor(
    private readonly out: BulkWriter,
    private readonly random: Random,
    private readonly passwordHash: string,
    private readonly lastYear: number | null,
  ) {}

  static async start(db: PrismaClient, seed: number, scale: Scale | null) {
    const g = new Generator(
      await BulkWriter.open(),
      seededRandom(seed),
      await hashPassword(BENCH_PASSWORD),
      scale ? scale.firstYear + scale.years - 1 : null,
    );
    const last = await db.auditLog.findFirst({
      where: { seq: { not: null } },
      orderBy: { seq: "desc" },
      select: { seq: true, hash: true },
    });
    g.seq = last?.seq ?? 0;
    g.hash = last?.hash ?? GENESIS;
    g.userNo = await db.user.count();
    return g;
  }

  async close(): Promise<void> {
    await this.out.close();
  }

  rowCounts(): Record<string, number> {
    return Object.fromEntries(this.out.written);
  }

  async unit(
    name: string,
    level: GeneratedUnit["level"],
    parentId: string | null,
    years: number[],
    targets: number,
  ): Promise<GeneratedUnit> {
    const unitId = nextId();
    const createdAt = new Date(Date.UTC(years[0], 0, 1));
    this.out.add("Unit", { id: unitId, name, level, region: null, parentId, createdAt });
    const sections = SECTIONS.map((s, i) => {
      const id = nextId();
      this.out.add("Section", { id, unitId, name: s, phone: `0737-${pad(4100000 + i, 7)}`, sortOrder: i });
      return id;
    });
    const userNo = ++this.userNo;
    const user = (role: string, displayName: string, sectionId: string | null, suffix: string) => {
      const id = nextId();
      const username = `bench${pad(userNo, 4)}-${suffix}`;
      this.out.add("User", {
        id,
        username,
        displayName,
        passwordHash: this.passwordHash,
        role,
        unitId,
        sectionId,
        createdAt,
        passwordChangedAt: createdAt,
      });
      return { id, username };
    };
    const leader = user("LEADER", `${name}领导`, null, "leader");
    const assessor = user("ASSESSOR", `${name}考核组`, null, "kh").id;
    const heads = sections.map((s, i) => user("SECTION_HEAD", `${name}${SECTIONS[i]}负责人`, s, `s${i + 1}`).id);
    const plans = new Map<number, string>();
    for (const year of years) {
      const shapes = planShape(this.random, targets, {
        rolledUp: level !== "PROVINCE",
        countyMoneyInYi: level === "COUNTY" && this.random.chance(0.5),
      });
      plans.set(year, this.plan({ unitId, name, year, shapes, sections, heads, leader: leader.id, assessor }));
    }
    await this.out.flush();
    return { id: unitId, name, level, leader: leader.username, plans };
  }

  private plan(p: {
    unitId: string;
    name: string;
    year: number;
    shapes: TargetShape[];
    sections: string[];
    heads: string[];
    leader: string;
    assessor: string;
  }): string {
    const { year, shapes } = p;
    const planId = nextId();
    const current = year === this.lastYear;
    this.out.add("Plan", {
      id: planId,
      unitId: p.unitId,
      year,
      title: `${p.name}${year}年绩效计划书（基准数据）`,
      source: "基准数据（scripts/bench）",
      checkFigures: current,
      createdAt: new Date(Date.UTC(year, 0, 5)),
    });
    const areaIds = AREAS.map((a, i) => {
      const id = nextId();
      this.out.add("Area", { id, planId, code: a.code, category: a.category, name: a.name, points: a.points, sortOrder: i });
      return id;
    });
    const inArea = AREAS.map((_, a) => shapes.filter((t) => t.area === a && t.applicable).length);
    const series = new Map<string, ProgressPoint[]>();
    const targetIds = shapes.map((t) => {
      const id = nextId();
      this.out.add("Target", {
        id,
        planId,
        areaId: areaIds[t.area],
        code: t.code,
        title: t.title,
        wording: `${t.title}：${t.targetValue}${t.measureUnit ?? ""}`,
        kind: t.kind,
        measureUnit: t.measureUnit,
        targetValue: t.targetValue,
        baselineValue: t.baselineValue,
        baselineSource: t.baselineValue === null ? null : "上年统计年报",
        startMonth: t.window?.[0] ?? null,
        endMonth: t.window?.[1] ?? null,
        windowText: t.window ? `${t.window[0]}-${t.window[1]}月` : null,
        sortOrder: t.index,
        lineageKey: `L${t.index}`,
        rollupKey: t.rollupKey,
        greenAt: t.greenAt,
        amberAt: t.amberAt,
        direction: t.direction,
        applicability: t.applicable ? "ACTIVE" : "NOT_APPLICABLE",
        applicabilityReason: t.applicable ? null : "本年度不适用（基准数据）",
        createdAt: new Date(Date.UTC(year, 0, 5)),
        updatedAt: new Date(Date.UTC(year, 0, 5)),
      });
      for (const o of t.owners) this.out.add("TargetOwner", { targetId: id, sectionId: p.sections[o] });
      const reporter = t.owners.length ? p.heads[t.owners[0]] : p.leader;
      const points = t.kind === "COUNT" ? this.items(t, id, year, current, reporter, t.owners.length ? p.sections[t.owners[0]] : null) : [];
      series.set(id, t.kind === "COUNT" ? points : this.reports(t, id, year, current, reporter));
      return id;
    });
    for (const kind of ["HALF_YEAR", "YEAR"] as const) {
      this.review({ ...p, planId, kind, targetIds, series, closed: !(current && kind === "YEAR"), inArea });
    }
    if (!current) this.scores(p, shapes, targetIds, series, inArea);
    return planId;
  }

  /** Twelve monthly reports (3% of months missed), 1% corrected later; in the current year some wait for or failed the check. */
  private reports(t: TargetShape, targetId: string, year: number, current: boolean, reporter: string): ProgressPoint[] {
    const r = this.random;
    const [, end] = t.window ?? [1, 12];
    const doneMonth = t.reach >= 0.8 ? r.int(Math.max(1, end - 3), Math.min(12, end + 1)) : 13;
    const points: ProgressPoint[] = [];
    for (let month = 1; month <= 12; month++) {
      if (r.chance(0.03)) continue;
      const reportedFor = monthEnd(year, month);
      const createdAt = addDays(reportedFor, r.chance(0.12) ? r.int(6, 25) : r.int(0, 4), r.int(1, 10));
      const checkStatus = current && r.chance(0.03) ? r.pick(["PENDING", "PENDING", "RETURNED"]) : "ACCEPTED";
      const value = figureAt(t, month, doneMonth);
      const id = this.entry("ProgressEntry", { targetId, value, reportedFor, reporter, action: "RECORD", createdAt, checkStatus });
      let counted = { value, at: createdAt };
      if (checkStatus === "ACCEPTED" && r.chance(0.01)) {
        const corrected = round2(value * (0.95 + r.next() * 0.1));
        const at = addDays(createdAt, 2);
        this.entry("Correction", {
          targetId,
          value: corrected,
          reportedFor,
          reporter,
          action: "CORRECTION",
          createdAt: at,
          checkStatus,
          replacesId: id,
        });
        counted = { value: corrected, at };
      }
      if (checkStatus === "ACCEPTED")
        points.push({ value: counted.value, reportedFor: iso(reportedFor), recordedAt: counted.at.toISOString() });
    }
    return points;
  }

  /** Named items for a count target, and 本月无新进展 for each month that brought none. */
  private items(
    t: TargetShape,
    targetId: string,
    year: number,
    current: boolean,
    reporter: string,
    sectionId: string | null,
  ): ProgressPoint[] {
    const r = this.random;
    const [start, end] = t.window ?? [1, 12];
    const n = Math.round(t.targetValue * t.reach);
    const days = Array.from({ length: n }, () => new Date(Date.UTC(year, r.int(start, end) - 1, r.int(1, 28)))).sort((a, b) => +a - +b);
    const points: ProgressPoint[] = [];
    let counted = 0;
    for (const [k, date] of days.entries()) {
      const id = nextId();
      const createdAt = addDays(date, r.int(0, 6), r.int(1, 10));
      const withdrawn = r.chance(0.02);
      const checkStatus = current && r.chance(0.03) ? "PENDING" : "ACCEPTED";
      this.out.add("CountItem", {
        id,
        targetId,
        name: `${t.title}事项${k + 1}`,
        date,
        sectionId,
        docNumber: `基准科发〔${year}〕${k + 1}号`,
        status: withdrawn ? "WITHDRAWN" : "ACTIVE",
        reason: withdrawn ? "重复登记，撤回" : null,
        createdById: reporter,
        createdAt,
        updatedAt: createdAt,
        checkStatus,
      });
      this.audit({
        at: createdAt,
        userId: reporter,
        action: "ADD_COUNT_ITEM",
        entityType: "CountItem",
        entityId: id,
        targetId,
        after: { count: k + 1 },
      });
      if (!withdrawn && checkStatus === "ACCEPTED")
        points.push({ value: ++counted, reportedFor: iso(date), recordedAt: createdAt.toISOString() });
    }
    for (let month = 1; month <= 12; month++) {
      if (days.some((d) => d.getUTCMonth() + 1 === month) || r.chance(0.03)) continue;
      const reportedFor = monthEnd(year, month);
      const value = days.filter((d) => d <= reportedFor).length;
      this.entry("ProgressEntry", {
        targetId,
        value,
        reportedFor,
        reporter,
        action: "NO_CHANGE",
        createdAt: addDays(reportedFor, r.int(0, 8)),
        checkStatus: "ACCEPTED",
      });
    }
    return points;
  }

  private entry(
    table: "ProgressEntry" | "Correction",
    e: {
      targetId: string;
      value: number;
      reportedFor: Date;
      reporter: string;
      action: string;
      createdAt: Date;
      checkStatus: string;
      replacesId?: string;
    },
  ): string {
    const id = nextId();
    this.out.add(table, {
      id,
      targetId: e.targetId,
      value: e.value,
      reportedFor: e.reportedFor,
      reportedById: e.reporter,
      action: e.action,
      replacesId: e.replacesId ?? null,
      reason: e.replacesId ? "数据更正：以统计报表为准" : null,
      checkStatus: e.checkStatus,
      createdAt: e.createdAt,
    });
    const action = { RECORD: "RECORD_PROGRESS", CORRECTION: "CORRECT_PROGRESS", NO_CHANGE: "CONFIRM_NO_CHANGE" }[e.action]!;
    const after = { value: e.value, reportedFor: iso(e.reportedFor) };
    this.audit({ at: e.createdAt, userId: e.reporter, action, entityType: "ProgressEntry", entityId: id, targetId: e.targetId, after });
    return id;
  }

  /** A review frozen at its period end: one snapshot per target, a comment, and for a year end a closed 整改. */
  private review(p: {
    planId: string;
    year: number;
    kind: "HALF_YEAR" | "YEAR";
    shapes: TargetShape[];
    targetIds: string[];
    series: Map<string, ProgressPoint[]>;
    closed: boolean;
    inArea: number[];
    assessor: string;
    heads: string[];
  }) {
    const periodEnd = monthEnd(p.year, p.kind === "YEAR" ? 12 : 6);
    const at = addDays(periodEnd, 12);
    const reviewId = nextId();
    this.out.add("Review", {
      id: reviewId,
      planId: p.planId,
      kind: p.kind,
      year: p.year,
      periodIndex: 1,
      periodStart: new Date(Date.UTC(p.year, 0, 1)),
      periodEnd,
      status: p.closed ? "CLOSED" : "OPEN",
      createdById: p.assessor,
      createdAt: at,
      snapshotAt: at,
      closedAt: p.closed ? addDays(at, 10) : null,
      closedById: p.closed ? p.assessor : null,
    });
    this.audit({
      at,
      userId: p.assessor,
      action: "OPEN_REVIEW",
      entityType: "Review",
      entityId: reviewId,
      after: { kind: p.kind, year: p.year },
    });
    let behind: string | null = null;
    for (const [i, t] of p.shapes.entries()) {
      const targetId = p.targetIds[i];
      const detail = this.detail(t, p.year, p.series.get(targetId)!, iso(periodEnd));
      if (detail.status === "BEHIND" || detail.status === "OVERDUE") behind ??= targetId;
      this.out.add("ReviewSnapshot", {
        id: nextId(),
        reviewId,
        targetId,
        code: t.code,
        title: t.title,
        areaName: AREAS[t.area].name,
        owners: t.owners.map((o) => SECTIONS[o]).join("、"),
        value: detail.value,
        ratio: detail.ratio,
        status: detail.status,
        expectedRatio: detail.expectedRatio,
        points: t.applicable ? round2(AREAS[t.area].points / p.inArea[t.area]) : 0,
      });
    }
    const about = behind ?? p.targetIds[0];
    this.out.add("ReviewComment", {
      id: nextId(),
      reviewId,
      targetId: about,
      body: "进度滞后，请加快推进并按月报送。",
      authorId: p.assessor,
      createdAt: at,
    });
    if (p.kind === "YEAR") {
      this.out.add("Rectification", {
        id: nextId(),
        reviewId,
        targetId: about,
        notice: "请于30日内完成整改并报送佐证材料。",
        deadline: addDays(at, 30, 0),
        status: p.closed ? "CLOSED" : "OPEN",
        issuedById: p.assessor,
        createdAt: at,
        closedAt: p.closed ? addDays(at, 28) : null,
        closedById: p.closed ? p.assessor : null,
        closingNote: p.closed ? "已整改到位，予以销号。" : null,
      });
    }
  }

  /** 自评分 for every target, 加分 declared for 创新创优, and now and then an adjusted score with its reason. */
  private scores(
    p: { year: number; heads: string[]; assessor: string; leader: string },
    shapes: TargetShape[],
    targetIds: string[],
    series: Map<string, ProgressPoint[]>,
    inArea: number[],
  ) {
    const r = this.random;
    const at = new Date(Date.UTC(p.year + 1, 0, 20, 9));
    for (const [i, t] of shapes.entries()) {
      if (!t.applicable) continue;
      const points = AREAS[t.area].points / inArea[t.area];
      const ratio = this.detail(t, p.year, series.get(targetIds[i])!, `${p.year}-12-31`).ratio ?? 0;
      const self = round2(points * Math.min(Math.max(ratio, 0), 1));
      const adjusted = r.chance(0.05) ? round2(self * 0.9) : null;
      const id = nextId();
      this.out.add("TargetScore", {
        id,
        targetId: targetIds[i],
        declaredScore: t.kind === "DECLARATION" ? round2(points * (ratio >= 1 ? 1 : 0.5)) : null,
        finalScore: adjusted,
        reason: adjusted === null ? null : "佐证材料不全，酌情扣分",
        selfScore: self,
        selfJustification: "按完成情况自评",
        selfById: t.owners.length ? p.heads[t.owners[0]] : p.leader,
        selfAt: at,
        selfVersion: 1,
        updatedById: p.assessor,
        updatedAt: at,
        version: 1,
      });
      this.audit({
        at,
        userId: p.assessor,
        action: "SET_SELF_SCORE",
        entityType: "TargetScore",
        entityId: id,
        targetId: targetIds[i],
        after: { selfScore: self },
      });
    }
  }

  private detail(t: TargetShape, year: number, points: ProgressPoint[], asOf: IsoDate) {
    const [startMonth, endMonth] = t.window ?? [1, 12];
    return statusDetail({
      measure: { kind: t.kind, targetValue: t.targetValue, baselineValue: t.baselineValue, direction: t.direction },
      window: { year, startMonth, endMonth },
      points,
      asOf,
      thresholds: thresholdsOf(t),
      active: t.applicable,
    });
  }

  private audit(row: {
    at: Date;
    userId: string;
    action: string;
    entityType: string;
    entityId: string;
    targetId?: string;
    after: unknown;
  }) {
    const content = {
      seq: ++this.seq,
      at: row.at,
      userId: row.userId,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: null,
      after: JSON.stringify(row.after),
      reason: null,
    };
    this.hash = chainHash(this.hash, content);
    this.out.add("AuditLog", { id: nextId(), ...content, targetId: row.targetId ?? null, hash: this.hash });
  }
}
