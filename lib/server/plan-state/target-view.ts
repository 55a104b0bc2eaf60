import {
  effectiveWindow,
  isActive,
  thresholdsOf,
  type Applicability,
  type Band,
  type Direction,
  type InactivePointsRule,
  forecastAtWindowEnd,
  growthPercent,
  latestValue,
  statusDetail,
  summarizeTargets,
  windowBounds,
  type EffectiveWindow,
  type IsoDate,
  type ProgressPoint,
  type TargetKind,
  type TargetMeasure,
  type StatusRule,
  type TargetStatus,
  type TargetSummary,
} from "../../domain";

/** The shapes services hand to GraphQL: they mirror graphql/schema/plan.graphql one to one. */
export interface SectionView {
  id: string;
  name: string;
  phone: string | null;
  unitId: string;
}

export interface TargetView {
  id: string;
  planId: string;
  /** the plan's unit: whose target it is (lib/server/access) */
  unitId: string;
  areaId: string;
  code: string;
  title: string;
  wording: string;
  kind: TargetKind;
  measureUnit: string | null;
  targetValue: number | null;
  baselineValue: number | null;
  baselineSource: string | null;
  /** what the target carries now: 0 when inactive, more when an inactive neighbour's points were redistributed */
  points: number;
  /** what it carries under the plan as written */
  nominalPoints: number;
  window: EffectiveWindow & { start: IsoDate; end: IsoDate };
  windowText: string | null;
  remarks: string | null;
  version: number;
  owners: SectionView[];
  /** of the owners, those the bureau assigned to a target the plan left without one (not the plan's words) */
  assignedOwnerIds: string[];
  applicability: Applicability;
  applicabilityReason: string | null;
  inactivePointsRule: InactivePointsRule;
  greenAt: number | null;
  amberAt: number | null;
  direction: Direction;
}

export interface TargetProgressView {
  target: TargetView;
  status: TargetStatus;
  /** the rule that decided the status (lib/domain/status.ts), with the margin it allowed */
  statusRule: StatusRule;
  behindMargin: number;
  band: Band;
  value: number | null;
  reportedFor: IsoDate | null;
  ratio: number | null;
  growthPercent: number | null;
  expectedRatio: number;
  forecast: { value: number; ratio: number | null } | null;
}

export interface SummaryView {
  count: number;
  totalPoints: number;
  completion: number;
  byStatus: { status: TargetStatus; count: number; points: number }[];
}

export interface TargetRow {
  id: string;
  planId: string;
  areaId: string;
  code: string;
  title: string;
  wording: string;
  kind: string;
  measureUnit: string | null;
  targetValue: number | null;
  baselineValue: number | null;
  baselineSource: string | null;
  startMonth: number | null;
  endMonth: number | null;
  windowText: string | null;
  remarks: string | null;
  version: number;
  owners: { section: SectionView; assignedById?: string | null }[];
  applicability: string;
  applicabilityReason: string | null;
  inactivePointsRule: string;
  greenAt: number | null;
  amberAt: number | null;
  direction: string;
}

export function measureOf(row: Pick<TargetRow, "kind" | "targetValue" | "baselineValue" | "direction">): TargetMeasure {
  return {
    kind: row.kind as TargetKind,
    targetValue: row.targetValue,
    baselineValue: row.baselineValue,
    direction: row.direction === "LOWER_IS_BETTER" ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER",
  };
}

export function toTargetView(
  row: TargetRow,
  plan: { year: number; unitId: string },
  points: { points: number; nominal: number },
): TargetView {
  const window = effectiveWindow(plan.year, row.startMonth, row.endMonth);
  return {
    id: row.id,
    planId: row.planId,
    unitId: plan.unitId,
    areaId: row.areaId,
    code: row.code,
    title: row.title,
    wording: row.wording,
    kind: row.kind as TargetKind,
    measureUnit: row.measureUnit,
    targetValue: row.targetValue,
    baselineValue: row.baselineValue,
    baselineSource: row.baselineSource,
    points: points.points,
    nominalPoints: points.nominal,
    window: { ...window, ...windowBounds(window) },
    windowText: row.windowText,
    remarks: row.remarks,
    version: row.version,
    owners: row.owners.map((o) => o.section),
    assignedOwnerIds: row.owners.filter((o) => o.assignedById).map((o) => o.section.id),
    applicability: (isActive(row.applicability) ? "ACTIVE" : row.applicability) as Applicability,
    applicabilityReason: row.applicabilityReason,
    inactivePointsRule: row.inactivePointsRule === "REMOVE" ? "REMOVE" : "REDISTRIBUTE",
    greenAt: row.greenAt,
    amberAt: row.amberAt,
    direction: measureOf(row).direction!,
  };
}

/** The status rule applied to a target as the plan configures it (thresholds, applicability). */
export function targetStatusDetail(target: TargetView, points: ProgressPoint[], asOf: IsoDate, behindMargin: number) {
  return statusDetail({
    measure: measureOf(target),
    window: target.window,
    points,
    asOf,
    behindMargin,
    thresholds: thresholdsOf(target),
    active: target.applicability === "ACTIVE",
  });
}

/** One target evaluated at asOf: every number on a table row, chart point or review line. */
export function evaluateTarget(target: TargetView, points: ProgressPoint[], asOf: IsoDate, behindMargin: number): TargetProgressView {
  const input = { measure: measureOf(target), window: target.window, points, asOf };
  const detail = targetStatusDetail(target, points, asOf, behindMargin);
  const latest = latestValue(points, asOf);
  return {
    target,
    status: detail.status,
    statusRule: detail.rule,
    behindMargin: detail.behindMargin,
    band: detail.band,
    value: detail.value,
    reportedFor: latest?.reportedFor ?? null,
    ratio: detail.ratio,
    growthPercent: target.kind === "GROWTH_PCT" ? growthPercent(target.baselineValue, detail.value) : null,
    expectedRatio: detail.expectedRatio,
    forecast: forecastAtWindowEnd(input),
  };
}

export function summaryView(items: TargetProgressView[]): SummaryView {
  const s: TargetSummary = summarizeTargets(items.map((i) => ({ status: i.status, points: i.target.points, ratio: i.ratio })));
  return {
    count: s.count,
    totalPoints: s.totalPoints,
    completion: s.completion,
    byStatus: Object.entries(s.byStatus).map(([status, v]) => ({ status: status as TargetStatus, ...v })),
  };
}
