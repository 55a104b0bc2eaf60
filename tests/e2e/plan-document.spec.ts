import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { docxText } from "../factories/docx-text";
import { signIn, snap } from "./helpers";

// 绩效计划书 (#15): the plan in the structure of its source document, on the page and in its Word file.
const TITLE = "湖南省益阳市科技局2013年绩效计划书";
const HEADINGS = ["一、单位主要职责", "二、单位绩效指标及目标值", "三、单位绩效计划实施安排", "四、其他情况说明"];
const SIGNATURES = ["厅长（签章）：", "责任单位（公章）：", "责任人（签章）："];

/** The page's document, a line per heading and paragraph, as the Word file has them. */
async function pageLines(page: Page): Promise<string[]> {
  return page
    .getByTestId("plan-document")
    .evaluate((doc) => [...doc.querySelectorAll("h1, h2, h3, h4, p")].map((e) => e.textContent ?? "").filter((t) => t.length > 0));
}

test.describe("绩效计划书", () => {
  test("the plan page links its document; the page shows the four headings and the signature blocks; the .docx downloads", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, "leader");
    await expect(page.getByTestId("plan-document-docx-link")).toHaveText("下载 .docx");
    await page.getByTestId("plan-document-link").click();
    await expect(page).toHaveURL(/\/plans\/[^/]+\/document$/);

    const doc = page.getByTestId("plan-document");
    await expect(doc.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    const signatures = page.getByTestId("plan-document-signatures");
    for (const s of SIGNATURES) await expect(signatures.getByText(s, { exact: true })).toBeVisible();
    await expect(signatures).toContainText("2013年");
    await expect(doc.getByRole("heading", { level: 2 })).toHaveText(HEADINGS);
    await expect(doc.getByRole("heading", { name: "（一）工作业绩（480分）" })).toBeVisible();
    await expect(doc.getByRole("heading", { name: "1、高新技术产业发展（100分）" })).toBeVisible();
    await expect(doc.getByText("（1）预计辖区内高企数量增长幅度保持在10%以上。（50分）", { exact: true })).toBeVisible();
    await expect(doc.getByText("12、承办市委、市人民政府交办的其他事项。", { exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await snap(page, "plan-document");

    // 下载 .docx: the same document, line by line
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-plan-document").click()]);
    expect(download.suggestedFilename()).toBe(`${TITLE}.docx`);
    const lines = await docxText(fs.readFileSync(await download.path()));
    expect(lines.slice(0, 4)).toEqual([TITLE, ...SIGNATURES]);
    expect(lines.filter((l) => HEADINGS.includes(l))).toEqual(HEADINGS);
    expect(lines).toEqual(await pageLines(page));

    // printed: only the document, on A4 portrait
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("download-plan-document")).toBeHidden();
    await expect(doc.getByRole("heading", { level: 1 })).toBeVisible();
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
    const [, width, height] = pdf.match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/)!.map(Number);
    expect(Math.round(width)).toBe(595); // 210 mm
    expect(Math.round(height)).toBe(842); // 297 mm
    await page.emulateMedia({ media: "screen" });

    // English: the page's controls switch, the document's own text stays as written
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByTestId("download-plan-document")).toHaveText("Download .docx");
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
    await expect(doc.getByRole("heading", { level: 2 })).toHaveText(HEADINGS);
    await page.getByRole("link", { name: "← Back to the plan dashboard" }).click();
    await expect(page.getByTestId("plan-document-link")).toHaveText("Plan document");
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByTestId("plan-document-link")).toHaveText("计划书原文");
  });

  test("the dashboard's 下载 .docx downloads the plan's Word file", async ({ page }) => {
    await signIn(page, "leader");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("plan-document-docx-link").click()]);
    expect(download.suggestedFilename()).toBe(`${TITLE}.docx`);
    const lines = await docxText(fs.readFileSync(await download.path()));
    expect(lines[0]).toBe(TITLE);
    expect(lines).toContain("（二）科技投入与保障（200分）");
  });
});
