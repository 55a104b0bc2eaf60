import { describe, expect, it } from "vitest";
import { parseWindowText } from "../../lib/domain/month-window";

describe("parseWindowText", () => {
  it.each([
    ["1-12月", 1, 12],
    ["1-12 月份", 1, 12],
    ["3–10月", 3, 10],
    ["3-10月完成", 3, 10],
    ["( 4-12 月完成 )", 4, 12],
    ["（６－１２月）", 6, 12],
    ["6—12月", 6, 12],
    ["6至12月", 6, 12],
  ])("reads the range %s", (text, startMonth, endMonth) => {
    expect(parseWindowText(text)).toMatchObject({ startMonth, endMonth });
  });

  it("reads “11月前” as done before 1 November, i.e. January–October", () => {
    const expected = { startMonth: 1, endMonth: 10, reading: "“11月前”按11月1日前完成理解，即1–10月" };
    expect(parseWindowText("11月前")).toEqual(expected);
    expect(parseWindowText("11 月 前 完 成")).toEqual(expected);
  });

  it("reads “11月底前” as including November", () => {
    expect(parseWindowText("11月底前")).toMatchObject({ startMonth: 1, endMonth: 11 });
    expect(parseWindowText("11 月底前完成")).toMatchObject({ startMonth: 1, endMonth: 11 });
  });

  it("reads 年底 / 年末 as December", () => {
    expect(parseWindowText("年底")).toMatchObject({ startMonth: 12, endMonth: 12 });
    expect(parseWindowText("年 末")).toMatchObject({ startMonth: 12, endMonth: 12 });
  });

  it("reads 年底前 as the whole year, like N月底前", () => {
    expect(parseWindowText("年底前完成")).toMatchObject({ startMonth: 1, endMonth: 12 });
  });

  it("gives a reading for every recognised form", () => {
    expect(parseWindowText("3-10月")?.reading).toBe("3–10月");
  });

  it.each(["", "10-3月", "0-12月", "1-13月", "1月前", "13月底前", "11月", "尽快"])("returns null for %j", (text) => {
    expect(parseWindowText(text)).toBeNull();
  });
});
