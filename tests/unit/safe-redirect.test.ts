// The open redirect found on sign-in: `next=/\evil.example` (also with a tab or newline) answered
// `303 Location: http://evil.example/`, and a forged X-Forwarded-Host chose the redirect's host.
import { describe, expect, it } from "vitest";
import { requestOrigin, safeNextPath } from "../../lib/server/auth/safe-redirect";

const ORIGIN = "http://127.0.0.1:3000";

describe("safeNextPath", () => {
  const hostile = [
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "\t/\\evil.example",
    "//evil.example",
    "///evil.example",
    "https://evil.example/",
    "http:evil.example",
    "javascript:alert(1)",
    " /\\evil.example",
    "",
    "/" + "a".repeat(2001),
  ];
  for (const value of hostile) {
    it(`sends ${JSON.stringify(value.slice(0, 30))} to "/", which stays on the site`, () => {
      expect(safeNextPath(value)).toBe("/");
      expect(new URL(safeNextPath(value), ORIGIN).origin).toBe(ORIGIN);
    });
  }

  it("keeps a path of this site with its query and fragment", () => {
    expect(safeNextPath("/plans/abc?asOf=2013-09-30#t")).toBe("/plans/abc?asOf=2013-09-30#t");
    expect(safeNextPath("/targets/x/../y")).toBe("/targets/y");
  });

  it("refuses what is not a string", () => {
    expect(safeNextPath(null)).toBe("/");
    expect(safeNextPath(["/a"])).toBe("/");
  });
});

describe("requestOrigin", () => {
  const req = (headers: Record<string, string>) => new Request(`${ORIGIN}/api/auth/sign-in`, { method: "POST", headers });

  it("ignores a forged X-Forwarded-Host unless TRUST_PROXY is set", () => {
    const forged = req({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(requestOrigin(forged, false)).toBe(ORIGIN);
    expect(requestOrigin(forged, true)).toBe("https://evil.example");
  });

  it("uses the Host the browser sent, and falls back to the request URL for a malformed one", () => {
    expect(requestOrigin(req({ host: "localhost:3000" }), false)).toBe("http://localhost:3000");
    expect(requestOrigin(req({ host: "evil.example/x" }), false)).toBe(ORIGIN);
  });
});
