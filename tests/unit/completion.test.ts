import { describe, expect, it } from "vitest";
import { cappedRatio, completionRatio, growthPercent, latestValue } from "../../lib/domain/completion";
import { blackTeaPlatform, budget, engineeringCentres, highTechFirms, innovationAward, point } from "./yiyang-2013";

describe("latestValue", () => {
  const points = [
    point("2013-07-31", 1),
    point("2013-09-30", 2, "2013-10-02T09:00:00+08:00"),
    point("2013-09-30", 3, "2013-10-05T09:00:00+08:00"), // correction recorded later
    point("2013-08-31", 1),
    point("2013-10-31", 4),
  ];

  it("takes the report for the latest day on or before asOf", () => {
    expect(latestValue(points, "2013-08-31")?.value).toBe(1);
    expect(latestValue(points, "2013-10-30")?.value).toBe(3);
  });
  it("includes a report for asOf itself and ignores reports after it", () => {
    expect(latestValue(points, "2013-10-31")?.value).toBe(4);
    expect(latestValue(points, "2013-07-30")).toBeNull();
  });
  it("breaks a tie on the same day by the later recordedAt, whatever the list order", () => {
    expect(latestValue([...points].reverse(), "2013-09-30")?.value).toBe(3);
  });
  it("compares recordedAt as instants across offsets", () => {
    const tie = [
      point("2013-09-30", 5, "2013-10-02T10:00:00+08:00"), // 02:00Z
      point("2013-09-30", 6, "2013-10-02T03:00:00Z"),
    ];
    expect(latestValue(tie, "2013-12-31")?.value).toBe(6);
    expect(latestValue([...tie].reverse(), "2013-12-31")?.value).toBe(6);
  });
  it("returns null without points", () => {
    expect(latestValue([], "2013-12-31")).toBeNull();
  });
});

describe("growthPercent", () => {
  it("is the change over the baseline in %", () => {
    expect(growthPercent(50, 55)).toBe(10);
    expect(growthPercent(50, 45)).toBe(-10);
  });
  it("is null without a usable baseline", () => {
    expect(growthPercent(null, 55)).toBeNull();
    expect(growthPercent(0, 55)).toBeNull();
  });
});

describe("completionRatio", () => {
  it("is null without a value", () => {
    expect(completionRatio(engineeringCentres.measure, null)).toBeNull();
  });
  it("divides counts and amounts by the target, uncapped", () => {
    expect(completionRatio(engineeringCentres.measure, 3)).toBe(0.75);
    expect(completionRatio(engineeringCentres.measure, 5)).toBe(1.25);
    expect(completionRatio(budget.measure, 267.9)).toBe(1);
  });
  it("is null for a missing or non-positive target", () => {
    expect(completionRatio({ kind: "COUNT", targetValue: null, baselineValue: null }, 3)).toBeNull();
    expect(completionRatio({ kind: "AMOUNT", targetValue: 0, baselineValue: null }, 3)).toBeNull();
  });
  it("divides growth by the required growth", () => {
    expect(completionRatio(highTechFirms.measure, 55)).toBe(1); // exactly 10% on a 10% target
    expect(completionRatio(highTechFirms.measure, 54.95)).toBeCloseTo(0.99, 12); // 9.9%
    expect(completionRatio(highTechFirms.measure, 50)).toBe(0);
  });
  it("is null for growth without a baseline", () => {
    expect(completionRatio({ ...highTechFirms.measure, baselineValue: null }, 55)).toBeNull();
  });
  it("treats milestones and declarations as all-or-nothing", () => {
    expect(completionRatio(blackTeaPlatform.measure, 1)).toBe(1);
    expect(completionRatio(blackTeaPlatform.measure, 0)).toBe(0);
    expect(completionRatio(innovationAward.measure, 0.9)).toBe(0);
  });
});

describe("cappedRatio", () => {
  it("clamps to 0..1 and counts unknown as 0", () => {
    expect(cappedRatio(1.25)).toBe(1);
    expect(cappedRatio(0.4)).toBe(0.4);
    expect(cappedRatio(-0.2)).toBe(0);
    expect(cappedRatio(null)).toBe(0);
  });
});
