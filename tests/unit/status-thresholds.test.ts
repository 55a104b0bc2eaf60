import { describe, expect, it } from "vitest";
import type { Thresholds } from "../../lib/domain/bands";
import { completionRatio } from "../../lib/domain/completion";
import { statusDetail, targetStatus } from "../../lib/domain/status";
import type { MonthWindow, ProgressPoint, TargetMeasure } from "../../lib/domain/types";
import { blackTeaPlatform, engineeringCentres, highTechFirms, innovationAward, point } from "./yiyang-2013";

/**
 * 引进资金 100 万元 (3-10月): 2013-03-01..2013-10-31, 245 days.
 * 2013-06-06 is day 98 (pace 0.4), 2013-07-25 day 147 (pace 0.6), 2013-10-31 the last day (pace 1).
 */
const funds: TargetMeasure = { kind: "AMOUNT", targetValue: 100, baselineValue: null };
const marchToOctober: MonthWindow = { year: 2013, startMonth: 3, endMonth: 10 };
const t90_70: Thresholds = { greenAt: 0.9, amberAt: 0.7, direction: "HIGHER_IS_BETTER" };

function detail(
  asOf: string,
  points: ProgressPoint[],
  opts: { thresholds?: Thresholds | null; behindMargin?: number; active?: boolean } = {},
) {
  return statusDetail({ measure: funds, window: marchToOctober, points, asOf, ...opts });
}
const pick = (d: ReturnType<typeof statusDetail>) => ({ status: d.status, band: d.band });

describe("inactive targets (不适用 / 暂停)", () => {
  it("are INACTIVE with no band whatever their figures", () => {
    expect(pick(detail("2013-07-25", [point("2013-07-20", 10)], { active: false }))).toEqual({ status: "INACTIVE", band: "NONE" });
    expect(pick(detail("2013-07-25", [point("2013-07-20", 100)], { active: false }))).toEqual({ status: "INACTIVE", band: "NONE" });
    expect(pick(detail("2013-11-01", [], { active: false }))).toEqual({ status: "INACTIVE", band: "NONE" });
    expect(pick(detail("2013-02-28", [], { active: false, thresholds: t90_70 }))).toEqual({ status: "INACTIVE", band: "NONE" });
  });
  it("still report their figures", () => {
    expect(detail("2013-07-25", [point("2013-07-20", 54)], { active: false })).toEqual({
      status: "INACTIVE",
      rule: "INACTIVE",
      behindMargin: 0.1,
      band: "NONE",
      value: 54,
      ratio: 0.54,
      expectedRatio: 0.6,
      position: "INSIDE",
    });
  });
  it("apply to milestones, declarations and caps too", () => {
    expect(
      targetStatus({ measure: blackTeaPlatform.measure, window: blackTeaPlatform.window, points: [], asOf: "2014-01-01", active: false }),
    ).toBe("INACTIVE");
    expect(
      targetStatus({ measure: innovationAward.measure, window: innovationAward.window, points: [], asOf: "2013-12-15", active: false }),
    ).toBe("INACTIVE");
    const cap: TargetMeasure = { kind: "AMOUNT", targetValue: 20, baselineValue: null, direction: "LOWER_IS_BETTER" };
    expect(
      targetStatus({ measure: cap, window: marchToOctober, points: [point("2013-05-01", 30)], asOf: "2013-06-01", active: false }),
    ).toBe("INACTIVE");
  });
  it("active: true is the default", () => {
    expect(detail("2013-07-25", [point("2013-07-20", 54)], { active: true })).toEqual(detail("2013-07-25", [point("2013-07-20", 54)]));
  });
});

describe("thresholds 0.9 / 0.7 on an amount, as of 2013-07-25 (pace 0.6)", () => {
  const at = (value: number | null, opts: { thresholds?: Thresholds | null; behindMargin?: number } = { thresholds: t90_70 }) =>
    pick(detail("2013-07-25", value === null ? [] : [point("2013-07-20", value)], opts));

  it("ON_TRACK and green at or above 90% of the pace (54 of 100 = 0.54 / 0.6 = 0.9)", () => {
    expect(at(60)).toEqual({ status: "ON_TRACK", band: "GREEN" });
    expect(at(54)).toEqual({ status: "ON_TRACK", band: "GREEN" });
    expect(at(99)).toEqual({ status: "ON_TRACK", band: "GREEN" });
  });
  it("BEHIND and amber just below 90% of the pace down to 70% (53 → 0.883, 42 → 0.7)", () => {
    expect(at(53)).toEqual({ status: "BEHIND", band: "AMBER" });
    expect(at(42)).toEqual({ status: "BEHIND", band: "AMBER" });
  });
  it("BEHIND and red below 70% of the pace (41 → 0.683), and with nothing reported", () => {
    expect(at(41)).toEqual({ status: "BEHIND", band: "RED" });
    expect(at(0)).toEqual({ status: "BEHIND", band: "RED" });
    expect(at(null)).toEqual({ status: "BEHIND", band: "RED" });
  });
  it("DONE and green once reached", () => {
    expect(at(100)).toEqual({ status: "DONE", band: "GREEN" });
    expect(at(120)).toEqual({ status: "DONE", band: "GREEN" });
  });
  it("replace the margin rule: 53 is ON_TRACK under the 10% margin (0.53 ≥ 0.5) but BEHIND under the thresholds", () => {
    expect(at(53, {})).toEqual({ status: "ON_TRACK", band: "GREEN" });
    expect(at(53, { thresholds: null })).toEqual({ status: "ON_TRACK", band: "GREEN" });
    expect(at(53, { thresholds: t90_70, behindMargin: 0.5 })).toEqual({ status: "BEHIND", band: "AMBER" });
  });
  it("replace the margin rule the other way: lenient 0.5 / 0.3 keeps 35 ON_TRACK where the margin says BEHIND", () => {
    const lenient: Thresholds = { greenAt: 0.5, amberAt: 0.3, direction: "HIGHER_IS_BETTER" };
    expect(at(35, {})).toEqual({ status: "BEHIND", band: "AMBER" }); // 0.35 < 0.6 − 0.1
    expect(at(35, { thresholds: lenient })).toEqual({ status: "ON_TRACK", band: "GREEN" }); // 0.35 / 0.6 = 0.583
    expect(at(25, { thresholds: lenient })).toEqual({ status: "BEHIND", band: "AMBER" }); // 0.417
    expect(at(17, { thresholds: lenient })).toEqual({ status: "BEHIND", band: "RED" }); // 0.283
  });
  it("measure against the pace of the day: 36 is green on 2013-06-06 (0.36 / 0.4 = 0.9), amber a day later, red on 2013-07-25", () => {
    expect(pick(detail("2013-06-06", [point("2013-06-01", 36)], { thresholds: t90_70 }))).toEqual({ status: "ON_TRACK", band: "GREEN" });
    expect(pick(detail("2013-06-07", [point("2013-06-01", 36)], { thresholds: t90_70 }))).toEqual({ status: "BEHIND", band: "AMBER" });
    expect(at(36)).toEqual({ status: "BEHIND", band: "RED" }); // 0.36 / 0.6 = 0.6
  });
});

describe("thresholds at and after the window's end (2013-10-31 / 2013-11-01)", () => {
  const on = (asOf: string, value: number | null) =>
    pick(detail(asOf, value === null ? [] : [point("2013-10-20", value)], { thresholds: t90_70 }));

  it("on the last day anything short of the target is BEHIND, never green (#14): 90 and 89 amber, 69 red; the day before 90 is green", () => {
    expect(on("2013-10-31", 90)).toEqual({ status: "BEHIND", band: "AMBER" });
    expect(on("2013-10-31", 89)).toEqual({ status: "BEHIND", band: "AMBER" });
    expect(on("2013-10-31", 69)).toEqual({ status: "BEHIND", band: "RED" });
    expect(on("2013-10-31", 100)).toEqual({ status: "DONE", band: "GREEN" });
    // 2013-10-30 is day 244 of 245: 90 ÷ 0.996 = 0.904, green
    expect(on("2013-10-30", 90)).toEqual({ status: "ON_TRACK", band: "GREEN" });
  });
  it("OVERDUE is never green: amber when the thresholds say green or amber", () => {
    expect(on("2013-11-01", 95)).toEqual({ status: "OVERDUE", band: "AMBER" });
    expect(on("2013-11-01", 90)).toEqual({ status: "OVERDUE", band: "AMBER" });
    expect(on("2013-11-01", 70)).toEqual({ status: "OVERDUE", band: "AMBER" });
  });
  it("OVERDUE is red when the thresholds say red, or nothing was reported", () => {
    expect(on("2013-11-01", 69)).toEqual({ status: "OVERDUE", band: "RED" });
    expect(on("2013-11-01", null)).toEqual({ status: "OVERDUE", band: "RED" });
  });
  it("a target reached after the deadline is DONE and green", () => {
    expect(pick(detail("2013-12-31", [point("2013-11-15", 100)], { thresholds: t90_70 }))).toEqual({ status: "DONE", band: "GREEN" });
  });
  it("without thresholds OVERDUE is red whatever the figure", () => {
    expect(pick(detail("2013-11-01", [point("2013-10-20", 95)]))).toEqual({ status: "OVERDUE", band: "RED" });
  });
});

describe("thresholds before the window (2013-02-28)", () => {
  it("NOT_STARTED has no band; reaching early is DONE and green", () => {
    expect(pick(detail("2013-02-28", [point("2013-02-10", 10)], { thresholds: t90_70 }))).toEqual({ status: "NOT_STARTED", band: "NONE" });
    expect(pick(detail("2013-02-28", [], { thresholds: t90_70 }))).toEqual({ status: "NOT_STARTED", band: "NONE" });
    expect(pick(detail("2013-02-28", [point("2013-02-10", 100)], { thresholds: t90_70 }))).toEqual({ status: "DONE", band: "GREEN" });
  });
});

describe("thresholds on counts and growth", () => {
  it("count: 2 of 4 centres: green on 2013-09-15 (pace 0.5) and 09-18 (pace 0.514), amber on 10-20, red on the last day", () => {
    const c = (asOf: string) =>
      pick(
        statusDetail({
          measure: engineeringCentres.measure,
          window: engineeringCentres.window,
          points: [point("2013-08-31", 2)],
          asOf,
          thresholds: t90_70,
        }),
      );
    expect(c("2013-09-15")).toEqual({ status: "ON_TRACK", band: "GREEN" }); // 0.5 / 0.5
    expect(c("2013-09-18")).toEqual({ status: "ON_TRACK", band: "GREEN" }); // 0.5 / (110/214) = 0.973
    expect(c("2013-10-20")).toEqual({ status: "BEHIND", band: "AMBER" }); // 0.5 / (142/214) = 0.754
    expect(c("2013-12-31")).toEqual({ status: "BEHIND", band: "RED" }); // 0.5 / 1
  });
  it("growth: 高企 +2% on 2013-03-14 (pace 73/365 = 0.2, ratio 0.2) is green, +1% red", () => {
    const g = (value: number) =>
      pick(
        statusDetail({
          measure: highTechFirms.measure,
          window: highTechFirms.window,
          points: [point("2013-03-10", value)],
          asOf: "2013-03-14",
          thresholds: t90_70,
        }),
      );
    expect(g(51)).toEqual({ status: "ON_TRACK", band: "GREEN" });
    expect(g(50.8)).toEqual({ status: "BEHIND", band: "AMBER" }); // 1.6% → 0.16 / 0.2 = 0.8
    expect(g(50.5)).toEqual({ status: "BEHIND", band: "RED" }); // 1% → 0.5
  });
});

describe("thresholds are ignored for milestones and declarations", () => {
  const strict: Thresholds = { greenAt: 1, amberAt: 1, direction: "HIGHER_IS_BETTER" };
  const m = (asOf: string, points: ProgressPoint[] = [], thresholds: Thresholds | null = strict) =>
    pick(statusDetail({ measure: blackTeaPlatform.measure, window: blackTeaPlatform.window, points, asOf, thresholds }));

  it("a milestone not done is ON_TRACK (green) before its deadline month, whatever the thresholds", () => {
    expect(m("2013-09-15")).toEqual({ status: "ON_TRACK", band: "GREEN" });
    expect(m("2013-09-15", [], null)).toEqual({ status: "ON_TRACK", band: "GREEN" });
  });
  it("BEHIND (amber) in its deadline month, OVERDUE (red) after, DONE (green) when done", () => {
    expect(m("2013-12-01")).toEqual({ status: "BEHIND", band: "AMBER" });
    expect(m("2014-01-01")).toEqual({ status: "OVERDUE", band: "RED" });
    expect(m("2013-09-15", [point("2013-09-01", 1)])).toEqual({ status: "DONE", band: "GREEN" });
  });
  it("a declaration ignores them too", () => {
    const d = (asOf: string) =>
      pick(statusDetail({ measure: innovationAward.measure, window: innovationAward.window, points: [], asOf, thresholds: t90_70 }));
    expect(d("2013-11-30")).toEqual({ status: "NOT_STARTED", band: "NONE" });
    expect(d("2013-12-15")).toEqual({ status: "BEHIND", band: "AMBER" });
    expect(d("2014-01-01")).toEqual({ status: "OVERDUE", band: "RED" });
  });
});

describe("caps (LOWER_IS_BETTER): 三公经费不超过 20 万元 (1-12月)", () => {
  const cap: TargetMeasure = { kind: "AMOUNT", targetValue: 20, baselineValue: null, direction: "LOWER_IS_BETTER" };
  const year: MonthWindow = { year: 2013, startMonth: 1, endMonth: 12 };
  const capT: Thresholds = { greenAt: 1.0, amberAt: 1.1, direction: "LOWER_IS_BETTER" };
  const c = (asOf: string, value: number | null, thresholds: Thresholds | null = null, window = year) =>
    statusDetail({ measure: cap, window, points: value === null ? [] : [point("2013-06-15", value)], asOf, thresholds });

  describe("inside the window", () => {
    it("is ON_TRACK within the cap, and with nothing reported", () => {
      expect(pick(c("2013-06-30", 12))).toEqual({ status: "ON_TRACK", band: "GREEN" });
      expect(pick(c("2013-06-30", 20))).toEqual({ status: "ON_TRACK", band: "GREEN" });
      expect(pick(c("2013-06-30", null))).toEqual({ status: "ON_TRACK", band: "GREEN" });
      expect(pick(c("2013-06-30", 0))).toEqual({ status: "ON_TRACK", band: "GREEN" });
    });
    it("is not DONE before the window ends, even well within the cap", () => {
      expect(c("2013-12-31", 5).status).toBe("ON_TRACK");
    });
    it("is BEHIND once over the cap, even on the window's last day", () => {
      expect(pick(c("2013-06-30", 21))).toEqual({ status: "BEHIND", band: "AMBER" });
      expect(pick(c("2013-12-31", 20.5))).toEqual({ status: "BEHIND", band: "AMBER" });
    });
    it("reports the ratio as cap ÷ figure", () => {
      expect(c("2013-06-30", 25)).toMatchObject({ value: 25, ratio: 0.8, position: "INSIDE", status: "BEHIND" });
      expect(c("2013-06-30", null)).toMatchObject({ value: null, ratio: null, status: "ON_TRACK" });
    });
    it("thresholds 1.0 / 1.1 colour it by figure ÷ cap", () => {
      expect(pick(c("2013-06-30", 20, capT))).toEqual({ status: "ON_TRACK", band: "GREEN" });
      expect(pick(c("2013-06-30", 21, capT))).toEqual({ status: "BEHIND", band: "AMBER" }); // 1.05
      expect(pick(c("2013-06-30", 22, capT))).toEqual({ status: "BEHIND", band: "AMBER" }); // 1.1
      expect(pick(c("2013-06-30", 23, capT))).toEqual({ status: "BEHIND", band: "RED" }); // 1.15
      expect(pick(c("2013-06-30", null, capT))).toEqual({ status: "ON_TRACK", band: "GREEN" }); // nothing to measure
    });
    it("an early-warning green limit below the cap colours amber while the status stays ON_TRACK", () => {
      const warn: Thresholds = { greenAt: 0.9, amberAt: 1.0, direction: "LOWER_IS_BETTER" };
      expect(pick(c("2013-06-30", 18, warn))).toEqual({ status: "ON_TRACK", band: "GREEN" }); // 0.9
      expect(pick(c("2013-06-30", 19, warn))).toEqual({ status: "ON_TRACK", band: "AMBER" }); // 0.95
      expect(pick(c("2013-06-30", 21, warn))).toEqual({ status: "BEHIND", band: "RED" }); // 1.05
    });
  });

  describe("after the window (2014-01-01)", () => {
    it("is DONE within the cap", () => {
      expect(pick(c("2014-01-01", 20))).toEqual({ status: "DONE", band: "GREEN" });
      expect(pick(c("2014-01-01", 3, capT))).toEqual({ status: "DONE", band: "GREEN" });
      expect(c("2014-01-01", 20)).toMatchObject({ ratio: 1, position: "AFTER", expectedRatio: 1 });
    });
    it("is OVERDUE over the cap", () => {
      expect(pick(c("2014-01-01", 25))).toEqual({ status: "OVERDUE", band: "RED" });
      expect(pick(c("2014-01-01", 21, capT))).toEqual({ status: "OVERDUE", band: "AMBER" }); // 1.05: amber, never green
      expect(pick(c("2014-01-01", 25, capT))).toEqual({ status: "OVERDUE", band: "RED" }); // 1.25
    });
    it("is OVERDUE when never reported", () => {
      expect(pick(c("2014-01-01", null))).toEqual({ status: "OVERDUE", band: "RED" });
      expect(pick(c("2014-01-01", null, capT))).toEqual({ status: "OVERDUE", band: "RED" });
    });
  });

  describe("before the window", () => {
    const marchOn: MonthWindow = { year: 2013, startMonth: 3, endMonth: 10 };
    it("is NOT_STARTED whatever the figure (a cap is only met at the window's end)", () => {
      const before = (value: number | null) =>
        pick(
          statusDetail({
            measure: cap,
            window: marchOn,
            points: value === null ? [] : [point("2013-02-10", value)],
            asOf: "2013-02-28",
            thresholds: capT,
          }),
        );
      expect(before(null)).toEqual({ status: "NOT_STARTED", band: "NONE" });
      expect(before(5)).toEqual({ status: "NOT_STARTED", band: "NONE" });
      expect(before(30)).toEqual({ status: "NOT_STARTED", band: "NONE" });
    });
  });

  describe("zero cap (安全生产零事故, a COUNT capped at 0)", () => {
    const zero: TargetMeasure = { kind: "COUNT", targetValue: 0, baselineValue: null, direction: "LOWER_IS_BETTER" };
    const z = (asOf: string, value: number | null, thresholds: Thresholds | null = null) =>
      pick(statusDetail({ measure: zero, window: year, points: value === null ? [] : [point("2013-06-15", value)], asOf, thresholds }));
    it("is met only at zero", () => {
      expect(z("2013-06-30", 0)).toEqual({ status: "ON_TRACK", band: "GREEN" });
      expect(z("2013-06-30", 1)).toEqual({ status: "BEHIND", band: "AMBER" });
      expect(z("2014-01-01", 0)).toEqual({ status: "DONE", band: "GREEN" });
      expect(z("2014-01-01", 1)).toEqual({ status: "OVERDUE", band: "RED" });
    });
    it("one accident is infinitely over the cap: red under thresholds", () => {
      expect(z("2013-06-30", 1, capT)).toEqual({ status: "BEHIND", band: "RED" });
      expect(z("2013-06-30", 0, capT)).toEqual({ status: "ON_TRACK", band: "GREEN" });
    });
  });
});

describe("completionRatio for caps", () => {
  const amountCap: TargetMeasure = { kind: "AMOUNT", targetValue: 100, baselineValue: null, direction: "LOWER_IS_BETTER" };
  const countCap: TargetMeasure = { kind: "COUNT", targetValue: 4, baselineValue: null, direction: "LOWER_IS_BETTER" };
  it("is 1 at or below the cap (staying under is not over-fulfilment)", () => {
    expect(completionRatio(amountCap, 0)).toBe(1);
    expect(completionRatio(amountCap, 80)).toBe(1);
    expect(completionRatio(amountCap, 100)).toBe(1);
    expect(completionRatio(countCap, 4)).toBe(1);
  });
  it("is cap ÷ figure above it (25% over a 100 万元 cap is 0.8)", () => {
    expect(completionRatio(amountCap, 125)).toBe(0.8);
    expect(completionRatio(amountCap, 200)).toBe(0.5);
    expect(completionRatio(countCap, 5)).toBe(0.8);
  });
  it("a zero cap is met only at zero", () => {
    const zero: TargetMeasure = { kind: "COUNT", targetValue: 0, baselineValue: null, direction: "LOWER_IS_BETTER" };
    expect(completionRatio(zero, 0)).toBe(1);
    expect(completionRatio(zero, 1)).toBe(0);
    expect(completionRatio(zero, 7)).toBe(0);
  });
  it("is null with nothing reported, no cap or a negative cap", () => {
    expect(completionRatio(amountCap, null)).toBeNull();
    expect(completionRatio({ ...amountCap, targetValue: null }, 10)).toBeNull();
    expect(completionRatio({ ...amountCap, targetValue: -5 }, 10)).toBeNull();
  });
  it("more is better stays value ÷ target for the same figures", () => {
    expect(completionRatio({ ...amountCap, direction: "HIGHER_IS_BETTER" }, 80)).toBe(0.8);
    expect(completionRatio({ ...amountCap, direction: undefined }, 125)).toBe(1.25);
  });
});
