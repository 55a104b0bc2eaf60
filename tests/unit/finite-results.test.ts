// #11 (numbers): whatever a stored target value, baseline, figure or points hold, the rules return finite numbers
// or null — never Infinity or NaN, which GraphQL's Float cannot carry (the page would answer 500 for everyone).
import { describe, expect, it } from "vitest";
import { effectiveAreaPoints } from "../../lib/domain/applicability";
import { cappedRatio, completionRatio, growthPercent } from "../../lib/domain/completion";
import { expectedValueAt, forecastAtWindowEnd, paceLine } from "../../lib/domain/forecast";
import { splitAreaPoints } from "../../lib/domain/points";
import { computeScore } from "../../lib/domain/scoring";
import { statusDetail } from "../../lib/domain/status";
import { summarizeTargets } from "../../lib/domain/summary";
import type { MonthWindow, TargetMeasure } from "../../lib/domain/types";
import { readSnapshotRow } from "../../lib/server/reviews/snapshot-row";
import { point } from "./yiyang-2013";

const YEAR: MonthWindow = { year: 2013, startMonth: 1, endMonth: 12 };
const amount = (targetValue: number | null): TargetMeasure => ({ kind: "AMOUNT", targetValue, baselineValue: null });
const growth = (targetValue: number | null, baselineValue: number | null): TargetMeasure => ({
  kind: "GROWTH_PCT",
  targetValue,
  baselineValue,
});

describe("completion with a target value or baseline near zero", () => {
  it("is null, not Infinity, when a figure is divided by a target value of 5e-324", () => {
    // 900 / 5e-324 overflows to Infinity
    expect(900 / 5e-324).toBe(Infinity);
    expect(completionRatio(amount(5e-324), 900)).toBeNull();
    // a count the same way
    expect(completionRatio({ kind: "COUNT", targetValue: 5e-324, baselineValue: null }, 3)).toBeNull();
  });

  it("is still computed for ordinary and merely small target values", () => {
    expect(completionRatio(amount(1100), 550)).toBe(0.5);
    // 0.0001 is the smallest target value the inputs take: 1 ÷ 0.0001 = 10000
    expect(completionRatio(amount(0.0001), 1)).toBeCloseTo(10_000, 6);
  });

  it("gives no growth % and no completion for a baseline of 5e-324", () => {
    expect(growthPercent(5e-324, 133)).toBeNull();
    expect(completionRatio(growth(10, 5e-324), 133)).toBeNull();
    // ordinary: (133 − 120) / 120 = 10.8333…%, against 10% required
    expect(growthPercent(120, 133)).toBeCloseTo((13 / 120) * 100, 10);
    expect(completionRatio(growth(10, 120), 133)).toBeCloseTo(13 / 120 / 0.1, 10);
  });

  it("gives no completion for a required growth of 5e-324 %", () => {
    // (133 − 120) / 120 × 100 = 10.83%, ÷ 5e-324 overflows
    expect(completionRatio(growth(5e-324, 120), 133)).toBeNull();
  });

  it("gives no completion for a figure that is not a finite number", () => {
    expect(completionRatio(amount(1100), Number.POSITIVE_INFINITY)).toBeNull();
    expect(completionRatio(amount(1100), Number.NaN)).toBeNull();
  });

  it("keeps a zero cap's rule: met at zero, 0 above it", () => {
    const cap: TargetMeasure = { kind: "AMOUNT", targetValue: 0, baselineValue: null, direction: "LOWER_IS_BETTER" };
    expect(completionRatio(cap, 0)).toBe(1);
    expect(completionRatio(cap, 5)).toBe(0);
    // a cap of 5e-324 exceeded by 1e308: 5e-324 ÷ 1e308 underflows to 0, which is finite
    expect(completionRatio({ ...cap, targetValue: 5e-324 }, 1e308)).toBe(0);
  });

  it("counts an unknown (NaN) ratio as 0 in weights and bars", () => {
    expect(cappedRatio(Number.NaN)).toBe(0);
    expect(cappedRatio(null)).toBe(0);
    expect(cappedRatio(Number.POSITIVE_INFINITY)).toBe(1);
  });
});

describe("forecast and pace with extreme figures", () => {
  it("has no forecast when the extrapolation overflows", () => {
    // 1.7e308 as of 30 June, 181 of 365 days: 1.7e308 × 365 / 181 > the largest double
    const f = forecastAtWindowEnd({ measure: amount(4.3), window: YEAR, points: [point("2013-05-31", 1.7e308)], asOf: "2013-06-30" });
    expect(f).toBeNull();
  });

  it("forecasts the figure with a null ratio when only the ratio overflows", () => {
    const f = forecastAtWindowEnd({ measure: amount(5e-324), window: YEAR, points: [point("2013-05-31", 900)], asOf: "2013-06-30" });
    expect(f).toEqual({ value: (900 * 365) / 181, ratio: null });
  });

  it("forecasts as before for ordinary figures", () => {
    const f = forecastAtWindowEnd({ measure: amount(1100), window: YEAR, points: [point("2013-05-31", 550)], asOf: "2013-06-30" });
    expect(f!.value).toBeCloseTo((550 * 365) / 181, 9);
    expect(f!.ratio).toBeCloseTo((550 * 365) / 181 / 1100, 9);
  });

  it("has no finite pace to show for a growth target whose pace overflows", () => {
    // baseline × (1 + target% / 100 × share): 1e308 × (1 + 1000 × 1) overflows
    const m = growth(100_000, 1e308);
    expect(expectedValueAt(m, YEAR, "2013-12-31")).toBeNull();
    const line = paceLine(m, YEAR);
    expect(line).toHaveLength(13);
    expect(line.every((p) => p.expected === null || Number.isFinite(p.expected))).toBe(true);
    // the first point (share 0) is the baseline itself, 1e308, which is finite
    expect(line[0].expected).toBe(1e308);
  });
});

describe("status, summary and scores with extreme values", () => {
  it("evaluates a target with a target value of 5e-324 without a non-finite number", () => {
    const d = statusDetail({ measure: amount(5e-324), window: YEAR, points: [point("2013-05-31", 900)], asOf: "2013-06-30" });
    expect(d.ratio).toBeNull();
    // no usable completion is judged as 0 against the pace (181/365 ≈ 0.496 − 0.1 margin): behind
    expect(d.status).toBe("BEHIND");
    expect(Number.isFinite(d.expectedRatio)).toBe(true);
  });

  it("keeps the completion a finite share when one item's points or ratio are not finite", () => {
    const s = summarizeTargets([
      { status: "ON_TRACK", points: 10, ratio: 0.5 },
      { status: "BEHIND", points: Number.POSITIVE_INFINITY, ratio: 1 },
      { status: "BEHIND", points: 10, ratio: Number.NaN },
    ]);
    // the infinite points weigh nothing; NaN counts as 0: (10 × 0.5 + 10 × 0) / 20
    expect(s.completion).toBe(0.25);
    expect(s.totalPoints).toBe(20);
    expect(s.count).toBe(3);
  });

  it("scores a target without a usable completion as NO_VALUE, 0 points", () => {
    const ratio = completionRatio(amount(5e-324), 900);
    expect(computeScore({ rule: "PROPORTIONAL", points: 20, ratio, floor: 0.6, declaredScore: null })).toEqual({
      score: 0,
      basis: "NO_VALUE",
      pending: false,
    });
  });

  it("holds stored points to 0–1000 so no sum of points overflows", () => {
    const split = splitAreaPoints(100, [
      { id: "a", pointsOverride: 1.7e308 },
      { id: "b", pointsOverride: 1.7e308 },
      { id: "c", pointsOverride: null },
    ]);
    // each override counts as 1000; nothing is left for c
    expect([...split.values()]).toEqual([1000, 1000, 0]);
    expect(splitAreaPoints(1.7e308, [{ id: "a", pointsOverride: null }]).get("a")).toBe(1000);
    expect(splitAreaPoints(100, [{ id: "a", pointsOverride: Number.NaN }]).get("a")).toBe(0);
    const area = effectiveAreaPoints(1.7e308, [
      { id: "a", pointsOverride: null, applicability: "ACTIVE", inactivePointsRule: "REDISTRIBUTE" },
      { id: "b", pointsOverride: null, applicability: "SUSPENDED", inactivePointsRule: "REMOVE" },
    ]);
    // 1000 shared by two: 500 each; b's 500 removed
    expect(area).toMatchObject({ areaMax: 500, removed: 500 });
    expect(area.points.get("a")).toBe(500);
  });

  it("leaves ordinary points as they are", () => {
    const split = splitAreaPoints(100, [
      { id: "a", pointsOverride: 40 },
      { id: "b", pointsOverride: null },
      { id: "c", pointsOverride: null },
    ]);
    expect([...split.values()]).toEqual([40, 30, 30]);
  });
});

describe("a review snapshot frozen while a ratio was Infinity", () => {
  it("reads its non-finite figures as null (0 where a number is needed)", () => {
    const row = readSnapshotRow({
      targetId: "t1",
      code: "二.(二).4",
      title: "争取中央财政科技项目经费",
      areaName: "科技投入与保障",
      owners: "[]",
      value: 900,
      ratio: Number.POSITIVE_INFINITY,
      status: "DONE",
      expectedRatio: Number.NaN,
      forecastValue: Number.POSITIVE_INFINITY,
      forecastRatio: Number.POSITIVE_INFINITY,
      points: Number.POSITIVE_INFINITY,
      computedScore: Number.NEGATIVE_INFINITY,
    });
    expect(row).toMatchObject({
      value: 900,
      ratio: null,
      expectedRatio: 0,
      forecastValue: null,
      forecastRatio: null,
      points: 0,
      computedScore: null,
    });
  });
});
