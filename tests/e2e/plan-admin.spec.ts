import { expect, test, type Page } from "@playwright/test";
import { createRequire } from "node:module";
import path from "node:path";
import { signIn, snap } from "./helpers";

// scripts/e2e-server.sh seeds the administrator with this password.
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? "admin-e2e-2013";

const HEADER =
  "领域编号,领域名称,领域类别,领域分值,指标编号,指标名称,计划原文,类型,单位,目标值,基数,开始月,结束月,时间原文,责任科室,分值,备注";

/** A three-target plan as the template's CSV (UTF-8 with BOM, as Excel saves it); rows 3 and 4 as given. */
function sheet(row3: string, row4: string): Buffer {
  const lines = [
    HEADER,
    "一,高新技术产业发展,工作业绩,100,一.1,高企数量增长,高企数量增长10%以上,增幅,家,10,133,1,12,1-12月份完成,高新办,40,",
    row3,
    row4,
  ];
  return Buffer.from("\uFEFF" + lines.join("\r\n") + "\r\n", "utf8");
}
const GOOD_3 =
  '一,高新技术产业发展,工作业绩,100,一.2,市级工程技术研究中心,"组建市级工程技术研究中心5家,其中农业类2家",数量,家,5,,6,12,6-12月完成,计划科、成果科,60,';
const GOOD_4 =
  "二,科技投入与保障,科技投入与保障,200,二.1,县(市、区)财政科技支出,县(市、区)财政科技支出:预计4000万元,金额,万元,4000,,,,,未指定,,";
// row 3: the window ends before it starts; row 4: a section the bureau does not have
const BAD_3 = GOOD_3.replace(",6,12,", ",11,6,");
const BAD_4 = GOOD_4.replace(",未指定,", ",办公室,");

/** Full-page screenshot from the top: a scrolled page would draw the sticky table header mid-table. */
async function snapTop(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, name);
}

const editRow = (page: Page, code: string) => page.locator(`[data-testid=target-edit-row][data-code="${code}"]`);

test.describe("administrator: plans over the years", () => {
  // The other journeys open "/" and expect the 2013 plan to be the bureau's newest: the plans this file adds
  // (the copy, the import) are removed from the throwaway e2e database afterwards (scripts/e2e-server.sh).
  test.afterAll(() => {
    // better-sqlite3 comes with Prisma's SQLite adapter (no type declarations of its own)
    type Sqlite = { pragma(p: string): unknown; prepare(sql: string): { run(): unknown }; close(): void };
    const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string, options: { fileMustExist: boolean }) => Sqlite;
    let sqlite: Sqlite | null = null;
    try {
      sqlite = new Database(path.resolve(`data/e2e-${process.env.E2E_PORT ?? 3107}.db`), { fileMustExist: true });
      sqlite.pragma("foreign_keys = ON");
      sqlite.prepare(`DELETE FROM "Plan" WHERE "year" > 2013 AND "unitId" = (SELECT "id" FROM "Unit" WHERE "name" = '益阳市科技局')`).run();
    } catch (e) {
      console.warn(`plan-admin: could not remove the plans it added (${String(e)})`);
    } finally {
      sqlite?.close();
    }
  });

  test("a leader sees the year-over-year view and the county rollup", async ({ page }) => {
    await signIn(page, "leader");
    // the 2013 plan, whatever later years a reused server already has
    const res = await page.request.post("/api/graphql", { data: { query: "{ plans { id year unitName } }" } });
    const { data } = (await res.json()) as { data: { plans: { id: string; year: number; unitName: string }[] } };
    const plan2013 = data.plans.find((p) => p.year === 2013 && p.unitName === "益阳市科技局")!;
    await page.goto(`/plans/${plan2013.id}`);
    await page.getByTestId("rollup-link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("县（市、区）汇总");
    await page.getByLabel("截至日期").fill("2013-12-31");
    await page.getByRole("button", { name: "查看" }).click();
    await expect(page.getByTestId("rollup-total")).toHaveText("3,865万元");
    await expect(page.getByTestId("rollup-county")).toHaveCount(3);
    await expect(page.getByTestId("rollup-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
    await snapTop(page, "plan-rollup");

    await page.goto(`/plans/${plan2013.id}`);
    await page.getByTestId("years-link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("历年对比");
    await expect(page.locator("[data-testid=years-row]")).toHaveCount(20);
    await snapTop(page, "plan-years");
  });

  test("copies the 2013 plan into the next year and edits a target of the copy", async ({ page, browser }) => {
    await signIn(page, "admin", ADMIN_PASSWORD);
    await page.getByTestId("edit-plan-link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("编辑计划：湖南省益阳市科技局2013年绩效计划书");
    await expect(page.locator("[data-testid=target-edit-row]")).toHaveCount(20);
    // a target with reports cannot be removed
    await expect(editRow(page, "二.(一).3.(3)").getByRole("button", { name: "删除 二.(一).3.(3)" })).toBeDisabled();
    await snapTop(page, "plan-editor-2013");

    // The copy form proposes the next free year (2014 on a fresh server).
    const copy = page.getByTestId("copy-plan-form");
    const year = await copy.getByLabel("年度").inputValue();
    await copy.getByRole("button", { name: "复制" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`编辑计划：湖南省益阳市科技局${year}年绩效计划书`);
    await expect(page).toHaveURL(/\/plans\/[^/]+\/edit$/);
    const copyUrl = page.url();
    await expect(page.getByRole("link", { name: "湖南省益阳市科技局2013年绩效计划书" })).toBeVisible();
    await expect(page.locator("[data-testid=target-edit-row]")).toHaveCount(20);
    await expect(editRow(page, "二.(一).3.(3)")).toContainText("计划科");
    await expect(editRow(page, "二.(一).3.(3)")).toContainText("6–12月");

    // Edit 二.(一).3.(3) in place: a reversed window is explained before anything is sent, then saved.
    await editRow(page, "二.(一).3.(3)").getByRole("button", { name: "编辑 二.(一).3.(3)" }).click();
    const form = page.getByTestId("target-edit-form");
    await form.getByLabel("指标名称").fill("市级工程技术研究中心（新建）");
    await form.getByLabel("目标值").fill("5");
    await form.getByLabel("开始月").selectOption("10");
    await form.getByLabel("结束月").selectOption("3");
    await form.getByLabel("成果科").check();
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form.getByRole("alert").filter({ hasText: "开始月（10月）不能晚于结束月（3月）" })).toBeVisible();
    await snapTop(page, "plan-editor-target-error");
    await form.getByLabel("结束月").selectOption("12");
    await form.getByRole("button", { name: "保存" }).click();
    const row = editRow(page, "二.(一).3.(3)");
    await expect(row).toContainText("市级工程技术研究中心（新建）");
    await expect(row).toContainText("5家");
    await expect(row).toContainText("10–12月");
    await expect(row).toContainText("计划科、成果科");

    // Move it up one place within its area.
    await row.getByRole("button", { name: "上移 二.(一).3.(3)" }).click();
    const area = page.locator('[data-testid=editor-area][data-code="二.(一).3"] [data-testid=target-edit-row]');
    await expect(area.nth(1)).toHaveAttribute("data-code", "二.(一).3.(3)");
    await snapTop(page, "plan-editor-copy-edited");

    // The change is in the audit log, old → new: read by the 审计管理员, since the administrator who made it
    // does not read the log (权限分离).
    const auditor = await (await browser.newContext()).newPage();
    await signIn(auditor, "audit");
    await auditor.goto("/audit");
    const logged = auditor.locator('[data-testid=audit-row][data-action=UPDATE_TARGET][data-code="二.(一).3.(3)"]').first();
    await expect(logged).toContainText("市级工程技术研究中心 → 市级工程技术研究中心（新建）");
    await expect(logged).toContainText("系统管理员");
    await snapTop(auditor, "plan-editor-audit");
    await auditor.context().close();

    // Year over year: the copy's targets next to their 2013 results.
    await page.goto(copyUrl.replace(/\/edit$/, "/years"));
    const years = page.locator('[data-testid=years-row][data-code="二.(一).3.(3)"]');
    await expect(years.locator("td[data-year='2013']")).toContainText("2家");
    await expect(years.locator(`td[data-year='${year}']`)).toContainText("—");
    await snapTop(page, "plan-years-two-years");
  });

  test("imports a plan: a sheet with two bad rows lists both with row numbers, the fixed sheet imports", async ({ page }) => {
    await signIn(page, "admin", ADMIN_PASSWORD);
    await page.getByTestId("import-plan-nav").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("导入计划");
    await expect(page.getByTestId("template-xlsx")).toHaveAttribute("href", "/api/plan-template?format=xlsx");

    const form = page.getByTestId("import-form");
    const file = form.getByLabel("文件（.xlsx 或 .csv，UTF-8）");
    await file.setInputFiles({ name: "计划-有误.csv", mimeType: "text/csv", buffer: sheet(BAD_3, BAD_4) });
    await form.getByRole("button", { name: "检查（试导入）" }).click();
    const problems = page.getByTestId("import-problem");
    await expect(problems).toHaveCount(2);
    await expect(page.getByTestId("import-problems")).toContainText("发现 2 处问题，未写入任何数据");
    await expect(problems.nth(0)).toHaveAttribute("data-row", "3");
    await expect(problems.nth(0)).toContainText("开始月（11月）不能晚于结束月（6月）");
    await expect(problems.nth(1)).toHaveAttribute("data-row", "4");
    await expect(problems.nth(1)).toContainText("责任科室「办公室」不是本单位的科室");
    await expect(page.getByTestId("confirm-import")).toHaveCount(0);
    await snapTop(page, "plan-import-problems");

    // The fixed sheet passes; the preview shows every row, then the import writes them.
    await file.setInputFiles({ name: "计划.csv", mimeType: "text/csv", buffer: sheet(GOOD_3, GOOD_4) });
    await form.getByRole("button", { name: "检查（试导入）" }).click();
    const preview = page.getByTestId("import-preview");
    await expect(preview).toContainText("检查通过：3 行，2 个领域，3 项指标，共 300 分");
    await expect(preview.locator("tbody tr")).toHaveCount(3);
    await snapTop(page, "plan-import-preview");
    await page.getByTestId("confirm-import").click();
    await expect(page.getByTestId("import-done")).toContainText("已导入：益阳市科技局");
    await page.getByTestId("import-done").getByRole("link", { name: "打开计划" }).click();
    await expect(page.locator("[data-testid=target-row]")).toHaveCount(3);
    await expect(page.locator('[data-testid=target-row][data-code="一.2"]')).toContainText("计划科");
    await snapTop(page, "plan-imported-dashboard");
  });
});
