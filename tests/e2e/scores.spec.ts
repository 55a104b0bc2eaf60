import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { signIn, snap } from "./helpers";

const scoreRow = (page: Page, code: string) => page.locator(`[data-testid=score-row][data-code="${code}"]`);
const overallText = (page: Page) => page.getByTestId("total-overall").getByTestId("final");

test.describe("year-end score sheet", () => {
  test("the assessor declares 创新创优, adjusts a target with a reason, and the Excel total matches the page", async ({ page }) => {
    await signIn(page, "assessor");
    await page.getByTestId("score-sheet-link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("年终考评计分表");
    await expect(page.getByTestId("score-row")).toHaveCount(20);
    // By hand (tests/integration/scores.test.ts): 310.70 / 480 + 199.35 / 200 = 510.05 / 680, 创新创优 pending
    await expect(page.getByTestId("card-work")).toContainText("310.7");
    await expect(page.getByTestId("card-work")).toContainText("/ 480");
    await expect(page.getByTestId("card-funding")).toContainText("199.35");
    await expect(page.getByTestId("card-overall")).toContainText("510.05");
    await expect(page.getByTestId("card-overall")).toContainText("/ 680");
    await expect(overallText(page)).toHaveText("510.05");
    await expect(page.getByRole("note")).toContainText("尚有年末申报指标未填写申报得分");
    await snap(page, "scores-before");

    // 创新创优: an over-the-maximum score is refused in the form, then 72 of 80 is saved.
    const innovation = scoreRow(page, "二.(一).5");
    await innovation.getByLabel("申报得分").fill("90");
    await innovation.getByRole("button", { name: "保存申报得分" }).click();
    await expect(innovation.getByRole("alert")).toHaveText("申报得分不能超过该指标的分值 80 分");
    await innovation.getByLabel("申报得分").fill("72");
    await innovation.getByRole("button", { name: "保存申报得分" }).click();
    await expect(innovation.getByTestId("final")).toHaveText("72");
    await expect(overallText(page)).toHaveText("582.05");
    await expect(page.getByRole("note")).toHaveCount(0);

    // 二.(一).2.(1)② 4 of 5 = 80% → 13.33; the assessors count the fifth project: 16.67 needs a reason.
    const projects = scoreRow(page, "二.(一).2.(1)②");
    await expect(projects.getByTestId("computed")).toHaveText("13.33");
    await projects.getByRole("button", { name: "调整得分" }).click();
    await projects.getByLabel("调整后得分").fill("16.67");
    await projects.getByRole("button", { name: "保存", exact: true }).click();
    await expect(projects.getByRole("alert")).toHaveText("调整后得分与计算得分不同，请填写调整原因");
    await snap(page, "scores-adjust-refused");
    await projects.getByLabel("调整原因").fill("第五个项目12月已立项，材料齐全（e2e）");
    await projects.getByRole("button", { name: "保存", exact: true }).click();
    await expect(projects.getByTestId("final")).toContainText("16.67");
    await expect(projects.getByTestId("final")).toContainText("已调整");
    await expect(projects.getByTestId("reason")).toContainText("第五个项目12月已立项，材料齐全（e2e）");
    await expect(projects.getByTestId("reason")).toContainText("演示考核组");
    // 16.67 is the points as displayed; the final score is the exact 100/6: 582.049580 + 16.666667 − 13.333333 = 585.382913
    await expect(overallText(page)).toHaveText("585.38");
    await expect(page.getByTestId("card-overall")).toContainText("585.38");
    await snap(page, "scores-after");

    // The downloaded workbook's 总分 row (a SUM formula with its cached result) equals the page's total.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()]);
    expect(download.suggestedFilename()).toMatch(/年终考评计分表-2013-12-31\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const ws = workbook.getWorksheet("年终考评计分表")!;
    // 总分, then the 年终等次 line: 585.38 / 680 = 86.1%, 良好 under the default bands (良好 from 80%)
    const totalRow = ws.getRow(ws.rowCount - 1);
    expect(totalRow.getCell(1).value).toBe("总分");
    expect([ws.getRow(ws.rowCount).getCell(1).value, ws.getRow(ws.rowCount).getCell(3).value]).toEqual(["年终等次", "良好"]);
    const final = totalRow.getCell(12).value as { formula: string; result: number };
    expect(final.formula).toMatch(/^SUM\(L\d+,L\d+\)$/);
    const shown = Number((await overallText(page).textContent())!.replace(/,/g, ""));
    expect(Math.round(final.result * 100) / 100).toBe(shown);
    expect((totalRow.getCell(10).value as { result: number }).result).toBe(680);

    // Printed: A4 landscape via @media print, a header with the plan title and date, no controls.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("print-header")).toBeVisible();
    await expect(page.getByTestId("print-header")).toContainText("湖南省益阳市科技局2013年绩效计划书 · 年终考评计分表");
    await expect(page.getByTestId("print-header")).toContainText("2013年12月31日");
    await expect(page.getByRole("button", { name: "调整得分" }).first()).toBeHidden();
    await expect(page.getByTestId("export-xlsx")).toBeHidden();
    // On A4 landscape (273 mm inside the 12 mm margins) the header's text ends inside the page, off its edge, and the
    // sheet fits the page's width; the assessors sign and date it under the table.
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: 1032, height: viewport.height });
    const header = await page.getByTestId("print-header").evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const text = [...range.getClientRects()].map((r) => r.right);
      return { textRight: Math.max(...text), overflow: el.scrollWidth - el.clientWidth };
    });
    const a4Landscape = (273 / 25.4) * 96;
    expect(header.overflow).toBeLessThanOrEqual(0);
    expect(header.textRight).toBeLessThan(a4Landscape - 4);
    const table = await page.getByTestId("score-table").boundingBox();
    expect(table!.x + table!.width).toBeLessThanOrEqual(1032);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1032);
    const signatures = page.getByTestId("score-signatures");
    await expect(signatures).toBeVisible();
    await expect(signatures).toContainText("考核组（签字）：");
    await expect(signatures).toContainText("日期：");
    await snap(page, "scores-print");
    await page.setViewportSize(viewport);
    await page.emulateMedia({ media: "screen" });
    await expect(signatures).toBeHidden();

    // The scoring settings: per-area sums of the targets' points are shown as they are typed.
    const config = page.getByTestId("scoring-config");
    await config.locator("summary").click();
    await expect(config).toContainText("分值 Σ 100 / 100");
    await config.getByLabel("二.(一).1.(1) 分值").fill("60");
    await config.getByLabel("二.(一).1.(2) 分值").fill("30");
    await expect(config).toContainText("分值 Σ 90 / 100");
    await config.getByRole("button", { name: "保存设置" }).click();
    await expect(config.getByRole("alert")).toHaveText("「高新技术产业发展」各指标分值之和为 90 分，应等于该领域的 100 分");
    await config.screenshot({ path: "tests/output/screenshots/scores-config.png" });
    await expect(overallText(page)).toHaveText("585.38");
  });

  test("the leader reads the same figures without scoring controls", async ({ page }) => {
    await signIn(page, "leader");
    await page.getByTestId("score-sheet-link").click();
    await expect(overallText(page)).toHaveText("585.38");
    await expect(page.getByRole("button", { name: "调整得分" })).toHaveCount(0);
    await expect(page.getByTestId("scoring-config")).toHaveCount(0);
    const csv = await page.request.get((await page.getByTestId("export-csv").getAttribute("href"))!);
    expect(csv.status()).toBe(200);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // …then 自评分 (none yet), 考核得分 (the final score again), 差值, 自评说明
    // (the external result is whatever the province's journey left: it records 合格 when it is done)
    expect(bytes.toString("utf8")).toMatch(
      /\r\n总分,,,,,,,,,680\.00,582\.05,585\.38,,,585\.38,,\r\n年终等次,,良好,,,,,,,,,,良好 · 按本单位考核得分 585\.38 \/ 680 分（86\.1%） · 市州人民政府绩效考核结果：[^,]+,,,,\r\n$/,
    );
  });
});
