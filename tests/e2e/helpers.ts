import { expect, type Page } from "@playwright/test";
import fs from "node:fs";

export const DEMO_PASSWORD = "demo2013";

/**
 * Signs in through the form. Section heads and assessors land on 我的待办 (/todo), the others on the dashboard;
 * unless `stayOnTodo`, the former go on to the dashboard through the header's 总览, where most journeys begin.
 */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD, options: { stayOnTodo?: boolean } = {}) {
  await page.goto("/sign-in");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/plans\/|\/todo$/);
  if (new URL(page.url()).pathname === "/todo" && !options.stayOnTodo) {
    await page.locator(".site-header").getByRole("link", { name: "总览", exact: true }).click();
    await expect(page).toHaveURL(/\/plans\//);
  }
}

/** Screenshots land in tests/output/screenshots for a person to look at. */
export async function snap(page: Page, name: string) {
  fs.mkdirSync("tests/output/screenshots", { recursive: true });
  await page.screenshot({ path: `tests/output/screenshots/${name}.png`, fullPage: true });
}

export function row(page: Page, code: string) {
  return page.locator(`[data-testid=target-row][data-code="${code}"]`);
}

/** A day counted from today in China, as the app's date inputs hold it (YYYY-MM-DD). */
export function inDays(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
