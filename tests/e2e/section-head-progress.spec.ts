import { expect, test, type Page } from "@playwright/test";
import { row, signIn, snap } from "./helpers";

/** Full-page screenshots from the top, so sticky table headers stay on their tables. */
async function snapTop(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, name);
}

const THIRD = "益阳某公司市级工程技术研究中心（e2e）";

test.describe("section head: recording progress", () => {
  test("sees only the section's targets as editable, records the third centre as a named item with a file, the chart moves", async ({
    page,
  }) => {
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
    // A count target takes named items, not a typed figure.
    await expect(page.getByTestId("progress-form")).toHaveCount(0);
    const panel = page.getByTestId("items-panel");
    const form = panel.getByTestId("item-form");

    // A wrong date gets a Chinese message and nothing is written.
    await form.getByLabel("事项名称").fill(THIRD);
    await form.getByLabel(/^日期/).fill("2014-01-05");
    await form.getByRole("button", { name: "登记", exact: true }).click();
    await expect(form.getByRole("alert").filter({ hasText: "日期必须在计划年度 2013 年内" })).toBeVisible();
    await snapTop(page, "target-form-error");
    await expect(chart).toHaveAttribute("data-points", "2");

    await form.getByLabel(/^日期/).fill("2013-12-05");
    await form.getByLabel("批准文号").fill("益科发〔2013〕90号");
    await form.getByLabel("简要说明").fill("益阳某公司市级工程中心获批（e2e）");
    await form
      .getByLabel(/佐证文件/)
      .setInputFiles({ name: "益科发〔2013〕90号.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 e2e") });
    await form.getByRole("button", { name: "登记", exact: true }).click();
    await expect(form.getByRole("status")).toHaveText("已登记");
    await expect(chart).toHaveAttribute("data-points", "3");
    await expect(page.getByTestId("latest-value")).toContainText("3 家");
    await expect(panel.getByTestId("item-count")).toHaveText("3 / 4 家");
    const newest = panel.locator(`[data-testid=item-row][data-name="${THIRD}"]`);
    await expect(newest).toHaveAttribute("data-status", "ACTIVE");
    await expect(newest).toContainText("益阳某公司市级工程中心获批（e2e）");
    await expect(newest.getByRole("link", { name: "益科发〔2013〕90号.pdf" })).toBeVisible();
    const pdf = await page.request.get((await newest.getByRole("link", { name: "益科发〔2013〕90号.pdf" }).getAttribute("href"))!);
    expect(await pdf.text()).toBe("%PDF-1.4 e2e");
    await snapTop(page, "target-after-record");

    await page.goto(dashboard);
    await expect(row(page, "二.(一).3.(3)").getByTestId("latest")).toHaveText("3 家");
    await expect(row(page, "二.(一).3.(3)")).toContainText("75%");
  });

  test("the leader sees the change and its history; another section's head cannot edit", async ({ page }) => {
    await signIn(page, "leader");
    await expect(page.getByTestId("editable")).toHaveCount(0);
    await row(page, "二.(一).3.(3)").getByRole("link").first().click();
    const newest = page.locator(`[data-testid=item-row][data-name="${THIRD}"]`);
    await expect(newest).toContainText("益阳某公司市级工程中心获批（e2e）");
    await expect(newest).toContainText("计划科负责人（演示）");
    // The target's own audit trail: who changed what, old → new.
    const trail = page.getByTestId("audit-table");
    await expect(trail).toContainText("逐项登记");
    await expect(trail).toContainText("计划科负责人（演示）");
    await expect(trail.locator("li[data-field=count]").first()).toHaveText("已登记数：2 → 3");
    await expect(page.getByTestId("item-form")).toHaveCount(0);
    await expect(page.getByTestId("progress-form")).toHaveCount(0);
    await page.getByRole("button", { name: "退出" }).click();

    await signIn(page, "gaoxin");
    await row(page, "二.(一).3.(3)").getByRole("link").first().click();
    await expect(page.getByTestId("item-form")).toHaveCount(0);
    await expect(page.getByText("您的账号不能填报此指标。")).toBeVisible();
    await expect(page.getByRole("button", { name: /^撤回：/ })).toHaveCount(0);
  });

  test("withdraws an item with a reason; it stays on record, struck through", async ({ page }) => {
    await signIn(page, "chengguo");
    await row(page, "二.(一).4.(3)").getByRole("link").first().click();
    await expect(page.getByTestId("latest-value")).toContainText("1 项");
    const item = page.getByTestId("item-row").first();
    await item.getByRole("button", { name: /^撤回：/ }).click();
    await page.getByLabel("撤回原因（必填）").fill("项目未通过验收（e2e）");
    await page.getByRole("button", { name: "确认撤回" }).click();
    await expect(item).toHaveAttribute("data-status", "WITHDRAWN");
    await expect(item).toContainText("项目未通过验收（e2e）");
    await expect(item).toContainText("已撤回");
    await expect(page.getByTestId("item-count")).toHaveText("0 / 2 项");
    await expect(page.getByTestId("latest-value")).toHaveText("—");
    await snapTop(page, "target-after-withdrawal");
  });

  test("reports the month in one pass from the section page's quick entry: 本月无新进展, and count targets by item", async ({ page }) => {
    await signIn(page, "nongshe");
    const url = new URL(page.url());
    await page.goto(`${url.pathname}?asOf=2013-11-30`);
    await page.getByRole("link", { name: /^农社科/ }).click();
    const quick = page.getByTestId("quick-entry");
    await expect(quick.getByTestId("quick-row")).not.toHaveCount(0);
    const line = quick.locator('[data-code="二.(一).2.(3)③"]');
    // A count target offers no typed figure: its line links to the target's 逐项登记.
    await expect(line.getByLabel(/完成值/)).toHaveCount(0);
    await line.getByRole("button", { name: /^本月无新进展：/ }).click();
    await expect(line.getByRole("status")).toHaveText("已确认本月无新进展");
    await expect(line).toBeVisible();
    await snapTop(page, "section-quick-entry");

    await line.getByRole("link", { name: /^逐项登记：/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("农村科普基地");
    await expect(page.getByTestId("entry-row").first()).toHaveAttribute("data-action", "NO_CHANGE");
    await expect(page.getByTestId("entry-row").first()).toContainText("本月无新进展");
    const form = page.getByTestId("item-form");
    await form.getByLabel("事项名称").fill("赫山区泉交河镇农村科普基地（e2e）");
    await form.getByLabel(/^日期/).fill("2013-11-28");
    await form.getByLabel("批准文号").fill("益科普〔2013〕9号");
    await form.getByRole("button", { name: "登记", exact: true }).click();
    await expect(page.getByTestId("item-count")).toHaveText("2 / 2 个");

    // Done now, so it leaves the list of what is still owed this month.
    await page.goBack();
    await page.reload();
    await expect(page.getByTestId("quick-entry").locator('[data-code="二.(一).2.(3)③"]')).toHaveCount(0);
  });
});
