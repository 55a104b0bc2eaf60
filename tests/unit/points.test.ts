import { describe, expect, it } from "vitest";
import { pointsSumMatches, splitAreaPoints } from "../../lib/domain/points";

const free = (id: string) => ({ id, pointsOverride: null });

describe("splitAreaPoints", () => {
  it("splits 100 points equally among 6 targets", () => {
    const split = splitAreaPoints(100, ["a", "b", "c", "d", "e", "f"].map(free));
    for (const v of split.values()) expect(v).toBeCloseTo(16.6666666667, 9);
    expect(pointsSumMatches(100, split.values())).toBe(true);
  });
  it("honours an override and splits the rest (40 of 100 → 40, 30, 30)", () => {
    const split = splitAreaPoints(100, [{ id: "centres", pointsOverride: 40 }, free("varieties"), free("postdoc")]);
    expect(Object.fromEntries(split)).toEqual({ centres: 40, varieties: 30, postdoc: 30 });
  });
  it("never gives negative points when overrides exceed the area", () => {
    const split = splitAreaPoints(100, [{ id: "a", pointsOverride: 70 }, { id: "b", pointsOverride: 50 }, free("c")]);
    expect(Object.fromEntries(split)).toEqual({ a: 70, b: 50, c: 0 });
    expect(pointsSumMatches(100, split.values())).toBe(false);
  });
  it("keeps an override of 0", () => {
    expect(Object.fromEntries(splitAreaPoints(10, [{ id: "a", pointsOverride: 0 }, free("b")]))).toEqual({ a: 0, b: 10 });
  });
  it("returns an empty map for no targets", () => {
    expect(splitAreaPoints(100, []).size).toBe(0);
  });
});

describe("pointsSumMatches", () => {
  it("accepts float error within the tolerance and rejects a real gap", () => {
    expect(pointsSumMatches(100, [100 / 3, 100 / 3, 100 / 3])).toBe(true);
    expect(pointsSumMatches(100, [40, 30, 29.99])).toBe(false);
    expect(pointsSumMatches(100, [40, 30, 29.99], 0.05)).toBe(true);
  });
});
