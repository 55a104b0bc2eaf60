import { formatWindow } from "../../i18n/format";
import { messages } from "../../i18n/messages";
import type { CountItemView } from "../items/find-items";
import { itemsOf, itemsTable } from "./items-sheet";
import { formatInTimeZone } from "./time";
import type { DispatchView } from "../reviews/dispatch";
import type { ReviewView, SnapshotRowView } from "../reviews/find-review";
import { REVIEW_KIND_NAME } from "../reviews/review-rules";
import {
  addTableSheet,
  newWorkbook,
  tableToCsv,
  workbookBytes,
  type ColumnSpec,
  type TableRow,
  type TableSpec,
} from "../sheets/table-sheet";
import { cellAt, type XlsxSheet } from "../sheets/xlsx-writer";

/** 复核包: the review as a workbook (main sheet by kind, then comments and notices), or its main sheet as CSV. */
export interface ReviewPack {
  fileName: string;
  /** plain-ASCII fallback for old clients: review-pack-2013-Q3.xlsx */
  asciiName: string;
  contentType: string;
  body: Uint8Array | string;
}

/** The pack is in Chinese, the bureau's working language; the snapshot holds data and is worded here. */
const m = messages.zh;
const FLAG_FILL: Record<string, string> = { BEHIND: "FFFFF4D6", OVERDUE: "FFFFE0E0" };

const windowText = (w: { startMonth: number; endMonth: number; specified: boolean }) =>
  w.specified ? formatWindow(w.startMonth, w.endMonth, "zh") : m.wholeYear;
const ownersText = (owners: readonly { name: string }[]) => (owners.length ? owners.map((o) => o.name).join("、") : m.unassigned);

const snapshotColumns = (withScore: boolean): ColumnSpec[] => [
  { key: "code", header: "编号", width: 14 },
  { key: "title", header: "指标", width: 34, wrap: true },
  { key: "area", header: "领域", width: 16, wrap: true },
  { key: "owners", header: "责任科室", width: 16, wrap: true },
  { key: "window", header: "时间窗口", width: 14 },
  { key: "targetValue", header: "目标值", width: 10, numFmt: "0.##" },
  { key: "value", header: "期末值", width: 10, numFmt: "0.##" },
  { key: "ratio", header: "完成度", width: 10, numFmt: "0.0%" },
  { key: "expected", header: "应达进度", width: 10, numFmt: "0.0%" },
  { key: "status", header: "状态", width: 9, align: "center" },
  { key: "flag", header: "需关注", width: 12, align: "center" },
  { key: "dueInPeriod", header: "本期到期", width: 10, align: "center" },
  { key: "forecast", header: "预计期末", width: 10, numFmt: "0.##" },
  { key: "points", header: "分值", width: 9, numFmt: "0.##" },
  ...(withScore ? [{ key: "score", header: "计算得分", width: 10, numFmt: "0.00" }] : []),
];

function snapshotRows(rows: SnapshotRowView[]): TableRow[] {
  return rows.map((r) => ({
    kind: "data",
    cells: {
      code: r.code,
      title: r.title,
      area: r.areaName,
      owners: ownersText(r.owners),
      window: windowText(r.target.window),
      targetValue: r.target.targetValue,
      value: r.value,
      ratio: r.ratio,
      expected: r.expectedRatio,
      status: m.status[r.status],
      flag: r.status === "OVERDUE" || r.status === "BEHIND" ? m.status[r.status] : "",
      dueInPeriod: r.dueInPeriod ? "是" : "",
      forecast: r.forecastValue,
      points: r.points,
      score: r.computedScore,
    },
  }));
}

const dispatchColumns: ColumnSpec[] = [
  { key: "section", header: "科室", width: 12 },
  { key: "item", header: "事项", width: 10, align: "center" },
  { key: "code", header: "编号", width: 14 },
  { key: "title", header: "指标", width: 34, wrap: true },
  { key: "window", header: "时间窗口 / 整改期限", width: 18 },
  { key: "value", header: "月末值", width: 10, numFmt: "0.##" },
  { key: "ratio", header: "完成度", width: 10, numFmt: "0.0%" },
  { key: "status", header: "状态", width: 12, align: "center" },
  { key: "dueThisMonth", header: "本月到期", width: 10, align: "center" },
  { key: "note", header: "整改要求", width: 40, wrap: true },
];

function dispatchRows(dispatch: DispatchView): TableRow[] {
  return dispatch.sections.flatMap((s) => {
    const section = s.section?.name ?? m.unassigned;
    const targets: TableRow[] = s.targets.map((t) => ({
      kind: "data",
      cells: {
        section,
        item: "调度",
        code: t.target.code,
        title: t.target.title,
        window: windowText(t.target.window),
        value: t.value,
        ratio: t.ratio,
        status: m.status[t.status],
        dueThisMonth: t.dueThisMonth ? "是" : "",
      },
    }));
    const notices: TableRow[] = s.rectifications.map((r) => ({
      kind: "data",
      cells: {
        section,
        item: "整改",
        code: r.code,
        title: r.title,
        window: r.deadline,
        status: m.review.rectState[r.state],
        note: r.notice,
      },
    }));
    return [...targets, ...notices];
  });
}

/** The kind's own sheet: 调度清单 for a month, 督查表 for a quarter, the snapshot for a half year / the year. */
function mainSheet(view: ReviewView): TableSpec & { flagged?: string[] } {
  const { review } = view;
  const title = `${view.plan.unitName} ${review.periodName}${REVIEW_KIND_NAME[review.kind]}`;
  const footer = `期末：${review.periodEnd} · 状态：${review.status === "CLOSED" ? m.review.statusClosed : m.review.statusOpen}`;
  if (review.kind === "MONTH" && view.dispatch) {
    return { name: "调度清单", title: `${title} · 调度清单`, footer, columns: dispatchColumns, rows: dispatchRows(view.dispatch) };
  }
  const name = review.kind === "QUARTER" ? "督查表" : review.kind === "YEAR" ? "考评表" : "点评表";
  return {
    name,
    title: `${title} · ${name}`,
    footer,
    columns: snapshotColumns(review.kind === "YEAR"),
    rows: snapshotRows(view.rows),
    flagged: view.rows.map((r) => r.status),
  };
}

function commentsSheet(view: ReviewView, names: Map<string, string>): TableSpec {
  const codeOf = new Map(view.rows.map((r) => [r.targetId, `${r.code} ${r.title}`]));
  const sectionOf = new Map(view.sections.flatMap((s) => (s.section ? [[s.section.id, s.section.name] as const] : [])));
  return {
    name: "点评",
    title: `${view.review.periodName}${REVIEW_KIND_NAME[view.review.kind]} · 点评`,
    columns: [
      { key: "about", header: "针对", width: 30, wrap: true },
      { key: "body", header: "点评内容", width: 60, wrap: true },
      { key: "author", header: "点评人", width: 14 },
      { key: "at", header: "时间", width: 18 },
    ],
    rows: view.comments.map((c) => ({
      kind: "data",
      cells: {
        about: c.targetId ? (codeOf.get(c.targetId) ?? "") : `科室：${sectionOf.get(c.sectionId ?? "") ?? ""}`,
        body: c.body,
        author: names.get(c.authorId) ?? "",
        at: formatInTimeZone(c.createdAt),
      },
    })),
  };
}

function rectificationsSheet(view: ReviewView, names: Map<string, string>): TableSpec {
  return {
    name: "整改通知",
    title: `${view.review.periodName}${REVIEW_KIND_NAME[view.review.kind]} · 整改通知`,
    columns: [
      { key: "code", header: "编号", width: 14 },
      { key: "title", header: "指标", width: 28, wrap: true },
      { key: "notice", header: "整改要求", width: 44, wrap: true },
      { key: "deadline", header: "整改期限", width: 12 },
      { key: "state", header: "状态", width: 10, align: "center" },
      { key: "issuedBy", header: "下发人", width: 14 },
      { key: "answer", header: "整改情况", width: 40, wrap: true },
      { key: "answeredBy", header: "提交人", width: 14 },
      { key: "answeredAt", header: "提交时间", width: 18 },
      { key: "late", header: "逾期整改", width: 10, align: "center" },
      { key: "returnReason", header: "退回原因", width: 30, wrap: true },
      { key: "closedAt", header: "销号时间", width: 18 },
      { key: "closingNote", header: "销号意见", width: 40, wrap: true },
    ],
    rows: view.rectifications.map((r) => ({
      kind: "data",
      cells: {
        code: r.code,
        title: r.title,
        notice: r.notice,
        deadline: r.deadline,
        state: m.review.rectState[r.state],
        issuedBy: names.get(r.issuedById) ?? "",
        answer: r.answer ?? "",
        answeredBy: r.answeredById ? (names.get(r.answeredById) ?? "") : "",
        answeredAt: r.answeredAt ? formatInTimeZone(r.answeredAt) : "",
        late: r.late ? "是" : "",
        returnReason: r.returnReason ?? "",
        closedAt: r.closedAt ? formatInTimeZone(r.closedAt) : "",
        closingNote: r.closingNote ?? "",
      },
    })),
  };
}

/**
 * `names`: user id → display name for authors and issuers. The workbook ends with 逐项清单: the named items
 * of the count targets dated on or before the period end (what the snapshot could count), withdrawn ones
 * with their reason; `items` when the caller has loaded the plan's items, otherwise they are loaded here.
 */
export async function buildReviewPack(
  view: ReviewView,
  names: Map<string, string>,
  format: "xlsx" | "csv",
  items?: readonly CountItemView[],
): Promise<ReviewPack> {
  const base = `复核包-${view.review.periodKey}-${REVIEW_KIND_NAME[view.review.kind]}`;
  const ascii = `review-pack-${view.review.periodKey}`;
  const main = mainSheet(view);
  if (format === "csv") {
    return { fileName: `${base}.csv`, asciiName: `${ascii}.csv`, contentType: "text/csv; charset=utf-8", body: tableToCsv(main) };
  }
  const workbook = newWorkbook();
  const sheet = addTableSheet(workbook, main);
  main.flagged?.forEach((status, i) => flagRow(sheet, i + 2, main.columns.length, status));
  addTableSheet(workbook, commentsSheet(view, names));
  addTableSheet(workbook, rectificationsSheet(view, names));
  const periodEnd = view.review.periodEnd;
  const inPeriod = (await itemsOf(view.plan.id, items)).filter((i) => i.date <= periodEnd);
  addTableSheet(
    workbook,
    itemsTable(
      inPeriod,
      view.rows.map((r) => ({ id: r.targetId, code: r.code, title: r.title, kind: r.target.kind })),
      { title: `${view.plan.unitName} ${view.review.periodName}${REVIEW_KIND_NAME[view.review.kind]}`, footer: `期末：${periodEnd}` },
    ),
  );
  return {
    fileName: `${base}.xlsx`,
    asciiName: `${ascii}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: await workbookBytes(workbook),
  };
}

/** 逾期 / 滞后 rows are tinted so a printed 督查表 shows them at a glance (the 需关注 column says it in words). */
function flagRow(sheet: XlsxSheet, rowNumber: number, columns: number, status: string) {
  const fill = FLAG_FILL[status];
  if (!fill) return;
  for (let j = 1; j <= columns; j++) {
    const cell = cellAt(sheet, rowNumber, j);
    cell.style = { ...cell.style, fill };
  }
}
