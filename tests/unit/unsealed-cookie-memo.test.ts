import { describe, expect, it } from "vitest";
import { sealExpiry, UnsealedCookieMemo } from "../../lib/server/auth/unsealed-cookie-memo";

// An iron seal's shape (what is between the stars does not matter here): the sixth field is its expiry in ms.
const seal = (name: string, expiry: number | "" = 9_000_000_000_000) => `Fe26.2*1*salt-${name}*iv*data*${expiry}*hsalt*hmac~2`;
const T0 = 1_700_000_000_000;

describe("the memo of unsealed session cookies", () => {
  it("reads the expiry out of a seal, and none from a seal without one or from garbage", () => {
    expect(sealExpiry("Fe26.2*1*s*iv*d*1700000123456*hs*h~2")).toBe(1_700_000_123_456);
    expect(sealExpiry("Fe26.2*1*s*iv*d**hs*h~2")).toBeNull();
    expect(sealExpiry("not a seal")).toBeNull();
  });

  it("answers a remembered cookie's session id, and nothing for a cookie it was not told about", () => {
    const memo = new UnsealedCookieMemo(10, 300_000);
    memo.set(seal("a"), "sid-a", T0);
    expect(memo.get(seal("a"), T0 + 1)).toBe("sid-a");
    expect(memo.get(seal("b"), T0 + 1)).toBeNull();
  });

  it("forgets a cookie after its time to live (5 minutes here)", () => {
    const memo = new UnsealedCookieMemo(10, 300_000);
    memo.set(seal("a"), "sid-a", T0);
    expect(memo.get(seal("a"), T0 + 299_999)).toBe("sid-a");
    expect(memo.get(seal("a"), T0 + 300_000)).toBeNull();
    expect(memo.size).toBe(0);
  });

  it("never answers past the seal's own expiry, even within its time to live", () => {
    const memo = new UnsealedCookieMemo(10, 300_000);
    memo.set(seal("a", T0 + 60_000), "sid-a", T0);
    expect(memo.get(seal("a", T0 + 60_000), T0 + 59_999)).toBe("sid-a");
    expect(memo.get(seal("a", T0 + 60_000), T0 + 60_000)).toBeNull();
  });

  it("holds at most its capacity, dropping the least recently used first", () => {
    const memo = new UnsealedCookieMemo(3, 300_000);
    for (const name of ["a", "b", "c"]) memo.set(seal(name), `sid-${name}`, T0);
    expect(memo.get(seal("a"), T0)).toBe("sid-a"); // a is now the most recently used; b the least
    memo.set(seal("d"), "sid-d", T0);
    expect(memo.size).toBe(3);
    expect(memo.get(seal("b"), T0)).toBeNull();
    expect([memo.get(seal("a"), T0), memo.get(seal("c"), T0), memo.get(seal("d"), T0)]).toEqual(["sid-a", "sid-c", "sid-d"]);
  });
});
