import { describe, expect, it } from "vitest";
import { computeScore, gapsBySection, scoreGap, selfAssessmentTotal, type ScoreInput } from "../../lib/domain/scoring";

describe("scoreGap — self score − awarded score", () => {
  it("is positive when the section rated itself higher, negative when lower, 0 when they agree", () => {
    expect(scoreGap(18, 15)).toBe(3);
    expect(scoreGap(15, 18)).toBe(-3);
    expect(scoreGap(20, 20)).toBe(0);
  });
  it("is null while either score is missing", () => {
    expect(scoreGap(null, 15)).toBeNull();
    expect(scoreGap(18, null)).toBeNull();
    expect(scoreGap(null, null)).toBeNull();
  });
  it("counts a zero score as a score", () => {
    expect(scoreGap(0, 12.5)).toBe(-12.5);
    expect(scoreGap(12.5, 0)).toBe(12.5);
  });
  it("is rounded like points, removing float noise (0.3 − 0.1 = 0.2)", () => {
    expect(0.3 - 0.1).not.toBe(0.2);
    expect(scoreGap(0.3, 0.1)).toBe(0.2);
    expect(scoreGap(100 / 6, 16)).toBe(0.666667);
  });
});

describe("gapsBySection", () => {
  it("sums self and awarded scores per section over the targets with both", () => {
    const gaps = gapsBySection([
      { sectionKeys: ["hightech"], selfScore: 20, awarded: 16 },
      { sectionKeys: ["hightech"], selfScore: 10, awarded: 12 },
      { sectionKeys: ["agri"], selfScore: 25, awarded: 25 },
    ]);
    expect(gaps).toEqual([
      { sectionKey: "hightech", compared: 2, selfTotal: 30, awardedTotal: 28, gap: 2 },
      { sectionKey: "agri", compared: 1, selfTotal: 25, awardedTotal: 25, gap: 0 },
    ]);
  });
  it("counts a jointly owned target for each of its sections", () => {
    const gaps = gapsBySection([
      { sectionKeys: ["hightech", "agri"], selfScore: 20, awarded: 15 },
      { sectionKeys: ["agri"], selfScore: 8, awarded: 10 },
    ]);
    expect(gaps).toEqual([
      { sectionKey: "hightech", compared: 1, selfTotal: 20, awardedTotal: 15, gap: 5 },
      { sectionKey: "agri", compared: 2, selfTotal: 28, awardedTotal: 25, gap: 3 },
    ]);
  });
  it("leaves out targets without a self score (and sections with none compared)", () => {
    const gaps = gapsBySection([
      { sectionKeys: ["hightech"], selfScore: null, awarded: 16 },
      { sectionKeys: ["office"], selfScore: null, awarded: 10 },
      { sectionKeys: ["hightech"], selfScore: 12, awarded: 10 },
    ]);
    expect(gaps).toEqual([{ sectionKey: "hightech", compared: 1, selfTotal: 12, awardedTotal: 10, gap: 2 }]);
  });
  it("counts a zero self score as compared", () => {
    expect(gapsBySection([{ sectionKeys: ["office"], selfScore: 0, awarded: 4 }])).toEqual([
      { sectionKey: "office", compared: 1, selfTotal: 0, awardedTotal: 4, gap: -4 },
    ]);
  });
  it("ignores targets without an owning section, and is empty without rows", () => {
    expect(gapsBySection([{ sectionKeys: [], selfScore: 10, awarded: 5 }])).toEqual([]);
    expect(gapsBySection([])).toEqual([]);
  });
  it("rounds totals and gap like points: 6 × 100/6 self vs 6 × 16 awarded", () => {
    const rows = Array.from({ length: 6 }, () => ({ sectionKeys: ["hightech"], selfScore: 100 / 6, awarded: 16 }));
    expect(gapsBySection(rows)).toEqual([{ sectionKey: "hightech", compared: 6, selfTotal: 100, awardedTotal: 96, gap: 4 }]);
  });
  it("sums gaps from exact totals (0.1 + 0.2 self vs 0.3 awarded → gap 0)", () => {
    const gaps = gapsBySection([
      { sectionKeys: ["s"], selfScore: 0.1, awarded: 0.15 },
      { sectionKeys: ["s"], selfScore: 0.2, awarded: 0.15 },
    ]);
    expect(gaps).toEqual([{ sectionKey: "s", compared: 2, selfTotal: 0.3, awardedTotal: 0.3, gap: 0 }]);
  });
});

describe("computeScore — inactive targets (不适用 / 暂停)", () => {
  const base = (over: Partial<ScoreInput>): ScoreInput => ({
    rule: "PROPORTIONAL",
    points: 20,
    ratio: 1,
    floor: 0.6,
    declaredScore: null,
    ...over,
  });
  it("scores 0 with basis INACTIVE, even when reached", () => {
    expect(computeScore(base({ active: false }))).toEqual({ score: 0, basis: "INACTIVE", pending: false });
    expect(computeScore(base({ active: false, ratio: 1.5 }))).toEqual({ score: 0, basis: "INACTIVE", pending: false });
  });
  it("is INACTIVE for every rule, and a missing declaration is not pending", () => {
    expect(computeScore(base({ rule: "ALL_OR_NOTHING", active: false }))).toEqual({ score: 0, basis: "INACTIVE", pending: false });
    expect(computeScore(base({ rule: "DECLARATION", ratio: null, active: false }))).toEqual({
      score: 0,
      basis: "INACTIVE",
      pending: false,
    });
    expect(computeScore(base({ rule: "DECLARATION", ratio: null, declaredScore: 18, active: false }))).toEqual({
      score: 0,
      basis: "INACTIVE",
      pending: false,
    });
    expect(computeScore(base({ ratio: null, active: false }))).toEqual({ score: 0, basis: "INACTIVE", pending: false });
  });
  it("scores normally when active is true or left out", () => {
    expect(computeScore(base({ active: true }))).toEqual({ score: 20, basis: "FULL", pending: false });
    expect(computeScore(base({}))).toEqual({ score: 20, basis: "FULL", pending: false });
    expect(computeScore(base({ active: true, ratio: 0.75 }))).toEqual({ score: 15, basis: "PROPORTIONAL", pending: false });
    expect(computeScore(base({ rule: "DECLARATION", ratio: null, active: true }))).toEqual({
      score: 0,
      basis: "NOT_DECLARED",
      pending: true,
    });
  });
});

describe("selfAssessmentTotal (自评分 and 差值 of a subtotal line)", () => {
  it("sums only the self-assessed targets, rounding float noise like points", () => {
    const rows = [
      { selfScore: 100 / 6, gap: 100 / 6 - 10 },
      { selfScore: null, gap: null },
      { selfScore: 100 / 3, gap: 100 / 3 - 30 },
    ];
    expect(selfAssessmentTotal(rows)).toEqual({ selfScore: 50, gap: 10 });
  });

  it("is null when no target below has a self score", () => {
    expect(selfAssessmentTotal([{ selfScore: null, gap: null }])).toBeNull();
    expect(selfAssessmentTotal([])).toBeNull();
  });
});
