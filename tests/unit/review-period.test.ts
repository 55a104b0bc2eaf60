import { describe, expect, it } from "vitest";
import { periodKey, previousReviewPeriod, reviewPeriodContaining, reviewPeriodsOfYear } from "../../lib/domain/review-period";

describe("reviewPeriodContaining", () => {
  it("finds the month (月底调度)", () => {
    expect(reviewPeriodContaining("MONTH", "2013-07-31")).toEqual({
      kind: "MONTH",
      year: 2013,
      index: 7,
      start: "2013-07-01",
      end: "2013-07-31",
    });
  });
  it("finds the quarter (督查) on its first and last day", () => {
    expect(reviewPeriodContaining("QUARTER", "2013-07-01")).toMatchObject({ index: 3, start: "2013-07-01", end: "2013-09-30" });
    expect(reviewPeriodContaining("QUARTER", "2013-09-30").index).toBe(3);
    expect(reviewPeriodContaining("QUARTER", "2013-10-01").index).toBe(4);
  });
  it("finds the half year (点评)", () => {
    expect(reviewPeriodContaining("HALF_YEAR", "2013-06-30")).toMatchObject({ index: 1, end: "2013-06-30" });
    expect(reviewPeriodContaining("HALF_YEAR", "2013-07-01")).toMatchObject({ index: 2, start: "2013-07-01", end: "2013-12-31" });
  });
  it("finds the year (考评)", () => {
    expect(reviewPeriodContaining("YEAR", "2013-12-31")).toMatchObject({ index: 1, start: "2013-01-01", end: "2013-12-31" });
  });
  it("ends February on the 29th in 2012", () => {
    expect(reviewPeriodContaining("MONTH", "2012-02-29").end).toBe("2012-02-29");
    expect(reviewPeriodContaining("QUARTER", "2012-02-29")).toMatchObject({ start: "2012-01-01", end: "2012-03-31" });
  });
});

describe("reviewPeriodsOfYear", () => {
  it("covers the year without gaps", () => {
    expect(reviewPeriodsOfYear("MONTH", 2013)).toHaveLength(12);
    expect(reviewPeriodsOfYear("QUARTER", 2013).map((p) => [p.start, p.end])).toEqual([
      ["2013-01-01", "2013-03-31"],
      ["2013-04-01", "2013-06-30"],
      ["2013-07-01", "2013-09-30"],
      ["2013-10-01", "2013-12-31"],
    ]);
    expect(reviewPeriodsOfYear("HALF_YEAR", 2013)).toHaveLength(2);
    expect(reviewPeriodsOfYear("YEAR", 2013)).toHaveLength(1);
  });
});

describe("previousReviewPeriod", () => {
  it("steps back within the year", () => {
    expect(periodKey(previousReviewPeriod(reviewPeriodContaining("QUARTER", "2013-07-15")))).toBe("2013-Q2");
  });
  it("crosses the year boundary", () => {
    expect(previousReviewPeriod(reviewPeriodContaining("QUARTER", "2013-01-15"))).toEqual({
      kind: "QUARTER",
      year: 2012,
      index: 4,
      start: "2012-10-01",
      end: "2012-12-31",
    });
    expect(periodKey(previousReviewPeriod(reviewPeriodContaining("MONTH", "2013-01-15")))).toBe("2012-M12");
    expect(periodKey(previousReviewPeriod(reviewPeriodContaining("HALF_YEAR", "2013-03-01")))).toBe("2012-H2");
    expect(periodKey(previousReviewPeriod(reviewPeriodContaining("YEAR", "2013-03-01")))).toBe("2012-Y");
  });
});

describe("periodKey", () => {
  it.each([
    ["MONTH", "2013-M07"],
    ["QUARTER", "2013-Q3"],
    ["HALF_YEAR", "2013-H2"],
    ["YEAR", "2013-Y"],
  ] as const)("%s → %s", (kind, key) => {
    expect(periodKey(reviewPeriodContaining(kind, "2013-07-15"))).toBe(key);
  });
});
