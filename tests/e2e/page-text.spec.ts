import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? "admin-e2e-2013";

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

  test("the sign-in hint lists the county accounts; a leader is offered no 编辑计划 link, an administrator is", async ({ page }) => {
    await page.goto("/sign-in");
    const hint = page.getByText(/^演示账号：/);
    await expect(hint).toContainText("heshan / taojiang / anhua");
    await expect(hint).toContainText("赫山区、桃江县、安化县科技局计划股负责人");
    await expect(hint).not.toContainText("setup");

    // neither on the dashboard nor on the years page, whose edit page is read-only for a leader
    await signIn(page, "leader");
    await expect(page.getByTestId("years-link")).toBeVisible();
    await expect(page.getByRole("link", { name: "编辑计划" })).toHaveCount(0);
    await page.getByTestId("years-link").click();
    await expect(page.getByTestId("years-table")).toBeVisible();
    await expect(page.getByRole("link", { name: "编辑计划" })).toHaveCount(0);
    await page.getByRole("button", { name: "退出" }).click();

    await signIn(page, "admin", ADMIN_PASSWORD);
    await expect(page.getByTestId("edit-plan-link")).toBeVisible();
    await page.getByTestId("years-link").click();
    await page.getByTestId("edit-plan-link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("编辑计划：湖南省益阳市科技局2013年绩效计划书");
  });
});
