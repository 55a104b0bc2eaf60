import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { inDays, signIn, snap } from "./helpers";

const CENTRES = "二.(一).3.(3)";

/** Full-page screenshots from the top, so sticky table headers stay on their tables. */
async function snapTop(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, name);
}

function snapshotRow(page: Page, code: string) {
  return page.locator(`[data-testid=snapshot-row][data-code="${code}"]`);
}

/** From the dashboard's 考核 link, open (or, on a reused server, follow) the review of a period; 开展 asks first. */
async function openReview(page: Page, kind: string, index: number, label: string) {
  const period = page.locator(`[data-testid=review-period][data-kind=${kind}][data-index="${index}"]`);
  await expect(period).toBeVisible();
  const button = period.getByRole("button", { name: `开展 ${label}` });
  if (await button.count()) {
    await button.click();
    await period
      .getByRole("alertdialog", { name: `开展 ${label}？` })
      .getByRole("button", { name: "确认开展" })
      .click();
  } else await period.getByRole("link").click();
  await expect(page).toHaveURL(/\/reviews\/[^/]+$/);
}

test.describe("assessment group: reviews (考核)", () => {
  test("opens the Q3 2013 inspection, comments, issues a notice, exports the pack; opens and closes the year-end review", async ({
    page,
  }) => {
    await signIn(page, "assessor");
    const dashboard = page.url();
    await page.getByTestId("reviews-link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("考核");
    await expect(page.locator("[data-testid=review-period][data-kind=MONTH]")).toHaveCount(12);
    await expect(page.locator("[data-testid=review-period][data-kind=QUARTER]")).toHaveCount(4);
    await expect(page.locator("[data-testid=review-period][data-kind=HALF_YEAR]")).toHaveCount(2);
    await expect(page.locator("[data-testid=review-period][data-kind=YEAR]")).toHaveCount(1);
    await snapTop(page, "reviews-cadences");
    const reviewsPage = page.url();

    // 开展 freezes a snapshot: it asks first, in place, and the keyboard can answer (Escape cancels, Enter confirms)
    const q3 = page.locator('[data-testid=review-period][data-kind=QUARTER][data-index="3"]');
    const openQ3 = q3.getByRole("button", { name: "开展 2013年第3季度 季度督查" });
    if (await openQ3.count()) {
      await openQ3.click();
      const confirm = q3.getByRole("alertdialog", { name: "开展 2013年第3季度 季度督查？" });
      await expect(confirm).toContainText("按期末（2013年9月30日）冻结全部指标的完成情况（快照）");
      await expect(confirm.getByRole("button", { name: "确认开展" })).toBeFocused();
      await snapTop(page, "reviews-open-confirm");
      await page.keyboard.press("Escape");
      await expect(confirm).toHaveCount(0);
      await expect(openQ3).toBeFocused();
      await expect(q3).toHaveAttribute("data-status", "NONE");
      await page.reload();
      await expect(q3).toHaveAttribute("data-status", "NONE"); // nothing was opened
      await openQ3.click();
      await expect(q3.getByRole("button", { name: "确认开展" })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/reviews\/[^/]+$/);
    } else await openReview(page, "QUARTER", 3, "2013年第3季度 季度督查");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("2013年第3季度 · 季度督查");
    await expect(page.getByTestId("review-status")).toHaveText("进行中");
    await expect(page.getByTestId("snapshot-row")).toHaveCount(20);
    await expect(snapshotRow(page, CENTRES)).toHaveAttribute("data-status", "BEHIND");
    // printed, the review opens with its overall summary in words, as its 通报 does
    const printSummary = page.getByTestId("review-print-summary");
    await expect(printSummary).toBeHidden();
    await page.emulateMedia({ media: "print" });
    await expect(printSummary.getByRole("heading")).toHaveText("总体情况（2013年9月30日）");
    await expect(printSummary).toContainText(
      /^总体情况（2013年9月30日）纳入本次季度督查的绩效目标共20项，总分值680分，期末总体完成度为[\d.]+%。其中已完成\d+项，正常推进\d+项，滞后\d+项，逾期\d+项，未开始\d+项。$/,
    );
    await snapTop(page, "review-q3-print");
    await page.emulateMedia({ media: "screen" });
    await expect(snapshotRow(page, CENTRES).getByTestId("snapshot-value")).toHaveText("1 家");
    await expect(page.getByTestId("lagging").locator(`li[data-code="${CENTRES}"]`)).toBeVisible();

    // 点评 on the target
    const row = snapshotRow(page, CENTRES);
    await row.locator("summary", { hasText: "添加点评" }).click();
    await row.getByLabel(`点评：${CENTRES} 市级工程技术研究中心`).fill("工程中心组建进度滞后，请计划科10月底前落实。");
    await row.getByRole("button", { name: "添加点评" }).click();
    await expect(row.getByTestId("comments")).toContainText("工程中心组建进度滞后，请计划科10月底前落实。");
    await expect(row.getByTestId("comments")).toContainText("演示考核组");

    // 整改通知 with a deadline
    const form = page.getByTestId("rectification-form");
    await form.getByLabel("指标").selectOption({ label: `${CENTRES} 市级工程技术研究中心（滞后）` });
    await form.getByLabel("整改要求").fill("10月底前完成2家市级工程中心的组建并报送佐证材料");
    // the form proposes 15 days after today (it used to propose the period's end, 已逾期 the moment it was issued)
    const proposed = inDays(15);
    await expect(form.getByLabel("整改期限")).toHaveValue(proposed);
    await form.getByLabel("整改期限").fill("2013-10-31");
    await form.getByRole("button", { name: "下发整改通知" }).click();
    await expect(form.getByRole("alert")).toContainText(`整改期限不能早于下发当天（${inDays(0)}）`);
    await form.getByLabel("整改期限").fill(proposed);
    await form.getByRole("button", { name: "下发整改通知" }).click();
    const notice = page.getByTestId("rectification-row").filter({ hasText: "10月底前完成2家市级工程中心的组建" });
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute("data-state", "OPEN");
    await expect(notice).toContainText("整改中");
    await snapTop(page, "review-q3-inspection");

    // 导出复核包: the workbook has the snapshot rows
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-pack").click()]);
    expect(download.suggestedFilename()).toMatch(/^复核包-2013-Q3-季度督查\.xlsx$/);
    const file = await download.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["督查表", "点评", "整改通知", "逐项清单"]);
    const sheet = workbook.getWorksheet("督查表")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("编号");
    expect(sheet.rowCount).toBe(21);
    const codes = sheet.getRows(2, 20)!.map((r) => r.getCell(1).value);
    expect(codes).toContain(CENTRES);
    const centres = sheet.getRows(2, 20)!.find((r) => r.getCell(1).value === CENTRES)!;
    expect(centres.getCell(7).value).toBe(1);
    expect(centres.getCell(10).value).toBe("滞后");
    expect(workbook.getWorksheet("点评")!.getRow(2).getCell(2).value).toBe("工程中心组建进度滞后，请计划科10月底前落实。");
    expect(workbook.getWorksheet("整改通知")!.rowCount).toBeGreaterThanOrEqual(2);

    // 年终考评: open, then close
    await page.goto(reviewsPage);
    await openReview(page, "YEAR", 1, "2013年度 年终考评");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("2013年度 · 年终考评");
    await expect(page.getByTestId("snapshot-row")).toHaveCount(20);
    await expect(page.getByRole("columnheader", { name: "计算得分" })).toBeVisible();
    await expect(snapshotRow(page, "二.(一).2.(1)①").getByTestId("computed-score")).not.toHaveText("—");
    if ((await page.getByTestId("review-status").textContent()) === "已关闭") {
      await page.getByRole("button", { name: "重新打开" }).click();
      await expect(page.getByTestId("review-status")).toHaveText("进行中");
    }
    await page.getByRole("button", { name: "关闭考核" }).click();
    await expect(page.getByTestId("review-status")).toHaveText("已关闭");
    await expect(page.getByRole("button", { name: "重新打开" })).toBeVisible();
    await expect(page.getByTestId("rectification-form")).toHaveCount(0);
    await expect(page.locator("text=演示考核组，").first()).toBeVisible();
    await snapTop(page, "review-year-closed");

    // 月度调度 of September: the dispatch list per section, with the notice issued above
    await page.goto(reviewsPage);
    await openReview(page, "MONTH", 9, "2013年9月 月度调度");
    const jihua = page.locator("[data-testid=dispatch-section][data-section=计划科]");
    await expect(jihua.locator(`li[data-code="${CENTRES}"]`)).toBeVisible();
    await expect(jihua).toContainText("10月底前完成2家市级工程中心的组建");
    await expect(page.getByTestId("dispatch-section")).toHaveCount(5);
    await snapTop(page, "review-month-dispatch");

    await page.goto(reviewsPage);
    await expect(page.locator("[data-testid=review-period][data-kind=YEAR]")).toHaveAttribute("data-status", "CLOSED");
    await expect(page.locator("[data-testid=review-period][data-kind=QUARTER][data-index='3']")).toHaveAttribute("data-status", "OPEN");
    await page.goto(dashboard);
  });

  test("a section head reads reviews without the forms, and subscribes to the section calendar", async ({ page }) => {
    await signIn(page, "jihua");
    await page.getByRole("link", { name: "考核", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("考核");
    await expect(page.getByRole("button", { name: /^开展/ })).toHaveCount(0);
    await page.locator("[data-testid=review-period][data-kind=QUARTER][data-index='3']").getByRole("link").click();
    await expect(page.getByTestId("snapshot-row")).toHaveCount(20);
    await expect(page.getByTestId("comment-form")).toHaveCount(0);
    await expect(page.getByTestId("rectification-form")).toHaveCount(0);
    await expect(page.getByText("只有考核组可以点评")).toBeVisible();

    await page.getByRole("link", { name: "科室", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("计划科");
    const panel = page.getByTestId("section-calendar");
    await expect(panel).toBeVisible();
    const url = await page.getByTestId("calendar-url").inputValue();
    expect(url).toMatch(/\/api\/calendar\/[^?]+\?token=/);
    await snapTop(page, "section-calendar");
    const ics = await page.request.get(url);
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toMatch(/^text\/calendar/);
    const text = (await ics.text()).replace(/\r\n /g, "");
    expect(text.split("\r\n").filter((l) => l.startsWith("UID:target-"))).toHaveLength(3);
    expect(text).toContain(`SUMMARY:${CENTRES} 市级工程技术研究中心`);
    expect(text).toContain(`SUMMARY:整改期限：${CENTRES} 市级工程技术研究中心`);
    const forged = await page.request.get(url.replace(/token=[^&]+/, "token=forged"));
    expect(forged.status()).toBe(403);
  });
});
