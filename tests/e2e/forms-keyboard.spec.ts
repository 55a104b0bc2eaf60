import { expect, test, type Locator } from "@playwright/test";
import { row, signIn } from "./helpers";

// #14 items 12 and 13: a chosen evidence file survives a validation error; Enter saves a quick-entry line;
// after a navigation focus is on the new page's heading, not on the link that was clicked.

const PDF = { name: "佐证-校验后仍在（e2e）.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 e2e kept") };
const chosenCount = (input: Locator) => input.evaluate((el) => (el as HTMLInputElement).files?.length ?? 0);

test.describe("forms and keyboard", () => {
  test("a chosen evidence file is still chosen, and named, after a validation error (report form and item form)", async ({ page }) => {
    await signIn(page, "gaoxin");
    // 二.(一).1.(1) takes a typed figure
    await row(page, "二.(一).1.(1)").getByRole("link").first().click();
    const form = page.getByTestId("progress-form");
    const files = form.getByLabel(/佐证文件/);
    await files.setInputFiles(PDF);
    // no figure: refused before anything is sent
    await form.getByRole("button", { name: "提交" }).click();
    await expect(form.getByRole("alert").first()).toBeVisible();
    expect(await chosenCount(files)).toBe(1);
    await expect(form.getByTestId("chosen-files")).toHaveText(`已选择：${PDF.name}`);
    // a wrong day, a second time
    await form.getByLabel("报送日期").fill("2014-01-05");
    await form.getByRole("button", { name: "提交" }).click();
    await expect(form.getByRole("alert").filter({ hasText: "2013" }).first()).toBeVisible();
    expect(await chosenCount(files)).toBe(1);

    // a count target's item form keeps its file too
    await page.getByRole("button", { name: "退出" }).click();
    await signIn(page, "jihua");
    await row(page, "二.(一).3.(3)").getByRole("link").first().click();
    const item = page.getByTestId("item-form");
    const itemFiles = item.getByLabel(/佐证文件/);
    await itemFiles.setInputFiles(PDF);
    await item.getByRole("button", { name: "登记", exact: true }).click(); // no name: refused
    await expect(item.getByRole("alert").first()).toBeVisible();
    expect(await chosenCount(itemFiles)).toBe(1);
    await expect(item.getByTestId("chosen-files")).toHaveText(`已选择：${PDF.name}`);
  });

  test("Enter in a quick-entry field saves that line", async ({ page }) => {
    await signIn(page, "gaoxin");
    await page.getByRole("link", { name: /^高新办/ }).click();
    const line = page.getByTestId("quick-entry").locator("[data-testid=quick-row]:not([data-kind=COUNT])").first();
    const value = line.getByLabel(/^完成值/);
    // nothing typed: Enter runs the line's save, whose check answers next to it (nothing is written)
    await value.press("Enter");
    await expect(line.getByRole("alert")).toContainText("完成值");
    // and from the note field: the check now names the negative figure
    await value.fill("-1");
    await line.getByLabel(/^情况说明/).press("Enter");
    await expect(line.getByRole("alert")).toHaveText("完成值不能为负数");
  });

  test("after a navigation focus moves to the new page's heading", async ({ page }) => {
    await signIn(page, "leader");
    const header = page.locator(".site-header");
    // a click in the header
    await header.getByRole("link", { name: "责任清单" }).click();
    await expect(page).toHaveURL(/\/duties/);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    // the keyboard: Enter on a focused header link
    await header.getByRole("link", { name: "总览", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/plans\//);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    // a link inside the page
    await row(page, "二.(一).1.(1)").getByRole("link").first().click();
    await expect(page).toHaveURL(/\/targets\//);
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toContainText("二.(一).1.(1)");
    await expect(heading).toBeFocused();
    // focusable by script only: not a stop in the tab order
    await expect(heading).toHaveAttribute("tabindex", "-1");
  });
});
