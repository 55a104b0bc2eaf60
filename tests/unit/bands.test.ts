import { describe, expect, it } from "vitest";
import { bandMeasure, bandOf, BANDS, defaultBand, thresholdProblem, thresholdsOf, type Thresholds } from "../../lib/domain/bands";
import { TARGET_STATUSES } from "../../lib/domain/types";

const higher: Thresholds = { greenAt: 0.9, amberAt: 0.7, direction: "HIGHER_IS_BETTER" };
const cap: Thresholds = { greenAt: 1.0, amberAt: 1.1, direction: "LOWER_IS_BETTER" };

describe("thresholdsOf", () => {
  it("gives the thresholds when both limits are set, more-is-better by default", () => {
    expect(thresholdsOf({ greenAt: 0.9, amberAt: 0.7 })).toEqual({ greenAt: 0.9, amberAt: 0.7, direction: "HIGHER_IS_BETTER" });
    expect(thresholdsOf({ greenAt: 0.9, amberAt: 0.7, direction: null })).toEqual({
      greenAt: 0.9,
      amberAt: 0.7,
      direction: "HIGHER_IS_BETTER",
    });
    expect(thresholdsOf({ greenAt: 0.9, amberAt: 0.7, direction: "SIDEWAYS" })).toEqual({
      greenAt: 0.9,
      amberAt: 0.7,
      direction: "HIGHER_IS_BETTER",
    });
  });
  it("keeps a cap's direction", () => {
    expect(thresholdsOf({ greenAt: 1, amberAt: 1.1, direction: "LOWER_IS_BETTER" })).toEqual({
      greenAt: 1,
      amberAt: 1.1,
      direction: "LOWER_IS_BETTER",
    });
  });
  it("counts 0 as a set limit", () => {
    expect(thresholdsOf({ greenAt: 0, amberAt: 0 })).toEqual({ greenAt: 0, amberAt: 0, direction: "HIGHER_IS_BETTER" });
  });
  it("is null unless both limits are set", () => {
    expect(thresholdsOf({ greenAt: 0.9, amberAt: null })).toBeNull();
    expect(thresholdsOf({ greenAt: null, amberAt: 0.7 })).toBeNull();
    expect(thresholdsOf({ greenAt: undefined, amberAt: 0.7 })).toBeNull();
    expect(thresholdsOf({ greenAt: null, amberAt: null, direction: "LOWER_IS_BETTER" })).toBeNull();
  });
});

describe("thresholdProblem", () => {
  it("accepts both limits empty, and sensible pairs", () => {
    expect(thresholdProblem({ greenAt: null, amberAt: null, direction: "HIGHER_IS_BETTER" })).toBeNull();
    expect(thresholdProblem({ greenAt: 0.9, amberAt: 0.7, direction: "HIGHER_IS_BETTER" })).toBeNull();
    expect(thresholdProblem({ greenAt: 1.0, amberAt: 1.1, direction: "LOWER_IS_BETTER" })).toBeNull();
  });
  it("accepts equal limits (no amber band) and the range ends 0 and 10", () => {
    expect(thresholdProblem({ greenAt: 0.8, amberAt: 0.8, direction: "HIGHER_IS_BETTER" })).toBeNull();
    expect(thresholdProblem({ greenAt: 1, amberAt: 1, direction: "LOWER_IS_BETTER" })).toBeNull();
    expect(thresholdProblem({ greenAt: 10, amberAt: 0, direction: "HIGHER_IS_BETTER" })).toBeNull();
  });
  it("wants both limits or neither", () => {
    expect(thresholdProblem({ greenAt: 0.9, amberAt: null, direction: "HIGHER_IS_BETTER" })).toBe("绿色和黄色阈值需同时填写或同时留空");
    expect(thresholdProblem({ greenAt: null, amberAt: 0.7, direction: "LOWER_IS_BETTER" })).toBe("绿色和黄色阈值需同时填写或同时留空");
  });
  it("wants shares between 0 and 10 (0–1000%)", () => {
    const range = "阈值应为 0 到 1000% 之间的比例";
    expect(thresholdProblem({ greenAt: 0.9, amberAt: -0.1, direction: "HIGHER_IS_BETTER" })).toBe(range);
    expect(thresholdProblem({ greenAt: 10.01, amberAt: 0.7, direction: "HIGHER_IS_BETTER" })).toBe(range);
    expect(thresholdProblem({ greenAt: Number.NaN, amberAt: 0.7, direction: "HIGHER_IS_BETTER" })).toBe(range);
    expect(thresholdProblem({ greenAt: 1, amberAt: Number.POSITIVE_INFINITY, direction: "LOWER_IS_BETTER" })).toBe(range);
  });
  it("wants amber ≤ green when more is better", () => {
    expect(thresholdProblem({ greenAt: 0.7, amberAt: 0.9, direction: "HIGHER_IS_BETTER" })).toBe("越大越好：黄色阈值不能高于绿色阈值");
  });
  it("wants amber ≥ green for a cap", () => {
    expect(thresholdProblem({ greenAt: 1.1, amberAt: 1.0, direction: "LOWER_IS_BETTER" })).toBe("越小越好：黄色阈值不能低于绿色阈值");
  });
});

describe("bandMeasure", () => {
  it("more is better: completion ÷ the share of the window elapsed", () => {
    expect(bandMeasure("HIGHER_IS_BETTER", { ratio: 0.4, expectedRatio: 0.5, value: 2, targetValue: 5 })).toBe(0.8);
    expect(bandMeasure("HIGHER_IS_BETTER", { ratio: 0.9, expectedRatio: 1, value: 90, targetValue: 100 })).toBe(0.9);
  });
  it("more is better: nothing reported counts as 0", () => {
    expect(bandMeasure("HIGHER_IS_BETTER", { ratio: null, expectedRatio: 0.5, value: null, targetValue: 5 })).toBe(0);
  });
  it("more is better: null before the window (nothing elapsed)", () => {
    expect(bandMeasure("HIGHER_IS_BETTER", { ratio: 0.4, expectedRatio: 0, value: 2, targetValue: 5 })).toBeNull();
  });
  it("cap: figure ÷ cap", () => {
    expect(bandMeasure("LOWER_IS_BETTER", { ratio: 0.8, expectedRatio: 0.5, value: 25, targetValue: 20 })).toBe(1.25);
    expect(bandMeasure("LOWER_IS_BETTER", { ratio: 1, expectedRatio: 0, value: 10, targetValue: 20 })).toBe(0.5);
  });
  it("cap: null with nothing reported or no cap", () => {
    expect(bandMeasure("LOWER_IS_BETTER", { ratio: null, expectedRatio: 0.5, value: null, targetValue: 20 })).toBeNull();
    expect(bandMeasure("LOWER_IS_BETTER", { ratio: null, expectedRatio: 0.5, value: 3, targetValue: null })).toBeNull();
  });
  it("zero cap (零事故): 0 at zero, infinitely over otherwise", () => {
    expect(bandMeasure("LOWER_IS_BETTER", { ratio: 1, expectedRatio: 0.5, value: 0, targetValue: 0 })).toBe(0);
    expect(bandMeasure("LOWER_IS_BETTER", { ratio: 0, expectedRatio: 0.5, value: 1, targetValue: 0 })).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("bandOf — boundaries belong to the better band", () => {
  it("more is better, 0.9 / 0.7", () => {
    expect(bandOf(higher, 1.2)).toBe("GREEN");
    expect(bandOf(higher, 0.9)).toBe("GREEN");
    expect(bandOf(higher, 0.9 - 1e-10)).toBe("GREEN"); // float slack
    expect(bandOf(higher, 0.89)).toBe("AMBER");
    expect(bandOf(higher, 0.7)).toBe("AMBER");
    expect(bandOf(higher, 0.42 / 0.6)).toBe("AMBER"); // 0.7 in floats
    expect(bandOf(higher, 0.69)).toBe("RED");
    expect(bandOf(higher, 0)).toBe("RED");
  });
  it("cap, 1.0 / 1.1", () => {
    expect(bandOf(cap, 0)).toBe("GREEN");
    expect(bandOf(cap, 1)).toBe("GREEN");
    expect(bandOf(cap, 1 + 1e-10)).toBe("GREEN");
    expect(bandOf(cap, 1.05)).toBe("AMBER");
    expect(bandOf(cap, 22 / 20)).toBe("AMBER");
    expect(bandOf(cap, 1.1)).toBe("AMBER");
    expect(bandOf(cap, 1.11)).toBe("RED");
    expect(bandOf(cap, Number.POSITIVE_INFINITY)).toBe("RED");
  });
  it("equal limits leave no amber band", () => {
    const t: Thresholds = { greenAt: 0.8, amberAt: 0.8, direction: "HIGHER_IS_BETTER" };
    expect(bandOf(t, 0.8)).toBe("GREEN");
    expect(bandOf(t, 0.79)).toBe("RED");
  });
});

describe("defaultBand", () => {
  it("colours statuses without thresholds", () => {
    expect(defaultBand("DONE")).toBe("GREEN");
    expect(defaultBand("ON_TRACK")).toBe("GREEN");
    expect(defaultBand("BEHIND")).toBe("AMBER");
    expect(defaultBand("OVERDUE")).toBe("RED");
    expect(defaultBand("NOT_STARTED")).toBe("NONE");
    expect(defaultBand("INACTIVE")).toBe("NONE");
  });
  it("covers every status with a known band", () => {
    for (const s of TARGET_STATUSES) expect(BANDS).toContain(defaultBand(s));
  });
});
