import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { signIn, snap } from "./helpers";

// scripts/e2e-server.sh seeds the administrator with this password.
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? "admin-e2e-2013";

const itemRows = (page: Page) => page.getByTestId("duty-item-row");
const sectionGroup = (page: Page, name: string) => page.locator(`[data-testid=section-group][data-section="${name}"]`);

async function openXiangyin(page: Page) {
  await page.getByRole("navigation", { name: "绩效目标追踪" }).getByRole("link", { name: "责任清单" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("益阳市科技局责任清单");
  await page.getByRole("navigation", { name: "单位" }).getByRole("link", { name: "湘阴县科技局" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("湘阴县科技局责任清单");
}

test.describe("责任清单 (responsibility list)", () => {
  test("a leader reads 湘阴县科技局's list by duty and by section, and searches it", async ({ page }) => {
    await signIn(page, "leader");
    await openXiangyin(page);
    await expect(page.getByText("湖南省岳阳市湘阴县 · 县级 · 16 项主要职责 · 72 项具体工作事项 · 5 个科室")).toBeVisible();

    // 按职责: the source's table, 72 work items under 16 duties
    await expect(page.getByTestId("duty")).toHaveCount(16);
    await expect(itemRows(page)).toHaveCount(72);
    const first = itemRows(page).first();
    await expect(first.getByTestId("item-text")).toHaveText("制定全县科技政策性文件");
    await expect(first.locator("td").nth(3)).toHaveText("办公室");
    await expect(first.locator("td").nth(4)).toHaveText("2115518");
    await expect(page.getByTestId("boundary")).toHaveCount(2);
    await expect(page.getByTestId("procedure")).toHaveCount(6);
    await expect(page.getByTestId("service-row")).toHaveCount(6);
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap(page, "duties-xiangyin-by-duty");

    // 按科室: 地震办公室 with its phone and its 13 work items (duties 14, 15, 16)
    await page.getByRole("link", { name: "按科室" }).click();
    await expect(page).toHaveURL(/view=section/);
    await expect(page.getByTestId("section-group")).toHaveCount(5);
    const quake = sectionGroup(page, "地震办公室");
    await expect(quake.getByRole("heading", { level: 3 })).toHaveText("地震办公室");
    await expect(quake.getByTestId("section-phone")).toHaveText("2115558");
    await expect(quake.getByTestId("section-item-row")).toHaveCount(13);
    await expect(quake.getByTestId("section-item-row").first().getByTestId("item-text")).toHaveText(
      "负责拟定全县防震减灾规划，并监督检查其执行",
    );
    await expect(sectionGroup(page, "知识产权办公室").getByTestId("section-item-row")).toHaveCount(26);
    // from the top: a scrolled full-page screenshot draws the sticky table heads mid-table
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap(page, "duties-xiangyin-by-section");

    // 检索 专利: only rows containing it, the matches marked
    await page.getByLabel("检索责任清单").fill("专利");
    await page.getByRole("button", { name: "检索", exact: true }).click();
    await expect(page).toHaveURL(/q=%E4%B8%93%E5%88%A9/);
    await expect(page).toHaveURL(/view=section/);
    await expect(page.getByTestId("search-result")).toHaveText(
      "检索「专利」：3 项职责、14 项具体工作事项、1 项职责边界、0 项监管制度、2 项公共服务事项",
    );
    const sectionRows = page.getByTestId("section-item-row");
    await expect(sectionRows).toHaveCount(14);
    for (const text of await sectionRows.getByTestId("item-text").allTextContents()) expect(text).toContain("专利");
    await expect(page.getByTestId("section-group")).toHaveCount(2);
    await expect(sectionGroup(page, "地震办公室")).toHaveCount(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap(page, "duties-search-by-section");

    await page.getByRole("link", { name: "按职责" }).click();
    await expect(page).toHaveURL(/q=%E4%B8%93%E5%88%A9/);
    await expect(itemRows(page)).toHaveCount(14);
    for (const text of await itemRows(page).getByTestId("item-text").allTextContents()) expect(text).toContain("专利");
    await expect(page.getByTestId("duty")).toHaveCount(3);
    await expect(page.getByTestId("service-row")).toHaveCount(2);
    await expect(page.getByTestId("boundary")).toHaveCount(1);
    await expect(page.getByTestId("duty-table").locator("mark").first()).toHaveText("专利");
    await expect(page.locator("#procedures")).toContainText("没有与检索词匹配的内容。");
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap(page, "duties-search-by-duty");

    // 清除检索 brings the whole list back
    await page.getByRole("link", { name: "清除检索" }).click();
    await expect(itemRows(page)).toHaveCount(72);
  });

  test("prints on A4 portrait and exports the list to Excel", async ({ page }) => {
    await signIn(page, "leader");
    await openXiangyin(page);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.getByRole("main").getByRole("search")).toBeHidden();
    // about the width of an A4 portrait page's printable area (210 − 2 × 12 mm at 96 dpi)
    await page.setViewportSize({ width: 703, height: 1017 });
    await snap(page, "duties-print");
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    fs.mkdirSync("tests/output", { recursive: true });
    fs.writeFileSync("tests/output/duties-print.pdf", pdf);
    // A4 portrait is 595 × 842 points: every page box is taller than wide
    const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(boxes.length).toBeGreaterThan(3);
    for (const [w, h] of boxes) {
      expect(Math.round(w)).toBe(595);
      expect(Math.round(h)).toBe(842);
    }
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 1280, height: 720 });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()]);
    expect(download.suggestedFilename()).toBe("湘阴县科技局责任清单.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["部门职责", "职责边界", "公共服务事项"]);
    const duties = workbook.getWorksheet("部门职责")!;
    expect(duties.rowCount).toBe(73);
    expect(duties.getCell("C2").value).toBe("制定全县科技政策性文件");
  });

  test("an administrator links a 益阳 target to a 益阳 duty; the section page shows it; the link is removed", async ({ page }) => {
    await signIn(page, "admin", ADMIN_PASSWORD);
    await page.getByRole("navigation", { name: "绩效目标追踪" }).getByRole("link", { name: "责任清单" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("益阳市科技局责任清单");
    await expect(page.getByTestId("duty")).toHaveCount(12);
    await page.getByText("关联绩效指标").click();
    const form = page.getByTestId("link-target-form");
    const duty5 = await page.locator("[data-testid=duty][data-seq='5']").getAttribute("data-seq");
    expect(duty5).toBe("5");
    await form.getByLabel("职责 / 具体工作事项").selectOption({ label: "职责 5（整项职责）" });
    await form.getByLabel("绩效指标").selectOption({ label: "二.(一).1.(1) 高企数量增长" });
    await form.getByRole("button", { name: "关联" }).click();
    await expect(form.getByRole("status")).toHaveText("已关联指标 二.(一).1.(1)");
    const link = page.locator("[data-testid=duty][data-seq='5'] [data-testid=duty-link]");
    await expect(link).toHaveAttribute("data-code", "二.(一).1.(1)");
    await expect(link).toContainText("2013 · 二.(一).1.(1) 高企数量增长");
    await snap(page, "duties-admin-linked");

    // the same link again is refused with the server's message
    await form.getByLabel("绩效指标").selectOption({ label: "二.(一).1.(1) 高企数量增长" });
    await form.getByRole("button", { name: "关联" }).click();
    await expect(form.getByRole("alert")).toHaveText("指标 二.(一).1.(1) 已关联到该职责");

    // 高新办 owns the target: its section page lists the duty it serves
    const gaoxin = await page.evaluate(async () => {
      const res = await fetch("/api/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ units { name sections { id name } } }" }),
      });
      const body = (await res.json()) as { data: { units: { name: string; sections: { id: string; name: string }[] }[] } };
      return body.data.units.find((u) => u.name === "益阳市科技局")!.sections.find((s) => s.name === "高新办")!.id;
    });
    await page.goto(`/sections/${gaoxin}`);
    const panel = page.getByTestId("section-duties");
    await expect(panel.getByTestId("section-duty-links")).toContainText("二.(一).1.(1) 高企数量增长");
    await expect(panel.getByTestId("section-duty-links")).toContainText("5. 主管全市高新技术的研究开发");
    await snap(page, "duties-section-page");

    await page.goBack();
    await page.getByRole("button", { name: "取消关联 二.(一).1.(1)" }).click();
    await expect(page.locator("[data-testid=duty-link]")).toHaveCount(0);
  });
});
