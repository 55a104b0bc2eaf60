import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test.describe("what users read (#14 items 10, 11, 19)", () => {
  test("no file path or setting's name on the dashboard or the month locks", async ({ page }) => {
    await signIn(page, "leader");
    const subtitle = page.locator("p.subtitle").first();
    await expect(subtitle).toHaveText("益阳市科技局 · 湖南省益阳市科技局2013年绩效计划书");
    await expect(page.locator("main")).not.toContainText(/shared\/seeds|\.txt|SEED_DEMO/);

    await page.getByTestId("locks-link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("月份锁定");
    await expect(page.locator("main")).toContainText(
      "【演示】2013 年为历史年度，各月均已过锁定期；演示环境由管理员重新开放全年以便试用填报。",
    );
    await expect(page.locator("main")).not.toContainText(/SEED_DEMO|正式使用/);
  });
});
