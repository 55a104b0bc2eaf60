import { UNASSIGNED } from "../../domain/plan-validation";
import { CATEGORY_LABELS, KIND_LABELS, TEMPLATE_COLUMNS, type SheetRow, type TemplateKey } from "../../validation/plan-template";
import { loadWorkbook, worksheetRows } from "../sheets/read-workbook";
import { addTableSheet, newWorkbook, tableToCsv, workbookBytes, type TableRow, type TableSpec } from "../sheets/table-sheet";
import type { PlanEditorView } from "./find-plan-editor";

/**
 * The plan template as files: a plan (or nothing, for the blank template) → XLSX with a 填写说明 sheet, or
 * CSV; and an uploaded XLSX → rows of text. Export and import use the same columns
 * (lib/validation/plan-template.ts), so an exported plan imports back unchanged.
 */

export const TEMPLATE_SHEET = "指标";

export function planTemplateTable(editor: PlanEditorView | null): TableSpec<TemplateKey> {
  const rows: TableRow<TemplateKey>[] = (editor?.areas ?? []).flatMap((a) =>
    a.targets.map((t) => ({
      kind: "data" as const,
      cells: {
        areaCode: a.code,
        areaName: a.name,
        category: CATEGORY_LABELS[a.category],
        areaPoints: a.points,
        code: t.code,
        title: t.title,
        wording: t.wording,
        kind: KIND_LABELS[t.kind],
        measureUnit: t.measureUnit,
        targetValue: t.targetValue,
        baselineValue: t.baselineValue,
        startMonth: t.startMonth,
        endMonth: t.endMonth,
        windowText: t.windowText,
        owners: t.owners.length ? t.owners.map((o) => o.name).join("、") : UNASSIGNED,
        points: t.pointsOverride,
        remarks: t.remarks,
      },
    })),
  );
  return {
    name: TEMPLATE_SHEET,
    title: editor ? editor.plan.title : "绩效计划导入模板",
    footer: editor ? `${editor.plan.unitName} ${editor.plan.year} 年` : "每行一项指标；填写说明见“填写说明”工作表",
    columns: TEMPLATE_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width, wrap: c.width >= 14 })),
    rows,
  };
}

export async function planWorkbook(editor: PlanEditorView | null): Promise<Uint8Array> {
  const workbook = newWorkbook();
  addTableSheet(workbook, planTemplateTable(editor));
  addTableSheet(workbook, {
    name: "填写说明",
    title: "绩效计划导入模板 · 填写说明",
    footer: "第 1 行为表头，不要改动列名；每行一项指标，同一领域的各行重复填写领域信息",
    columns: [
      { key: "header", header: "列名", width: 12 },
      { key: "required", header: "必填", width: 6, align: "center" },
      { key: "help", header: "填写说明", width: 90, wrap: true },
    ],
    rows: TEMPLATE_COLUMNS.map((c) => ({
      kind: "data" as const,
      cells: { header: c.header, required: c.required ? "是" : "否", help: c.help },
    })),
  });
  return workbookBytes(workbook);
}

export function planCsv(editor: PlanEditorView | null): string {
  return tableToCsv(planTemplateTable(editor));
}

/** 益阳市科技局-2013-计划 */
export function planFileName(editor: PlanEditorView | null): string {
  return editor ? `${editor.plan.unitName}-${editor.plan.year}-计划` : "绩效计划导入模板";
}

/** The template sheet (or the first sheet) of an XLSX file as rows of text, with Excel's row numbers. */
export async function readWorkbookRows(bytes: Uint8Array): Promise<SheetRow[]> {
  const workbook = await loadWorkbook(bytes);
  const sheet = workbook.getWorksheet(TEMPLATE_SHEET) ?? workbook.worksheets[0];
  return sheet ? worksheetRows(sheet) : [];
}
