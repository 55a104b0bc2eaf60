import type { AreaSeed, PlanSeed, TargetSeed } from "../../lib/server/seed/plan-seed";

/** A target with defaults for everything; override what the test is about. */
export function makeTarget(overrides: Partial<TargetSeed> = {}): TargetSeed {
  return {
    code: "T.1",
    title: "测试指标",
    wording: "组建测试中心4家",
    kind: "COUNT",
    targetValue: 4,
    measureUnit: "家",
    window: [3, 10],
    windowText: "3-10月完成",
    remarks: null,
    ...overrides,
  };
}

/**
 * A plan of `targetCount` generated targets spread over `areaCount` areas (100 points each), owned by
 * two sections, for tests that need size (query counts) rather than the real 2013 wording.
 */
export function makePlanSeed(
  options: { unitName?: string; year?: number; targetCount?: number; areaCount?: number } = {},
): PlanSeed {
  const { unitName = "测试市科技局", year = 2014, targetCount = 10, areaCount = 5 } = options;
  const areas: AreaSeed[] = Array.from({ length: areaCount }, (_, a) => ({
    code: `A${a + 1}`,
    category: "WORK",
    name: `领域${a + 1}`,
    points: 100,
    owners: [a % 2 === 0 ? "甲科" : "乙科"],
    targets: [],
  }));
  for (let i = 0; i < targetCount; i++) {
    const start = (i % 6) + 1;
    areas[i % areaCount].targets.push(
      makeTarget({ code: `A${(i % areaCount) + 1}.${i + 1}`, title: `指标${i + 1}`, targetValue: (i % 9) + 1, window: [start, start + 5] }),
    );
  }
  return {
    unit: { name: unitName, level: "CITY", region: null },
    sections: [
      { name: "甲科", phone: "1000001" },
      { name: "乙科", phone: "1000002" },
    ],
    plan: { year, title: `${unitName}${year}年绩效计划书（测试）`, source: null, assessmentGroup: null, otherNotes: null },
    areas,
  };
}
