import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { row, signIn, snap } from "./helpers";

const LEADERS = "二.(一).3.(2)"; // 选树科技创新带头人5名, 计划科; the demo set has 5 named items, the last 3 on 2013-10-18
const NAME = "科技创新带头人己（e2e，现代农业）";
const NOTE = 'e2e 操作日志：新增"科技创新带头人",共 6 名';

test.describe("操作日志: every write is traceable", () => {
  test("a section head's report appears in the leader's log, filtered by section and exported as CSV", async ({ page }) => {
    // The demo data is loaded without audit rows: write one through the form first. A count target is
    // reported item by item (逐项登记): the sixth 带头人 with a note that has quotes and a comma.
    await signIn(page, "jihua");
    await row(page, LEADERS).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("科技创新带头人");
    const form = page.getByTestId("item-form");
    await form.getByLabel("事项名称").fill(NAME);
    await form.getByLabel(/^日期/).fill("2013-11-25");
    await form.getByLabel("简要说明").fill(NOTE);
    await form.getByRole("button", { name: "登记", exact: true }).click();
    await expect(form.getByRole("status")).toHaveText("已登记");
    await expect(page.getByTestId("item-count")).toHaveText("6 / 5 名");
    await page.getByRole("button", { name: "退出" }).click();

    await signIn(page, "leader");
    await page.getByRole("link", { name: "操作日志" }).click();
    await expect(page).toHaveURL(/\/audit$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("操作日志");

    const filters = page.getByTestId("audit-filters");
    // A label wrapping a select also holds the options' text, so find the select by its accessible name.
    const section = filters.getByRole("combobox", { name: "科室", exact: true });
    await section.selectOption({ label: "计划科" });
    await filters.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/sectionId=/);
    await expect(section).toHaveValue(/.+/);
    await expect(page.getByTestId("audit-count")).toContainText("科室：计划科");

    const mine = page.locator(`[data-testid=audit-row][data-code="${LEADERS}"]`).filter({ hasText: NOTE }).first();
    await expect(mine).toBeVisible();
    await expect(mine).toContainText("计划科负责人（演示）");
    await expect(mine).toContainText("逐项登记");
    await expect(mine.getByRole("link", { name: `${LEADERS} 科技创新带头人` })).toHaveAttribute("href", /\/targets\//);
    await expect(mine.locator("li[data-field=count]")).toHaveText("已登记数：5 → 6");
    await expect(mine.locator("li[data-field=name]")).toHaveText(`事项名称：— → ${NAME}`);
    await expect(mine.locator("li[data-field=date]")).toHaveText("日期：— → 2013-11-25");
    // Every row is a 计划科 target or written by 计划科's head.
    for (const r of await page.getByTestId("audit-row").all()) {
      expect(await r.getAttribute("data-code")).toMatch(/^二\.\(一\)\.3\./);
    }
    await snap(page, "audit-log-section");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "导出 CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^操作日志-\d{8}\.csv$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString("utf8");
    expect(csv.split("\r\n")[0]).toBe("时间,操作人,操作,指标编号,指标,变更内容,原因");
    expect(csv).toContain(`${LEADERS},科技创新带头人,"事项名称：— → ${NAME}`);
    expect(csv).toContain("已登记数：5 → 6");
    expect(csv).toContain('简要说明：— → e2e 操作日志：新增""科技创新带头人"",共 6 名');

    // Another section's log does not show the report; the printed page keeps the table and the filters.
    await section.selectOption({ label: "高新办" });
    await filters.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByTestId("audit-count")).toContainText("科室：高新办");
    await expect(page.locator(`[data-testid=audit-row][data-code="${LEADERS}"]`)).toHaveCount(0);

    // The administrator's reopening of 2013 (shown on 月份锁定) is in the log, in words: the plan, the months, the lock
    // it lifted, the reason.
    const action = filters.getByRole("combobox", { name: "操作", exact: true });
    await page.goto("/audit");
    await action.selectOption({ label: "重新开放月份" });
    await filters.getByRole("button", { name: "筛选" }).click();
    const reopened = page.getByTestId("audit-row").filter({ hasText: "计划：湖南省益阳市科技局2013年绩效计划书" });
    await expect(reopened).toHaveCount(1);
    await expect(reopened).toContainText("系统管理员");
    await expect(reopened.locator("li[data-field=months]")).toHaveText("月份：2013年1月–12月");
    await expect(reopened.locator("li[data-field=locked]")).toHaveText("已锁定：是 → 否");
    await expect(reopened.locator("li[data-field=lockReason]")).toHaveText("锁定原因：已过锁定期 → —");
    await expect(reopened).toContainText("【演示】2013 年为历史年度");

    // Nothing on the whole log is a code, a field's key or an id.
    await page.goto("/audit");
    const table = (await page.getByTestId("audit-table").innerText()).replace(/https?:\/\/\S+/g, "");
    expect(table).not.toMatch(/\b[A-Z][A-Z_]{2,}\b|\b[a-z]+[A-Z][A-Za-z]*\b|\bc[a-z0-9]{20,}\b|(^|\n)[A-Za-z]+：/);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("audit-filters")).toBeHidden();
    await expect(page.getByTestId("audit-table")).toBeVisible();
    await snap(page, "audit-log-print");
  });
});
