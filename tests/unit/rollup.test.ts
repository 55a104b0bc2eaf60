import { describe, expect, it } from "vitest";
import { rollupGap } from "../../lib/domain/rollup";

const gap = (cityValue: number | null, countiesTotal: number | null, reportedCount = 3, countyCount = 3) =>
  rollupGap({ cityValue, countiesTotal, reportedCount, countyCount });

describe("the city's figure against its counties' sum (#14.6)", () => {
  it("marks the demo's year end: 3,950 reported by the city, 3,865 by the counties", () => {
    expect(gap(3950, 3865)).toEqual({ difference: 85, share: 85 / 3865, agreement: "CITY_HIGHER", missingCounties: 0 });
  });
  it("agrees exactly at the value and within half a hundredth; one below is a difference", () => {
    expect(gap(3865, 3865)?.agreement).toBe("AGREES");
    expect(gap(3865.004, 3865)).toMatchObject({ agreement: "AGREES", difference: 0, share: 0 });
    expect(gap(3865.005, 3865)?.agreement).toBe("CITY_HIGHER");
    expect(gap(3864, 3865)).toMatchObject({ agreement: "CITY_LOWER", difference: -1 });
  });
  it("compares nothing when either side has no figure", () => {
    expect(gap(null, 3865)).toBeNull();
    expect(gap(3950, 0, 0)).toBeNull();
  });
  it("says how many counties are missing from a partial sum, and gives no share of a zero sum", () => {
    expect(gap(1500, 640, 1, 3)).toMatchObject({ agreement: "CITY_HIGHER", missingCounties: 2 });
    expect(gap(10, 0, 1, 3)).toMatchObject({ share: null, difference: 10 });
  });
});
