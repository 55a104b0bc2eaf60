import type { DutyListView } from "../duties/duty-views";
import { addTableSheet, newWorkbook, workbookBytes, type ColumnSpec, type TableRow, type TableSpec } from "../sheets/table-sheet";
import { columnLetter, type XlsxSheet } from "../sheets/xlsx-writer";

/**
 * 责任清单 as a workbook, laid out like the source's tables: 部门职责 (one row per 具体工作事项; 序号 and 主要职责
 * are merged down over the duty's rows, as in the source), 职责边界 (one row per 相关部门; the boundary's
 * other cells merged over its parties) and 公共服务事项. Header row frozen, columns sized, text wrapped; row
 * heights are set from the text's length because spreadsheet programs do not grow rows for merged cells.
 * The exports are in Chinese, the bureau's working language.
 */

type DutyColumn = "seq" | "duty" | "item" | "section" | "phone";
type BoundaryColumn = "seq" | "matter" | "department" | "division" | "legalBasis" | "caseText";
type ServiceColumn = "seq" | "name" | "content" | "section" | "phone";

const DUTY_COLUMNS: ColumnSpec<DutyColumn>[] = [
  { key: "seq", header: "序号", width: 6, align: "center" },
  { key: "duty", header: "主要职责", width: 44, wrap: true },
  { key: "item", header: "具体工作事项", width: 44, wrap: true },
  { key: "section", header: "责任科室", width: 16, wrap: true },
  { key: "phone", header: "联系方式", width: 11, align: "center" },
];

const BOUNDARY_COLUMNS: ColumnSpec<BoundaryColumn>[] = [
  { key: "seq", header: "序号", width: 6, align: "center" },
  { key: "matter", header: "管理事项", width: 16, wrap: true },
  { key: "department", header: "相关部门", width: 18, wrap: true },
  { key: "division", header: "职责分工", width: 44, wrap: true },
  { key: "legalBasis", header: "相关依据", width: 36, wrap: true },
  { key: "caseText", header: "案例", width: 32, wrap: true },
];

const SERVICE_COLUMNS: ColumnSpec<ServiceColumn>[] = [
  { key: "seq", header: "序号", width: 6, align: "center" },
  { key: "name", header: "服务事项", width: 24, wrap: true },
  { key: "content", header: "主要工作内容", width: 60, wrap: true },
  { key: "section", header: "承办机构", width: 16, wrap: true },
  { key: "phone", header: "联系电话", width: 11, align: "center" },
];

/** Sheet names, in order. */
export const DUTY_SHEETS = { duties: "部门职责", boundaries: "职责边界", services: "公共服务事项" } as const;

/** A run of rows whose cells in `columns` are merged into the run's first row. */
interface Merge<K extends string> {
  first: number;
  count: number;
  columns: K[];
}

function dutyTable(list: DutyListView): { spec: TableSpec<DutyColumn>; merges: Merge<DutyColumn>[] } {
  const rows: TableRow<DutyColumn>[] = [];
  const merges: Merge<DutyColumn>[] = [];
  for (const d of list.duties) {
    const first = rows.length;
    if (d.items.length === 0) rows.push({ kind: "data", cells: { seq: d.seq, duty: d.text } });
    d.items.forEach((item, i) => {
      rows.push({
        kind: "data",
        cells: {
          seq: i === 0 ? d.seq : null,
          duty: i === 0 ? d.text : null,
          item: item.text,
          section: item.section?.name ?? null,
          phone: item.phone,
        },
      });
    });
    if (rows.length - first > 1) merges.push({ first, count: rows.length - first, columns: ["seq", "duty"] });
  }
  return {
    spec: {
      name: DUTY_SHEETS.duties,
      title: `${list.unit.name}责任清单 · 一、部门职责`,
      footer: footer(list),
      columns: DUTY_COLUMNS,
      rows,
    },
    merges,
  };
}

function boundaryTable(list: DutyListView): { spec: TableSpec<BoundaryColumn>; merges: Merge<BoundaryColumn>[] } {
  const rows: TableRow<BoundaryColumn>[] = [];
  const merges: Merge<BoundaryColumn>[] = [];
  for (const b of list.boundaries) {
    const first = rows.length;
    const parties = b.parties.length ? b.parties : [null];
    parties.forEach((p, i) => {
      rows.push({
        kind: "data",
        cells: {
          seq: i === 0 ? b.seq : null,
          matter: i === 0 ? b.matter : null,
          department: p?.department ?? null,
          division: p?.division ?? null,
          legalBasis: i === 0 ? b.legalBasis : null,
          caseText: i === 0 ? b.caseText : null,
        },
      });
    });
    if (parties.length > 1) merges.push({ first, count: parties.length, columns: ["seq", "matter", "legalBasis", "caseText"] });
  }
  return {
    spec: {
      name: DUTY_SHEETS.boundaries,
      title: `${list.unit.name}责任清单 · 二、与相关部门的职责边界`,
      footer: footer(list),
      columns: BOUNDARY_COLUMNS,
      rows,
    },
    merges,
  };
}

function serviceTable(list: DutyListView): TableSpec<ServiceColumn> {
  return {
    name: DUTY_SHEETS.services,
    title: `${list.unit.name}责任清单 · 四、公共服务事项`,
    footer: footer(list),
    columns: SERVICE_COLUMNS,
    rows: list.publicServices.map((s) => ({
      kind: "data",
      cells: { seq: s.seq, name: s.name, content: s.content, section: s.section?.name ?? null, phone: s.phone },
    })),
  };
}

const footer = (list: DutyListView) => (list.search ? `检索：${list.search}` : "");

/**
 * Lines a text needs in a column `width` characters wide: a CJK character takes about two of Excel's
 * character widths, Latin letters and digits one; line breaks start new lines.
 */
export function estimateLines(text: string | number | null | undefined, width: number): number {
  if (text === null || text === undefined || text === "") return 1;
  const perLine = Math.max(1, width - 1);
  return String(text)
    .split("\n")
    .reduce((n, line) => {
      let units = 0;
      for (const ch of line) units += ch.charCodeAt(0) <= 0xff ? 1 : 2;
      return n + Math.max(1, Math.ceil(units / perLine));
    }, 0);
}

const LINE_HEIGHT = 15.5;

/** Merges the runs and sets every row's height so the longest cell, merged or not, shows in full. */
function layout<K extends string>(sheet: XlsxSheet, spec: TableSpec<K>, merges: Merge<K>[]) {
  const merged = (row: number, key: K) => merges.some((m) => row >= m.first && row < m.first + m.count && m.columns.includes(key));
  const lines = spec.rows.map((r, i) =>
    Math.max(1, ...spec.columns.filter((c) => !merged(i, c.key)).map((c) => estimateLines(r.cells[c.key], c.width))),
  );
  for (const m of merges) {
    const needed = Math.max(
      ...m.columns.map((k) => estimateLines(spec.rows[m.first].cells[k], spec.columns.find((c) => c.key === k)!.width)),
    );
    const have = lines.slice(m.first, m.first + m.count).reduce((a, b) => a + b, 0);
    if (needed > have) {
      // spread the missing lines over the run's rows
      const extra = needed - have;
      for (let i = 0; i < m.count; i++) lines[m.first + i] += Math.floor(extra / m.count) + (i < extra % m.count ? 1 : 0);
    }
    for (const key of m.columns) {
      const col = spec.columns.findIndex((c) => c.key === key) + 1;
      // sheet rows: header in 1, data from 2
      (sheet.merges ??= []).push(`${columnLetter(col)}${m.first + 2}:${columnLetter(col)}${m.first + m.count + 1}`);
    }
  }
  // sheet.rows[0] is the header
  lines.forEach((n, i) => {
    sheet.rows[i + 1].height = Math.round(n * LINE_HEIGHT * 10) / 10 + 4;
  });
}

export async function dutyWorkbook(list: DutyListView): Promise<Uint8Array> {
  const workbook = newWorkbook();
  workbook.title = `${list.unit.name}责任清单`;
  const duties = dutyTable(list);
  layout(addTableSheet(workbook, duties.spec), duties.spec, duties.merges);
  const boundaries = boundaryTable(list);
  layout(addTableSheet(workbook, boundaries.spec), boundaries.spec, boundaries.merges);
  const services = serviceTable(list);
  layout(addTableSheet(workbook, services), services, []);
  return workbookBytes(workbook);
}

/** "湘阴县科技局责任清单" (+ "-检索-专利" for a filtered export) */
export function dutyFileName(list: DutyListView): string {
  return `${list.unit.name}责任清单${list.search ? `-检索-${list.search}` : ""}`;
}
