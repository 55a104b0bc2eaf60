import { test } from "@playwright/test";
import { signIn } from "./helpers";

test("look", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "assessor");
  await page.getByTestId("reviews-link").click();
  const row = page.locator(`[data-testid=review-period][data-kind=QUARTER][data-index="3"]`);
  await row.waitFor();
  const b = row.getByRole("button");
  if (await b.count()) await b.click(); else await row.getByRole("link").click();
  await page.waitForURL(/\/reviews\//);
  await page.screenshot({ path: "/tmp/look-1.png" });
  await page.getByTestId("snapshot-table").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/look-2.png" });
  await page.getByTestId("rectification-form").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/look-3.png" });
  await page.getByRole("button", { name: "English" }).click();
  await page.waitForTimeout(1000);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "/tmp/look-4.png" });
  await page.getByRole("button", { name: "中文" }).click();
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: "/tmp/look-5.png", fullPage: true });
});
