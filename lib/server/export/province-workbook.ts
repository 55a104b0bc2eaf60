import { TARGET_STATUSES } from "../../domain";
import { formatDate, formatNumber } from "../../i18n/format";
import { gradeLine } from "../../i18n/grade-text";
import { messages } from "../../i18n/messages";
import type { ProvinceOverviewView } from "../units/find-province-overview";
import { addTableSheet, newWorkbook, workbookBytes, type ColumnSpec, type TableSpec } from "../sheets/table-sheet";

/** The province page as a workbook, in Chinese like the other exports: the ranking, then the shared targets. */
const m = messages.zh;
const SCORE = "0.00";
const PERCENT = "0.0%";

function rankingTable(o: ProvinceOverviewView): TableSpec {
  const areas = o.cities[0]?.areas ?? [];
  const columns: ColumnSpec[] = [
    { key: "rank", header: m.province.col.rank, width: 6 },
    { key: "unit", header: m.province.col.unit, width: 24, wrap: true },
    { key: "grade", header: m.province.col.grade, width: 8 },
    { key: "total", header: m.province.col.total, width: 9, numFmt: SCORE },
    { key: "max", header: m.score.col.points, width: 8, numFmt: SCORE },
    ...areas.map((a): ColumnSpec => ({
      key: `area-${a.code}`,
      header: `${a.name}（${formatNumber(a.maxPoints, "zh")}）`,
      width: 12,
      numFmt: SCORE,
    })),
    { key: "completion", header: m.province.col.completion, width: 9, numFmt: PERCENT },
    ...TARGET_STATUSES.map((s): ColumnSpec => ({ key: `status-${s}`, header: m.status[s], width: 7 })),
    { key: "onTime", header: m.province.col.onTime, width: 10, numFmt: PERCENT },
    { key: "rectifications", header: m.province.col.rectifications, width: 10 },
    { key: "gradeNote", header: m.grade.title, width: 60, wrap: true },
  ];
  return {
    name: m.province.title,
    title: `${o.unit.name} ${o.year}年 ${m.province.title}`,
    footer: `${m.province.asOf}：${formatDate(o.asOf, "zh")}`,
    columns,
    rows: o.cities.map((c) => ({
      kind: "data" as const,
      cells: {
        rank: c.rank,
        unit: c.unit.name,
        grade: m.grade.label[c.grade.grade],
        total: c.total,
        max: c.grade.maximum,
        ...Object.fromEntries(c.areas.map((a) => [`area-${a.code}`, a.provinceScore ?? a.unitScore])),
        completion: c.completion,
        ...Object.fromEntries(TARGET_STATUSES.map((s) => [`status-${s}`, c.statusCounts[s]])),
        onTime: c.onTimeRate,
        rectifications: c.openRectifications,
        gradeNote: gradeLine(c.grade, m, "zh"),
      },
    })),
  };
}

function sharedTable(o: ProvinceOverviewView): TableSpec {
  return {
    name: m.province.sharedTitle,
    title: `${o.unit.name} ${o.year}年 ${m.province.sharedTitle}`,
    footer: `${m.province.asOf}：${formatDate(o.asOf, "zh")}`,
    columns: [
      { key: "target", header: m.province.col.target, width: 30, wrap: true },
      ...o.cities.flatMap((c): ColumnSpec[] => [
        { key: `value-${c.unit.id}`, header: `${c.unit.name} ${m.table.latest}`, width: 14 },
        { key: `ratio-${c.unit.id}`, header: `${c.unit.name} ${m.table.completion}`, width: 10, numFmt: PERCENT },
      ]),
    ],
    rows: o.sharedTargets.map((s) => ({
      kind: "data" as const,
      cells: {
        target: s.title,
        ...Object.fromEntries(
          s.cells.flatMap((cell) => [
            [`value-${cell.unitId}`, cell.latestValue],
            [`ratio-${cell.unitId}`, cell.ratio],
          ]),
        ),
      },
    })),
  };
}

export async function provinceWorkbook(o: ProvinceOverviewView): Promise<Uint8Array> {
  const workbook = newWorkbook();
  workbook.title = `${o.unit.name} ${o.year}年 ${m.province.title}`;
  addTableSheet(workbook, rankingTable(o));
  if (o.sharedTargets.length > 0) addTableSheet(workbook, sharedTable(o));
  return workbookBytes(workbook);
}
