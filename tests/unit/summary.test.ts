import { describe, expect, it } from "vitest";
import { roundPoints, summarizeTargets } from "../../lib/domain/summary";

describe("summarizeTargets", () => {
  it("counts by status and weights completion by points with capped ratios", () => {
    const s = summarizeTargets([
      { status: "DONE", points: 40, ratio: 1.25 }, // counts as 1
      { status: "ON_TRACK", points: 30, ratio: 0.5 },
      { status: "BEHIND", points: 30, ratio: null }, // counts as 0
    ]);
    expect(s.count).toBe(3);
    expect(s.totalPoints).toBe(100);
    expect(s.byStatus).toEqual({
      NOT_STARTED: { count: 0, points: 0 },
      ON_TRACK: { count: 1, points: 30 },
      BEHIND: { count: 1, points: 30 },
      OVERDUE: { count: 0, points: 0 },
      DONE: { count: 1, points: 40 },
      INACTIVE: { count: 0, points: 0 },
    });
    expect(s.completion).toBeCloseTo(0.55, 12);
  });
  it("counts an inactive target under INACTIVE", () => {
    const s = summarizeTargets([
      { status: "DONE", points: 50, ratio: 1 },
      { status: "INACTIVE", points: 50, ratio: 0.2 },
    ]);
    expect(s.byStatus.INACTIVE).toEqual({ count: 1, points: 50 });
    expect(s.byStatus.DONE).toEqual({ count: 1, points: 50 });
    expect(s.count).toBe(2);
  });
  it("has completion 0 when there are no points", () => {
    expect(summarizeTargets([])).toMatchObject({ count: 0, totalPoints: 0, completion: 0 });
    expect(summarizeTargets([{ status: "DONE", points: 0, ratio: 1 }]).completion).toBe(0);
  });
});

describe("point sums", () => {
  it("total exactly the area's points when split in sixths, in any order", () => {
    const items = Array.from({ length: 6 }, () => ({ status: "ON_TRACK" as const, points: 100 / 6, ratio: 0.5 }));
    const mixed = [...items, { status: "DONE" as const, points: 580, ratio: 1 }].reverse();
    expect(summarizeTargets(mixed).totalPoints).toBe(680);
    expect(summarizeTargets(items).byStatus.ON_TRACK.points).toBe(100);
    expect(roundPoints(0.1 + 0.2)).toBe(0.3);
  });
});
