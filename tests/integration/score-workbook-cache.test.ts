// The year-end XLSX's 小计 and 总分 formulas carry their results (#14, item 7): 创新创优 has no declared score yet at
// the demo's 2013-12-31, so its 小计 is =SUM(…) worth 0 — and a 0 must be there for a viewer that never recalculates,
// and read as 0 by this app's own XLSX reader (lib/server/sheets/read-workbook.ts, which the 本月填报表 and plan
// imports use), not as an empty cell: ExcelJS's cell.value copy leaves out a result of 0.
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { scoreWorkbook } from "../../lib/server/export/score-workbook";
import { findScoreSheet, type ScoreSheetView } from "../../lib/server/scores/find-score-sheet";
import { loadWorkbook, worksheetRows } from "../../lib/server/sheets/read-workbook";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";

let sheet: ScoreSheetView;
let bytes: Uint8Array;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  sheet = await findScoreSheet({ planId: seeded.loaded!.planId, asOf: "2013-12-31" });
  bytes = await scoreWorkbook(sheet);
});

/** Column letters of 分值 · 计算得分 · 最终得分 · 考核得分 in the score sheet. */
const SUMMED = { points: 10, computed: 11, final: 12, awarded: 15 };

describe("the year-end score workbook's cached formula results", () => {
  it("caches a number with every formula of the score sheet, 0 included", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const formulas = [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(<f>[^<]*<\/f>)(<v>([^<]*)<\/v>)?<\/c>/g)];
    expect(formulas.length).toBeGreaterThan(20);
    expect(formulas.filter((f) => f[4] === undefined || !Number.isFinite(Number(f[4]))).map((f) => f[1])).toEqual([]);
  });

  it("reads 创新创优 小计 back as the service's figures — 0 as 0, not as an empty cell", async () => {
    const innovation = sheet.areas.find((a) => a.name === "创新创优")!;
    expect(innovation.subtotal.computedScore).toBe(0);
    const rows = worksheetRows((await loadWorkbook(bytes)).worksheets[0]);
    const subtotal = rows.find((r) => r.cells[0] === "创新创优 小计")!;
    const at = (column: number) => subtotal.cells[column - 1];
    expect([at(SUMMED.points), at(SUMMED.computed), at(SUMMED.final), at(SUMMED.awarded)]).toEqual([
      String(innovation.pointsSum),
      "0",
      "0",
      "0",
    ]);
    // and every subtotal and total row reads as the service computed it
    const totals = rows.filter((r) => r.cells[0].endsWith("小计") || ["工作业绩", "科技投入与保障", "总分"].includes(r.cells[0]));
    expect(totals.every((r) => r.cells[SUMMED.final - 1] !== "")).toBe(true);
    expect(Number(rows.find((r) => r.cells[0] === "总分")!.cells[SUMMED.final - 1])).toBeCloseTo(sheet.overall.finalScore, 6);
  });
});
