import { describe, expect, it } from "vitest";
import { AMOUNT_UNITS, convertAmount, isAmountUnit } from "../../lib/domain/amount-units";

describe("isAmountUnit", () => {
  it("knows 万元 and 亿元 only", () => {
    expect(AMOUNT_UNITS).toEqual(["万元", "亿元"]);
    expect(isAmountUnit("万元")).toBe(true);
    expect(isAmountUnit("亿元")).toBe(true);
    expect(isAmountUnit("元")).toBe(false);
    expect(isAmountUnit("家")).toBe(false);
    expect(isAmountUnit("")).toBe(false);
    expect(isAmountUnit(null)).toBe(false);
    expect(isAmountUnit(undefined)).toBe(false);
  });
});

describe("convertAmount (1 亿元 = 10 000 万元)", () => {
  it("0.5 亿元 is exactly 5000 万元", () => {
    expect(convertAmount(0.5, "亿元", "万元")).toBe(5000);
  });
  it("2680 万元 is exactly 0.268 亿元", () => {
    expect(convertAmount(2680, "万元", "亿元")).toBe(0.268);
  });
  it("removes binary floating-point noise (0.57 × 10 000 = 5699.999999999999)", () => {
    expect(0.57 * 10_000).not.toBe(5700);
    expect(convertAmount(0.57, "亿元", "万元")).toBe(5700);
    expect(267.9 / 10_000).not.toBe(0.02679);
    expect(convertAmount(267.9, "万元", "亿元")).toBe(0.02679);
  });
  it("converts the plan's figures both ways and back", () => {
    expect(convertAmount(4.3, "亿元", "万元")).toBe(43_000);
    expect(convertAmount(43_000, "万元", "亿元")).toBe(4.3);
    expect(convertAmount(1, "万元", "亿元")).toBe(0.0001);
    expect(convertAmount(convertAmount(267.9, "万元", "亿元"), "亿元", "万元")).toBe(267.9);
  });
  it("converts zero to zero", () => {
    expect(convertAmount(0, "亿元", "万元")).toBe(0);
    expect(convertAmount(0, "万元", "亿元")).toBe(0);
  });
  it("returns the value untouched in the same unit (no rounding)", () => {
    expect(convertAmount(267.9, "万元", "万元")).toBe(267.9);
    expect(convertAmount(4.3, "亿元", "亿元")).toBe(4.3);
    const noisy = 0.1 + 0.2; // 0.30000000000000004
    expect(convertAmount(noisy, "万元", "万元")).toBe(noisy);
    expect(convertAmount(1e-12, "亿元", "亿元")).toBe(1e-12);
  });
  it("rounds to 1e-9 of the result", () => {
    expect(convertAmount(0.00001, "万元", "亿元")).toBe(0.000000001);
    expect(convertAmount(0.000004, "万元", "亿元")).toBe(0);
  });
});
