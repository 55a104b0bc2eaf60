import { expect, test, type Page } from "@playwright/test";
import { row, signIn, snap } from "./helpers";

/** Full-page screenshots from the top, so sticky table headers stay on their tables. */
async function snapTop(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, name);
}

const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? "admin-e2e-2013";
const CENTRES = "二.(一).3.(3)"; // 组建市级工程技术研究中心4家, 计划科; the demo set has 2 (2013-08-30, 2013-11-20)
const THIRD = "益阳市船舶装备工程技术研究中心（e2e）";
const NUMBER = "益科发〔2013〕88号";

// The later journeys (scores, section heads) start from the demo figures: what this file adds it withdraws again.
test.describe("逐项登记: a count target is completed by named items, never by a typed figure", () => {
  test("the section head records the third engineering centre with its approval number (3 / 4), then withdraws it with a reason (2 / 4)", async ({
    page,
  }) => {
    await signIn(page, "jihua");
    const dashboard = page.url();
    await expect(row(page, CENTRES).getByTestId("editable")).toHaveText("逐项登记");
    await row(page, CENTRES).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("市级工程技术研究中心");
    const panel = page.getByTestId("items-panel");
    await expect(panel.getByTestId("item-count")).toHaveText("2 / 4 家");
    await expect(panel.getByTestId("item-row")).toHaveCount(2);
    await expect(panel.getByTestId("item-row").first()).toContainText("益阳市竹材加工工程技术研究中心");
    await expect(panel.getByTestId("item-row").first()).toContainText("演示");
    // No typed figure on a count target; the month locks are shown (the demo year is reopened).
    await expect(page.getByTestId("progress-form")).toHaveCount(0);
    await expect(page.getByTestId("month-locks")).toContainText("已重新开放");

    const form = panel.getByTestId("item-form");
    await expect(form.getByLabel("责任科室")).toHaveValue(/.+/);
    // Refused in Chinese before anything is sent.
    await form.getByLabel(/^日期/).fill("2013-12-06");
    await form.getByRole("button", { name: "登记", exact: true }).click();
    await expect(form.getByRole("alert").filter({ hasText: "请填写事项名称" })).toBeVisible();
    await expect(panel.getByTestId("item-row")).toHaveCount(2);

    await form.getByLabel("事项名称").fill(THIRD);
    await form.getByLabel("批准文号").fill(NUMBER);
    await form.getByLabel("简要说明").fill("市科技局批复组建（e2e）");
    await form
      .getByLabel(/佐证文件/)
      .setInputFiles({ name: `${NUMBER}.pdf`, mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 item e2e") });
    await form.getByRole("button", { name: "登记", exact: true }).click();
    await expect(form.getByRole("status")).toHaveText("已登记");
    await expect(panel.getByTestId("item-count")).toHaveText("3 / 4 家");
    const added = panel.locator(`[data-testid=item-row][data-name="${THIRD}"]`);
    await expect(added).toHaveAttribute("data-status", "ACTIVE");
    await expect(added.getByTestId("item-doc-number")).toHaveText(NUMBER);
    await expect(added).toContainText("2013年12月6日");
    await expect(added).toContainText("计划科");
    await expect(added).toContainText("市科技局批复组建（e2e）");
    const file = added.getByRole("link", { name: `${NUMBER}.pdf` });
    await expect(file).toBeVisible();
    expect(await (await page.request.get((await file.getAttribute("href"))!)).text()).toBe("%PDF-1.4 item e2e");
    await expect(page.getByTestId("latest-value")).toContainText("3 家");
    await expect(page.getByTestId("target-chart")).toHaveAttribute("data-points", "3");
    await snapTop(page, "count-items-added");

    // The same centre entered twice is refused by the server, in Chinese, and nothing is written.
    await form.getByLabel("事项名称").fill(THIRD);
    await form.getByRole("button", { name: "登记", exact: true }).click();
    await expect(form.getByRole("alert").filter({ hasText: "不能重复登记同一事项" })).toContainText(`“${THIRD}”已登记`);
    await expect(panel.getByTestId("item-count")).toHaveText("3 / 4 家");

    // Its details are corrected in place (with the version it was shown with); the count does not move.
    await panel.getByRole("button", { name: `修改：${THIRD}` }).click();
    const edit = panel.locator("[data-testid=item-form][data-mode=edit]");
    await expect(edit.getByLabel("批准文号")).toHaveValue(NUMBER);
    await edit.getByLabel("简要说明").fill("市科技局批复组建，已挂牌（e2e）");
    await edit.getByRole("button", { name: "保存修改" }).click();
    await expect(edit).toHaveCount(0);
    await expect(added).toContainText("市科技局批复组建，已挂牌（e2e）");
    await expect(panel.getByTestId("item-count")).toHaveText("3 / 4 家");

    await page.goto(dashboard);
    await expect(row(page, CENTRES).getByTestId("latest")).toHaveText("3 家");
    await expect(row(page, CENTRES)).toContainText("75%");
    await row(page, CENTRES).getByRole("link").first().click();

    // Withdrawn with a reason: kept on record, struck through, no longer counted.
    await panel.getByRole("button", { name: `撤回：${THIRD}` }).click();
    const withdraw = panel.getByTestId("withdraw-form");
    await withdraw.getByRole("button", { name: "确认撤回" }).click();
    await expect(withdraw.getByRole("alert")).toHaveText("请填写撤回原因");
    await withdraw.getByLabel("撤回原因（必填）").fill("批复尚未下达，登记有误（e2e）");
    await withdraw.getByRole("button", { name: "确认撤回" }).click();
    await expect(panel.getByTestId("item-count")).toHaveText("2 / 4 家");
    await expect(added).toHaveAttribute("data-status", "WITHDRAWN");
    await expect(added).toHaveClass(/withdrawn/);
    await expect(added.getByTestId("item-reason")).toContainText("批复尚未下达，登记有误（e2e）");
    await expect(added.getByRole("button", { name: `撤回：${THIRD}` })).toHaveCount(0);
    await expect(page.getByTestId("target-chart")).toHaveAttribute("data-points", "2");
    await expect(page.getByTestId("audit-table")).toContainText("撤回登记事项");
    await snapTop(page, "count-items-withdrawn");
  });

  test("another section's head sees the items but no form and no controls", async ({ page }) => {
    await signIn(page, "gaoxin");
    await row(page, CENTRES).getByRole("link").first().click();
    const panel = page.getByTestId("items-panel");
    await expect(panel.getByTestId("item-count")).toHaveText("2 / 4 家");
    await expect(panel.locator(`[data-testid=item-row][data-name="${THIRD}"]`)).toHaveAttribute("data-status", "WITHDRAWN");
    await expect(page.getByTestId("item-form")).toHaveCount(0);
    await expect(page.getByTestId("progress-form")).toHaveCount(0);
    await expect(panel.getByRole("button", { name: /^撤回：/ })).toHaveCount(0);
    await expect(panel.getByRole("button", { name: /^修改：/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "本月无新进展" })).toHaveCount(0);
    await expect(panel.getByText("您的账号不能填报此指标。")).toBeVisible();
  });

  test("an amount in 亿元 may be typed in 万元: stored in 亿元, the typed figure kept in the history", async ({ page }) => {
    await signIn(page, "admin", ADMIN_PASSWORD);
    await row(page, "二.(二).3").getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("全社会研发投入");
    const form = page.getByTestId("progress-form");
    await expect(form.getByLabel("单位")).toHaveValue("亿元");
    // 45 000 万元 = 4.5 亿元, the demo set's own year-end figure: nothing changes in the scores.
    await form.getByLabel("完成值（累计）").fill("45000");
    await form.getByLabel("单位").selectOption("万元");
    await form.getByLabel("报送日期").fill("2013-12-31");
    await form.getByLabel("情况说明").fill("统计局快报，按万元填报（e2e）");
    await form.getByRole("button", { name: "提交" }).click();
    await expect(form.getByRole("status")).toHaveText("已保存");
    const newest = page.getByTestId("entry-row").first();
    await expect(newest).toContainText("统计局快报，按万元填报（e2e）");
    await expect(newest).toContainText("4.5 亿元");
    await expect(newest.getByTestId("entered-as")).toHaveText("（填报 45,000 万元）");
    await expect(page.getByTestId("latest-value")).toContainText("4.5 亿元");
    // The administrator sees the applicability and thresholds controls.
    await expect(page.getByTestId("applicability-form")).toBeVisible();
    await expect(page.getByTestId("thresholds-form")).toBeVisible();
    await snapTop(page, "amount-in-wan");
  });

  test("the assessment team suspends a target with a reason and a points rule, then scores it again", async ({ page }) => {
    await signIn(page, "assessor");
    await row(page, "二.(一).2.(3)①").getByRole("link").first().click();
    await expect(page.getByTestId("thresholds-form")).toHaveCount(0);
    const form = page.getByTestId("applicability-form");
    await form.getByLabel("适用状态").selectOption("SUSPENDED");
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form.getByRole("alert")).toHaveText("标记为不适用或暂停时必须填写原因");
    await form.getByLabel("原因").fill("上级调整活动安排，暂缓考核（e2e）");
    await form.getByLabel("分值在本领域内重新分配").check();
    await form.getByRole("button", { name: "保存" }).click();
    const notice = page.getByTestId("applicability-notice");
    await expect(notice).toContainText("本指标暂停，不计分");
    await expect(notice).toContainText("上级调整活动安排，暂缓考核（e2e）");
    await expect(notice).toContainText("分值在本领域内重新分配");
    await expect(page.getByTestId("status")).toContainText("不计分");
    await snapTop(page, "target-suspended");

    await page.getByRole("link", { name: /^←/ }).click();
    await expect(row(page, "二.(一).2.(3)①").getByTestId("applicability")).toHaveText("（暂停）");
    await expect(row(page, "二.(一).2.(3)①")).toHaveAttribute("data-status", "INACTIVE");
    await row(page, "二.(一).2.(3)①").getByRole("link").first().click();

    await page.getByTestId("applicability-form").getByLabel("适用状态").selectOption("ACTIVE");
    await page.getByTestId("applicability-form").getByRole("button", { name: "保存" }).click();
    await expect(page.getByTestId("applicability-notice")).toHaveCount(0);
    await expect(page.getByTestId("status")).not.toContainText("不计分");
  });

  test("a locked month is named before submitting, and the server's refusal is shown in Chinese", async ({ page }) => {
    await signIn(page, "admin", ADMIN_PASSWORD);
    const planId = new URL(page.url()).pathname.split("/")[2];
    const gql = async (query: string) => {
      const res = await page.request.post("/api/graphql", { data: { query } });
      const body = (await res.json()) as { errors?: { message: string }[] };
      expect(body.errors ?? []).toEqual([]);
    };
    // The administrator locks December (the administrators' lock page does the same through this mutation).
    await gql(`mutation { lockMonth(planId: "${planId}", month: 12, reason: "e2e：年终数据核对") { planId } }`);
    try {
      await row(page, CENTRES).getByRole("link").first().click();
      await expect(page.getByTestId("month-locks").locator("[data-reason=ADMIN_LOCKED]")).toHaveText("管理员锁定 12月");
      const form = page.getByTestId("item-form");
      await form.getByLabel(/^日期/).fill("2013-12-02");
      await expect(form.getByTestId("item-lock-notice")).toContainText("12月的数据已锁定（管理员锁定）");
      await form.getByLabel("事项名称").fill("锁定月份的工程中心（e2e）");
      await form.getByRole("button", { name: "登记", exact: true }).click();
      await expect(form.getByRole("alert")).toContainText("2013年12月的数据已锁定");
      await expect(form.getByRole("alert")).toContainText("请联系管理员重新开放该月");
      await expect(page.getByTestId("item-count")).toHaveText("2 / 4 家");
      await snapTop(page, "count-items-locked-month");
      // An open month: no notice.
      await form.getByLabel(/^日期/).fill("2013-11-02");
      await expect(form.getByTestId("item-lock-notice")).toHaveCount(0);
    } finally {
      await gql(`mutation { reopenMonth(planId: "${planId}", month: 12, reason: "e2e：核对完毕") { planId } }`);
    }
  });
});
