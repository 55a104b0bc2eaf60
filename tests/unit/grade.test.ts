import { describe, expect, it } from "vitest";
import { checkGradeBands, DEFAULT_GRADE_BANDS, gradeByShare, gradeOf } from "../../lib/domain/grade";

// The 2013 plan's maximum: 工作业绩 480 + 科技投入与保障 200 = 680 points. Default bands 90% / 80% / 60% of 680:
// 优秀 from 612, 良好 from 544, 合格 from 408.
const MAX = 680;
const bands = DEFAULT_GRADE_BANDS;

describe("年终等次 by the plan's bands", () => {
  it("a total exactly on a threshold reaches that grade; a hundredth below does not", () => {
    expect(gradeOf(612, MAX, bands, null).grade).toBe("EXCELLENT");
    expect(gradeOf(611.99, MAX, bands, null).grade).toBe("GOOD");
    expect(gradeOf(544, MAX, bands, null).grade).toBe("GOOD");
    expect(gradeOf(543.99, MAX, bands, null).grade).toBe("PASS");
    expect(gradeOf(408, MAX, bands, null).grade).toBe("PASS");
    expect(gradeOf(407.99, MAX, bands, null).grade).toBe("FAIL");
    expect(gradeOf(0, MAX, bands, null).grade).toBe("FAIL");
  });

  it("a share computed a rounding error below the threshold still reaches it", () => {
    // 0.1 + 0.7 + 0.1 = 0.8999999999999999 in floating point
    expect(gradeByShare(0.1 + 0.7 + 0.1, bands)).toBe("EXCELLENT");
  });

  it("reports the share of the maximum", () => {
    expect(gradeOf(544, MAX, bands, null).share).toBe(0.8);
    expect(gradeOf(10, 0, bands, null)).toMatchObject({ share: null, grade: "FAIL" });
  });

  it("other bands from the plan's configuration", () => {
    const strict = { excellentAt: 0.95, goodAt: 0.85, passAt: 0.7 };
    expect(gradeOf(612, MAX, strict, null).grade).toBe("GOOD"); // 90% < 95%
    expect(gradeOf(646, MAX, strict, null).grade).toBe("EXCELLENT"); // 646 / 680 = 95%
  });
});

describe("评先评优: 市州人民政府绩效考核结果 不合格 caps the grade below 优秀", () => {
  it("a top score with an external 不合格 is 良好, capped, not eligible for honours", () => {
    expect(gradeOf(680, MAX, bands, "FAIL")).toEqual({
      grade: "GOOD",
      byScore: "EXCELLENT",
      share: 1,
      capped: true,
      eligibleForHonours: false,
    });
  });

  it("below 优秀 the external 不合格 changes no grade, but the unit is still not eligible", () => {
    expect(gradeOf(600, MAX, bands, "FAIL")).toMatchObject({ grade: "GOOD", capped: false, eligibleForHonours: false });
    expect(gradeOf(400, MAX, bands, "FAIL")).toMatchObject({ grade: "FAIL", capped: false });
  });

  it("合格 or no result recorded leaves the grade to the score", () => {
    expect(gradeOf(612, MAX, bands, "PASS")).toMatchObject({ grade: "EXCELLENT", capped: false, eligibleForHonours: true });
    expect(gradeOf(612, MAX, bands, null)).toMatchObject({ grade: "EXCELLENT", eligibleForHonours: true });
  });
});

describe("grade bands are checked", () => {
  it("accepts descending shares inside (0, 1]", () => {
    expect(checkGradeBands(bands)).toBeNull();
    expect(checkGradeBands({ excellentAt: 1, goodAt: 0.5, passAt: 0.01 })).toBeNull();
  });
  it("refuses equal or rising bands and shares outside (0, 1]", () => {
    expect(checkGradeBands({ excellentAt: 0.8, goodAt: 0.8, passAt: 0.6 })).toBe("NOT_DESCENDING");
    expect(checkGradeBands({ excellentAt: 0.7, goodAt: 0.8, passAt: 0.6 })).toBe("NOT_DESCENDING");
    expect(checkGradeBands({ excellentAt: 1.1, goodAt: 0.8, passAt: 0.6 })).toBe("OUT_OF_RANGE");
    expect(checkGradeBands({ excellentAt: 0.9, goodAt: 0.8, passAt: 0 })).toBe("OUT_OF_RANGE");
    expect(checkGradeBands({ excellentAt: Number.NaN, goodAt: 0.8, passAt: 0.6 })).toBe("OUT_OF_RANGE");
  });
});
