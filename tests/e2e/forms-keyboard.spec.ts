import { expect, test, type Locator } from "@playwright/test";
import { row, signIn } from "./helpers";

// #14 item 12: a chosen evidence file survives a validation error.

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
});
