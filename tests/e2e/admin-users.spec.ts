import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, snap } from "./helpers";

// scripts/e2e-server.sh seeds the administrator with this password.
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? "admin-e2e-2013";

/** A second person at another browser: their own cookies. */
async function otherBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function submitSignIn(page: Page, username: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** Full-page screenshot from the top: a scrolled page would draw the sticky table header mid-table. */
async function snapTop(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, name);
}

function userRow(page: Page, username: string) {
  return page.locator(`[data-testid=user-row][data-username="${username}"]`);
}

test.describe("administrator: user management", () => {
  test("creates a section head for 成果科 who must change the password; disabling the account stops sign-in", async ({ page, browser }) => {
    // Unique per run, so the journey also works against a reused server.
    const username = `cg-${Date.now().toString(36)}`;
    const temporary = "temp-pass-2013";
    const own = "chengguo-own-2013";

    await signIn(page, "admin", ADMIN_PASSWORD);
    await page.getByRole("link", { name: "用户管理" }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("用户管理");
    await expect(userRow(page, "chengguo")).toContainText("成果科");
    await expect(userRow(page, "admin")).toContainText("当前账号");

    const form = page.getByTestId("create-user-form");
    // Wrong input is explained in Chinese next to each field, and nothing is created.
    await form.getByLabel("用户名", { exact: true }).fill("Wang Wu");
    await form.getByLabel("初始密码（至少 8 位）").fill("123");
    await form.getByRole("button", { name: "创建用户" }).click();
    await expect(form.getByRole("alert").filter({ hasText: "用户名只能使用小写字母" })).toBeVisible();
    await expect(form.getByRole("alert").filter({ hasText: "请填写姓名" })).toBeVisible();
    await expect(form.getByRole("alert").filter({ hasText: "科室负责人必须选择所属科室" })).toBeVisible();
    await expect(form.getByRole("alert").filter({ hasText: "初始密码至少 8 位" })).toBeVisible();
    await expect(form.getByLabel("用户名", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await snapTop(page, "admin-users-form-error");

    // A taken username is refused by the server.
    await form.getByLabel("用户名", { exact: true }).fill("chengguo");
    await form.getByLabel("姓名").fill("重复账号");
    await form.getByLabel("所属科室").selectOption({ label: "成果科" });
    await form.getByLabel("初始密码（至少 8 位）").fill(temporary);
    await form.getByRole("button", { name: "创建用户" }).click();
    await expect(form.getByRole("alert").filter({ hasText: "用户名已存在" })).toBeVisible();

    await form.getByLabel("用户名", { exact: true }).fill(username);
    await form.getByLabel("姓名").fill("成果科 王科长");
    await form.getByRole("button", { name: "创建用户" }).click();
    await expect(form.getByRole("status")).toHaveText(`已创建用户 ${username}，首次登录时须修改密码`);
    const created = userRow(page, username);
    await expect(created).toContainText("成果科 王科长");
    await expect(created).toContainText("科室负责人");
    await expect(created).toContainText("成果科");
    await expect(created.getByTestId("user-status")).toHaveText(/启用\s*待修改密码/);
    await snapTop(page, "admin-users-created");

    // The new section head signs in and is sent to change the temporary password first.
    const head = await otherBrowser(browser);
    await submitSignIn(head, username, temporary);
    await expect(head).toHaveURL(/\/account\/password/);
    await expect(head.getByTestId("must-change-notice")).toBeVisible();
    // Any other page sends them back until the password is changed.
    await head.goto("/");
    await expect(head).toHaveURL(/\/account\/password/);
    await head.getByLabel("当前密码").fill(temporary);
    await head.getByLabel(/^新密码（至少 8 位/).fill(own);
    await head.getByLabel("再次输入新密码").fill("something-else");
    await head.getByRole("button", { name: "修改密码" }).click();
    await expect(head.getByRole("alert").filter({ hasText: "两次输入的新密码不一致" })).toBeVisible();
    await snap(head, "account-password-must-change");
    await head.getByLabel("再次输入新密码").fill(own);
    await head.getByLabel("再次输入新密码").press("Enter");
    // a section head starts from 我的待办 (#13)
    await expect(head).toHaveURL(/\/todo$/);
    await expect(head.getByRole("heading", { level: 1 })).toHaveText("我的待办");
    await expect(head.locator(".site-header")).toContainText("成果科 王科长（科室负责人）");
    await expect(head.getByRole("link", { name: "用户管理" })).toHaveCount(0);
    await snap(head, "dashboard-new-section-head");
    // Not an administrator: the page says so and shows no accounts.
    await head.goto("/admin/users");
    await expect(head.getByRole("alert").filter({ hasText: "只有管理员可以管理用户。" })).toBeVisible();
    await expect(head.getByTestId("users-table")).toHaveCount(0);

    // The administrator disables the account, using the row editor.
    await page.reload();
    await expect(userRow(page, username).getByTestId("user-status")).toHaveText("启用");
    await userRow(page, username)
      .getByRole("button", { name: `编辑 ${username}` })
      .click();
    const editor = page.locator(`[data-testid=user-editor][data-username="${username}"]`);
    await expect(editor.getByLabel("姓名")).toBeFocused();
    await editor.getByLabel(/账号启用/).uncheck();
    await editor.getByRole("button", { name: "保存" }).click();
    await expect(editor.getByRole("status")).toHaveText("已保存");
    await expect(userRow(page, username).getByTestId("user-status")).toHaveText("已停用");
    await expect(userRow(page, username)).toHaveAttribute("data-active", "false");
    await snapTop(page, "admin-users-disabled");
    await editor.getByRole("button", { name: "取消" }).click();
    await expect(editor).toHaveCount(0);
    await expect(userRow(page, username).getByRole("button", { name: `编辑 ${username}` })).toBeFocused();

    // Their open session stops working, and signing in again fails with the Chinese message.
    await head.goto("/");
    await expect(head).toHaveURL(/\/sign-in/);
    await submitSignIn(head, username, own);
    await expect(head).toHaveURL(/\/sign-in\?error=1/);
    await expect(head.getByRole("alert").filter({ hasText: "用户名或密码错误，或账号已停用" })).toBeVisible();
    await snap(head, "sign-in-disabled-account");
    await head.context().close();

    // The page reads in English too.
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("User management");
    await expect(userRow(page, username).getByTestId("user-status")).toHaveText("Disabled");
    await snapTop(page, "admin-users-english");
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("用户管理");
  });
});
