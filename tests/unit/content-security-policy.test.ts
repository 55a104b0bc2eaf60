// The pages' Content-Security-Policy (#11): scripts run only with the response's nonce, never inline.
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, policyDirectives } from "../../lib/server/http/content-security-policy";

const NONCE = "AAECAwQFBgcICQoLDA0ODw==";

const directive = (directives: string[][], name: string) => directives.find(([n]) => n === name);

describe("policyDirectives", () => {
  it("lets scripts run only with the nonce in production", () => {
    const d = policyDirectives({ nonce: NONCE });
    const scripts = directive(d, "script-src");
    expect(scripts).toEqual(["script-src", "'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"]);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it("forbids framing, plugins, foreign <base> and form targets", () => {
    const d = policyDirectives({ nonce: NONCE });
    expect(directive(d, "frame-ancestors")).toEqual(["frame-ancestors", "'none'"]);
    expect(directive(d, "object-src")).toEqual(["object-src", "'none'"]);
    expect(directive(d, "base-uri")).toEqual(["base-uri", "'self'"]);
    expect(directive(d, "form-action")).toEqual(["form-action", "'self'"]);
    expect(directive(d, "default-src")).toEqual(["default-src", "'self'"]);
  });

  it("keeps inline styles (React style props) but no 'unsafe-inline' anywhere else", () => {
    const d = policyDirectives({ nonce: NONCE });
    expect(directive(d, "style-src")).toContain("'unsafe-inline'");
    const others = d.filter(([n]) => n !== "style-src");
    expect(others.flat()).not.toContain("'unsafe-inline'");
  });

  it("adds 'unsafe-eval' for scripts in development only", () => {
    expect(directive(policyDirectives({ nonce: NONCE, development: true }), "script-src")).toContain("'unsafe-eval'");
    expect(policyDirectives({ nonce: NONCE, development: false }).flat()).not.toContain("'unsafe-eval'");
  });

  it("upgrades insecure requests only over HTTPS", () => {
    expect(directive(policyDirectives({ nonce: NONCE, https: true }), "upgrade-insecure-requests")).toEqual(["upgrade-insecure-requests"]);
    expect(directive(policyDirectives({ nonce: NONCE }), "upgrade-insecure-requests")).toBeUndefined();
  });

  it("refuses a nonce that is not base64 (it would break out of the header or the source list)", () => {
    for (const bad of ["", "abc def", "abc'; script-src *", "a<b", "abc===", "nonce\n"]) {
      expect(() => policyDirectives({ nonce: bad })).toThrow(/base64/);
    }
  });
});

describe("contentSecurityPolicy", () => {
  it("joins the directives into one header value", () => {
    const value = contentSecurityPolicy({ nonce: NONCE });
    expect(value).toContain(`script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'; `);
    expect(value).toContain("frame-ancestors 'none'");
    expect(value.split("; ")).toHaveLength(policyDirectives({ nonce: NONCE }).length);
    expect(value).not.toMatch(/;\s*$/);
  });
});

describe("createNonce", () => {
  it("is 16 random bytes in base64 (24 characters), fresh each time", () => {
    const a = createNonce();
    const b = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(b).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(a).not.toBe(b);
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(() => policyDirectives({ nonce: a })).not.toThrow();
  });

  it("does not repeat over many calls", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
  });
});
