import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { docxText } from "../factories/docx-text";
import { signIn, snap } from "./helpers";

// 通报 (#13): the assessment group writes the notice of the 2013 half-year review (半年点评, a period no other journey
// opens), issues it, downloads the Word file and reads it, and prints the page (A4 portrait).

const TITLE = "关于湖南省益阳市科技局2013年上半年绩效目标点评情况的通报";
const ADDRESSEE = "局机关各科室、各县（市、区）科技局";
const REMARKS = ["上半年总体进展基本符合序时要求。", "滞后目标请责任科室于7月底前提交整改措施。"];

/** Today in China as the notice prints it: 2026年12月2日. */
function todayZh(): string {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date()).split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** The page's notice, block by block as the Word file has them (table rows as tab-joined cells). */
async function pageLines(page: Page): Promise<string[]> {
  return page.getByTestId("bulletin-document").evaluate((doc) =>
    [...doc.querySelectorAll(":scope > p, :scope > h2, :scope > h3, :scope > h4, tr")].flatMap((el) => {
      if (el.tagName === "TR") return [[...el.children].map((c) => c.textContent ?? "").join("\t")];
      if (el.classList.contains("bulletin-signature")) return [...el.children].map((c) => c.textContent ?? "");
      return [el.textContent ?? ""];
    }),
  );
}

test.describe("assessment group: the review's 通报", () => {
  test("writes the remarks, issues the notice, downloads it as Word and prints it", async ({ page }) => {
    await signIn(page, "assessor");
    await page.getByTestId("reviews-link").click();
    const period = page.locator('[data-testid=review-period][data-kind=HALF_YEAR][data-index="1"]');
    await expect(period).toBeVisible();
    const open = period.getByRole("button", { name: "开展 2013年上半年 半年点评" });
    if (await open.count()) {
      await open.click();
      await period.getByRole("button", { name: "确认开展" }).click();
    } else await period.getByRole("link").click();
    await expect(page).toHaveURL(/\/reviews\/[^/]+$/);

    // the review page leads to its notice
    const panel = page.getByTestId("bulletin-panel");
    await expect(panel.getByRole("heading", { name: "通报" })).toBeVisible();
    await panel.getByRole("link", { name: "查看通报" }).click();
    await expect(page).toHaveURL(/\/reviews\/[^/]+\/bulletin$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("考核通报");
    await expect(page.getByTestId("bulletin-status")).toHaveText("草稿（未印发）");
    const doc = page.getByTestId("bulletin-document");
    await expect(doc.getByRole("heading", { level: 2 })).toHaveText(TITLE);
    await expect(doc).toHaveAttribute("data-draft", "true");
    await expect(doc.locator(".bulletin-addressee")).toHaveText("局机关各科室：");
    await expect(doc.getByRole("heading", { level: 3 })).toHaveText([
      "一、总体完成情况",
      "二、各领域完成情况",
      "三、各科室完成情况",
      "四、滞后和逾期目标",
      "五、报送纪律",
      "六、整改落实",
      "七、考核组意见",
    ]);
    await expect(doc.getByRole("table")).toHaveCount(3); // areas, sections, discipline by section
    await expect(doc.locator(".bulletin-signature")).toContainText(`益阳市科技局${todayZh()}`);
    await snap(page, "bulletin-draft");

    // 主送 and 考核组意见, saved (the preview shows them at once)
    const form = page.getByTestId("bulletin-form");
    await form.getByLabel("主送").fill(ADDRESSEE);
    await form.getByLabel("考核组意见").fill(REMARKS.join("\n"));
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form.getByRole("status")).toHaveText("已保存");
    await expect(doc.locator(".bulletin-addressee")).toHaveText(`${ADDRESSEE}：`);
    for (const text of REMARKS) await expect(doc.getByText(text, { exact: true })).toBeVisible();

    // 印发 asks first; Escape goes back to the button, by keyboard
    const issue = form.getByTestId("issue-bulletin");
    await issue.focus();
    await page.keyboard.press("Enter");
    const confirm = page.getByRole("alertdialog", { name: "确认印发通报" });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole("button", { name: "确认印发" })).toBeFocused();
    await snap(page, "bulletin-issue-confirm");
    await page.keyboard.press("Escape");
    await expect(confirm).toBeHidden();
    await expect(issue).toBeFocused();
    await expect(page.getByTestId("bulletin-status")).toHaveText("草稿（未印发）");

    await page.keyboard.press("Enter");
    await confirm.getByRole("button", { name: "确认印发" }).click();
    await expect(page.getByTestId("bulletin-status")).toContainText("已印发");
    await expect(page.getByTestId("bulletin-status")).toContainText("演示考核组于");
    await expect(page.getByTestId("bulletin-form")).toHaveCount(0);
    await expect(page.getByText("通报已印发，主送和考核组意见不再修改。")).toBeVisible();
    await expect(doc).not.toHaveAttribute("data-draft", "true");
    await expect(doc.locator(".bulletin-draft")).toHaveCount(0);
    await snap(page, "bulletin-issued");

    // 下载 Word: the same notice, line by line, as the page shows it
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-bulletin").click()]);
    expect(download.suggestedFilename()).toBe("通报-2013-H1-半年点评.docx");
    const lines = await docxText(fs.readFileSync(await download.path()));
    expect(lines.slice(0, 3)).toEqual([
      TITLE,
      `${ADDRESSEE}：`,
      expect.stringMatching(/^根据《湖南省益阳市科技局2013年绩效计划书》.*截至2013年6月30日.*半年点评。现将有关情况通报如下：$/),
    ]);
    expect(lines[4]).toMatch(/^纳入本次半年点评的绩效目标共20项，总分值680分，期末总体完成度为[\d.]+%。/);
    expect(lines).toContain("七、考核组意见");
    expect(lines.slice(-4)).toEqual([...REMARKS, "益阳市科技局", todayZh()]);
    expect(lines).toEqual(await pageLines(page));

    // printed: only the notice, on A4 portrait
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".toolbar")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
    await expect(doc.getByRole("heading", { level: 2 })).toBeVisible();
    await snap(page, "bulletin-print");
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
    const [, width, height] = pdf.match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/)!.map(Number);
    expect(Math.round(width)).toBe(595); // 210 mm
    expect(Math.round(height)).toBe(842); // 297 mm
    await page.emulateMedia({ media: "screen" });

    // a phone: the notice fits the width (its tables scroll inside it)
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(doc.getByRole("heading", { level: 2 })).toHaveText(TITLE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snap(page, "bulletin-phone");
  });

  test("an issued notice freezes the review's snapshot until it is withdrawn with a reason", async ({ page }) => {
    await signIn(page, "assessor");
    await page.getByTestId("reviews-link").click();
    await page.locator('[data-testid=review-period][data-kind=HALF_YEAR][data-index="1"]').getByRole("link").click();
    await expect(page).toHaveURL(/\/reviews\/[^/]+$/);
    const review = page.url();
    // issued by the journey above: no 更新快照, and the page says why
    await expect(page.getByTestId("snapshot-frozen")).toHaveText("通报已印发，快照不再更新（撤回印发后可更新）");
    await expect(page.getByRole("button", { name: "更新快照" })).toHaveCount(0);

    await page.getByRole("link", { name: "查看通报" }).click();
    const withdraw = page.getByTestId("bulletin-withdraw");
    await withdraw.getByRole("button", { name: "撤回印发" }).click();
    const reason = withdraw.getByLabel("撤回原因（必填）");
    await expect(reason).toBeFocused();
    await withdraw.getByRole("button", { name: "确认撤回" }).click();
    await expect(withdraw.getByRole("alert")).toHaveText("请填写撤回原因");
    await reason.fill("落款日期有误，撤回后重新印发（e2e）");
    await withdraw.getByRole("button", { name: "确认撤回" }).click();
    await expect(page.getByTestId("bulletin-status")).toHaveText("草稿（未印发）");
    await expect(page.getByTestId("bulletin-form")).toBeVisible();
    await expect(page.getByTestId("bulletin-withdraw")).toHaveCount(0);

    await page.goto(review);
    await expect(page.getByRole("button", { name: "更新快照" })).toBeVisible();
    await expect(page.getByTestId("snapshot-frozen")).toHaveCount(0);
  });
});
