import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { signIn, snap } from "./helpers";

const PLATFORM = "二.(一).3.(1)"; // 计划科's milestone (window 5–11月); the demo reports it done on 2013-09-26
const CENTRES = "二.(一).3.(3)"; // 计划科's count target: named items only
const NOTE = "黑茶平台8月通过验收（e2e 本月填报表）";
/** the milestone's row as the section head fills it: done on 28 August, with a note and a link */
const DONE_IN_AUGUST = {
  本月完成值: 1,
  报送日期: new Date("2013-08-28T00:00:00.000Z"),
  情况说明: NOTE,
  佐证链接: "https://kjj.yiyang.gov.cn/heicha",
};

/** Full-page screenshots from the top, so sticky table headers stay on their tables. */
async function snapTop(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, name);
}

/** Fills the downloaded sheet as a person would in Excel, and saves it under a new name. */
async function filled(source: string, rows: Record<string, Record<string, string | number | Date | null>>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(source);
  const sheet = workbook.getWorksheet("本月填报")!;
  const header = Array.from(sheet.getRow(1).values as unknown[], (v) => String(v ?? ""));
  const col = (name: string) => header.findIndex((h) => h.startsWith(name));
  sheet.eachRow((row, n) => {
    const code = String(row.getCell(col("指标编号")).value ?? "");
    if (n === 1 || !rows[code]) return;
    for (const [name, value] of Object.entries(rows[code])) row.getCell(col(name)).value = value;
  });
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "month-sheet-")), "计划科-2013年8月填报表（已填）.xlsx");
  await workbook.xlsx.writeFile(out);
  return out;
}

test.describe("section head: this month's sheet", () => {
  test("downloads 8月's sheet, fills it in, sees the check's problems by row, imports the clean one, sees the figure", async ({ page }) => {
    await signIn(page, "jihua");
    await page.getByRole("link", { name: "科室", exact: true }).click();
    const panel = page.getByTestId("month-sheet");
    await expect(panel.getByRole("heading", { name: "本月填报表" })).toBeVisible();
    await panel.getByLabel("月份").selectOption({ label: "2013年8月" });

    const downloading = page.waitForEvent("download");
    await panel.getByRole("link", { name: /^下载 Excel\s*（2013年8月的本月填报表）$/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("计划科-2013年8月填报表.xlsx");
    const source = await download.path();

    // the sheet as downloaded: the milestone not yet done by 31 August, the count target read-only
    const check = new ExcelJS.Workbook();
    await check.xlsx.readFile(source);
    const rows = check.getWorksheet("本月填报")!.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => r[1])).toEqual(["二.(一).3.(1)", "二.(一).3.(2)", "二.(一).3.(3)"]);

    // first try: a figure typed on the count target too — the check names its row, nothing can be imported
    const file = panel.getByLabel(/填好的填报表/);
    await file.setInputFiles(
      await filled(source, {
        [PLATFORM]: DONE_IN_AUGUST,
        [CENTRES]: { 本月完成值: 3 },
      }),
    );
    const importButton = panel.getByRole("button", { name: "导入" });
    await expect(importButton).toBeDisabled();
    await panel.getByRole("button", { name: "检查" }).click();
    const problems = panel.getByTestId("month-sheet-problems");
    await expect(problems.getByRole("alert")).toHaveText("发现 1 处问题，一行也没有导入。请在表中改正后重新检查：");
    const problem = problems.locator("[data-testid=month-sheet-problem]");
    await expect(problem).toHaveCount(1);
    await expect(problem).toHaveAttribute("data-row", "4");
    await expect(problem).toContainText("逐项登记");
    await expect(importButton).toBeDisabled();
    await snapTop(page, "month-sheet-problems");

    // the corrected sheet: a clean check lists the row, then the import writes it
    await file.setInputFiles(
      await filled(source, {
        [PLATFORM]: DONE_IN_AUGUST,
      }),
    );
    await expect(importButton).toBeDisabled();
    await panel.getByRole("button", { name: "检查" }).click();
    const result = panel.getByTestId("month-sheet-result");
    await expect(result.getByRole("status")).toHaveText("检查无误：共 1 行可导入 另有 2 行未填写本月完成值，不导入。");
    await expect(result.locator(`[data-testid=month-sheet-row][data-code="${PLATFORM}"]`)).toContainText("2013年8月28日");
    await snapTop(page, "month-sheet-checked");
    await importButton.click();
    await expect(result.getByRole("status")).toContainText("已导入 1 行");
    await expect(importButton).toBeDisabled();
    await snapTop(page, "month-sheet-imported");

    // the target page as of 31 August: done, with the sheet's note and link, reported by 计划科's head
    await page.locator(`[data-testid=target-row][data-code="${PLATFORM}"]`).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("中国黑茶产业联盟创新服务平台");
    await page.goto(`${page.url().split("?")[0]}?asOf=2013-08-31`);
    await expect(page.getByTestId("latest-value")).toContainText("已完成");
    const entry = page.getByTestId("entry-row").filter({ hasText: NOTE });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText("计划科负责人（演示）");
    await expect(entry.getByRole("link", { name: /kjj\.yiyang\.gov\.cn/ })).toBeVisible();
    await snapTop(page, "month-sheet-target");
  });

  test("fits a phone: the panel's controls stay reachable by keyboard", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, "jihua");
    await page.getByRole("link", { name: "科室", exact: true }).click();
    const panel = page.getByTestId("month-sheet");
    await panel.getByLabel("月份").focus();
    await page.keyboard.press("Tab");
    await expect(panel.getByRole("link", { name: /下载.*填报表/ })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(panel.getByLabel(/填好的填报表/)).toBeFocused();
    const box = (await panel.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    await panel.scrollIntoViewIfNeeded();
    await snap(page, "month-sheet-phone");
  });
});
