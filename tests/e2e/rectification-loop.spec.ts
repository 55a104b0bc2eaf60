import { expect, test, type Page } from "@playwright/test";
import { inDays, signIn, snap } from "./helpers";

// #13 整改: the assessors issue a notice from a review; the owning section (计划科) finds it on its section page,
// answers on the target page with what it did and a file; the assessors send it back once, then sign it off.

const CENTRES = "二.(一).3.(3)";
const NOTICE = "请于半月内报送第3家市级工程中心的组建批复（e2e）";

const noticeRow = (page: Page) => page.getByTestId("target-rectifications").getByTestId("rectification-row").filter({ hasText: NOTICE });

test("a notice answered by its section, sent back once, then signed off", async ({ browser }) => {
  // the 考核组 issues it from the Q2 inspection with the proposed deadline
  const assessor = await (await browser.newContext()).newPage();
  await signIn(assessor, "assessor");
  await assessor.getByTestId("reviews-link").click();
  const period = assessor.locator('[data-testid=review-period][data-kind=QUARTER][data-index="2"]');
  await expect(period).toBeVisible();
  const open = period.getByRole("button", { name: /^开展/ });
  if (await open.count()) {
    await open.click();
    await period.getByRole("button", { name: "确认开展" }).click();
  } else await period.getByRole("link").click();
  await expect(assessor).toHaveURL(/\/reviews\/[^/]+$/);
  const form = assessor.getByTestId("rectification-form");
  await form.getByLabel("指标").selectOption({ label: `${CENTRES} 市级工程技术研究中心（${await statusLabel(assessor)}）` });
  await form.getByLabel("整改要求").fill(NOTICE);
  await expect(form.getByLabel("整改期限")).toHaveValue(inDays(15));
  await form.getByRole("button", { name: "下发整改通知" }).click();
  await expect(assessor.getByTestId("rectification-row").filter({ hasText: NOTICE })).toHaveAttribute("data-state", "OPEN");

  // 计划科 sees it on its section page and answers on the target page
  const head = await (await browser.newContext()).newPage();
  await signIn(head, "jihua");
  await head.goto(`/sections/${await sectionId(head)}`);
  const listed = head.getByTestId("dispatch-rectification").filter({ hasText: CENTRES }).first();
  await expect(listed).toBeVisible();
  await listed.getByRole("link").click();
  await expect(noticeRow(head)).toHaveAttribute("data-state", "OPEN");
  const answer = noticeRow(head).getByTestId("answer-rectification-form");
  await answer.getByLabel("整改情况").fill("已报送第3家工程中心组建批复（e2e）");
  await answer.getByLabel("佐证链接（可选）").fill("https://kjj.yiyang.gov.cn/zg/e2e-1");
  await answer.getByLabel("佐证文件（可选）").setInputFiles({
    name: "组建批复.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"),
  });
  await answer.getByRole("button", { name: "提交整改情况" }).click();
  await expect(noticeRow(head)).toHaveAttribute("data-state", "ANSWERED");
  await expect(noticeRow(head).getByTestId("rectification-answer")).toContainText("已报送第3家工程中心组建批复（e2e）");
  await expect(noticeRow(head).getByRole("link", { name: "组建批复.pdf" })).toBeVisible();
  await expect(noticeRow(head).getByRole("button", { name: /^销号/ })).toHaveCount(0);
  await snap(head, "rectification-answered");

  // the 考核组 sends it back from the target page
  await assessor.goto(head.url());
  await noticeRow(assessor)
    .getByRole("button", { name: `退回：${CENTRES} 市级工程技术研究中心` })
    .click();
  await noticeRow(assessor).getByTestId("return-rectification-form").getByLabel("退回原因（必填）").fill("批复文件缺印章页（e2e）");
  await noticeRow(assessor).getByTestId("return-rectification-form").getByRole("button", { name: "退回" }).click();
  await expect(noticeRow(assessor)).toHaveAttribute("data-state", "RETURNED");
  await expect(noticeRow(assessor).getByTestId("rectification-return")).toHaveText("已退回：批复文件缺印章页（e2e）");

  // answered anew, then signed off
  await head.reload();
  await expect(noticeRow(head)).toHaveAttribute("data-state", "RETURNED");
  await noticeRow(head).getByLabel("整改情况", { exact: true }).fill("已补报带印章页的批复（e2e）");
  await noticeRow(head).getByRole("button", { name: "提交整改情况" }).click();
  await expect(noticeRow(head)).toHaveAttribute("data-state", "ANSWERED");

  await assessor.reload();
  await noticeRow(assessor)
    .getByRole("button", { name: `销号：${CENTRES} 市级工程技术研究中心` })
    .click();
  await noticeRow(assessor).getByTestId("close-rectification-form").getByLabel("销号意见（必填）").fill("材料齐全，同意销号（e2e）");
  await noticeRow(assessor).getByTestId("close-rectification-form").getByRole("button", { name: "销号" }).click();
  await expect(noticeRow(assessor)).toHaveAttribute("data-state", "CLOSED");
  await expect(noticeRow(assessor).getByTestId("rectification-closing")).toContainText("材料齐全，同意销号（e2e）");
  await snap(assessor, "rectification-signed-off");
  await assessor.getByRole("button", { name: "English" }).click();
  await expect(noticeRow(assessor)).toContainText("Signed off");
  await assessor.setViewportSize({ width: 390, height: 800 });
  await snap(assessor, "rectification-signed-off-en-390");
  await assessor.getByRole("button", { name: "中文" }).click();
  for (const page of [assessor, head]) await page.context().close();
});

/** The status the review's snapshot gives 二.(一).3.(3) at the end of Q2, as the notice form labels it. */
async function statusLabel(page: Page): Promise<string> {
  const option = page.getByTestId("rectification-form").getByLabel("指标").locator("option", { hasText: CENTRES });
  const text = (await option.textContent()) ?? "";
  return /（(.+)）$/.exec(text)?.[1] ?? "";
}

/** 计划科's section id, from the section link of the signed-in head's header or dashboard. */
async function sectionId(page: Page): Promise<string> {
  const res = await page.request.post("/api/graphql", { data: { query: "{ me { section { id } } }" } });
  const body = (await res.json()) as { data: { me: { section: { id: string } } } };
  return body.data.me.section.id;
}
