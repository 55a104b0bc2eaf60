import { expect, test, type Page } from "@playwright/test";
import { signIn, snap } from "./helpers";

// 站内搜索 (#13): the header's box → /search, results grouped by kind with the words marked, each hit opening the
// page where its work is done. Other journeys add records (a third centre, a 2014 copy of the plan), so the
// assertions name the demo records they look for instead of counting everything.

const headerSearch = (page: Page) => page.getByRole("search", { name: "站内搜索" });
const group = (page: Page, kind: string) => page.locator(`[data-testid=search-group][data-kind=${kind}]`);

async function snapTop(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, name);
}

test.describe("站内搜索 (site search)", () => {
  test("a section head searches from the header, sees the hits grouped and marked, and opens one", async ({ page }) => {
    await signIn(page, "jihua");
    await headerSearch(page).getByRole("searchbox", { name: "站内搜索" }).fill("工程技术研究中心");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("搜索「工程技术研究中心」");
    await expect(page.getByTestId("search-summary")).toContainText("共找到");

    // 指标: 二.(一).3.(3); 逐项登记事项: the two demo centres, named and marked
    const targets = group(page, "TARGET");
    await expect(targets.getByRole("heading", { level: 2 })).toContainText("指标");
    await expect(targets.getByTestId("search-hit").filter({ hasText: "二.(一).3.(3)" }).first()).toContainText("市级工程技术研究中心");
    const items = group(page, "ITEM");
    await expect(items.getByRole("heading", { level: 2 })).toContainText("逐项登记事项");
    const centre = items.getByTestId("search-hit").filter({ hasText: "演示：益阳市黑茶加工工程技术研究中心" });
    await expect(centre).toHaveCount(1);
    await expect(centre.locator("mark").first()).toHaveText("工程技术研究中心");
    await expect(centre).toContainText("二.(一).3.(3) 市级工程技术研究中心");
    await expect(centre).toContainText("日期：2013年8月30日");
    await expect(page.getByRole("navigation", { name: "结果分类" })).toContainText("填报说明（0 条）");
    await snapTop(page, "search-results");

    // the hit opens the target page at its named items
    await centre.getByRole("link", { name: "演示：益阳市黑茶加工工程技术研究中心" }).click();
    await expect(page).toHaveURL(/\/targets\/[^/]+#items-title$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("二.(一).3.(3) 市级工程技术研究中心");
    await expect(page.getByTestId("items-panel")).toContainText("益阳市黑茶加工工程技术研究中心");
  });

  test("finds an item by its 批准文号, a duty of the 责任清单, and says when there are more than 20", async ({ page }) => {
    await signIn(page, "gaoxin");
    await page.goto(`/search?q=${encodeURIComponent("益科发〔2013〕45号")}`);
    const byNumber = group(page, "ITEM").getByTestId("search-hit");
    await expect(byNumber).toHaveCount(1);
    await expect(byNumber.getByTestId("search-snippet")).toHaveText("批准文号：益科发〔2013〕45号（演示）");

    // 专利: 益阳's duty 6, opening the list searched for the same word
    await page.goto(`/search?q=${encodeURIComponent("专利")}`);
    const duty = group(page, "DUTY").getByTestId("search-hit");
    await expect(duty).toHaveCount(1);
    await expect(duty).toContainText("职责 6 · 益阳市科技局责任清单");
    await duty.getByRole("link").click();
    await expect(page).toHaveURL(/\/units\/[^/]+\/duties\?q=%E4%B8%93%E5%88%A9/);
    await expect(page.getByTestId("duty-table").locator("mark").first()).toHaveText("专利");

    // 报送: the demo reports' notes, more than 20 on the city's targets
    await page.goto(`/search?q=${encodeURIComponent("报送")}`);
    await expect(group(page, "NOTE").getByTestId("search-hit")).toHaveCount(20);
    await expect(page.getByTestId("search-more")).toContainText("只显示前 20 条");
    await expect(group(page, "NOTE").getByTestId("search-group-more")).toContainText("请增加关键词缩小范围");
    await expect(group(page, "NOTE").getByRole("heading", { level: 2 })).toHaveText("填报说明（20+ 条）");
  });

  test("says in Chinese when a search is too long, has too many words or finds nothing", async ({ page }) => {
    await signIn(page, "gaoxin");
    await page.goto(`/search?q=${encodeURIComponent("茶".repeat(51))}`);
    const problem = page.getByRole("main").getByRole("alert");
    await expect(problem).toHaveText("搜索内容太长：最多 50 个字，现在有 51 个字。请精简后再搜索。");

    const form = page.getByRole("search", { name: "修改搜索" });
    await page.getByLabel("搜索内容").fill("一 二 三 四 五 六");
    await page.getByLabel("搜索内容").press("Enter");
    await expect(problem).toHaveText("关键词太多：最多 5 个，现在有 6 个。请删去一些关键词后再搜索。");
    await expect(form).toBeVisible();

    await page.getByLabel("搜索内容").fill("量子计算");
    await page.getByRole("main").getByRole("button", { name: "搜索" }).click();
    await expect(page.getByTestId("search-empty")).toContainText("没有找到同时包含「量子计算」全部关键词的内容。");
    await page.goto("/search");
    await expect(page.getByTestId("search-prompt")).toBeVisible();
  });

  test("fits a phone and works by keyboard alone", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, "leader");
    const box = headerSearch(page);
    await expect(box).toBeVisible();
    const rect = (await box.boundingBox())!;
    expect(rect.x).toBeGreaterThanOrEqual(0);
    expect(rect.x + rect.width).toBeLessThanOrEqual(390);
    // Tab from the top of the page reaches the box
    const input = box.getByRole("searchbox");
    await page.locator("body").focus();
    let reached = false;
    for (let i = 0; i < 25 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await input.evaluate((el) => el === document.activeElement);
    }
    expect(reached, "the search box is reachable with Tab").toBe(true);
    await page.keyboard.type("财政科技支出");
    await page.keyboard.press("Tab");
    await expect(box.getByRole("button", { name: "搜索" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("搜索「财政科技支出」");
    // the city leader also finds the counties' own targets
    const hits = group(page, "TARGET").getByTestId("search-hit");
    await expect(hits.filter({ hasText: "赫山区科技局（演示）" })).not.toHaveCount(0);
    await expect(hits.filter({ hasText: "二.(二).2" }).first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await snapTop(page, "search-phone");
  });
});
