import { expect, test, type Page } from "@playwright/test";
import { signIn, snap } from "./helpers";

const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? "admin-e2e-2013";

const zhPercent = (ratio: number) => new Intl.NumberFormat("zh-CN", { style: "percent", maximumFractionDigits: 1 }).format(ratio);

/**
 * The on-time rate of one month worked out here from the raw cells (one per target × month a section owed):
 * a target owned by two sections appears in both lists but is one update, so cells are de-duplicated first.
 */
async function onTimeRateFromCells(page: Page, planId: string, asOf: string, month: number): Promise<number> {
  const res = await page.request.post("/api/graphql", {
    data: {
      query: `query D($planId: ID!, $asOf: Date) { reportingDiscipline(planId: $planId, asOf: $asOf) { sections { cells { targetId month status } } } }`,
      variables: { planId, asOf },
    },
  });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as {
    data: { reportingDiscipline: { sections: { cells: { targetId: string; month: number; status: string }[] }[] } };
  };
  const cells = new Map<string, string>();
  for (const s of body.data.reportingDiscipline.sections) for (const c of s.cells) if (c.month === month) cells.set(c.targetId, c.status);
  const statuses = [...cells.values()];
  const due = statuses.filter((s) => s !== "PENDING").length;
  expect(due).toBeGreaterThan(0);
  return statuses.filter((s) => s === "ON_TIME").length / due;
}

test.describe("报送纪律 and 月份锁定", () => {
  test("the leader sees the latest month's on-time rate on the dashboard and the same figure on 报送纪律, with the chart and the grid", async ({
    page,
  }) => {
    await signIn(page, "leader");
    const planId = new URL(page.url()).pathname.split("/")[2];
    const card = page.getByTestId("on-time-card");
    await expect(card).toBeVisible();
    // As of 31 Dec 2013 (the dashboard's day) the latest month whose due day (次月5日) has passed is November.
    await expect(card).toHaveAttribute("data-month", "11");
    await expect(card.locator(".label")).toHaveText("11月按时报送率");
    const expected = zhPercent(await onTimeRateFromCells(page, planId, "2013-12-31", 11));
    await expect(card.getByTestId("on-time-rate")).toHaveText(expected);
    await snap(page, "dashboard-discipline-card");

    await page.getByTestId("discipline-link").click();
    await expect(page).toHaveURL(/\/discipline\?asOf=2013-12-31$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("报送纪律");
    await expect(page.getByTestId("as-of-label")).toHaveText("2013年12月31日");
    // the month table, the bureau row of the grid and the dashboard card agree
    const november = page.locator("[data-testid=month-row][data-month='11']");
    await expect(november.getByTestId("month-on-time")).toHaveText(expected);
    const bureauNovember = page.locator("tfoot [data-testid=grid-cell][data-month='11']");
    await expect(bureauNovember.getByTestId("cell-rate")).toHaveText(expected);
    // every month of the year has begun: twelve rows, one grid column each, four sections plus the bureau
    await expect(page.getByTestId("month-row")).toHaveCount(12);
    await expect(page.getByTestId("grid-row")).toHaveCount(5);
    await expect(page.locator("[data-testid=grid-row][data-section=计划科] [data-testid=grid-cell]")).toHaveCount(13);

    // The bureau-wide figures: completeness ≥ on-time rate, both percentages
    await expect(page.getByTestId("card-completeness").locator(".value")).toHaveText(/^\d+(\.\d)?%$/);
    await expect(page.getByTestId("card-on-time").locator(".value")).toHaveText(/^\d+(\.\d)?%$/);
    const completeness = Number(await page.getByTestId("card-completeness").getAttribute("data-value"));
    const onTime = Number(await page.getByTestId("card-on-time").getAttribute("data-value"));
    expect(completeness).toBeGreaterThanOrEqual(onTime);

    // The chart draws both lines (recharts paths with a real outline).
    const chart = page.getByTestId("discipline-chart");
    await expect(chart.locator("path.recharts-line-curve")).toHaveCount(2);
    for (const d of await chart.locator("path.recharts-line-curve").evaluateAll((ps) => ps.map((p) => p.getAttribute("d") ?? ""))) {
      expect(d.length).toBeGreaterThan(20);
    }
    await expect(chart.locator(".recharts-legend-item")).toHaveCount(2);

    // The late and missing updates per section: the demo set leaves 计划科 with missing months.
    const jihua = page.locator("[data-testid=problem-section][data-section=计划科]");
    await expect(jihua.locator("[data-testid=problem-row][data-status=MISSING]").first()).toContainText("未录入");
    await expect(jihua.locator("[data-testid=problem-row][data-status=LATE]").first()).toContainText("迟报");
    await snap(page, "discipline-2013-12-31");

    // printed: a header with the plan and the day, no picker
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("print-header")).toContainText("湖南省益阳市科技局2013年绩效计划书 · 报送纪律");
    await expect(page.getByLabel("截至日期")).toBeHidden();
    await snap(page, "discipline-print");
    await page.emulateMedia({ media: "screen" });

    // an earlier day: months not yet begun are empty, later updates do not count yet
    await page.getByLabel("截至日期").fill("2013-06-03");
    await page.getByRole("button", { name: "查看" }).click();
    await expect(page).toHaveURL(/asOf=2013-06-03/);
    await expect(page.getByTestId("month-row")).toHaveCount(6);
    await expect(page.locator("[data-testid=month-row][data-month='5'] td").nth(5)).not.toHaveText("0"); // May is still pending on 3 June
    const may = zhPercent(await onTimeRateFromCells(page, planId, "2013-06-03", 4));
    await expect(page.locator("[data-testid=month-row][data-month='4']").getByTestId("month-on-time")).toHaveText(may);

    // 月份锁定 is readable for the leader, without controls
    await page.getByTestId("locks-link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("月份锁定");
    await expect(page.getByTestId("lock-row")).toHaveCount(12);
    await expect(page.getByText("只有本单位管理员可以锁定")).toBeVisible();
    await expect(page.getByRole("button", { name: "锁定" })).toHaveCount(0);
  });

  test("the administrator locks January with a reason, sees it locked, and reopens it until a chosen day", async ({ page }) => {
    await signIn(page, "admin", ADMIN_PASSWORD);
    await page.getByTestId("locks-link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("月份锁定");
    const january = page.locator("[data-testid=lock-row][data-month='1']");
    await expect(january).toHaveAttribute("data-reason", "REOPENED");
    await expect(january.getByTestId("decision-reason")).toContainText("【演示】");
    await expect(page.getByTestId("reporting-settings")).toContainText("月末后 5 天内为按时");

    // a lock without a reason is refused before anything is sent
    await january.getByRole("button", { name: "锁定1月" }).click();
    await january.getByRole("button", { name: "确认锁定" }).click();
    await expect(january.getByRole("alert")).toHaveText("请填写原因");
    await january.getByLabel("原因（必填）").fill("1月数据已核对无误（e2e）");
    await january.getByRole("button", { name: "确认锁定" }).click();
    await expect(january).toHaveAttribute("data-locked", "true");
    await expect(january.getByTestId("lock-state")).toHaveText("已锁定");
    await expect(january.getByTestId("lock-reason")).toHaveText("管理员锁定");
    await expect(january.getByTestId("decision-reason")).toHaveText("1月数据已核对无误（e2e）");
    await expect(january).toContainText("系统管理员");
    await snap(page, "locks-january-locked");

    // reopening past the 90-day limit is refused by the API with its Chinese message
    await january.getByRole("button", { name: "重新开放1月" }).click();
    await january.getByLabel("原因（必填）").fill("补录1月佐证（e2e）");
    const far = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
    await january.getByLabel("开放至（含当日）").evaluate((el, v) => {
      // the date picker caps the value at max; the API checks it too
      (el as HTMLInputElement).removeAttribute("max");
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      setter.call(el, v);
      el.dispatchEvent(new Event("input", { bubbles: true }));
    }, far);
    await january.getByRole("button", { name: "确认重新开放" }).click();
    await expect(january.getByRole("alert")).toContainText("开放截止日期应在今天");
    await expect(january).toHaveAttribute("data-locked", "true");

    const until = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await january.getByLabel("开放至（含当日）").fill(until);
    await january.getByRole("button", { name: "确认重新开放" }).click();
    await expect(january).toHaveAttribute("data-locked", "false");
    await expect(january).toHaveAttribute("data-reason", "REOPENED");
    const [y, m, d] = until.split("-").map(Number);
    await expect(january.getByTestId("reopened-until")).toHaveText(`${y}年${m}月${d}日`);
    await expect(january.getByTestId("decision-reason")).toHaveText("补录1月佐证（e2e）");

    // 报送期限 later than 锁定期限 is refused with the API's message; the settings stay
    const config = page.getByTestId("reporting-config");
    await config.getByLabel("报送期限（天）").fill("15");
    await config.getByLabel("锁定期限（天）").fill("10");
    await config.getByRole("button", { name: "保存期限" }).click();
    await expect(config.getByRole("alert")).toHaveText("报送期限不能晚于锁定期限");
    await expect(page.getByTestId("reporting-settings")).toContainText("月末后 5 天内为按时");
    await snap(page, "locks-admin");
  });
});
