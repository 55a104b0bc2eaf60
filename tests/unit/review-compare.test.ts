import { describe, expect, it } from "vitest";
import { compareReviews, type ReviewedTarget } from "../../lib/domain/review-compare";
import { isDueInPeriod, needsAttention } from "../../lib/domain/review-scope";
import { reviewPeriod } from "../../lib/domain/review-period";

const t = (targetId: string, status: ReviewedTarget["status"], value: number | null, ratio: number | null = null): ReviewedTarget => ({
  targetId,
  code: targetId.toUpperCase(),
  title: `指标 ${targetId}`,
  status,
  value,
  ratio,
});

describe("compareReviews (本期与上期对比)", () => {
  it("marks a target MOVED when its status or its figure changed, UNCHANGED otherwise", () => {
    const q2 = [t("a", "ON_TRACK", 1, 0.25), t("b", "BEHIND", 2, 0.5), t("c", "DONE", 4, 1)];
    const q3 = [t("a", "BEHIND", 1, 0.25), t("b", "BEHIND", 3, 0.75), t("c", "DONE", 4, 1)];
    const result = compareReviews(q2, q3);
    expect(result.changes.map((c) => [c.targetId, c.change, c.statusChanged, c.valueChanged])).toEqual([
      ["a", "MOVED", true, false],
      ["b", "MOVED", false, true],
      ["c", "UNCHANGED", false, false],
    ]);
    expect(result.changes[1].before).toEqual({ status: "BEHIND", value: 2, ratio: 0.5 });
    expect(result.changes[1].after).toEqual({ status: "BEHIND", value: 3, ratio: 0.75 });
    expect([result.moved, result.unchanged, result.added]).toEqual([2, 1, 0]);
  });

  it("lists a target the previous review did not have as NEW, and ignores targets gone since", () => {
    const result = compareReviews(
      [t("a", "NOT_STARTED", null), t("gone", "DONE", 1)],
      [t("a", "NOT_STARTED", null), t("new", "ON_TRACK", 2)],
    );
    expect(result.changes.map((c) => [c.targetId, c.change])).toEqual([
      ["a", "UNCHANGED"],
      ["new", "NEW"],
    ]);
    expect(result.changes[1].before).toBeNull();
    expect(result.added).toBe(1);
  });

  it("treats a first figure after none as a move, and float noise as no move", () => {
    const result = compareReviews(
      [t("a", "ON_TRACK", null), t("b", "ON_TRACK", 0.1 + 0.2)],
      [t("a", "ON_TRACK", 0), t("b", "ON_TRACK", 0.3)],
    );
    expect(result.changes.map((c) => c.change)).toEqual(["MOVED", "UNCHANGED"]);
  });

  it("keeps the current review's order and compares nothing with an empty previous review", () => {
    const result = compareReviews([], [t("z", "DONE", 1), t("a", "DONE", 1)]);
    expect(result.changes.map((c) => c.targetId)).toEqual(["z", "a"]);
    expect(result.added).toBe(2);
  });
});

describe("review scope", () => {
  it("finds what falls due in a period: the window ends inside it", () => {
    const q3 = reviewPeriod("QUARTER", 2013, 3);
    expect(isDueInPeriod({ year: 2013, startMonth: 3, endMonth: 9 }, q3)).toBe(true);
    expect(isDueInPeriod({ year: 2013, startMonth: 7, endMonth: 7 }, q3)).toBe(true);
    expect(isDueInPeriod({ year: 2013, startMonth: 3, endMonth: 10 }, q3)).toBe(false);
    expect(isDueInPeriod({ year: 2013, startMonth: 1, endMonth: 6 }, q3)).toBe(false);
    expect(isDueInPeriod({ year: 2013, startMonth: 1, endMonth: 12 }, reviewPeriod("YEAR", 2013, 1))).toBe(true);
  });

  it("flags overdue and behind targets", () => {
    expect(["NOT_STARTED", "ON_TRACK", "BEHIND", "OVERDUE", "DONE"].filter((s) => needsAttention(s as never))).toEqual([
      "BEHIND",
      "OVERDUE",
    ]);
  });
});
