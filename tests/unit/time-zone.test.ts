import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { elapsedFraction, statusDetail, windowBounds, windowLengthDays } from "../../lib/domain";
import { agriVarieties, engineeringCentres, point } from "./yiyang-2013";

/**
 * The domain promises the same answers in every time zone. Run the core rules under zones with DST changes
 * inside the windows and far from UTC; Node applies a changed process.env.TZ immediately.
 */
const zones = ["America/New_York", "Asia/Shanghai", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/London"];

describe.each(zones)("in %s", (zone) => {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it("gives the same bounds, lengths and fractions", () => {
    expect(windowBounds(agriVarieties.window)).toEqual({ start: "2013-03-01", end: "2013-10-31" });
    expect(windowLengthDays(agriVarieties.window)).toBe(245);
    expect(elapsedFraction(engineeringCentres.window, "2013-09-15")).toBe(0.5);
  });
  it("gives the same status", () => {
    const detail = statusDetail({ ...engineeringCentres, points: [point("2013-09-15", 2)], asOf: "2013-09-15" });
    expect(detail.status).toBe("ON_TRACK");
    expect(detail.expectedRatio).toBe(0.5);
  });
});
