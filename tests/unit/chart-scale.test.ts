import { describe, expect, it } from "vitest";
import { niceExtent, roundForLabel, SHARE_TICKS, shareLabel, symmetricTicks, wrapLabel } from "../../lib/domain/chart-scale";

describe("chart scales", () => {
  it("names every quarter of a share axis, 75% included", () => {
    expect(SHARE_TICKS.map(shareLabel)).toEqual(["0%", "25%", "50%", "75%", "100%"]);
  });

  it("writes a share to one decimal, and 0 as 0%", () => {
    expect(shareLabel(0.756)).toBe("75.6%");
    expect(shareLabel(0)).toBe("0%");
    expect(shareLabel(-0.0001)).toBe("0%");
    expect(shareLabel(1)).toBe("100%");
  });

  it("rounds a bar's value without a negative zero", () => {
    expect(roundForLabel(12.345)).toBe(12.3);
    expect(roundForLabel(12.345, 2)).toBe(12.35);
    expect(Object.is(roundForLabel(-0.01), 0)).toBe(true);
  });

  it("reaches the largest value with 1, 2 or 5 × a power of ten, at least 1", () => {
    expect(niceExtent(0)).toBe(1);
    expect(niceExtent(1)).toBe(1);
    expect(niceExtent(1.01)).toBe(2);
    expect(niceExtent(2)).toBe(2);
    expect(niceExtent(2.5)).toBe(5);
    expect(niceExtent(5.01)).toBe(10);
    expect(niceExtent(10)).toBe(10);
    expect(niceExtent(10.5)).toBe(20);
    expect(niceExtent(Number.NaN)).toBe(1);
  });

  it("centres a signed axis on 0 for the largest |value|", () => {
    expect(symmetricTicks([])).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(symmetricTicks([3, -7.5])).toEqual([-10, -5, 0, 5, 10]);
  });

  // a phone's category axis (components/charts/narrow-axis.tsx): 11 ems a line
  it("keeps a name that fits on one line", () => {
    expect(wrapLabel("高新办", 11)).toEqual(["高新办"]);
    expect(wrapLabel("创新创优（80分）", 11)).toEqual(["创新创优（80分）"]);
  });

  it("breaks a longer name before its bracket, then between characters", () => {
    expect(wrapLabel("科技支撑农业与民生建设（100分）", 11)).toEqual(["科技支撑农业与民生建设", "（100分）"]);
    expect(wrapLabel("科技支撑农业与民生建设（100分）", 6)).toEqual(["科技支撑农业", "与民生建设", "（100分）"]);
  });

  it("breaks English between words, and cuts a word longer than a line", () => {
    expect(wrapLabel("High-tech industry development (100 points)", 11)).toEqual(["High-tech industry", "development", "(100 points)"]);
    expect(wrapLabel("Supercalifragilisticexpialidocious", 11)).toEqual(["Supercalifragilisti", "cexpialidocious"]);
  });
});
