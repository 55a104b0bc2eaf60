import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { signIn, snap } from "./helpers";

// scripts/e2e-server.sh seeds the administrator with this password.
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? "admin-e2e-2013";

// Every response carries the security headers (#11): the sign-in page could be framed by a foreign site and
// sent no Referrer-Policy (calendar tokens travel in URLs); nosniff came only with downloads.
test.describe("security headers", () => {
  for (const path of ["/sign-in", "/api/plan-template", "/"]) {
    test(`${path} forbids framing, sniffing and full referrers`, async ({ request }) => {
      const res = await request.get(path, { maxRedirects: 0 });
      const h = res.headers();
      expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(h["x-frame-options"]).toBe("DENY");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["permissions-policy"]).toContain("camera=()");
    });
  }
});

/** The response's Content-Security-Policy headers (two would both apply, the stricter winning per directive). */
function policies(res: APIResponse): string[] {
  return res
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "content-security-policy")
    .map((h) => h.value);
}

/** The one CSP of a page response, and the nonce its script-src allows. */
function pagePolicy(res: APIResponse): { policy: string; scriptSrc: string[]; nonce: string } {
  const all = policies(res);
  expect(all, "exactly one CSP header").toHaveLength(1);
  const policy = all[0];
  const scriptSrc = (policy.split(/;\s*/).find((d) => d.startsWith("script-src ")) ?? "").split(" ");
  const nonce = scriptSrc.map((s) => /^'nonce-([A-Za-z0-9+/]+={0,2})'$/.exec(s)?.[1]).find(Boolean);
  expect(nonce, `a nonce in script-src of: ${policy}`).toBeTruthy();
  return { policy, scriptSrc, nonce: nonce! };
}

/** Every <script> start tag of the raw HTML (browsers hide the nonce attribute once the page is parsed). */
function scriptTags(html: string): string[] {
  return html.match(/<script\b[^>]*>/gi) ?? [];
}

async function expectScriptsCarryNonce(page: Page, path: string) {
  const res = await page.request.get(path);
  expect(res.status()).toBe(200);
  const { nonce } = pagePolicy(res);
  const tags = scriptTags(await res.text());
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag, `${path}: ${tag}`).toContain(`nonce="${nonce}"`);
}

/**
 * Collects the page's CSP violations across navigations: the browser's securitypolicyviolation events (reported
 * through an exposed function, which survives navigations) and the console's "Content Security Policy" errors.
 */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportCspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || "inline"} on ${location.pathname} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on("console", (m) => {
    if (m.text().includes("Content Security Policy")) violations.push(`console: ${m.text()}`);
  });
  return violations;
}

/** The client components have hydrated: the language switch (a client button) re-renders the page in English. */
async function expectHydrated(page: Page, englishHeading: string | RegExp) {
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(englishHeading);
}

// The pages' policy (#11): scripts run only with the response's nonce, so an injected <script> or on…= handler
// does not run. Next puts the nonce on its own scripts; the app writes no inline script of its own.
test.describe("content security policy with a script nonce", () => {
  test("a page's CSP allows scripts by a fresh nonce, never inline", async ({ request }) => {
    const first = pagePolicy(await request.get("/sign-in"));
    const second = pagePolicy(await request.get("/sign-in"));
    expect(first.scriptSrc).toContain("'strict-dynamic'");
    expect(first.scriptSrc).not.toContain("'unsafe-inline'");
    expect(first.scriptSrc).not.toContain("'unsafe-eval'");
    expect(first.policy).toContain("default-src 'self'");
    expect(first.policy).toContain("object-src 'none'");
    expect(first.policy).toContain("frame-ancestors 'none'");
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.nonce).not.toBe(first.nonce);
    // a redirect (signed out) and a 404 are pages too
    pagePolicy(await request.get("/", { maxRedirects: 0 }));
    pagePolicy(await request.get("/no-such-page"));
  });

  test("API responses and static files keep the static policy, without a nonce", async ({ request }) => {
    const html = await (await request.get("/sign-in")).text();
    const chunk = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(chunk).toBeTruthy();
    for (const path of ["/api/health", "/api/plan-template", chunk!]) {
      const all = policies(await request.get(path, { maxRedirects: 0 }));
      expect(all, path).toEqual(["frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"]);
    }
  });

  test("every <script> of a page carries its response's nonce", async ({ page }) => {
    await expectScriptsCarryNonce(page, "/sign-in");
    await signIn(page, "leader");
    await expectScriptsCarryNonce(page, new URL(page.url()).pathname);
    // in the parsed page the nonce is hidden from attributes but still there as the element's property; the chunks
    // the page's own loader adds afterwards (the charts' drawing, next/dynamic) carry none — 'strict-dynamic' trusts
    // scripts that trusted code creates — so only the ones that carry a nonce are compared, and all carry one
    const nonces = (await page.locator("script").evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).nonce))).filter(
      (n) => n !== "",
    );
    expect(nonces.length).toBeGreaterThan(0);
    expect(new Set(nonces).size).toBe(1);
    expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  test("sign-in, dashboard, plan and target pages run without a violation and hydrate", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("登录");
    await signIn(page, "leader");
    const planPath = new URL(page.url()).pathname;
    await page.goto("/");
    await expect(page).toHaveURL(/\/plans\//);
    await page.goto(planPath);
    await expect(page.getByTestId("target-row")).toHaveCount(20);
    await expectHydrated(page, "湖南省益阳市科技局2013年绩效计划书");
    await expect(page.getByRole("columnheader", { name: "Owner" })).toBeVisible();
    await snap(page, "csp-dashboard-english");
    // a target page, reached by a client-side navigation and loaded afresh
    const target = page.locator('a[href^="/targets/"]').first();
    const targetPath = await target.getAttribute("href");
    await target.click();
    await expect(page).toHaveURL((url) => url.pathname + url.search === targetPath);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto(targetPath!);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await page.goto("/no-such-page");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    expect(violations).toEqual([]);
  });

  test("the audit log (审计管理员) and user management (administrator) run without a violation", async ({ page, browser }) => {
    const violations = await watchViolations(page);
    await signIn(page, "audit");
    await page.goto("/audit");
    await expectHydrated(page, "Audit log");
    expect(violations).toEqual([]);

    const admin = await (await browser.newContext()).newPage();
    const adminViolations = await watchViolations(admin);
    await signIn(admin, "admin", ADMIN_PASSWORD);
    await admin.goto("/admin/users");
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("用户管理");
    await expectHydrated(admin, "User management");
    await snap(admin, "csp-admin-users-english");
    expect(adminViolations).toEqual([]);
    await admin.context().close();
  });

  // An attacker's markup in the HTML (a stored or reflected XSS): the server's own response and CSP header, with
  // the markup added to the body. (A <script> the page's own code creates is trusted through 'strict-dynamic',
  // inline or not — which is why page.evaluate cannot stand in for an injection here.)
  test("markup injected into a page does not run, and is reported; the page's own scripts still do", async ({ page }) => {
    const violations = await watchViolations(page);
    const injected =
      '<script>window.__pwned = 1</script><img src="/no-such-image.png" onerror="window.__pwnedByHandler = 1">' +
      '<script src="/injected.js"></script>';
    await page.route("**/sign-in", async (route) => {
      const response = await route.fetch();
      expect(pagePolicy(response).policy).toContain("script-src");
      await route.fulfill({ response, body: (await response.text()).replace("</body>", `${injected}</body>`) });
    });
    await page.goto("/sign-in");
    await expectHydrated(page, "Sign in");
    await expect.poll(() => violations.filter((v) => v.startsWith("script-src-elem blocked inline")).length).toBeGreaterThan(0);
    await expect.poll(() => violations.filter((v) => v.startsWith("script-src-attr blocked inline")).length).toBeGreaterThan(0);
    await expect.poll(() => violations.filter((v) => /^script-src-elem blocked \S*\/injected\.js/.test(v)).length).toBeGreaterThan(0);
    const flags = await page.evaluate(() => {
      const w = window as unknown as { __pwned?: number; __pwnedByHandler?: number };
      return [w.__pwned, w.__pwnedByHandler];
    });
    expect(flags).toEqual([undefined, undefined]);
  });
});
