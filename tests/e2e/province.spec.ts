import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, snap } from "./helpers";

/** Province accounts land on the province page (they have no plan of their own). */
async function signInProvince(page: Page, username: string) {
  await page.goto("/sign-in");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/province\//);
}

const cityRow = (page: Page, name: string) => page.locator(`[data-testid=city-row][data-unit="${name}"]`);

test.describe("省厅考核组", () => {
  test("compares the cities, records 益阳's 市州人民政府绩效考核结果 and scores its 创新创优; the grade follows, and says why", async ({
    page,
  }) => {
    await signInProvince(page, "sheng-assessor");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("湖南省科技厅 · 市州绩效对比");
    // 常德 (demo: 益阳's figures × 1.1) first, 益阳, 岳阳 (× 0.7); 益阳 510.05 of 680 = 75.0%: 合格
    await expect(page.getByTestId("city-row")).toHaveCount(3);
    await expect(page.getByTestId("rank")).toHaveText(["1", "2", "3"]);
    const yiyang = cityRow(page, "益阳市科技局");
    await expect(yiyang.getByTestId("rank")).toHaveText("2");
    await expect(yiyang.getByTestId("total")).toHaveText("510.05 / 680");
    await expect(yiyang.getByTestId("grade")).toHaveText("合格");
    await expect(page.getByTestId("shared-targets")).toContainText("高企数量增长");
    await snap(page, "province-1366");

    // the Excel file holds the same ranking
    const download = page.waitForEvent("download");
    await page.getByTestId("export-province").click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("湖南省科技厅-2013年市州绩效对比.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path())!);
    const sheet = workbook.worksheets[0];
    expect([2, 3, 4].map((r) => sheet.getRow(r).getCell(2).value)).toEqual([
      "常德市科技局（演示）",
      "益阳市科技局",
      "岳阳市科技局（演示）",
    ]);
    expect(sheet.getRow(3).getCell(3).value).toBe("合格");

    // 市州人民政府绩效考核结果 不合格: 合格 stays 合格, but 益阳 can no longer be 评先评优, and the row says so
    await yiyang.getByTestId("external-result").selectOption("FAIL");
    await yiyang.getByTestId("external-doc").fill("益政发〔2014〕1号");
    await yiyang.getByRole("button", { name: "保存" }).click();
    await expect(yiyang.getByTestId("external")).toHaveText("不合格 · 益政发〔2014〕1号");
    await expect(yiyang.getByTestId("grade-note")).toHaveText("市州人民政府绩效考核结果为不合格（益政发〔2014〕1号），不能评先评优。");

    // 省厅评分 on 益阳's score sheet: 创新创优 40 of 80 (the city has declared nothing: 0) → 550.05, 80.9%: 良好
    await yiyang.getByRole("link", { name: "益阳市科技局" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("年终考评计分表");
    const summary = page.getByTestId("grade-summary");
    await expect(summary.getByTestId("grade")).toHaveText(/合格/);
    const innovation = page.locator('[data-testid=province-score-row][data-code="二.(一).5"]');
    await innovation.getByLabel("二.(一).5 省厅评分").fill("40");
    await innovation.getByRole("button", { name: "保存" }).click();
    await expect(innovation.getByRole("alert")).toContainText("请填写评分说明");
    await innovation.getByLabel("二.(一).5 评分说明").fill("申报材料齐全，认定市级创新成果一项");
    await innovation.getByRole("button", { name: "保存" }).click();
    await expect(summary.getByTestId("grade-basis")).toHaveText("按省厅评分 550.05 / 680 分（80.9%）");
    await expect(summary.getByTestId("grade")).toHaveText(/良好/);
    await expect(summary.getByTestId("grade-note")).toContainText("不能评先评优");
    // the province's 考核组 enters nothing of the city's own scoring
    await expect(page.getByTestId("grade-bands-form")).toHaveCount(0);
    await snap(page, "province-score-sheet");

    // leave the demo as found: withdraw the score (with a note), record 合格
    await innovation.getByRole("button", { name: "撤回" }).click();
    await expect(summary.getByTestId("grade-basis")).toHaveText("按本单位考核得分 510.05 / 680 分（75%）");
    await page.goBack();
    await page.reload();
    await cityRow(page, "益阳市科技局").getByTestId("external-result").selectOption("PASS");
    await cityRow(page, "益阳市科技局").getByTestId("external-doc").fill("益政发〔2014〕2号");
    await cityRow(page, "益阳市科技局").getByRole("button", { name: "保存" }).click();
    await expect(cityRow(page, "益阳市科技局").getByTestId("external")).toHaveText("合格 · 益政发〔2014〕2号");
    await expect(cityRow(page, "益阳市科技局").getByTestId("grade-note")).toHaveCount(0);
  });

  test("the 省厅领导 reads the page (no forms) on a phone and in English; a city's leader is refused it", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInProvince(page, "sheng-leader");
    await expect(page.getByTestId("city-row")).toHaveCount(3);
    await expect(page.getByTestId("external-form")).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snap(page, "province-390");
    await page.context().addCookies([{ name: "lang", value: "en", url: page.url() }]);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("湖南省科技厅 · City bureaus compared");
    await expect(page.getByTestId("city-row").first().getByTestId("grade")).toHaveText(/Excellent|Good|Pass|Fail/);
    await snap(page, "province-390-en");
    const url = page.url();
    await page.context().clearCookies();
    await page.goto("/sign-in");
    await page.getByLabel("用户名").fill("leader");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/plans\//);
    const res = await page.goto(url);
    expect(res?.status()).toBeGreaterThanOrEqual(400);
  });
});
