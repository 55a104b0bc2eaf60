import { createRequire } from "node:module";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn, snap } from "./helpers";

// 我的待办 (#13): a section head starts from their to-do, follows a row to the target, submits the month's figure,
// and the row and the header's count go. In the seeded demo every December 2013 update came, so the journey first
// takes back 高新办's December figure of 二.(一).1.(2) (452, reported for 2013-12-31) in the throwaway e2e database
// (scripts/e2e-server.sh), as if it had never been reported; the section head then reports the same figure again.

const GROWTH = "二.(一).1.(2)";

function forgetDecemberFigure(code: string) {
  type Sqlite = { prepare(sql: string): { run(...args: unknown[]): { changes: number } }; close(): void };
  const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string, options: { fileMustExist: boolean }) => Sqlite;
  const sqlite = new Database(path.resolve(`data/e2e-${process.env.E2E_PORT ?? 3107}.db`), { fileMustExist: true });
  try {
    const { changes } = sqlite
      .prepare(
        `DELETE FROM "ProgressEntry" WHERE substr("reportedFor", 1, 7) = '2013-12' AND "targetId" IN (
           SELECT t."id" FROM "Target" t JOIN "Plan" p ON p."id" = t."planId" JOIN "Unit" u ON u."id" = p."unitId"
           WHERE t."code" = ? AND p."year" = 2013 AND u."name" = '益阳市科技局')`,
      )
      .run(code);
    expect(changes).toBeGreaterThan(0);
  } finally {
    sqlite.close();
  }
}

/** The header's 我的待办 link and the number it shows. */
async function headerCount(page: Page): Promise<number> {
  const link = page.getByTestId("todo-nav");
  await expect(link).toHaveAttribute("data-count", /^\d+$/);
  return Number(await link.getAttribute("data-count"));
}

test("a section head lands on 我的待办, reports the owed December figure, and the row and the header count go", async ({ page }) => {
  forgetDecemberFigure(GROWTH);
  await signIn(page, "gaoxin", DEMO_PASSWORD, { stayOnTodo: true });
  await expect(page).toHaveURL(/\/todo$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("我的待办");
  await expect(page.getByTestId("todo-plans")).toContainText("12月进展报送截止 2014年1月5日");

  const before = await headerCount(page);
  expect(before).toBeGreaterThanOrEqual(1);
  // the link's accessible name says what the number is
  await expect(page.getByRole("link", { name: `我的待办 (${before} 项待办)` })).toBeVisible();
  await expect(page.getByTestId("todo-summary")).toContainText(`共 ${before} 项`);

  const owed = page.locator(`[data-testid=todo-row][data-kind=OWED_UPDATE][data-code="${GROWTH}"]`);
  await expect(owed).toHaveCount(1);
  await expect(owed).toContainText("高新技术产品产值增幅");
  await expect(owed).toContainText("12月进展尚未报送");
  // overdue in words, not by colour alone, with the due day in Chinese
  await expect(owed).toContainText("已逾期");
  await expect(owed).toContainText("截止 2014年1月5日");
  await expect(owed).toHaveAttribute("data-overdue", "true");
  // overdue rows come first
  await expect(page.locator("[data-testid=todo-row]").first()).toHaveAttribute("data-overdue", "true");
  await snap(page, "todo-section-head");

  // phone width: one column, nothing cut off
  await page.setViewportSize({ width: 390, height: 844 });
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(fits).toBe(true);
  await snap(page, "todo-section-head-390");
  await page.setViewportSize({ width: 1280, height: 900 });

  // printable: the header and the print button stay off paper, the rows stay
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(owed).toBeVisible();
  await snap(page, "todo-section-head-print");
  await page.emulateMedia({ media: "screen" });

  // by keyboard: the row is one link; Enter follows it to the target, as of 31 December
  const link = owed.getByRole("link");
  await expect(link).toHaveAccessibleName(`${GROWTH} 高新技术产品产值增幅 · 去填报`);
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/targets\/[^/?]+\?asOf=2013-12-31$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("高新技术产品产值增幅");

  const form = page.getByTestId("progress-form");
  await expect(form.getByLabel("报送日期")).toHaveValue("2013-12-31");
  await form.getByLabel(/^完成值/).fill("452");
  await form.getByLabel("情况说明").fill("12月产值（e2e 待办补报）");
  await form.getByRole("button", { name: "提交" }).click();
  await expect(form.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  // the header's count follows at once (the page refreshes after the save)
  await expect(page.getByTestId("todo-nav")).toHaveAttribute("data-count", String(before - 1));

  await page
    .locator(".site-header")
    .getByRole("link", { name: /^我的待办/ })
    .click();
  await expect(page).toHaveURL(/\/todo$/);
  await expect(owed).toHaveCount(0);
  expect(await headerCount(page)).toBe(before - 1);
  if (before - 1 === 0) await expect(page.getByTestId("todo-empty")).toContainText("暂无待办");
  await snap(page, "todo-section-head-after");
});

test("an assessor lands on 我的待办; leadership keeps the dashboard and finds the list in the header", async ({ page }) => {
  await signIn(page, "assessor", DEMO_PASSWORD, { stayOnTodo: true });
  await expect(page).toHaveURL(/\/todo$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("我的待办");
  const count = await headerCount(page);
  await expect(page.locator("[data-testid=todo-row]")).toHaveCount(count);
  if (count === 0) await expect(page.getByTestId("todo-empty")).toContainText("暂无待办");
  await snap(page, "todo-assessor");
  // 总览 still reaches the dashboard
  await page.locator(".site-header").getByRole("link", { name: "总览", exact: true }).click();
  await expect(page).toHaveURL(/\/plans\//);
  await page.getByRole("button", { name: "退出" }).click();

  await signIn(page, "leader");
  await expect(page).toHaveURL(/\/plans\//);
  const leaderCount = await headerCount(page);
  await page.getByTestId("todo-nav").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("我的待办");
  await expect(page.locator("[data-testid=todo-row]")).toHaveCount(leaderCount);
  // every row is a link to where its work is done (targets 滞后 or 逾期 since the last review, late sections, notices)
  for (const r of await page.locator("[data-testid=todo-row]").all()) await expect(r.getByRole("link")).toHaveCount(1);
  await snap(page, "todo-leader");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My to-do");
  await expect(page.getByRole("link", { name: `My to-do (${leaderCount} to do)` })).toBeVisible();
  await snap(page, "todo-leader-en");
  await page.getByRole("button", { name: "中文" }).click();
});
