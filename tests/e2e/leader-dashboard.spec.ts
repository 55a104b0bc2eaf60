import { expect, test } from "@playwright/test";
import { row, signIn, snap } from "./helpers";

test.describe("leadership: the 2013 plan at a glance", () => {
  test("sees all 20 targets with owners and windows, and statuses change with the as-of date", async ({ page }) => {
    await signIn(page, "leader");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("湖南省益阳市科技局2013年绩效计划书");
    // Today is after 2013, so the view opens on the last day of the plan year.
    await expect(page.getByTestId("as-of-label")).toHaveText("2013年12月31日");
    await expect(page.getByTestId("target-row")).toHaveCount(20);

    await expect(row(page, "二.(一).1.(1)").getByTestId("owners")).toHaveText("高新办");
    await expect(row(page, "二.(一).2.(1)①").getByTestId("owners")).toHaveText("高新办、农社科");
    await expect(row(page, "二.(一).2.(1)①").getByTestId("window")).toHaveText("3–10月");
    await expect(row(page, "二.(一).4.(1)").getByTestId("owners")).toHaveText("高新办、成果科");
    await expect(row(page, "二.(一).4.(1)").getByTestId("window")).toHaveText("1–10月");
    await expect(row(page, "二.(二).3").getByTestId("owners")).toHaveText("未指定");
    await expect(row(page, "二.(二).3").getByTestId("window")).toContainText("未指定（按全年）");
    // One axis label per area (a bar at 0% is not drawn, so count the labels).
    await expect(page.getByTestId("area-chart").locator(".recharts-yAxis .recharts-cartesian-axis-tick")).toHaveCount(6);
    await expect(row(page, "二.(一).2.(1)①")).toHaveAttribute("data-status", "DONE");
    await snap(page, "dashboard-2013-12-31");

    await page.getByLabel("截至日期").fill("2013-02-28");
    await page.getByRole("button", { name: "查看" }).click();
    await expect(page).toHaveURL(/asOf=2013-02-28/);
    await expect(page.getByTestId("as-of-label")).toHaveText("2013年2月28日");
    await expect(row(page, "二.(一).2.(1)①")).toHaveAttribute("data-status", "NOT_STARTED");
    await expect(row(page, "二.(一).2.(1)①").getByTestId("latest")).toHaveText("—");

    await page.getByLabel("截至日期").fill("2013-09-30");
    await page.getByRole("button", { name: "查看" }).click();
    await expect(row(page, "二.(一).2.(1)①")).toHaveAttribute("data-status", "ON_TRACK");
    await expect(row(page, "二.(一).3.(3)")).toHaveAttribute("data-status", "BEHIND");
    await expect(row(page, "二.(一).3.(1)")).toHaveAttribute("data-status", "DONE");
    await snap(page, "dashboard-2013-09-30");
  });

  test("switches to English and back", async ({ page }) => {
    await signIn(page, "leader");
    // the switch is a client component: wait until the page has hydrated, or the click does nothing
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("columnheader", { name: "Owner" })).toBeVisible();
    await expect(row(page, "二.(二).3").getByTestId("owners")).toHaveText("Unassigned");
    await snap(page, "dashboard-english");
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("columnheader", { name: "责任科室" })).toBeVisible();
  });

  test("opens a section page with what falls due this month", async ({ page }) => {
    await signIn(page, "leader");
    const url = new URL(page.url());
    await page.goto(`${url.pathname}?asOf=2013-10-15`);
    await page.getByRole("link", { name: /^农社科/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("农社科");
    const due = page.getByTestId("target-table").first().getByTestId("target-row");
    await expect(due).toHaveCount(2);
    await snap(page, "section-nongshe-2013-10");
  });
});
