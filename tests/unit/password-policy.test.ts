import { describe, expect, it } from "vitest";
import {
  characterClasses,
  hasControlCharacter,
  passwordExpired,
  passwordNameProblem,
  passwordProblems,
  passwordStrengthProblems,
  sessionState,
  waitMinutes,
} from "../../lib/domain/password-policy";
import { zh } from "../factories/zh-text";

describe("password strength (身份鉴别)", () => {
  it("counts lower case, upper case, digits and the rest", () => {
    expect(characterClasses("abc")).toBe(1);
    expect(characterClasses("abc123")).toBe(2);
    expect(characterClasses("Abc123")).toBe(3);
    expect(characterClasses("Abc123-")).toBe(4);
    expect(characterClasses("密码密码1a")).toBe(3); // Chinese characters count as "other"
  });

  it("wants 8 to 128 characters of at least three classes", () => {
    expect(zh(passwordStrengthProblems("Ab1-xyz"))).toEqual(["密码至少 8 位"]);
    expect(zh(passwordStrengthProblems("Ab1-wxyz"))).toEqual([]);
    expect(zh(passwordStrengthProblems("abcdefgh12"))).toEqual(["密码须包含大写字母、小写字母、数字、符号中的至少 3 类"]);
    expect(zh(passwordStrengthProblems(`A1-${"a".repeat(125)}`))).toEqual([]);
    expect(zh(passwordStrengthProblems(`A1-${"a".repeat(126)}`, "新密码"))).toEqual(["新密码不能超过 128 位"]);
  });

  it("refuses a password containing the user name in any case; names under 3 characters are not checked", () => {
    expect(zh(passwordNameProblem("Gaoxin-2013", "gaoxin"))).toBe("密码不能包含用户名");
    expect(zh(passwordNameProblem("x-GAOXIN-1", " gaoxin "))).toBe("密码不能包含用户名");
    expect(zh(passwordNameProblem("Ab-2013-ab", "ab"))).toBeNull();
    expect(zh(passwordProblems("gaoxin", "gaoxin", "初始密码"))).toEqual([
      "初始密码至少 8 位",
      "初始密码须包含大写字母、小写字母、数字、符号中的至少 3 类",
      "初始密码不能包含用户名",
    ]);
  });
});

describe("password age and session end", () => {
  const day = 86_400_000;
  const set = new Date("2026-09-01T00:00:00Z");

  it("a password is due for a change exactly at its maximum age; 0 days means never", () => {
    expect(passwordExpired(set, new Date(set.getTime() + 90 * day - 1), 90)).toBe(false);
    expect(passwordExpired(set, new Date(set.getTime() + 90 * day), 90)).toBe(true);
    expect(passwordExpired(set, new Date(set.getTime() + 3650 * day), 0)).toBe(false);
  });

  it("a session ends at its lifetime's end, or after the idle minutes without a request", () => {
    const lastSeenAt = new Date("2026-12-02T01:00:00Z");
    const expiresAt = new Date("2026-12-02T12:00:00Z");
    const at = (iso: string) => sessionState({ lastSeenAt, expiresAt }, new Date(iso), 30);
    expect(at("2026-12-02T01:29:59.999Z")).toBe("active");
    expect(at("2026-12-02T01:30:00Z")).toBe("idle");
    expect(at("2026-12-02T12:00:00Z")).toBe("expired");
    expect(sessionState({ lastSeenAt, expiresAt }, new Date("2026-12-02T11:59:00Z"), 0)).toBe("active");
  });

  it("says a wait in whole minutes, rounded up, at least one", () => {
    expect(waitMinutes(1)).toBe(1);
    expect(waitMinutes(60_000)).toBe(1);
    expect(waitMinutes(60_001)).toBe(2);
    expect(waitMinutes(15 * 60_000)).toBe(15);
  });
});

describe("control characters in a new password (#11 hostile input)", () => {
  it("refuses an escape sequence, NUL and DEL though the classes are met; a space and CJK are fine", () => {
    expect(zh(passwordStrengthProblems("\u001b[31m红色\u001b[0m"))).toEqual(["密码不能包含控制字符"]);
    expect(["Abc\u0000defg1", "Abc\u007fdefg1", "Abc\tdefg1"].map(hasControlCharacter)).toEqual([true, true, true]);
    expect(["Abc defg1", "密码Abc1234", "Yiyang#2026a"].map(hasControlCharacter)).toEqual([false, false, false]);
  });
});
