import { expect, test } from "@playwright/test";

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
