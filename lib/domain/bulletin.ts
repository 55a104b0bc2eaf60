import { disciplineRates, type DisciplineRates, type SubmissionStatus } from "./reporting-discipline";
import { summarizeTargets } from "./summary";
import type { IsoDate, TargetKind, TargetStatus } from "./types";

/**
 * 通报 — the notice a review ends with (关于…绩效目标督查情况的通报), assembled from plain data: the review's frozen
 * snapshot rows, the period's reporting discipline and the notices still open. Nothing here is display text: the
 * page and the Word file word the same data through lib/i18n (bulletin-text.ts), so they cannot disagree.
 *
 * - Overall, per area (in plan order) and per owning section: the count of targets, their points, the points-weighted
 *   completion (lib/domain/summary.ts, the figure the review page shows) and how many are in each status. A jointly
 *   owned target counts for each of its sections; targets the plan gives no owner form one group (未指定) at the end.
 * - 滞后 and 逾期: the targets with that status at the period end, each with its figure, completion and the pace due.
 * - 报送纪律: the updates owed in the period's months (on time / late / missing / not yet due), bureau-wide and per
 *   section, as the discipline stood on the day of the snapshot.
 * - 整改: the notices still open on the day of the notice (overdue when their deadline is before it).
 * - The date is the issue date once issued; before that the notice is a draft dated today.
 */

export interface BulletinSnapshotRow {
  code: string;
  title: string;
  kind: TargetKind;
  /** 家, 万元 … (null for milestones and declarations) */
  measureUnit: string | null;
  /** the figure to reach (for growth: the % required) */
  targetValue: number | null;
  areaName: string;
  owners: readonly { id: string | null; name: string }[];
  status: TargetStatus;
  value: number | null;
  ratio: number | null;
  expectedRatio: number;
  points: number;
}

export interface BulletinDisciplineCell {
  month: number;
  status: SubmissionStatus;
}

export interface BulletinNoticeInput {
  code: string;
  title: string;
  notice: string;
  deadline: IsoDate;
}

export interface BulletinInput {
  unit: { name: string; region: string | null };
  plan: { title: string; year: number };
  review: { kind: "MONTH" | "QUARTER" | "HALF_YEAR" | "YEAR"; year: number; periodIndex: number; periodStart: IsoDate; periodEnd: IsoDate };
  /** the snapshot rows in plan order */
  rows: readonly BulletinSnapshotRow[];
  /** every update owed in the plan year (reporting-discipline.ts disciplineCells), bureau-wide and per section */
  discipline: {
    asOf: IsoDate;
    cells: readonly BulletinDisciplineCell[];
    sections: readonly { id: string; name: string; cells: readonly BulletinDisciplineCell[] }[];
  };
  /** the notices open on the notice's day */
  notices: readonly BulletinNoticeInput[];
  addressee: string | null;
  remarks: string | null;
  /** the day it was issued (China time); null while a draft */
  issuedOn: IsoDate | null;
  today: IsoDate;
}

export interface BulletinTally {
  count: number;
  points: number;
  /** points-weighted completion, 0–1 */
  completion: number;
  done: number;
  onTrack: number;
  behind: number;
  overdue: number;
  notStarted: number;
  inactive: number;
}

export interface BulletinGroup extends BulletinTally {
  /** the area's or section's name; null for the targets the plan gives no owner (未指定) */
  name: string | null;
}

export interface BulletinTargetLine {
  code: string;
  title: string;
  kind: TargetKind;
  measureUnit: string | null;
  targetValue: number | null;
  areaName: string;
  owners: string[];
  status: TargetStatus;
  value: number | null;
  ratio: number | null;
  expectedRatio: number;
}

export interface BulletinDisciplineLine {
  /** null: the bureau as a whole (each update counted once) */
  name: string | null;
  owed: number;
  due: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  completeness: number | null;
  onTimeRate: number | null;
}

export interface BulletinNoticeLine extends BulletinNoticeInput {
  /** the deadline is before the notice's day and the notice is still open */
  overdue: boolean;
}

export interface BulletinData {
  /** 湖南省益阳市科技局: the region joined to the unit's name (fullUnitName) */
  unitFullName: string;
  /** 落款: the unit's own name */
  signature: string;
  planTitle: string;
  kind: "MONTH" | "QUARTER" | "HALF_YEAR" | "YEAR";
  year: number;
  periodIndex: number;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** the 主送 the assessors wrote; null: the default (局机关各科室) */
  addressee: string | null;
  remarks: string | null;
  issued: boolean;
  /** the date printed: the issue date, or today for a draft */
  date: IsoDate;
  overall: BulletinTally;
  areas: BulletinGroup[];
  sections: BulletinGroup[];
  behind: BulletinTargetLine[];
  overdue: BulletinTargetLine[];
  /** the months of the period (1–12) whose updates are counted */
  disciplineMonths: number[];
  disciplineAsOf: IsoDate;
  discipline: BulletinDisciplineLine;
  disciplineBySection: BulletinDisciplineLine[];
  notices: BulletinNoticeLine[];
}

/**
 * The unit's full name for a title: the region joined to the name where the name repeats the region's end —
 * 湖南省益阳市 + 益阳市科技局 → 湖南省益阳市科技局, 湖南省益阳市赫山区 + 赫山区科技局 → 湖南省益阳市赫山区科技局. Without a
 * region, or when the name does not start with the region's end (or already starts with the whole region), the
 * name as it is.
 */
export function fullUnitName(name: string, region: string | null): string {
  if (!region || name.startsWith(region)) return name;
  for (let k = Math.min(region.length, name.length); k >= 2; k--) {
    if (name.startsWith(region.slice(region.length - k))) return region.slice(0, region.length - k) + name;
  }
  return name;
}

/** The months a review period covers (its start and end are the first and last day of whole months). */
export function periodMonths(periodStart: IsoDate, periodEnd: IsoDate): number[] {
  const from = Number(periodStart.slice(5, 7));
  const to = Number(periodEnd.slice(5, 7));
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

export function tallyOf(rows: readonly Pick<BulletinSnapshotRow, "status" | "points" | "ratio">[]): BulletinTally {
  const s = summarizeTargets(rows.map((r) => ({ status: r.status, points: r.points, ratio: r.ratio })));
  return {
    count: s.count,
    points: s.totalPoints,
    completion: s.completion,
    done: s.byStatus.DONE.count,
    onTrack: s.byStatus.ON_TRACK.count,
    behind: s.byStatus.BEHIND.count,
    overdue: s.byStatus.OVERDUE.count,
    notStarted: s.byStatus.NOT_STARTED.count,
    inactive: s.byStatus.INACTIVE.count,
  };
}

function disciplineLine(name: string | null, cells: readonly BulletinDisciplineCell[], months: readonly number[]): BulletinDisciplineLine {
  const rates: DisciplineRates = disciplineRates(cells.filter((c) => months.includes(c.month)));
  return { name, ...rates };
}

const targetLine = (r: BulletinSnapshotRow): BulletinTargetLine => ({
  code: r.code,
  title: r.title,
  kind: r.kind,
  measureUnit: r.measureUnit,
  targetValue: r.targetValue,
  areaName: r.areaName,
  owners: r.owners.map((o) => o.name),
  status: r.status,
  value: r.value,
  ratio: r.ratio,
  expectedRatio: r.expectedRatio,
});

export function assembleBulletin(input: BulletinInput): BulletinData {
  const { rows, review } = input;
  const date = input.issuedOn ?? input.today;

  const areaNames = [...new Set(rows.map((r) => r.areaName))];
  const areas = areaNames.map((name) => ({ name, ...tallyOf(rows.filter((r) => r.areaName === name)) }));

  // sections in the order they first own a target; a section recorded without an id is known by its name
  const sectionKey = (o: { id: string | null; name: string }) => o.id ?? `name:${o.name}`;
  const sectionNames = new Map<string, string>();
  for (const r of rows) for (const o of r.owners) if (!sectionNames.has(sectionKey(o))) sectionNames.set(sectionKey(o), o.name);
  const sections: BulletinGroup[] = [...sectionNames].map(([key, name]) => ({
    name,
    ...tallyOf(rows.filter((r) => r.owners.some((o) => sectionKey(o) === key))),
  }));
  const unowned = rows.filter((r) => r.owners.length === 0);
  if (unowned.length) sections.push({ name: null, ...tallyOf(unowned) });

  const months = periodMonths(review.periodStart, review.periodEnd);
  const disciplineBySection = input.discipline.sections.map((s) => disciplineLine(s.name, s.cells, months)).filter((line) => line.owed > 0);

  return {
    unitFullName: fullUnitName(input.unit.name, input.unit.region),
    signature: input.unit.name,
    planTitle: input.plan.title,
    kind: review.kind,
    year: review.year,
    periodIndex: review.periodIndex,
    periodStart: review.periodStart,
    periodEnd: review.periodEnd,
    addressee: input.addressee?.trim() ? input.addressee.trim() : null,
    remarks: input.remarks?.trim() ? input.remarks.trim() : null,
    issued: input.issuedOn !== null,
    date,
    overall: tallyOf(rows),
    areas,
    sections,
    behind: rows.filter((r) => r.status === "BEHIND").map(targetLine),
    overdue: rows.filter((r) => r.status === "OVERDUE").map(targetLine),
    disciplineMonths: months,
    disciplineAsOf: input.discipline.asOf,
    discipline: disciplineLine(null, input.discipline.cells, months),
    disciplineBySection,
    notices: [...input.notices]
      .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.code.localeCompare(b.code))
      .map((n) => ({ ...n, overdue: n.deadline < date })),
  };
}
