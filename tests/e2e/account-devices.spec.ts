import { createRequire } from "node:module";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, snap } from "./helpers";

// #11 (身份鉴别): a password older than the policy's 90 days must be changed before anything else, and a user who
// fears their password is known can end every session of the account from the password page. The expired
// password is a county account's, which no other journey signs in with; 退出所有设备 is a city section head's, so
// the city's 审计管理员 reads it (each bureau's audit administrator reads that bureau's log).

/** Sets an account's last password change in the throwaway e2e database (scripts/e2e-server.sh) as if long ago. */
function agePassword(username: string, days: number) {
  type Sqlite = { prepare(sql: string): { run(...args: unknown[]): unknown }; close(): void };
  const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string, options: { fileMustExist: boolean }) => Sqlite;
  const sqlite = new Database(path.resolve(`data/e2e-${process.env.E2E_PORT ?? 3107}.db`), { fileMustExist: true });
  try {
    const at = new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString().replace("Z", "+00:00");
    sqlite.prepare(`UPDATE "User" SET "passwordChangedAt" = ? WHERE "username" = ?`).run(at, username);
  } finally {
    sqlite.close();
  }
}

test("a password past its 90 days: the user is sent to change it, told why, and continues where they were going", async ({ page }) => {
  agePassword("heshan", 100);
  await page.goto("/sign-in");
  await page.getByLabel("用户名").fill("heshan");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/account\/password\?next=/);
  await expect(page.getByTestId("expired-notice")).toHaveText("您的密码已超过 90 天的有效期。请设置新密码，再继续使用系统。");
  await expect(page.getByTestId("must-change-notice")).toHaveCount(0);
  // every other page sends them back here until it is changed
  await page.goto("/audit");
  await expect(page).toHaveURL(/\/account\/password\?next=%2Faudit/);
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 800 });
    await snap(page, `password-expired-zh-${width}`);
  }
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByTestId("expired-notice")).toHaveText(
    "Your password is older than the 90-day limit. Please choose a new password before you continue.",
  );
  await expect(page.getByRole("button", { name: "Sign out everywhere" })).toBeVisible();
  await snap(page, "password-expired-en-1366");
  await page.getByRole("button", { name: "中文" }).click();

  await page.goto("/account/password?next=%2F");
  await page.getByLabel("当前密码").fill(DEMO_PASSWORD);
  await page.getByLabel(/^新密码/).fill("Yiyang#2026a");
  await page.getByLabel("再次输入新密码").fill("Yiyang#2026a");
  await page.getByRole("button", { name: "修改密码" }).click();
  // a section head continues to 我的待办, their start page (#13)
  await expect(page).toHaveURL(/\/todo$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("我的待办");
  await expect(page.locator(".site-header")).toContainText("赫山区科技局");
  await page.goto("/account/password");
  await expect(page.getByTestId("expired-notice")).toHaveCount(0);
});

test("退出所有设备 ends the account's sessions in every browser, and the 审计管理员 sees it", async ({ browser }) => {
  const here = await (await browser.newContext()).newPage();
  const there = await (await browser.newContext()).newPage();
  await signIn(here, "chengguo");
  await signIn(there, "chengguo");
  await here.getByRole("link", { name: "修改密码" }).click();
  const devices = here.getByTestId("sign-out-everywhere");
  await expect(devices.getByRole("heading", { level: 2 })).toHaveText("登录设备");
  await snap(here, "account-sign-out-everywhere");
  await devices.getByRole("button", { name: "退出所有设备" }).click();
  await expect(here).toHaveURL(/\/sign-in/);
  // the other browser's cookie is worthless now
  await there.reload();
  await expect(there).toHaveURL(/\/sign-in/);
  const me = await there.request.post("/api/graphql", { data: { query: "{ me { username } }" } });
  expect(((await me.json()) as { data: { me: unknown } }).data.me).toBeNull();

  const auditor = await (await browser.newContext()).newPage();
  await signIn(auditor, "audit");
  await auditor.goto("/audit");
  await expect(auditor.locator("[data-testid=audit-row][data-action=SIGN_OUT_EVERYWHERE]").first()).toContainText("成果科负责人（演示）");
  for (const page of [here, there, auditor]) await page.context().close();
});
