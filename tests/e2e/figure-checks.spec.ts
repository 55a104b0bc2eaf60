import { expect, test, type Page } from "@playwright/test";
import { row, signIn, snap } from "./helpers";

// #13 数据审核: the administrator turns checks on; 高新办 reports a figure and a named item, which wait (待审核) and do
// not count; the 考核组 sees "2 项数据待审核" on the dashboard, accepts the figure from the queue with the standing
// figure beside it and returns the item with a reason; 高新办 sees the reason on the target page and corrects the
// item, which goes back to the queue and is accepted; with nothing waiting the administrator turns checks off.
// The figure reported is the demo's own year-end figure (452), and 二.(一).4.(2) is already complete (3 / 3), so
// the journeys that run after this one see the same completion.

const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? "admin-e2e-2013";
const OUTPUT = "二.(一).1.(2)"; // 高新技术产品产值增幅, 高新办, 452 at 2013-12-31
const PROJECTS = "二.(一).4.(2)"; // 产学研重点项目 3 项, 高新办 + 成果科
const ITEM = "校企合作茶叶深加工项目（e2e 审核）";
const NOTE = "按统计年报复核（e2e 审核）";

const card = (page: Page, text: string) => page.getByTestId("checks-pending").getByTestId("check-card").filter({ hasText: text });

test("the assessor accepts one report and returns another; the section corrects it and it counts", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin", ADMIN_PASSWORD);
  const dashboard = admin.url();
  await admin.getByTestId("checks-link").click();
  await expect(admin.getByTestId("checks-state")).toHaveAttribute("data-enabled", "false");
  await admin.getByRole("button", { name: "开启数据审核" }).click();
  await expect(admin.getByTestId("checks-state")).toHaveAttribute("data-enabled", "true");

  // 高新办 reports; the form says the figure waits, the history marks it 待审核, the count stays 3
  const head = await (await browser.newContext()).newPage();
  await signIn(head, "gaoxin");
  await row(head, OUTPUT).getByRole("link").first().click();
  const form = head.getByTestId("progress-form");
  await form.getByLabel("完成值（累计）").fill("452");
  await form.getByLabel("报送日期").fill("2013-12-31");
  await form.getByLabel("情况说明").fill(NOTE);
  await form.getByRole("button", { name: "提交" }).click();
  await expect(form.getByRole("status")).toHaveText("已提交，待考核组审核后计入");
  const pendingEntry = head.getByTestId("entry-row").filter({ hasText: NOTE });
  await expect(pendingEntry).toHaveAttribute("data-check", "PENDING");
  await expect(pendingEntry.getByTestId("check-state")).toContainText("待审核，尚未计入");

  await head.goto(dashboard);
  await row(head, PROJECTS).getByRole("link").first().click();
  const items = head.getByTestId("items-panel");
  const itemForm = items.getByTestId("item-form");
  await itemForm.getByLabel("事项名称").fill(ITEM);
  await itemForm.getByLabel(/^日期/).fill("2013-12-12");
  await itemForm.getByLabel("批准文号").fill("益科成〔2013〕30号");
  await itemForm.getByRole("button", { name: "登记", exact: true }).click();
  await expect(itemForm.getByRole("status")).toHaveText("已提交，待考核组审核后计入");
  const itemRow = items.locator(`[data-testid=item-row][data-name="${ITEM}"]`);
  await expect(itemRow.getByTestId("check-state")).toHaveAttribute("data-check", "PENDING");
  await expect(items.getByTestId("item-count")).toHaveText("3 / 3 项");
  const itemPage = head.url();

  // the 考核组: the dashboard says what waits; the queue shows each report beside what counts now
  const assessor = await (await browser.newContext()).newPage();
  await signIn(assessor, "assessor");
  const notice = assessor.getByTestId("checks-notice");
  await expect(notice).toHaveAttribute("data-pending", "2");
  await expect(notice).toContainText("2 项数据待审核，尚未计入。");
  await notice.getByRole("link", { name: "按填报显示（含待审核）" }).click();
  await expect(assessor.getByTestId("as-reported-note")).toBeVisible();
  await expect(row(assessor, PROJECTS).getByTestId("latest")).toHaveText("4 项");
  await assessor.getByTestId("checks-notice").getByRole("link", { name: "按审核显示（仅计入已采纳）" }).click();
  await expect(row(assessor, PROJECTS).getByTestId("latest")).toHaveText("3 项");
  await assessor.getByTestId("checks-notice").getByRole("link", { name: "前往数据审核" }).click();
  await expect(assessor.getByRole("heading", { name: "待审核（2）" })).toBeVisible();
  const figure = card(assessor, OUTPUT);
  await expect(figure.getByTestId("check-reported")).toContainText("452 亿元");
  await expect(figure.getByTestId("check-standing")).toContainText("452 亿元");
  await expect(figure).toContainText(NOTE);
  const item = card(assessor, ITEM);
  await expect(item.getByTestId("check-standing")).toHaveText("3 项");
  await expect(item).toContainText("益科成〔2013〕30号");
  await expect(item.getByTestId("check-evidence")).toContainText("未附佐证材料");
  await snap(assessor, "figure-checks-queue");

  await figure.getByRole("button", { name: new RegExp(`^采纳：${OUTPUT.replace(/[().]/g, "\\$&")}`) }).click();
  await expect(assessor.getByRole("heading", { name: "待审核（1）" })).toBeVisible();
  await item.getByRole("button", { name: /^退回…：/ }).click();
  const reason = item.getByLabel("退回原因");
  await expect(reason).toBeFocused();
  await item.getByRole("button", { name: "确认退回" }).click();
  await expect(item.getByRole("alert")).toContainText("写明需要修改的内容");
  await reason.fill("缺立项批复文件，请补传后重新提交（e2e）");
  await item.getByRole("button", { name: "确认退回" }).click();
  await expect(assessor.getByRole("heading", { name: "待审核（0）" })).toBeVisible();
  const returned = assessor.getByTestId("checks-returned").getByTestId("check-card").filter({ hasText: ITEM });
  await expect(returned.getByTestId("check-note")).toContainText("缺立项批复文件，请补传后重新提交（e2e）");

  // 高新办 sees why on the target page, corrects the item, and it waits again
  await head.goto(itemPage);
  await expect(itemRow.getByTestId("check-state")).toHaveAttribute("data-check", "RETURNED");
  await expect(itemRow.getByTestId("check-note")).toContainText("缺立项批复文件，请补传后重新提交（e2e）");
  await snap(head, "figure-checks-returned-item");
  await items.getByRole("button", { name: `修改：${ITEM}` }).click();
  const edit = items.getByTestId("item-form").filter({ has: head.getByRole("button", { name: "保存修改" }) });
  await edit.getByLabel("批准文号").fill("益科成〔2013〕31号");
  await edit
    .getByLabel(/佐证文件/)
    .setInputFiles({ name: "立项批复.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 e2e 审核") });
  await edit.getByRole("button", { name: "保存修改" }).click();
  await expect(itemRow.getByTestId("check-state")).toHaveAttribute("data-check", "PENDING");

  // accepted, it counts; nothing waits, so checks can be turned off again
  await assessor.reload();
  const resubmitted = card(assessor, ITEM);
  await expect(resubmitted).toContainText("益科成〔2013〕31号");
  await expect(resubmitted.getByRole("link", { name: "立项批复.pdf" })).toBeVisible();
  await resubmitted.getByRole("button", { name: /^采纳：/ }).click();
  await expect(assessor.getByRole("heading", { name: "待审核（0）" })).toBeVisible();
  await expect(assessor.getByRole("heading", { name: "已退回、待科室修改（0）" })).toBeVisible();
  await head.reload();
  await expect(items.getByTestId("item-count")).toHaveText("4 / 3 项");
  await expect(itemRow.getByTestId("check-state")).toHaveCount(0);

  await admin.reload();
  await admin.getByRole("button", { name: "关闭数据审核" }).click();
  await expect(admin.getByTestId("checks-state")).toHaveAttribute("data-enabled", "false");
});

test("the queue fits a phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, "assessor");
  await page.getByTestId("checks-link").click();
  await expect(page.getByRole("heading", { level: 1, name: "数据审核" })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await snap(page, "figure-checks-phone");
});
