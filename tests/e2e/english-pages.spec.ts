import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// #14 item 17 (English): an error a page prints (the audit log's refused filter; a record that does not exist: the
// 404 page) is in the page's language, English with the lang cookie set to en and Chinese otherwise.

const DESKTOP = { width: 1366, height: 900 };

async function signInAs(page: Page, username: string, lang: "zh" | "en") {
  await page.setViewportSize(DESKTOP);
  await signIn(page, username);
  await page.context().addCookies([{ name: "lang", value: lang, url: new URL(page.url()).origin }]);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", lang === "zh" ? "zh-CN" : "en");
}

test.describe("errors a page prints, in its language", () => {
  test("the audit log's refused filter and a missing record's page say it in English, and in Chinese", async ({ page }) => {
    await signInAs(page, "leader", "en");
    await page.goto("/audit?from=2013-12-01&to=2013-01-01");
    await expect(page.locator("main").getByRole("alert")).toHaveText("The from date cannot be later than the to date");
    // a record that does not exist: the app's 404 page in the page's language, not a crash in Next's words
    for (const path of ["/plans/no-such-plan/reviews", "/targets/no-such-target"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      await expect(page.locator("main").getByRole("alert")).toHaveText(
        "The page or record you asked for does not exist; it may have been removed.",
      );
    }

    await page.context().addCookies([{ name: "lang", value: "zh", url: new URL(page.url()).origin }]);
    await page.goto("/audit?from=2013-12-01&to=2013-01-01");
    await expect(page.locator("main").getByRole("alert")).toHaveText("起始日期不能晚于截止日期");
    expect((await page.goto("/targets/no-such-target"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
  });
});
