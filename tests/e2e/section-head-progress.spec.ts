import { expect, test } from "@playwright/test";
import { row, signIn, snap } from "./helpers";

test.describe("section head: recording progress", () => {
  test("records the third engineering centre and sees the table and chart move", async ({ page }) => {
    await signIn(page, "jihua");
    const dashboard = page.url();
    await row(page, "二.(一).3.(3)").getByRole("link").click();
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
    await page.getByRole("button", { name: "提交" }).click();
    await expect(page.getByRole("status")).toHaveText("已保存");
    await expect(chart).toHaveAttribute("data-points", "3");
    await expect(page.getByTestId("latest-value")).toContainText("3 家");
    await expect(page.getByTestId("entry-row").first()).toContainText("益阳某公司市级工程中心获批（e2e）");
    await snap(page, "target-after-record");

    await page.goto(dashboard);
    await expect(row(page, "二.(一).3.(3)").getByTestId("latest")).toHaveText("3 家");
    await expect(row(page, "二.(一).3.(3)")).toContainText("75%");
  });

  test("cannot report on another section's target", async ({ page }) => {
    await signIn(page, "gaoxin");
    await row(page, "二.(一).3.(3)").getByRole("link").click();
    await expect(page.getByTestId("progress-form")).toHaveCount(0);
    await expect(page.getByText("您的账号不能填报此指标。")).toBeVisible();
  });
});
