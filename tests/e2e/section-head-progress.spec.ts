import { expect, test } from "@playwright/test";
import { row, signIn, snap } from "./helpers";

test.describe("section head: recording progress", () => {
  test("sees only the section's targets as editable, records the third centre with a note and a file, the chart moves", async ({ page }) => {
    await signIn(page, "jihua");
    const dashboard = page.url();
    // 计划科 owns the three 创新能力建设 targets and nothing else.
    await expect(page.getByTestId("editable")).toHaveCount(3);
    await expect(row(page, "二.(一).3.(3)").getByTestId("editable")).toHaveCount(1);
    await expect(row(page, "二.(一).1.(1)").getByTestId("editable")).toHaveCount(0);
    await row(page, "二.(一).3.(3)").getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("市级工程技术研究中心");
    await expect(page.getByTestId("latest-value")).toContainText("2 家");
    const chart = page.getByTestId("target-chart");
    await expect(chart).toHaveAttribute("data-points", "2");

    // A wrong value gets a Chinese message and nothing is written.
    await page.getByLabel(/完成值/).fill("-1");
    await page.getByRole("button", { name: "提交" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "完成值不能为负数" })).toBeVisible();
    await snap(page, "target-form-error");
    await expect(chart).toHaveAttribute("data-points", "2");

    await page.getByLabel(/完成值/).fill("3");
    await page.getByLabel("报送日期").fill("2013-12-05");
    await page.getByLabel("情况说明").fill("益阳某公司市级工程中心获批（e2e）");
    await page.getByLabel(/佐证文件/).setInputFiles({ name: "益科发〔2013〕45号.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 e2e") });
    await page.getByRole("button", { name: "提交" }).click();
    await expect(page.getByRole("status")).toHaveText("已保存");
    await expect(chart).toHaveAttribute("data-points", "3");
    await expect(page.getByTestId("latest-value")).toContainText("3 家");
    const newest = page.getByTestId("entry-row").first();
    await expect(newest).toContainText("益阳某公司市级工程中心获批（e2e）");
    await expect(newest.getByRole("link", { name: "益科发〔2013〕45号.pdf" })).toBeVisible();
    const pdf = await page.request.get((await newest.getByRole("link", { name: "益科发〔2013〕45号.pdf" }).getAttribute("href"))!);
    expect(await pdf.text()).toBe("%PDF-1.4 e2e");
    await snap(page, "target-after-record");

    await page.goto(dashboard);
    await expect(row(page, "二.(一).3.(3)").getByTestId("latest")).toHaveText("3 家");
    await expect(row(page, "二.(一).3.(3)")).toContainText("75%");
  });

  test("the leader sees the change and its history; another section's head cannot edit", async ({ page }) => {
    await signIn(page, "leader");
    await expect(page.getByTestId("editable")).toHaveCount(0);
    await row(page, "二.(一).3.(3)").getByRole("link").first().click();
    const newest = page.getByTestId("entry-row").first();
    await expect(newest).toContainText("益阳某公司市级工程中心获批（e2e）");
    await expect(newest).toContainText("计划科负责人（演示）");
    // The target's own audit trail: who changed what, old → new.
    const trail = page.getByTestId("audit-table");
    await expect(trail).toContainText("报送进度");
    await expect(trail).toContainText("计划科负责人（演示）");
    await expect(trail).toContainText("→ 3");
    await expect(page.getByTestId("progress-form")).toHaveCount(0);
    await page.getByRole("button", { name: "退出" }).click();

    await signIn(page, "gaoxin");
    await row(page, "二.(一).3.(3)").getByRole("link").first().click();
    await expect(page.getByTestId("progress-form")).toHaveCount(0);
    await expect(page.getByText("您的账号不能填报此指标。")).toBeVisible();
    await expect(page.getByRole("button", { name: "更正或撤回" })).toHaveCount(0);
  });

  test("withdraws a report with a reason; it stays on record, struck through", async ({ page }) => {
    await signIn(page, "chengguo");
    await row(page, "二.(一).4.(3)").getByRole("link").first().click();
    await expect(page.getByTestId("latest-value")).toContainText("1 项");
    await page.getByRole("button", { name: "更正或撤回" }).first().click();
    await page.getByLabel("撤回此记录").check();
    await page.getByLabel("原因（必填）").fill("项目未通过验收（e2e）");
    await page.getByRole("button", { name: "确认" }).click();
    await expect(page.getByTestId("entry-row").first()).toHaveAttribute("data-action", "WITHDRAWAL");
    await expect(page.getByTestId("entry-row").first()).toContainText("项目未通过验收（e2e）");
    await expect(page.getByTestId("entry-row").nth(1)).toHaveAttribute("data-counts", "false");
    await expect(page.getByTestId("latest-value")).toHaveText("—");
    await snap(page, "target-after-withdrawal");
  });

  test("reports the month in one pass from the section page's quick entry", async ({ page }) => {
    await signIn(page, "nongshe");
    const url = new URL(page.url());
    await page.goto(`${url.pathname}?asOf=2013-11-30`);
    await page.getByRole("link", { name: /^农社科/ }).click();
    const quick = page.getByTestId("quick-entry");
    await expect(quick.getByTestId("quick-row")).not.toHaveCount(0);
    const line = quick.locator('[data-code="二.(一).2.(3)③"]');
    await line.getByLabel(/完成值/).fill("2");
    await line.getByLabel(/情况说明/).fill("第二个农村科普基地挂牌（e2e）");
    await line.getByRole("button", { name: /保存/ }).click();
    // Done now, so it leaves the list of what is still owed this month.
    await expect(quick.locator('[data-code="二.(一).2.(3)③"]')).toHaveCount(0);
    await snap(page, "section-quick-entry");
  });
});
