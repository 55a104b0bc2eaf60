import { describe, expect, it } from "vitest";
import {
  elapsedFraction,
  isDueInMonth,
  isValidWindow,
  isWindowOpenInMonth,
  windowBounds,
  windowLengthDays,
  windowPosition,
} from "../../lib/domain/month-window";
import { agriVarieties, engineeringCentres } from "./yiyang-2013";

const centres = engineeringCentres.window; // 6-12月 2013
const feb2012 = { year: 2012, startMonth: 2, endMonth: 2 };

describe("windowBounds", () => {
  it("runs from the first day of the start month to the last day of the end month", () => {
    expect(windowBounds(centres)).toEqual({ start: "2013-06-01", end: "2013-12-31" });
    expect(windowBounds(agriVarieties.window)).toEqual({ start: "2013-03-01", end: "2013-10-31" });
  });
  it("ends on 29 February in a leap year and 28 February otherwise", () => {
    expect(windowBounds(feb2012).end).toBe("2012-02-29");
    expect(windowBounds({ year: 2013, startMonth: 1, endMonth: 2 }).end).toBe("2013-02-28");
  });
  it("throws on an invalid window", () => {
    expect(() => windowBounds({ year: 2013, startMonth: 10, endMonth: 3 })).toThrow(RangeError);
  });
});

describe("isValidWindow", () => {
  it.each([
    [{ year: 2013, startMonth: 1, endMonth: 12 }, true],
    [{ year: 2013, startMonth: 12, endMonth: 12 }, true],
    [{ year: 2013, startMonth: 0, endMonth: 12 }, false],
    [{ year: 2013, startMonth: 1, endMonth: 13 }, false],
    [{ year: 2013, startMonth: 11, endMonth: 10 }, false],
    [{ year: 2013, startMonth: 1.5, endMonth: 10 }, false],
    [{ year: 2013.5, startMonth: 1, endMonth: 10 }, false],
  ])("%j → %s", (w, valid) => {
    expect(isValidWindow(w)).toBe(valid);
  });
});

describe("windowPosition", () => {
  it("is inclusive on the first and the last day", () => {
    expect(windowPosition(centres, "2013-05-31")).toBe("BEFORE");
    expect(windowPosition(centres, "2013-06-01")).toBe("INSIDE");
    expect(windowPosition(centres, "2013-12-31")).toBe("INSIDE");
    expect(windowPosition(centres, "2014-01-01")).toBe("AFTER");
  });
  it("rejects dates that are not calendar dates", () => {
    expect(() => windowPosition(centres, "2013-02-29")).toThrow(RangeError);
    expect(() => windowPosition(centres, "2013-6-1")).toThrow(RangeError);
  });
});

describe("elapsedFraction", () => {
  it("is 0 before the window and 1 after it", () => {
    expect(elapsedFraction(centres, "2013-05-31")).toBe(0);
    expect(elapsedFraction(centres, "2014-01-01")).toBe(1);
  });
  it("counts the first day as elapsed (1/total) and the last day as 1", () => {
    expect(windowLengthDays(centres)).toBe(214);
    expect(elapsedFraction(centres, "2013-06-01")).toBe(1 / 214);
    expect(elapsedFraction(centres, "2013-09-15")).toBe(0.5);
    expect(elapsedFraction(centres, "2013-12-31")).toBe(1);
  });
  it("handles leap-year February (29 days in 2012)", () => {
    expect(windowLengthDays(feb2012)).toBe(29);
    expect(elapsedFraction(feb2012, "2012-02-28")).toBe(28 / 29);
    expect(elapsedFraction(feb2012, "2012-02-29")).toBe(1);
    expect(elapsedFraction(feb2012, "2012-03-01")).toBe(1);
  });
  it("counts the 245 days of a March–October window", () => {
    expect(windowLengthDays(agriVarieties.window)).toBe(245);
  });
});

describe("isWindowOpenInMonth / isDueInMonth", () => {
  it("is open from the start month to the end month of the plan year", () => {
    expect(isWindowOpenInMonth(centres, 2013, 5)).toBe(false);
    expect(isWindowOpenInMonth(centres, 2013, 6)).toBe(true);
    expect(isWindowOpenInMonth(centres, 2013, 12)).toBe(true);
    expect(isWindowOpenInMonth(centres, 2014, 6)).toBe(false);
  });
  it("is due in the month the window ends", () => {
    expect(isDueInMonth(agriVarieties.window, 2013, 10)).toBe(true);
    expect(isDueInMonth(agriVarieties.window, 2013, 9)).toBe(false);
    expect(isDueInMonth(agriVarieties.window, 2012, 10)).toBe(false);
  });
});
