import { expect, test, type Page } from "@playwright/test";
import { row, signIn, snap } from "./helpers";

// #14 item 17 (English): the pages a leader and a section head use, at 1366 px, in English and in Chinese. An error
// a page prints (the audit log's refused filter; a record that does not exist: the 404 page) is in the page's
// language; the chrome of the dashboard, a section page and a target page is English, the plan's own words
// (targets, sections, units such as 万元 / 家) stay as the plan has them. Screenshots land in tests/output/screenshots
// for a person to look at.

const DESKTOP = { width: 1366, height: 900 };
const CENTRES = "二.(一).3.(3)"; // 组建市级工程技术研究中心4家: 计划科's count target, named items

async function signInAs(page: Page, username: string, lang: "zh" | "en") {
  await page.setViewportSize(DESKTOP);
  await signIn(page, username);
  await page.context().addCookies([{ name: "lang", value: lang, url: new URL(page.url()).origin }]);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", lang === "zh" ? "zh-CN" : "en");
}

/** Full-page, from the top (charts drawn), so a person can look at it. */
async function shoot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForLoadState("networkidle");
  await snap(page, name);
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

for (const lang of ["en", "zh"] as const) {
  test.describe(`the pages at 1366 px (${lang})`, () => {
    test(`dashboard as the leader (${lang})`, async ({ page }) => {
      await signInAs(page, "leader", lang);
      await expect(page).toHaveURL(/\/plans\/[^/]+$/);
      const table = page.getByTestId("target-table");
      await expect(table.locator("thead")).toContainText(lang === "en" ? "Target value" : "目标值");
      // the area rows: the plan's name, the points in the page's words and brackets
      await expect(table.locator(".area-row").first()).toHaveText(lang === "en" ? /^\S+ .+ \(\d+ points\)$/ : /^\S+ .+（\d+分）$/);
      await expect(page.getByTestId("area-chart")).toBeVisible();
      await shoot(page, `english-dashboard-leader-1366-${lang}`);
    });

    test(`section page and target page as 计划科 (${lang})`, async ({ page }) => {
      await signInAs(page, "jihua", lang);
      const section = page.locator(".section-links a").filter({ hasText: "计划科" });
      await expect(section).toHaveText(lang === "en" ? /^计划科 \(\d+\)$/ : /^计划科（\d+）$/);
      await section.click();
      await expect(page).toHaveURL(/\/sections\//);
      await expect(page.locator(".subtitle").first()).toHaveText(lang === "en" ? /^Phone: / : /^电话：/);
      await shoot(page, `english-section-jihua-1366-${lang}`);

      await row(page, CENTRES).getByRole("link").first().click();
      await expect(page).toHaveURL(/\/targets\//);
      await expect(page.getByTestId("items-panel")).toBeVisible();
      await expect(page.getByTestId("month-locks")).toHaveText(lang === "en" ? /^Month locks: / : /^月份锁定：/);
      await shoot(page, `english-target-jihua-1366-${lang}`);
    });
  });
}
