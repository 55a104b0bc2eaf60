import { describe, expect, it } from "vitest";
import { statusDetail, targetStatus } from "../../lib/domain/status";
import type { TargetMeasure } from "../../lib/domain/types";
import { blackTeaPlatform, engineeringCentres, highTechFirms, innovationAward, point, type ExampleTarget } from "./yiyang-2013";

/** status of an example target with the given reports */
function statusOf(t: ExampleTarget, asOf: string, points = [] as ReturnType<typeof point>[], behindMargin?: number) {
  return targetStatus({ measure: t.measure, window: t.window, points, asOf, behindMargin });
}

describe("targetStatus — counts (组建市级工程技术研究中心 4 家, 6-12月)", () => {
  const two = [point("2013-08-31", 2)];

  it("is NOT_STARTED before the window and OVERDUE after it when not reached", () => {
    expect(statusOf(engineeringCentres, "2013-05-31", [point("2013-05-20", 1)])).toBe("NOT_STARTED");
    expect(statusOf(engineeringCentres, "2014-01-01", [point("2013-12-31", 3)])).toBe("OVERDUE");
  });
  it("is DONE once the target is reached, even before the window opens", () => {
    expect(statusOf(engineeringCentres, "2013-05-31", [point("2013-05-20", 4)])).toBe("DONE");
    expect(statusOf(engineeringCentres, "2014-03-31", [point("2014-02-10", 4)])).toBe("DONE");
  });
  it("is ON_TRACK exactly on the pace line and BEHIND a day later (margin 0)", () => {
    // 2013-09-15 is day 107 of 214: expected 0.5, ratio 2/4 = 0.5
    expect(statusOf(engineeringCentres, "2013-09-15", two, 0)).toBe("ON_TRACK");
    expect(statusOf(engineeringCentres, "2013-09-16", two, 0)).toBe("BEHIND");
  });
  it("allows the default 10% margin below the pace line", () => {
    // day 128/214 = 0.598 → 0.5 >= 0.498; day 129/214 = 0.603 → 0.5 < 0.503
    expect(statusOf(engineeringCentres, "2013-10-06", two)).toBe("ON_TRACK");
    expect(statusOf(engineeringCentres, "2013-10-07", two)).toBe("BEHIND");
  });
  it("judges a missing value as 0 inside the window", () => {
    expect(statusOf(engineeringCentres, "2013-06-21")).toBe("ON_TRACK"); // 21/214 < 0.1
    expect(statusOf(engineeringCentres, "2013-06-22")).toBe("BEHIND"); // 22/214 > 0.1
  });
  it("does not see reports made for days after asOf", () => {
    expect(statusOf(engineeringCentres, "2013-12-30", [point("2013-12-31", 4)])).toBe("BEHIND");
  });
});

describe("targetStatus — exactly on the line with default margin", () => {
  // 申报科技项目 10 项 (1-12月): 2013-05-26 is day 146/365 = 0.4; 3/10 = 0.3 = 0.4 - 0.1 (in floats 0.30000000000000004)
  const projects: ExampleTarget = {
    title: "申报科技项目 10 项",
    measure: { kind: "COUNT", targetValue: 10, baselineValue: null },
    window: { year: 2013, startMonth: 1, endMonth: 12 },
  };
  it("is ON_TRACK on the line and BEHIND the next day", () => {
    expect(statusOf(projects, "2013-05-26", [point("2013-05-20", 3)])).toBe("ON_TRACK");
    expect(statusOf(projects, "2013-05-27", [point("2013-05-20", 3)])).toBe("BEHIND");
  });
});

describe("targetStatus — growth (高企数量增长 10%, baseline 50)", () => {
  it("is DONE at exactly 10% growth", () => {
    expect(statusOf(highTechFirms, "2013-06-30", [point("2013-06-30", 55)])).toBe("DONE");
  });
  it("is DONE at exactly 10% even when floating point says 9.999…%", () => {
    const measure: TargetMeasure = { ...highTechFirms.measure, baselineValue: 24 }; // 26.4 / 24 = +10%
    const t = { ...highTechFirms, measure };
    expect(statusOf(t, "2013-12-31", [point("2013-12-31", 26.4)])).toBe("DONE");
  });
  it("is not DONE at 9.9% growth: ON_TRACK the day before the last (within margin), BEHIND on the last day, OVERDUE after", () => {
    const points = [point("2013-12-30", 54.95)];
    expect(statusOf(highTechFirms, "2013-12-30", points)).toBe("ON_TRACK");
    // #14: on the window's last day a target short of its value is never 正常, whatever the margin
    expect(statusOf(highTechFirms, "2013-12-31", points)).toBe("BEHIND");
    expect(statusOf(highTechFirms, "2014-01-01", points)).toBe("OVERDUE");
  });
  it("never reaches DONE without a baseline (ratio unknown counts as 0)", () => {
    const t = { ...highTechFirms, measure: { ...highTechFirms.measure, baselineValue: null } };
    const points = [point("2013-06-30", 80)];
    expect(statusOf(t, "2013-06-30", points)).toBe("BEHIND");
    expect(statusOf(t, "2014-01-01", points)).toBe("OVERDUE");
  });
});

describe("targetStatus — milestones and declarations", () => {
  it("is ON_TRACK before the last month and BEHIND in it (推进黑茶平台建设, 6-12月)", () => {
    expect(statusOf(blackTeaPlatform, "2013-05-31")).toBe("NOT_STARTED");
    expect(statusOf(blackTeaPlatform, "2013-11-30", [point("2013-11-30", 0)])).toBe("ON_TRACK");
    expect(statusOf(blackTeaPlatform, "2013-12-01", [point("2013-11-30", 0)])).toBe("BEHIND");
    expect(statusOf(blackTeaPlatform, "2013-12-01", [point("2013-12-01", 1)])).toBe("DONE");
    expect(statusOf(blackTeaPlatform, "2014-01-01")).toBe("OVERDUE");
  });
  it("is BEHIND from the first day of a one-month window until declared (年末申报)", () => {
    expect(statusOf(innovationAward, "2013-11-30")).toBe("NOT_STARTED");
    expect(statusOf(innovationAward, "2013-12-01")).toBe("BEHIND");
    expect(statusOf(innovationAward, "2013-12-20", [point("2013-12-20", 1)])).toBe("DONE");
  });
});

describe("statusDetail", () => {
  it("returns the figures behind the status", () => {
    const detail = statusDetail({
      measure: engineeringCentres.measure,
      window: engineeringCentres.window,
      points: [point("2013-08-31", 2)],
      asOf: "2013-09-15",
    });
    expect(detail).toEqual({
      status: "ON_TRACK",
      rule: "PACE",
      behindMargin: 0.1,
      band: "GREEN",
      value: 2,
      ratio: 0.5,
      expectedRatio: 0.5,
      position: "INSIDE",
    });
  });
  it("reports no value and no ratio before any report", () => {
    const detail = statusDetail({ ...engineeringCentres, points: [], asOf: "2013-05-01" });
    expect(detail).toEqual({
      status: "NOT_STARTED",
      rule: "BEFORE_WINDOW",
      behindMargin: 0.1,
      band: "NONE",
      value: null,
      ratio: null,
      expectedRatio: 0,
      position: "BEFORE",
    });
  });
  it("is INACTIVE with no band for a target not scored, keeping its figures", () => {
    const detail = statusDetail({
      measure: engineeringCentres.measure,
      window: engineeringCentres.window,
      points: [point("2013-08-31", 2)],
      asOf: "2013-09-15",
      active: false,
    });
    expect(detail).toEqual({
      status: "INACTIVE",
      rule: "INACTIVE",
      behindMargin: 0.1,
      band: "NONE",
      value: 2,
      ratio: 0.5,
      expectedRatio: 0.5,
      position: "INSIDE",
    });
  });
});

describe("at the window's end (#14): below its value a target is never 正常 on or after the last day", () => {
  // 高新技术产品产值增幅 ≥20% over 380 (the demo's 2012 figure), 1–12月: 452 on 31 December is +18.9%, 94.7% complete
  const output: ExampleTarget = {
    title: "高新技术产品产值增幅 20%",
    measure: { kind: "GROWTH_PCT", targetValue: 20, baselineValue: 380 },
    window: { year: 2013, startMonth: 1, endMonth: 12 },
  };
  const rule = (t: ExampleTarget, asOf: string, points: ReturnType<typeof point>[]) => {
    const d = statusDetail({ measure: t.measure, window: t.window, points, asOf });
    return [d.status, d.rule];
  };
  it("is BEHIND on the last day one short of the value, DONE exactly at it, ON_TRACK the day before", () => {
    expect(rule(output, "2013-12-31", [point("2013-12-31", 452)])).toEqual(["BEHIND", "WINDOW_END"]);
    expect(rule(output, "2013-12-31", [point("2013-12-31", 456)])).toEqual(["DONE", "MET"]); // exactly +20%
    expect(rule(output, "2013-12-30", [point("2013-12-30", 452)])).toEqual(["ON_TRACK", "PACE"]);
    expect(rule(output, "2014-01-01", [point("2013-12-31", 452)])).toEqual(["OVERDUE", "AFTER_WINDOW"]);
  });
  it("holds for counts at one below the target (3 of 4 centres on 31 December)", () => {
    expect(rule(engineeringCentres, "2013-12-31", [point("2013-12-20", 3)])).toEqual(["BEHIND", "WINDOW_END"]);
    expect(rule(engineeringCentres, "2013-12-31", [point("2013-12-20", 4)])).toEqual(["DONE", "MET"]);
  });
  it("names the rule of a milestone: ALL_OR_NOTHING before the last day, WINDOW_END on it", () => {
    expect(rule(blackTeaPlatform, "2013-11-30", [])).toEqual(["ON_TRACK", "ALL_OR_NOTHING"]);
    expect(rule(blackTeaPlatform, "2013-12-15", [])).toEqual(["BEHIND", "ALL_OR_NOTHING"]);
    expect(rule(blackTeaPlatform, "2013-12-31", [])).toEqual(["BEHIND", "WINDOW_END"]);
  });
  it("leaves a cap alone: within it on the last day is on track (done once the window has passed)", () => {
    const cap: ExampleTarget = {
      title: "三公经费不超过 20 万元",
      measure: { kind: "AMOUNT", targetValue: 20, baselineValue: null, direction: "LOWER_IS_BETTER" },
      window: { year: 2013, startMonth: 1, endMonth: 12 },
    };
    expect(rule(cap, "2013-12-31", [point("2013-12-31", 19)])).toEqual(["ON_TRACK", "CAP"]);
    expect(rule(cap, "2014-01-01", [point("2013-12-31", 19)])).toEqual(["DONE", "CAP"]);
  });
});
