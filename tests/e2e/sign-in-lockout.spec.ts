import { expect, test, type Page } from "@playwright/test";
import { signIn, snap } from "./helpers";

// scripts/e2e-server.sh seeds the administrator with this password.
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? "admin-e2e-2013";

// Next's route announcer is a second (empty) alert; the sign-in message is the one in the page body.
const signInAlert = (page: Page) => page.getByRole("main").getByRole("alert");

async function submit(page: Page, username: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

// #11: sign-in is throttled (5 failures lock the account for 15 minutes), the administrator can lift the lock,
// and the 审计管理员 — not the administrator — reads the failed sign-ins in the audit log.
test.describe("sign-in lockout and the audit administrator", () => {
  test("five wrong passwords lock the account; the administrator unlocks it; the audit administrator sees why", async ({
    page,
    browser,
  }) => {
    for (let i = 1; i <= 4; i++) {
      await submit(page, "audit", `wrong-${i}`);
      await expect(signInAlert(page)).toHaveText("用户名或密码错误，或账号已停用");
    }
    await submit(page, "audit", "wrong-5");
    await expect(signInAlert(page)).toHaveText("登录失败次数过多，已暂时锁定，请 15 分钟后再试（或请系统管理员解锁）");
    // the right password does not get through a lock
    await submit(page, "audit", "demo2013");
    await expect(signInAlert(page)).toContainText("已暂时锁定");
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      await snap(page, `sign-in-locked-zh-${width}`);
    }
    await page.getByRole("button", { name: "English" }).click();
    await expect(signInAlert(page)).toContainText("Too many failed sign-ins");
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      await snap(page, `sign-in-locked-en-${width}`);
    }
    await page.getByRole("button", { name: "中文" }).click();

    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, "admin", ADMIN_PASSWORD);
    await expect(admin.getByRole("link", { name: "操作日志" })).toHaveCount(0); // 权限分离
    await admin.goto("/admin/users");
    const row = admin.locator('[data-testid=user-row][data-username="audit"]');
    await expect(row.getByTestId("user-locked")).toHaveText(/已锁定（1[45] 分钟后自动解除）/);
    await admin.setViewportSize({ width: 1366, height: 800 });
    await snap(admin, "admin-users-locked-1366");
    await row.getByRole("button", { name: "解除 audit 的登录锁定" }).click();
    await expect(row.getByTestId("user-locked")).toHaveCount(0);

    await signIn(page, "audit");
    await page.getByRole("link", { name: "操作日志" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("操作日志");
    const lockRow = page.getByTestId("audit-row").filter({ hasText: "账号锁定" }).first();
    await expect(lockRow).toContainText(/锁定时长（分钟）：\s*—\s*→\s*15/);
    await expect(lockRow).toContainText("登录地址");
    await expect(page.getByTestId("audit-row").filter({ hasText: "解除登录锁定" }).first()).toBeVisible();
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      await snap(page, `audit-admin-log-zh-${width}`);
    }
  });
});
