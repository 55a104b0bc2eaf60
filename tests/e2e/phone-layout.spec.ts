import { expect, test, type Locator, type Page } from "@playwright/test";
import fs from "node:fs";
import { signIn } from "./helpers";

// #14 item 16: a section head reports from a phone. At 390 px no page they use scrolls sideways, the tables they
// report through reflow into cards (each cell labelled by its column's header), 保存 stays on the screen, target
// names and the plan's sub-links keep to a line or two, and the target's info card is not clipped; held sideways
// (844 px) the phone does not scroll sideways either. At 1366 px the tables stay tables. Screenshots of the
// dashboard, a section page and a target page at 390 and 1366 px, in Chinese and English, land in
// tests/output/screens (not committed) for a person to look at.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const LOCALES = ["zh", "en"] as const;
type Locale = (typeof LOCALES)[number];

/** Signs in (the form is in Chinese), then switches the page language through its cookie and reloads. */
async function signInAs(page: Page, username: string, locale: Locale, options: { stayOnTodo?: boolean } = {}) {
  await signIn(page, username, undefined, options);
  if (locale !== "zh") {
    await page.context().addCookies([{ name: "lang", value: locale, url: new URL(page.url()).origin }]);
    await page.reload();
  }
  await expect(page.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-CN" : "en");
  PAGE_LANG.set(page, locale === "zh" ? "zh-CN" : "en");
}

/** The language each page was signed in with: every page visited is checked in it. */
const PAGE_LANG = new WeakMap<Page, string>();

/**
 * The outermost elements that stick out past the viewport's right edge, to say what widened the page (inside a box
 * that clips or scrolls, such as the visually hidden header row of a reflowed table, nothing widens the page).
 */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== "visible") return true;
      return false;
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll("body *")) {
      const box = el.getBoundingClientRect();
      const parent = el.parentElement?.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1 && parent && parent.right <= width + 1 && !clipped(el)) {
        const id = el.getAttribute("data-testid");
        const classes = typeof el.className === "string" && el.className.trim() ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
        out.push(`${el.tagName.toLowerCase()}${classes}${id ? `[${id}]` : ""} ends at ${Math.round(box.right)}px`);
      }
    }
    return out.slice(0, 8);
  });
}

/** The width of the screen the page is shown on. */
const screenWidth = (page: Page) => page.viewportSize()!.width;

/** Failures that let the test go on, so a failing run also says what else is wrong (保存, names, sub-links, the info card). */
const soft = expect.configure({ soft: true });

/** No sideways scroll: the page is no wider than the phone (charts lay out after load, so this waits a moment). */
async function expectNoSideScroll(page: Page, what: string) {
  await expect(page.locator("h1").first()).toBeVisible();
  await expect(page.locator("html"), `${what}: in the chosen language`).toHaveAttribute("lang", PAGE_LANG.get(page) ?? /./);
  await soft
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${what}: scroll width`, timeout: 3_000 })
    .toBeLessThanOrEqual(screenWidth(page));
  soft(await overflowing(page), `${what}: nothing sticks out`).toEqual([]);
}

/** The plan's sub-links: each on one line (no taller than 1.5 line heights) and on the screen. */
async function expectSubLinksOnOneLine(page: Page) {
  const links = await page.locator(".plan-links a").evaluateAll((as) =>
    as.map((a) => {
      const box = a.getBoundingClientRect();
      return { text: a.textContent, height: box.height, right: box.right, lineHeight: parseFloat(getComputedStyle(a).lineHeight) };
    }),
  );
  for (const l of links) {
    soft(l.height, `sub-link ${l.text} on one line`).toBeLessThanOrEqual(l.lineHeight * 1.5);
    soft(l.right, `sub-link ${l.text} on the screen`).toBeLessThanOrEqual(screenWidth(page));
  }
  return links.length;
}

/**
 * A table reflowed into cards: its rows are no longer table rows, its header row is out of sight, and every
 * labelled cell shows its column header (the same words as the <th>) before its content.
 */
async function expectCards(table: Locator) {
  await expect(table).toBeVisible();
  const shape = await table.evaluate((el) => {
    const heads = [...el.querySelectorAll("thead th")].map((th) => th.textContent?.trim() ?? "");
    const rows = [...el.querySelectorAll(":scope > tbody > tr:not(.area-row)")];
    return {
      heads,
      rowCount: rows.length,
      headHeight: el.querySelector("thead")?.getBoundingClientRect().height ?? 0,
      right: el.getBoundingClientRect().right,
      rows: rows.slice(0, 3).map((row) => ({
        display: getComputedStyle(row).display,
        right: row.getBoundingClientRect().right,
        cells: [...row.querySelectorAll(":scope > td")]
          .filter((td) => getComputedStyle(td).display !== "none")
          .map((td) => ({
            label: td.getAttribute("data-label"),
            before: getComputedStyle(td, "::before").content,
            display: getComputedStyle(td).display,
          })),
      })),
    };
  });
  soft(shape.rowCount, "the table has rows").toBeGreaterThan(0);
  soft(shape.right, "the table fits the screen").toBeLessThanOrEqual(screenWidth(table.page()));
  soft(shape.headHeight, "the header row is out of sight").toBeLessThanOrEqual(1);
  for (const row of shape.rows) {
    soft(["block", "grid", "flex"], "a row is a card").toContain(row.display);
    soft(row.right, "a card fits the screen").toBeLessThanOrEqual(screenWidth(table.page()));
    const labelled = row.cells.filter((c) => c.label);
    soft(labelled.length, "cells carry their column's label").toBeGreaterThan(0);
    soft(
      row.cells.filter((c) => c.display === "table-cell"),
      "every cell is a block of the card",
    ).toEqual([]);
    for (const c of labelled) {
      soft(shape.heads, `the label ${c.label} is a column header`).toContain(c.label);
      soft(c.before, `the cell shows ${c.label}`).toBe(JSON.stringify(c.label));
    }
  }
}

/** The target's 基本信息 card: nothing in it wider than the card, and the card on the screen. */
async function expectFactsNotClipped(page: Page) {
  const facts = page.getByTestId("target-facts");
  await expect(facts).toBeVisible();
  const box = await facts.evaluate((dl) => {
    const panel = dl.closest(".panel")!;
    return {
      scrollWidth: dl.scrollWidth,
      clientWidth: dl.clientWidth,
      panelScroll: panel.scrollWidth,
      panelClient: panel.clientWidth,
      right: panel.getBoundingClientRect().right,
    };
  });
  soft(box.scrollWidth, "the info card's content fits it").toBeLessThanOrEqual(box.clientWidth);
  soft(box.panelScroll, "the info panel's content fits it").toBeLessThanOrEqual(box.panelClient);
  soft(box.right, "the info card is on the screen").toBeLessThanOrEqual(screenWidth(page));
}

/** Where an element lies across the page (not in a viewport that may have been scrolled sideways to it). */
function onPage(locator: Locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left + window.scrollX, right: r.right + window.scrollX };
  });
}

/** The hrefs of the header's menu. */
function headerLinks(page: Page) {
  return page.locator(".site-header nav a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
}

/** The href of the header's link matching `href` (总览, 科室, …), whatever the page's language. */
async function headerLink(page: Page, href: RegExp) {
  const hrefs = await headerLinks(page);
  const found = hrefs.find((h) => href.test(h));
  expect(found, `a header link to ${href}`).toBeTruthy();
  return found!;
}

test.describe("phones (390 px)", () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });
  // many pages each; on a layout that fails, every page's check waits out its poll
  test.describe.configure({ timeout: 120_000 });

  for (const locale of LOCALES) {
    test(`${locale}: the leader's dashboard, the plan's sub-links and a target page`, async ({ page }) => {
      await signInAs(page, "leader", locale);
      await expectNoSideScroll(page, "dashboard");
      const dashboard = page.url();
      expect(await expectSubLinksOnOneLine(page), "the plan has sub-links").toBeGreaterThanOrEqual(5);
      await expectCards(page.getByTestId("target-table"));

      // every sub-link of the plan (评审, 年终计分表, 历年对比, 县区汇总, 报送纪律, 月份锁定, 数据审核, …)
      // (a download, such as the plan document's .docx, is no page)
      const subLinks = await page.locator(".plan-links a:not([download])").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      for (const href of subLinks) {
        await page.goto(href);
        await expectNoSideScroll(page, href);
        await expectSubLinksOnOneLine(page);
      }

      // every page of the header's menu (总览, 我的待办, 考核, 操作日志, 责任清单, …)
      for (const href of await headerLinks(page)) {
        await page.goto(href);
        await expectNoSideScroll(page, href);
      }

      await page.goto(dashboard);
      await page.getByTestId("target-row").first().getByRole("link").first().click();
      await expect(page).toHaveURL(/\/targets\//);
      await expectNoSideScroll(page, "target page");
      await expectFactsNotClipped(page);
      if (await page.getByTestId("entry-history").count()) await expectCards(page.getByTestId("entry-history"));
      if (await page.getByTestId("audit-table").count()) await expectCards(page.getByTestId("audit-table"));
    });

    test(`${locale}: a section head reports from the phone — 我的待办, section page, quick entry, month sheet, target page`, async ({
      page,
    }) => {
      await signInAs(page, "gaoxin", locale, { stayOnTodo: true });
      await expectNoSideScroll(page, "todo");
      await page.goto(await headerLink(page, /^\/\?view=dashboard$/));
      await expectNoSideScroll(page, "dashboard");
      for (const href of await headerLinks(page)) {
        await page.goto(href);
        await expectNoSideScroll(page, href);
      }
      await page.goto(await headerLink(page, /^\/sections\//));
      await expect(page).toHaveURL(/\/sections\//);
      await expectNoSideScroll(page, "section page");

      // 本月快速填报: cards; 保存 on the screen; the target's name a line or two, not a character per line
      const quick = page.getByTestId("quick-entry");
      await expectCards(quick);
      const lines = quick.locator("[data-testid=quick-row]:not([data-kind=COUNT])");
      soft(await lines.count(), "quick entry has a line to type a figure in").toBeGreaterThan(0);
      for (const line of await lines.all()) {
        const save = line.locator("button").first();
        const box = await onPage(save);
        soft(box.left, "保存 starts on the screen").toBeGreaterThanOrEqual(0);
        soft(box.right, "保存 ends on the screen").toBeLessThanOrEqual(screenWidth(page));
        const name = await line
          .locator("td")
          .first()
          .evaluate((td) => {
            const text = [...td.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
            const range = document.createRange();
            range.selectNodeContents(text);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            return { text: text.textContent!.trim(), lines: tops.size, width: td.getBoundingClientRect().width };
          });
        soft(name.lines, `${name.text}: a line or two`).toBeLessThanOrEqual(2);
        soft(name.width, `${name.text}: the name has the card's width`).toBeGreaterThanOrEqual(250);
        for (const field of await line.locator("input, select").all()) {
          soft((await onPage(field)).right, "a field ends on the screen").toBeLessThanOrEqual(screenWidth(page));
        }
      }

      // 本月填报表 and the section's target tables
      const sheet = page.getByTestId("month-sheet");
      await expect(sheet).toBeVisible();
      soft((await onPage(sheet)).right, "本月填报表 is on the screen").toBeLessThanOrEqual(screenWidth(page));
      for (const table of await page.getByTestId("target-table").all()) await expectCards(table);

      // the target page of a line in quick entry
      const code = (await lines.first().getAttribute("data-code"))!;
      await page.locator(`[data-testid=target-row][data-code="${code}"]`).first().locator("td.cell-title a, td a").first().click();
      await expect(page).toHaveURL(/\/targets\//);
      await expectNoSideScroll(page, "target page");
      await expectFactsNotClipped(page);
      await expectCards(page.getByTestId("entry-history"));
      const form = page.getByTestId("progress-form");
      if (await form.count()) {
        soft((await onPage(form)).right, "the report form is on the screen").toBeLessThanOrEqual(screenWidth(page));
      }
    });

    test(`${locale}: a section head of count targets — section page and 逐项登记`, async ({ page }) => {
      await signInAs(page, "jihua", locale, { stayOnTodo: true });
      await page.goto(await headerLink(page, /^\/sections\//));
      await expectNoSideScroll(page, "section page");
      await expectCards(page.getByTestId("quick-entry"));
      const countRow = page
        .locator("[data-testid=target-row]")
        .filter({ has: page.getByTestId("editable") })
        .first();
      await countRow.getByRole("link").first().click();
      await expect(page).toHaveURL(/\/targets\//);
      await expectNoSideScroll(page, "count target page");
      await expectFactsNotClipped(page);
      if (await page.getByTestId("item-table").count()) await expectCards(page.getByTestId("item-table"));
    });
  }
});

test.describe("a phone held sideways (844 px)", () => {
  test.use({ viewport: { width: 844, height: 390 }, isMobile: true, hasTouch: true });

  for (const locale of LOCALES) {
    test(`${locale}: dashboard, section page and target page do not scroll sideways; the tables are cards`, async ({ page }) => {
      await signInAs(page, "gaoxin", locale);
      await expectNoSideScroll(page, "dashboard");
      await expectCards(page.getByTestId("target-table"));
      await page.goto(await headerLink(page, /^\/sections\//));
      await expectNoSideScroll(page, "section page");
      await expectCards(page.getByTestId("quick-entry"));
      await page.getByTestId("target-row").first().locator("td a").first().click();
      await expect(page).toHaveURL(/\/targets\//);
      await expectNoSideScroll(page, "target page");
      await expectFactsNotClipped(page);
    });
  }
});

test.describe("desktop (1366 px)", () => {
  test.use({ viewport: DESKTOP });

  test("tables stay tables, the plan's sub-links share one line, the page does not scroll sideways", async ({ page }) => {
    await signInAs(page, "gaoxin", "zh");
    const tops = await page
      .locator(".plan-links a")
      .evaluateAll((as) => new Set(as.map((a) => Math.round(a.getBoundingClientRect().top))).size);
    expect(tops, "the sub-links on one line").toBe(1);
    const table = page.getByTestId("target-table");
    await expect(table.locator("thead")).toBeVisible();
    expect(
      await table
        .locator("tbody > tr")
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).toBe("table-row");
    // the cells carry their labels for the phone, which the desktop does not show
    await expect(table.locator("td[data-label]").first()).toBeAttached();
    expect(
      await table
        .locator("td[data-label]")
        .first()
        .evaluate((td) => getComputedStyle(td, "::before").content),
    ).toBe("none");
    await page.goto(await headerLink(page, /^\/sections\//));
    const quick = page.getByTestId("quick-entry");
    expect(
      await quick
        .locator("tbody > tr")
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).toBe("table-row");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(DESKTOP.width);
  });
});

/** Full-page screenshots of one page, from the top, into tests/output/screens (not committed). */
async function shoot(page: Page, name: string) {
  fs.mkdirSync("tests/output/screens", { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `tests/output/screens/${name}.png`, fullPage: true });
}

test.describe("screenshots for a person to look at", () => {
  for (const [width, use] of [
    [PHONE.width, { viewport: PHONE, isMobile: true, hasTouch: true }],
    [DESKTOP.width, { viewport: DESKTOP }],
  ] as const) {
    test.describe(`${width} px`, () => {
      test.use(use);
      for (const locale of LOCALES) {
        test(`${locale}: dashboard, section page and target page`, async ({ page }) => {
          await signInAs(page, "leader", locale);
          await expect(page.getByTestId("target-table")).toBeVisible();
          await shoot(page, `dashboard-${width}-${locale}`);
          await page.context().clearCookies();
          await signInAs(page, "gaoxin", locale);
          await page.goto(await headerLink(page, /^\/sections\//));
          const quick = page.getByTestId("quick-entry");
          await expect(quick).toBeVisible();
          await shoot(page, `section-${width}-${locale}`);
          const code = (await quick.locator("[data-testid=quick-row]:not([data-kind=COUNT])").first().getAttribute("data-code"))!;
          await page.locator(`[data-testid=target-row][data-code="${code}"]`).first().locator("td a").first().click();
          await expect(page.getByTestId("target-facts")).toBeVisible();
          await shoot(page, `target-${width}-${locale}`);
        });
      }
    });
  }
});
