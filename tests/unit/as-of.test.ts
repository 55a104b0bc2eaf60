import { describe, expect, it } from "vitest";
import { isAfterAsOf, upToAsOf } from "../../lib/domain/as-of";

describe("a page follows its as-of day (#14.2)", () => {
  it("counts a record dated on the as-of day and not one dated the day after", () => {
    expect(isAfterAsOf("2013-09-30", "2013-09-30")).toBe(false);
    expect(isAfterAsOf("2013-10-01", "2013-09-30")).toBe(true);
    expect(isAfterAsOf("2013-09-29", "2013-09-30")).toBe(false);
  });

  it("keeps the figures a chart may draw, in their order", () => {
    const figures = [
      { date: "2013-08-30", value: 1 },
      { date: "2013-09-30", value: 1 },
      { date: "2013-11-20", value: 2 },
    ];
    expect(upToAsOf(figures, "2013-09-30", (f) => f.date)).toEqual(figures.slice(0, 2));
    expect(upToAsOf(figures, "2013-08-29", (f) => f.date)).toEqual([]);
    expect(upToAsOf(figures, "2013-12-31", (f) => f.date)).toEqual(figures);
  });
});
