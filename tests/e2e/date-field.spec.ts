import { expect, test, type Page } from "@playwright/test";
import { row, signIn, snap } from "./helpers";

// #14 item 15: a browser's own date input shows mm/dd/yyyy in an English browser. Every date field is the shared
// one: YYYY-MM-DD as text, its format beside the label and the day in words beside the field, in the
// interface's language, whatever the browser's locale.
test.use({ locale: "en-US" });

const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? "admin-e2e-2013";

async function expectNoNativeDateInput(page: Page) {
  await expect(page.locator("input[type=date]")).toHaveCount(0);
}

test.describe("date fields, the zh-CN way, in an en-US browser", () => {
  test("the as-of field: typed as digits, read back in words, a day that does not exist or lies outside the year is refused", async ({
    page,
  }) => {
    await signIn(page, "leader");
    const dashboard = new URL(page.url()).pathname;
    const asOf = page.getByLabel("截至日期");
    await expect(asOf).toHaveAttribute("type", "text");
    await expect(asOf).toHaveAttribute("inputmode", "numeric");
    await expect(asOf).toHaveValue("2013-12-31");
    await expect(asOf).toHaveAccessibleDescription(/格式 YYYY-MM-DD.*2013年12月31日/);
    await expect(page.getByTestId("as-of-label")).toHaveText("2013年12月31日");
    await expectNoNativeDateInput(page);

    // a phone's numeric keyboard has no "-": the digits are grouped as they come
    await asOf.clear();
    await asOf.pressSequentially("20130930");
    await expect(asOf).toHaveValue("2013-09-30");
    await expect(page.getByTestId("as-of-label")).toHaveText("2013年9月30日");
    await page.getByRole("button", { name: "查看" }).click();
    await expect(page).toHaveURL(/asOf=2013-09-30/);
    await expect(asOf).toHaveValue("2013-09-30");

    // another usual spelling is put right when the field is left; a day that does not exist is said so and not sent
    await asOf.fill("2013/2/30");
    await asOf.press("Tab");
    await expect(asOf).toHaveValue("2013-02-30");
    await expect(asOf).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("没有这一天")).toBeVisible();
    await page.getByRole("button", { name: "查看" }).click();
    await expect(page).toHaveURL(/asOf=2013-09-30/);

    // outside the plan year
    await asOf.fill("2014-01-05");
    await expect(page.getByText("应在 2013年1月1日 到 2013年12月31日 之间")).toBeVisible();
    await page.getByRole("button", { name: "查看" }).click();
    await expect(page).toHaveURL(/asOf=2013-09-30/);
    await snap(page, "date-field-out-of-year");

    // the English interface writes the day in English, still YYYY-MM-DD in the field
    await page.context().addCookies([{ name: "lang", value: "en", url: new URL(page.url()).origin }]);
    await page.goto(`${dashboard}?asOf=2013-09-30`);
    const asOfEn = page.getByLabel("As of");
    await expect(asOfEn).toHaveValue("2013-09-30");
    await expect(page.getByTestId("as-of-label")).toHaveText("September 30, 2013");
    await expect(asOfEn).toHaveAccessibleDescription(/format YYYY-MM-DD/);
  });

  test("the report, item, lock and audit forms use the same field", async ({ page }) => {
    await signIn(page, "gaoxin");
    await row(page, "二.(一).1.(1)").getByRole("link").first().click();
    const report = page.getByTestId("progress-form").getByLabel("报送日期");
    await expect(report).toHaveAttribute("type", "text");
    await report.fill("2013-12-05");
    await expect(report).toHaveValue("2013-12-05");
    await expect(report).toHaveAccessibleDescription(/2013年12月5日/);
    await expectNoNativeDateInput(page);
    await snap(page, "date-field-report-form");
    await page.getByRole("button", { name: "退出" }).click();

    await signIn(page, "jihua");
    await row(page, "二.(一).3.(3)").getByRole("link").first().click();
    const itemDate = page.getByTestId("item-form").getByLabel(/^日期/);
    await itemDate.fill("2013-11-02");
    await expect(itemDate).toHaveAccessibleDescription(/2013年11月2日/);
    await expectNoNativeDateInput(page);
    await page.getByRole("button", { name: "退出" }).click();

    await signIn(page, "admin", ADMIN_PASSWORD);
    await page.getByTestId("locks-link").click();
    const january = page.locator("[data-testid=lock-row][data-month='1']");
    await january.getByRole("button", { name: "重新开放1月" }).click();
    const until = january.getByLabel("开放至（含当日）");
    await expect(until).toHaveAttribute("type", "text");
    await expectNoNativeDateInput(page);
    await january.getByRole("button", { name: "取消" }).click();
    await page.getByRole("button", { name: "退出" }).click();

    await signIn(page, "leader");
    await page.getByRole("link", { name: "操作日志" }).click();
    const from = page.getByTestId("audit-filters").getByLabel("起始日期");
    await expect(from).toHaveAttribute("type", "text");
    await expect(page.getByTestId("audit-filters").getByLabel("截止日期")).toHaveAttribute("type", "text");
    await expectNoNativeDateInput(page);
  });
});
