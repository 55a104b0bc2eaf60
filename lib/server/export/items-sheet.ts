import { findItemsByPlan, type CountItemView } from "../items/find-items";
import type { TableRow, TableSpec } from "../sheets/table-sheet";
import { messages } from "../../i18n/messages";

/**
 * 逐项清单: every named item behind the plan's count targets (组建市级工程技术研究中心4家 → the four centres),
 * withdrawn ones included with their reason, as a sheet of the score workbook and of the review pack.
 */
export const ITEMS_SHEET_NAME = "逐项清单";

type Column = "code" | "target" | "name" | "date" | "section" | "docNumber" | "status" | "reason";

export interface ItemSheetTarget {
  id: string;
  code: string;
  title: string;
  kind: string;
}

/** 有效 / 已撤回: the catalogue's labels (the sheet is Chinese, like every export) */
const STATUS_NAME: Record<string, string> = { ACTIVE: messages.zh.items.ACTIVE, WITHDRAWN: messages.zh.items.WITHDRAWN };

/** Items under their targets in the plan's order, each target's items by date (then as entered, then by name). */
export function itemsTable(
  items: readonly CountItemView[],
  targets: readonly ItemSheetTarget[],
  options: { title: string; footer?: string },
): TableSpec<Column> {
  const counted = targets.filter((t) => t.kind === "COUNT");
  const byTarget = new Map<string, CountItemView[]>(counted.map((t) => [t.id, []]));
  for (const item of items) byTarget.get(item.targetId)?.push(item);
  const rows: TableRow<Column>[] = counted.flatMap((t) =>
    byTarget
      .get(t.id)!
      .sort(
        (a, b) =>
          a.date.localeCompare(b.date) || a.createdAt.getTime() - b.createdAt.getTime() || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
      )
      .map((item) => ({
        kind: "data" as const,
        cells: {
          code: t.code,
          target: t.title,
          name: item.name,
          date: item.date,
          section: item.section?.name ?? "",
          docNumber: item.docNumber ?? "",
          status: STATUS_NAME[item.status] ?? item.status,
          reason: item.status === "WITHDRAWN" ? (item.reason ?? "") : "",
        },
      })),
  );
  return {
    name: ITEMS_SHEET_NAME,
    title: `${options.title} · ${ITEMS_SHEET_NAME}`,
    footer: options.footer,
    columns: [
      { key: "code", header: "指标编号", width: 15 },
      { key: "target", header: "指标", width: 28, wrap: true },
      { key: "name", header: "事项名称", width: 40, wrap: true },
      { key: "date", header: "日期", width: 12, align: "center" },
      { key: "section", header: "责任科室", width: 12 },
      { key: "docNumber", header: "批准文号", width: 26, wrap: true },
      { key: "status", header: "状态", width: 9, align: "center" },
      { key: "reason", header: "撤回原因", width: 30, wrap: true },
    ],
    rows,
  };
}

/** The plan's items when the caller has not loaded them: one query whatever the plan's size. */
export async function itemsOf(planId: string, items?: readonly CountItemView[]): Promise<readonly CountItemView[]> {
  return items ?? findItemsByPlan(planId);
}
