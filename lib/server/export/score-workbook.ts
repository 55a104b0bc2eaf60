import { roundScore } from "../../domain";
import { fill, formatDate, formatNumber, formatPercent, formatWindow } from "../../i18n/format";
import { gradeLine } from "../../i18n/grade-text";
import { messages } from "../../i18n/messages";
import type { CountItemView } from "../items/find-items";
import type { ScoreRowView, ScoreSheetView } from "../scores/find-score-sheet";
import { itemsOf, itemsTable } from "./items-sheet";
import {
  addTableSheet,
  newWorkbook,
  tableToCsv,
  workbookBytes,
  type CellValue,
  type ColumnSpec,
  type TableRow,
  type TableSpec,
} from "../sheets/table-sheet";

/** The 年终考评计分表 as a table: the exports are in Chinese, the bureau's working language. */
const m = messages.zh;

type Column =
  | "area"
  | "code"
  | "target"
  | "owner"
  | "window"
  | "targetValue"
  | "value"
  | "completion"
  | "rule"
  | "points"
  | "computed"
  | "final"
  | "reason"
  | "self"
  | "awarded"
  | "gap"
  | "justification";

const score = (v: CellValue) => (typeof v === "number" ? roundScore(v).toFixed(2) : "");

const COLUMNS: ColumnSpec<Column>[] = [
  { key: "area", header: m.score.col.area, width: 18, wrap: true },
  { key: "code", header: m.score.col.code, width: 15 },
  { key: "target", header: m.score.col.target, width: 30, wrap: true },
  { key: "owner", header: m.score.col.owner, width: 14, wrap: true },
  { key: "window", header: m.score.col.window, width: 15, wrap: true },
  { key: "targetValue", header: m.score.col.targetValue, width: 12 },
  { key: "value", header: m.score.col.value, width: 12 },
  {
    key: "completion",
    header: m.score.col.completion,
    width: 9,
    numFmt: "0.0%",
    csv: (v) => (typeof v === "number" ? `${(v * 100).toFixed(1)}%` : ""),
  },
  { key: "rule", header: m.score.col.rule, width: 24, wrap: true },
  { key: "points", header: m.score.col.points, width: 9, numFmt: "0.00", csv: score },
  { key: "computed", header: m.score.col.computed, width: 10, numFmt: "0.00", csv: score },
  { key: "final", header: m.score.col.final, width: 10, numFmt: "0.00", csv: score },
  { key: "reason", header: m.score.col.reason, width: 32, wrap: true },
  // the owning section's self-assessment against the awarded (final) score
  { key: "self", header: m.selfScore.self, width: 9, numFmt: "0.00", csv: score },
  { key: "awarded", header: m.selfScore.awarded, width: 10, numFmt: "0.00", csv: score },
  {
    key: "gap",
    header: m.selfScore.gap,
    width: 9,
    numFmt: "+0.00;-0.00;0.00",
    csv: (v) => (typeof v === "number" ? (v > 0 ? `+${score(v)}` : score(v)) : ""),
  },
  { key: "justification", header: m.selfScore.justification, width: 32, wrap: true },
];

/** `General" 项"`: the number stays a number, the unit shows next to it. */
const withUnit = (unit: string | null) => (unit ? `General" ${unit.replace(/"/g, "")}"` : "General");

function ruleText(r: ScoreRowView): string {
  const label = m.score.rule[r.rule];
  if (r.basis === "INACTIVE") {
    const t = r.progress.target;
    return `${m.status.INACTIVE}（${m.applicability[t.applicability]}${t.applicabilityReason ? `：${t.applicabilityReason}` : ""}）`;
  }
  if (r.rule === "PROPORTIONAL") return `${label}（${fill(m.score.floorNote, { floor: formatPercent(r.floor, "zh") })}）`;
  if (r.rule === "DECLARATION" && r.pending) return `${label}（${m.score.pending}）`;
  return label;
}

function dataRow(r: ScoreRowView): TableRow<Column> {
  const t = r.progress.target;
  const value = r.progress.value;
  const cells: Partial<Record<Column, CellValue>> = {
    area: r.areaName,
    code: t.code,
    target: t.title,
    owner: t.owners.length ? t.owners.map((o) => o.name).join("、") : m.unassigned,
    window: t.window.specified ? formatWindow(t.window.startMonth, t.window.endMonth, "zh") : m.wholeYear,
    completion: r.rule === "DECLARATION" ? null : r.progress.ratio,
    rule: ruleText(r),
    points: r.points,
    computed: r.computedScore,
    final: r.finalScore,
    reason: r.reason ?? "",
    self: r.selfScore,
    awarded: r.finalScore,
    gap: r.gap,
    justification: r.selfJustification ?? "",
  };
  const numFmts: Partial<Record<Column, string>> = {};
  const csvText: Partial<Record<Column, string>> = {};
  const unit = t.measureUnit;
  switch (t.kind) {
    case "COUNT":
    case "AMOUNT":
      cells.targetValue = t.targetValue;
      numFmts.targetValue = withUnit(unit);
      csvText.targetValue = `${formatNumber(t.targetValue, "zh", 4)} ${unit ?? ""}`.trim();
      break;
    case "GROWTH_PCT":
      cells.targetValue = t.targetValue;
      numFmts.targetValue = `"≥"General"%"`;
      csvText.targetValue = `≥${formatNumber(t.targetValue, "zh", 4)}%`;
      break;
    case "MILESTONE":
      cells.targetValue = m.form.milestoneDone;
      break;
    case "DECLARATION":
      cells.targetValue = m.kind.DECLARATION;
      break;
  }
  if (t.kind === "MILESTONE") {
    cells.value = value === null ? null : value >= 1 ? m.form.milestoneDone : m.form.milestoneNotDone;
  } else if (t.kind === "DECLARATION") {
    cells.value = r.declaredScore === null ? m.score.pending : `${m.score.declared} ${formatNumber(r.declaredScore, "zh")} 分`;
  } else {
    cells.value = value;
    numFmts.value = withUnit(unit);
    if (value !== null) csvText.value = `${formatNumber(value, "zh", 4)} ${unit ?? ""}`.trim();
  }
  return { kind: "data", cells, numFmts, csvText };
}

const SUMMED: Column[] = ["points", "computed", "final", "awarded"];
/** Summed only where some target has a self score: 自评分 over the self-assessed targets, 差值 over their gaps. */
const SELF_SUMMED: Column[] = ["self", "gap"];

/**
 * One row per target under its area, each area closed by a subtotal row (=SUM over its targets), then
 * 工作业绩 and 科技投入与保障 (=SUM over their areas' subtotals) and 总分 (=SUM of those two). The cached
 * results are the service's exact totals, so a viewer that never recalculates shows the same figures.
 * 自评分 / 考核得分 / 差值 / 自评说明 follow: 考核得分 is the final (awarded) score again, beside the self score
 * for reading across; where any target of a subtotal has a self score, 自评分 and 差值 are summed too (over
 * the self-assessed targets, blanks count nothing).
 */
export function scoreTable(sheet: ScoreSheetView): TableSpec<Column> {
  const rows: TableRow<Column>[] = [];
  for (const area of sheet.areas) {
    rows.push(
      ...area.rows.map((r, i) => ({
        ...dataRow(r),
        id: i === 0 ? `first-${area.id}` : i === area.rows.length - 1 ? `last-${area.id}` : undefined,
      })),
    );
    const range: [string, string] | undefined =
      area.rows.length === 0 ? undefined : [`first-${area.id}`, area.rows.length === 1 ? `first-${area.id}` : `last-${area.id}`];
    const sums = area.subtotal;
    rows.push({
      id: `area-${area.id}`,
      kind: "subtotal",
      cells: {
        area: `${area.name} ${m.score.subtotal}`,
        points: area.pointsSum,
        computed: area.subtotal.computedScore,
        final: area.subtotal.finalScore,
        awarded: area.subtotal.finalScore,
        ...(sums.selfScore !== null ? { self: sums.selfScore, gap: sums.gap } : {}),
      },
      sum: range ? { columns: sums.selfScore !== null ? [...SUMMED, ...SELF_SUMMED] : SUMMED, range } : undefined,
    });
  }
  const areaIds = (category: "WORK" | "FUNDING") => sheet.areas.filter((a) => a.category === category).map((a) => `area-${a.id}`);
  const total = (id: string, label: string, t: ScoreSheetView["work"], of: string[]): TableRow<Column> => ({
    id,
    kind: "total",
    cells: {
      area: label,
      points: t.points,
      computed: t.computedScore,
      final: t.finalScore,
      awarded: t.finalScore,
      ...(t.selfScore !== null ? { self: t.selfScore, gap: t.gap } : {}),
    },
    sum: { columns: t.selfScore !== null ? [...SUMMED, ...SELF_SUMMED] : SUMMED, rows: of },
  });
  rows.push(total("work", m.score.work, sheet.work, areaIds("WORK")));
  rows.push(total("funding", m.score.funding, sheet.funding, areaIds("FUNDING")));
  rows.push(total("overall", m.score.overall, sheet.overall, ["work", "funding"]));
  // 年终等次 under the total: the grade, what it rests on, the external result and any cap, in one line
  rows.push({
    kind: "total",
    cells: { area: m.grade.title, target: m.grade.label[sheet.grade.grade], reason: gradeLine(sheet.grade, m, "zh") },
  });
  return {
    name: m.score.title,
    title: `${sheet.plan.title} · ${m.score.title}`,
    footer: `${m.score.asOf}：${formatDate(sheet.asOf, "zh")}`,
    columns: COLUMNS,
    rows,
  };
}

/**
 * The score sheet, then 逐项清单 (every named item of the plan's count targets). `items` when the caller
 * has them already; otherwise they are loaded (one query).
 */
export async function scoreWorkbook(sheet: ScoreSheetView, items?: readonly CountItemView[]): Promise<Uint8Array> {
  const workbook = newWorkbook();
  workbook.title = `${sheet.plan.title} ${m.score.title}`;
  addTableSheet(workbook, scoreTable(sheet));
  const targets = sheet.rows.map((r) => r.progress.target);
  addTableSheet(workbook, itemsTable(await itemsOf(sheet.plan.id, items), targets, { title: sheet.plan.title }));
  return workbookBytes(workbook);
}

export function scoreCsv(sheet: ScoreSheetView): string {
  return tableToCsv(scoreTable(sheet));
}

/** "湖南省益阳市科技局2013年绩效计划书-年终考评计分表-2013-12-31" */
export function scoreFileName(sheet: ScoreSheetView): string {
  return `${sheet.plan.title}-${m.score.title}-${sheet.asOf}`;
}
