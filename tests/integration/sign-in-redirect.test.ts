// The sign-in route's redirect, called as the browser would post the form: a hostile `next` never leaves the site.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/auth/sign-in/route";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";

beforeAll(async () => {
  await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
});

async function signInWith(next: string, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.set("username", "leader");
  form.set("password", "wrong-password");
  form.set("next", next);
  const res = await POST(
    new Request("http://127.0.0.1:3000/api/auth/sign-in", { method: "POST", body: form, headers: { host: "127.0.0.1:3000", ...headers } }),
  );
  return { status: res.status, location: new URL(res.headers.get("location")!) };
}

describe("sign-in redirect", () => {
  for (const next of ["/\\evil.example", "/\t/evil.example", "/\n/evil.example", "//evil.example"]) {
    it(`keeps ${JSON.stringify(next)} on the site`, async () => {
      const { status, location } = await signInWith(next);
      expect(status).toBe(303);
      expect(location.origin).toBe("http://127.0.0.1:3000");
      expect(location.pathname).toBe("/sign-in");
      expect(location.searchParams.get("next")).toBe("/");
    });
  }

  it("does not let a forged X-Forwarded-Host choose the host", async () => {
    const { location } = await signInWith("/plans", { "x-forwarded-host": "evil.example" });
    expect(location.host).toBe("127.0.0.1:3000");
    expect(location.searchParams.get("next")).toBe("/plans");
  });
});
