import type { TargetKind } from "../../lib/domain/types";
import type { AreaSeed, PlanSeed, TargetSeed } from "../../lib/server/seed/plan-seed";

/**
 * A target with defaults for everything; override what the test is about. The default is an amount (a typed
 * cumulative figure in 万元): a count target is completed only by named items (CountItem), so tests that
 * type figures and only need "some target" use this; tests about counts say kind: "COUNT" (see makeCountTarget).
 */
export function makeTarget(overrides: Partial<TargetSeed> = {}): TargetSeed {
  return {
    code: "T.1",
    title: "测试指标",
    wording: "争取测试经费400万元",
    kind: "AMOUNT",
    targetValue: 400,
    measureUnit: "万元",
    window: [3, 10],
    windowText: "3-10月完成",
    remarks: null,
    ...overrides,
  };
}

/** A count target ("组建测试中心4家"): its figure is the number of its named items. */
export function makeCountTarget(overrides: Partial<TargetSeed> = {}): TargetSeed {
  return makeTarget({ wording: "组建测试中心4家", kind: "COUNT", targetValue: 4, measureUnit: "家", ...overrides });
}

const UNIT_OF: Partial<Record<TargetKind, string>> = { AMOUNT: "万元", COUNT: "项", GROWTH_PCT: "%" };

/**
 * A plan of `targetCount` generated targets spread over `areaCount` areas (100 points each), owned by
 * two sections, for tests that need size (query counts) rather than the real 2013 wording. Target i is of
 * kind kinds[i % kinds.length] (amounts by default).
 */
export function makePlanSeed(
  options: { unitName?: string; year?: number; targetCount?: number; areaCount?: number; kinds?: readonly TargetKind[] } = {},
): PlanSeed {
  const { unitName = "测试市科技局", year = 2014, targetCount = 10, areaCount = 5, kinds = ["AMOUNT"] } = options;
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
    const kind = kinds[i % kinds.length];
    const targetValue = (i % 9) + 1;
    areas[i % areaCount].targets.push(
      makeTarget({
        code: `A${(i % areaCount) + 1}.${i + 1}`,
        title: `指标${i + 1}`,
        kind,
        measureUnit: UNIT_OF[kind] ?? null,
        wording: `测试指标${i + 1}：${targetValue}${UNIT_OF[kind] ?? ""}`,
        targetValue,
        window: [start, start + 5],
      }),
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
