import { expect, test } from "@playwright/test";
import { row, signIn, snap } from "./helpers";

// #13 指定填报科室: the dashboard names the targets nobody may report (the plan names no section for 创新创优 and
// the five 科技投入与保障 targets: 6 targets, 280 points); the administrator assigns 计划科 to R&D as the bureau's
// decision, shown as 局指定 beside the plan's own owners, then takes it back.
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? "admin-e2e-2013";
const RD = "二.(二).3";

test("the administrator assigns a section to a target the plan left without one, and takes it back", async ({ page }) => {
  await signIn(page, "admin", ADMIN_PASSWORD);
  const notice = page.getByTestId("unowned-targets");
  await expect(notice).toHaveAttribute("data-count", "6");
  await expect(notice).toContainText("6 项指标无人填报（计划未指定责任科室），涉及 280 分");
  await snap(page, "dashboard-unowned");

  await row(page, RD).getByRole("link").first().click();
  const form = page.getByTestId("assign-owners-form");
  await form.getByLabel("计划科").check();
  await form.getByRole("button", { name: "保存指定" }).click();
  await expect(page.getByTestId("target-facts")).toContainText("计划科（局指定）");
  await snap(page, "target-owner-assigned");

  await page.goto(page.url().replace(/\/targets\/.*/, "/"));
  await expect(page.getByTestId("unowned-targets")).toHaveAttribute("data-count", "5");
  await expect(page.getByTestId("unowned-targets")).toContainText("涉及 240 分");
  await expect(row(page, RD)).toContainText("计划科（局指定）");

  await row(page, RD).getByRole("link").first().click();
  await page.getByTestId("assign-owners-form").getByLabel("计划科").uncheck();
  await page.getByTestId("assign-owners-form").getByRole("button", { name: "保存指定" }).click();
  await expect(page.getByTestId("target-facts")).not.toContainText("计划科");
  // a target whose section the plan names has no such form
  await page.goto("/");
  await row(page, "二.(一).3.(3)").getByRole("link").first().click();
  await expect(page.getByTestId("assign-owners-form")).toHaveCount(0);
});
