import type { Shape } from "./shape";

/**
 * Messages of the 本月填报表 panel on the section page (download the month's sheet, check it, import it).
 * Merged into lib/i18n/messages.ts at the top level; the English object must have the same keys (typecheck fails otherwise).
 */
export const monthSheetZh = {
  monthSheet: {
    title: "本月填报表",
    hint:
      "下载本科室该月的 Excel 填报表，在 Excel 或 WPS 中填写黄色单元格后上传：先“检查”，全部无误才能“导入”。" +
      "每一行与逐项填写相同：月份锁定、数值范围、版本（下载后有人更新过的指标会提示新值）、超过目标 10 倍须在“确认”列填“是”；" +
      "金额可按万元或亿元填写；数量类指标请逐项登记，表中只读。",
    month: "月份",
    monthOption: "{year}年{month}",
    download: "下载 Excel",
    /** after 下载 Excel, for screen readers: which month the link downloads */
    downloadMonth: "（{year}年{month}的本月填报表）",
    file: "填好的填报表（.xlsx，至多 2 MB）",
    check: "检查",
    checking: "正在检查…",
    import: "导入",
    importing: "正在导入…",
    chooseFile: "请选择填好的 .xlsx 文件",
    importHint: "检查无误后才能导入",
    ready: "检查无误：共 {n} 行可导入",
    skipped: "另有 {n} 行未填写本月完成值，不导入。",
    nothing: "表中没有填写本月完成值的行，没有可导入的内容。",
    problems: "发现 {n} 处问题，一行也没有导入。请在表中改正后重新检查：",
    row: "行号",
    column: "列",
    problem: "问题",
    wholeFile: "整个文件",
    target: "指标",
    value: "本月完成值",
    entered: "（按 {value} {unit} 填写）",
    reportedFor: "报送日期",
    link: "佐证链接",
    imported: "已导入 {n} 行：每一行都记为您的填报，并写入了操作日志。",
    tooLarge: "上传的文件过大（上限 2 MB）",
  },
};

export const monthSheetEn: Shape<typeof monthSheetZh> = {
  monthSheet: {
    title: "This month's sheet",
    hint:
      "Download the section's Excel sheet for a month, fill in the yellow cells in Excel or WPS and upload it: Check first; Import " +
      "is possible only when every row is valid. Each row is treated exactly like a typed report: month locks, value ranges, " +
      "versions (a target updated since the download names the newer value), values over 10× the target need 是 in the " +
      "confirmation column; amounts may be typed in 万元 or 亿元; count targets are read-only (register their items).",
    month: "Month",
    monthOption: "{month} {year}",
    download: "Download Excel",
    downloadMonth: " (the sheet for {month} {year})",
    file: "Filled-in sheet (.xlsx, 2 MB at most)",
    check: "Check",
    checking: "Checking…",
    import: "Import",
    importing: "Importing…",
    chooseFile: "Choose the filled-in .xlsx file",
    importHint: "Import is enabled after a clean check",
    ready: "No problems: {n} rows can be imported",
    skipped: "{n} more rows have no new figure and are left out.",
    nothing: "No row has a new figure: there is nothing to import.",
    problems: "{n} problems found; nothing was imported. Correct them in the sheet and check again:",
    row: "Row",
    column: "Column",
    problem: "Problem",
    wholeFile: "whole file",
    target: "Target",
    value: "New figure",
    entered: " (typed as {value} {unit})",
    reportedFor: "Report date",
    link: "Evidence link",
    imported: "{n} rows imported: each is recorded as your report and written to the audit log.",
    tooLarge: "The file is too large (2 MB at most)",
  },
};
