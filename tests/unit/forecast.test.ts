import { describe, expect, it } from "vitest";
import { expectedValueAt, forecastAtWindowEnd, paceLine } from "../../lib/domain/forecast";
import { agriVarieties, blackTeaPlatform, engineeringCentres, highTechFirms, point, type ExampleTarget } from "./yiyang-2013";

function forecast(t: ExampleTarget, asOf: string, points: ReturnType<typeof point>[]) {
  return forecastAtWindowEnd({ measure: t.measure, window: t.window, points, asOf });
}

describe("forecastAtWindowEnd", () => {
  it("extrapolates a count linearly over the window", () => {
    // half of 6-12月 gone (2013-09-15), 2 of 4 centres → 4 by year end
    expect(forecast(engineeringCentres, "2013-09-15", [point("2013-08-31", 2)])).toEqual({ value: 4, ratio: 1 });
  });
  it("uses the share elapsed at asOf, not at the report date", () => {
    // 2013-06-30 is day 122 of 245 for 3-10月: 2 / (122/245)
    const f = forecast(agriVarieties, "2013-06-30", [point("2013-04-30", 2)]);
    expect(f?.value).toBeCloseTo((2 * 245) / 122, 12);
  });
  it("extrapolates growth from the baseline", () => {
    // 2013-05-26 = 0.4 of the year; 50 → 52 so far → 50 + 2/0.4 = 55 → ratio 1
    const f = forecast(highTechFirms, "2013-05-26", [point("2013-05-26", 52)]);
    expect(f?.value).toBeCloseTo(55, 12);
    expect(f?.ratio).toBeCloseTo(1, 12);
  });
  it("is the latest value itself after the window", () => {
    expect(forecast(engineeringCentres, "2014-01-15", [point("2013-12-31", 3)])).toEqual({ value: 3, ratio: 0.75 });
  });
  it("is null before the window, without a value, without a baseline, or for milestones", () => {
    expect(forecast(engineeringCentres, "2013-05-31", [point("2013-05-20", 1)])).toBeNull();
    expect(forecast(engineeringCentres, "2013-09-15", [])).toBeNull();
    expect(forecast(engineeringCentres, "2013-09-15", [point("2013-09-16", 2)])).toBeNull();
    const noBaseline = { ...highTechFirms, measure: { ...highTechFirms.measure, baselineValue: null } };
    expect(forecast(noBaseline, "2013-05-26", [point("2013-05-26", 52)])).toBeNull();
    expect(forecast(blackTeaPlatform, "2013-09-15", [point("2013-09-01", 1)])).toBeNull();
  });
});

describe("expectedValueAt", () => {
  it("follows the linear pace for counts", () => {
    const { measure, window } = engineeringCentres;
    expect(expectedValueAt(measure, window, "2013-05-31")).toBe(0);
    expect(expectedValueAt(measure, window, "2013-09-15")).toBe(2);
    expect(expectedValueAt(measure, window, "2013-12-31")).toBe(4);
    expect(expectedValueAt(measure, window, "2014-06-30")).toBe(4);
  });
  it("grows the baseline for growth targets", () => {
    const { measure, window } = highTechFirms;
    expect(expectedValueAt(measure, window, "2012-12-31")).toBe(50);
    expect(expectedValueAt(measure, window, "2013-05-26")).toBeCloseTo(52, 12);
    expect(expectedValueAt(measure, window, "2013-12-31")).toBeCloseTo(55, 12);
    expect(expectedValueAt({ ...measure, baselineValue: null }, window, "2013-05-26")).toBeNull();
  });
  it("is null for milestones", () => {
    expect(expectedValueAt(blackTeaPlatform.measure, blackTeaPlatform.window, "2013-09-15")).toBeNull();
  });
});

describe("paceLine", () => {
  it("starts at 0 on the first day and has a point at each month end", () => {
    const line = paceLine(engineeringCentres.measure, engineeringCentres.window);
    expect(line.map((p) => p.date)).toEqual([
      "2013-06-01",
      "2013-06-30",
      "2013-07-31",
      "2013-08-31",
      "2013-09-30",
      "2013-10-31",
      "2013-11-30",
      "2013-12-31",
    ]);
    expect(line[0].expected).toBe(0);
    expect(line[1].expected).toBe((4 * 30) / 214);
    expect(line[7].expected).toBe(4);
  });
  it("runs from the baseline to baseline × (1 + target%) for growth", () => {
    const line = paceLine(highTechFirms.measure, highTechFirms.window);
    expect(line).toHaveLength(13);
    expect(line[0]).toEqual({ date: "2013-01-01", expected: 50 });
    expect(line[12].date).toBe("2013-12-31");
    expect(line[12].expected).toBeCloseTo(55, 12);
  });
  it("ends on 29 February in a leap year", () => {
    const measure = { kind: "COUNT" as const, targetValue: 2, baselineValue: null };
    expect(paceLine(measure, { year: 2012, startMonth: 2, endMonth: 2 })).toEqual([
      { date: "2012-02-01", expected: 0 },
      { date: "2012-02-29", expected: 2 },
    ]);
  });
  it("is empty for targets without a pace", () => {
    expect(paceLine(blackTeaPlatform.measure, blackTeaPlatform.window)).toEqual([]);
  });
});
