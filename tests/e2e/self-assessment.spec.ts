import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { signIn, snap } from "./helpers";

const LEADERS = "二.(一).3.(2)"; // 培养科技创新带头人 5 名, 计划科: 5 of 5 items → 33.33 of 33.33 points
const JUSTIFICATION = "五名带头人均已认定；其中一名材料12月补报（e2e）";
const AWARD_REASON = "一名带头人认定材料不全，酌情扣分（e2e）";

const scoreRow = (page: Page, code: string) => page.locator(`[data-testid=score-row][data-code="${code}"]`);

async function graphql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await page.request.post("/api/graphql", { data: { query, variables } });
  const body = (await res.json()) as { data: T; errors?: { message: string }[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const planIdOf = (page: Page) => new URL(page.url()).pathname.split("/")[2];

/** The year-end review closes self-assessment; the review journey closes it, so the assessors reopen it here. */
async function yearReview(page: Page): Promise<{ id: string; status: string; version: number } | null> {
  const data = await graphql<{ reviews: { review: { id: string; status: string; version: number } }[] }>(
    page,
    `
      query R($planId: ID!) {
        reviews(planId: $planId, kind: YEAR) {
          review {
            id
            status
            version
          }
        }
      }
    `,
    { planId: planIdOf(page) },
  );
  return data.reviews[0]?.review ?? null;
}

test.describe.configure({ mode: "serial" });

test.describe("自评: a section's self score against the awarded score", () => {
  /** the year-end review this journey reopened, with the version its reopening left */
  let reopened: { id: string; version: number } | null = null;

  test("the assessors make sure the year-end assessment is still open for self-assessment", async ({ page }) => {
    await signIn(page, "assessor");
    const review = await yearReview(page);
    if (review?.status === "CLOSED") {
      const data = await graphql<{ reopenReview: { version: number } }>(
        page,
        `
          mutation ($id: ID!, $reason: String, $v: Int!) {
            reopenReview(reviewId: $id, reason: $reason, expectedVersion: $v) {
              status
              version
            }
          }
        `,
        { id: review.id, reason: "重新打开以便各科室自评（e2e）", v: review.version },
      );
      reopened = { id: review.id, version: data.reopenReview.version };
    }
    await page.getByTestId("score-sheet-link").click();
    await expect(page.getByTestId("score-gaps")).toContainText("科室负责人可在年终考评结束前");
  });

  test("计划科's head enters a self score with a justification on the score sheet", async ({ page }) => {
    await signIn(page, "jihua");
    await page.getByTestId("score-sheet-link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("年终考评计分表");
    const row = scoreRow(page, LEADERS);
    await expect(row.getByTestId("self")).toContainText("—");
    // only the section's own targets have the control
    await expect(scoreRow(page, "二.(一).1.(1)").getByRole("button", { name: /自评/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "调整得分" })).toHaveCount(0);

    await row.getByRole("button", { name: `${LEADERS} 自评` }).click();
    const form = row.getByTestId("self-score-form");
    await form.getByLabel(/^自评分/).fill("40");
    await form.getByRole("button", { name: "保存自评" }).click();
    // both checks at once, in Chinese, before anything is sent
    await expect(form.getByRole("alert").filter({ hasText: "自评分不能超过该指标的分值 33.33 分" })).toBeVisible();
    await expect(form.getByRole("alert").filter({ hasText: "请简要说明自评理由" })).toBeVisible();
    await form.getByLabel(/^自评分/).fill("30");
    await form.getByRole("button", { name: "保存自评" }).click();
    await expect(form.getByRole("alert")).toHaveText("请简要说明自评理由");
    await snap(page, "self-assessment-form");
    await form.getByLabel("自评说明").fill(JUSTIFICATION);
    await form.getByRole("button", { name: "保存自评" }).click();
    await expect(row.getByRole("status")).toHaveText("自评已保存");
    await expect(row).toHaveAttribute("data-self", "30");
    await expect(row.getByTestId("self")).toContainText("30");
    await expect(row.getByTestId("final")).toContainText("33.33"); // the awarded (final) score
    await expect(row.getByTestId("gap")).toHaveText("−3.33");
    await expect(row.getByTestId("justification")).toContainText(JUSTIFICATION);
    await expect(row.getByTestId("justification")).toContainText("计划科负责人（演示）");
    // the section's total gap is charted for everyone
    const gaps = page.locator("[data-testid=gap-row][data-section=计划科]");
    await expect(gaps).toContainText("−3.33");
    await expect(page.getByTestId("score-gap-chart").locator(".recharts-bar-rectangle")).toHaveCount(1);
  });

  test("the assessor awards a lower score with a reason, sees self against awarded and the gap, and the XLSX has them", async ({
    page,
  }) => {
    await signIn(page, "assessor");
    await page.getByTestId("score-sheet-link").click();
    const row = scoreRow(page, LEADERS);
    await expect(row.getByTestId("self")).toContainText("30");
    await row.getByRole("button", { name: "调整得分" }).click();
    await row.getByLabel("调整后得分").fill("25");
    await row.getByLabel("调整原因").fill(AWARD_REASON);
    await row.getByRole("button", { name: "保存", exact: true }).click();
    await expect(row.getByTestId("final")).toContainText("25");
    await expect(row.getByTestId("gap")).toHaveText("+5");
    await expect(row).toHaveAttribute("data-gap", "5");
    await expect(page.locator("[data-testid=gap-row][data-section=计划科]")).toHaveAttribute("data-gap", "5");
    // the assessors cannot self-assess
    await expect(row.getByRole("button", { name: /自评/ })).toHaveCount(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap(page, "self-assessment-awarded");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const ws = workbook.getWorksheet("年终考评计分表")!;
    expect((ws.getRow(1).values as unknown[]).slice(14)).toEqual(["自评分", "考核得分", "差值", "自评说明"]);
    let found = 0;
    ws.eachRow((r) => {
      if (r.getCell(2).value !== LEADERS) return;
      found++;
      expect(r.getCell(12).value).toBe(25);
      expect(r.getCell(13).value).toBe(AWARD_REASON);
      expect(r.getCell(14).value).toBe(30);
      expect(r.getCell(15).value).toBe(25);
      expect(r.getCell(16).value).toBe(5);
      expect(r.getCell(17).value).toBe(JUSTIFICATION);
    });
    expect(found).toBe(1);
    expect(workbook.getWorksheet("逐项清单")!.rowCount).toBeGreaterThan(1);
  });

  test("the leader reads the same comparison without any score controls", async ({ page }) => {
    await signIn(page, "leader");
    await page.getByTestId("score-sheet-link").click();
    const row = scoreRow(page, LEADERS);
    await expect(row.getByTestId("self")).toContainText("30");
    await expect(row.getByTestId("gap")).toHaveText("+5");
    await expect(page.getByRole("button", { name: /自评|调整得分/ })).toHaveCount(0);
    await expect(page.getByTestId("score-gap-chart")).toBeVisible();
    await page.getByTestId("score-gaps").screenshot({ path: "tests/output/screenshots/self-assessment-gaps.png" });
  });

  test("the assessors put the year-end review back as they found it", async ({ page }) => {
    test.skip(reopened === null, "the year-end review was open already");
    await signIn(page, "assessor");
    await graphql(
      page,
      `
        mutation ($id: ID!, $v: Int!) {
          closeReview(reviewId: $id, expectedVersion: $v) {
            status
          }
        }
      `,
      { id: reopened!.id, v: reopened!.version },
    );
    await page.getByTestId("score-sheet-link").click();
    await expect(page.getByTestId("score-gaps")).toContainText("年终考评已结束");
  });
});
