import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? "admin-e2e-2013";

/** Every response of 400 or more and every console error while `visit` runs. */
async function failures(page: Page, visit: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onResponse = (r: { status(): number; url(): string }) => {
    if (r.status() >= 400) seen.push(`${r.status()} ${r.url()}`);
  };
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === "error") seen.push(`console: ${m.text()}`);
  };
  page.on("response", onResponse);
  page.on("console", onConsole);
  await visit();
  page.off("response", onResponse);
  page.off("console", onConsole);
  return seen;
}

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

  test("no page asks for a missing file: the icon is served, no 404 and no console error", async ({ page }) => {
    const seen = await failures(page, async () => {
      await page.goto("/sign-in");
      await page.waitForLoadState("networkidle");
      await signIn(page, "leader");
      await page.waitForLoadState("networkidle");
      await page.locator("[data-testid=target-row] a").first().click();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForLoadState("networkidle");
      await page.goto("/audit");
      await page.waitForLoadState("networkidle");
    });
    expect(seen).toEqual([]);

    const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(href).toMatch(/^\/icon\.svg/);
    const icon = await page.request.get(href!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  });
});
