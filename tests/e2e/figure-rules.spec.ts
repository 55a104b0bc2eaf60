import { expect, test } from "@playwright/test";
import { row, signIn, snap } from "./helpers";

// #14 "Figures and rules": what users saw on the pages, each checked where they saw it.

test.describe("本月无新进展 once per target and month (#14.1)", () => {
  test("quick entry lists what the month holds; after one confirmation the line says so and offers no second", async ({ page }) => {
    // 桃江县科技局（演示）'s 计划股: 县(市、区)财政科技支出, figures in April, July, October and December, nothing in November
    await signIn(page, "taojiang");
    const dashboard = new URL(page.url());
    await page.goto(`${dashboard.pathname}?asOf=2013-11-30`);
    await page
      .getByRole("link", { name: /^计划股/ })
      .first()
      .click();
    const line = page.getByTestId("quick-entry").locator('[data-code="一.1"]');
    await expect(line.getByTestId("month-reports")).toHaveText("本月尚未填报");
    await line.getByRole("button", { name: /^本月无新进展：/ }).click();
    await expect(line.getByRole("status")).toHaveText("已确认本月无新进展");
    // the page refreshed: the month now holds the confirmation, and the button is gone
    await expect(line.getByTestId("no-change-confirmed")).toHaveText("本月已确认无新进展（2013年11月30日）");
    await expect(line.getByRole("button", { name: /^本月无新进展：/ })).toHaveCount(0);
    await expect(line.getByTestId("month-reports")).toContainText("本月已报：2013年11月30日 确认本月无新进展");
    await page.reload();
    await expect(line.getByRole("button", { name: /^本月无新进展：/ })).toHaveCount(0);
    await snap(page, "quick-entry-confirmed-once");

    // October already holds the demo's figure: listed with who reported it
    await page.goto(`${page.url().split("?")[0]}?asOf=2013-10-31`);
    await expect(page.getByTestId("quick-entry").locator('[data-code="一.1"]').getByTestId("month-reports")).toHaveText(
      /^本月已报：2013年10月31日 填报 930 万元（.+）$/,
    );

    // the target page follows the same rule for its as-of month
    await page.goto(`${page.url().split("?")[0]}?asOf=2013-11-30`);
    await row(page, "一.1").first().getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("县(市、区)财政科技支出");
    await expect(page.getByTestId("no-change-confirmed")).toHaveText("本月已确认无新进展（2013年11月30日）");
    await expect(page.getByRole("button", { name: "本月无新进展" })).toHaveCount(0);
  });
});
