import type { PlanSeed } from "../../lib/server/seed/plan-seed";

/**
 * 演示数据 — NOT from the plan. County bureaus (县市区科技局) under 益阳市科技局, each with a one-target 2013
 * plan for its 县(市、区)财政科技支出, so the city's target 二.(二).2 can be shown as the sum of its counties.
 * Every unit, account and report here is labelled 演示; the figures are invented.
 */

/** City targets fed by county targets with the same key. Not demo: it is how the real plan's 二.(二).2 is made up. */
export const CITY_ROLLUP_KEYS: Record<string, string> = {
  "二.(二).2": "COUNTY_FISCAL_ST_SPENDING",
};

export const COUNTY_FISCAL_KEY = "COUNTY_FISCAL_ST_SPENDING";

export interface DemoCounty {
  plan: PlanSeed;
  /** the county's section head (demo account, password demo2013) */
  user: { username: string; displayName: string; section: string };
  /** [reportedFor, cumulative 万元] */
  progress: [string, number][];
}

function county(name: string, short: string, targetValue: number, username: string, progress: [string, number][]): DemoCounty {
  return {
    plan: {
      unit: { name: `${name}（演示）`, level: "COUNTY", region: `湖南省益阳市${short}`, parentName: "益阳市科技局" },
      sections: [{ name: "计划股", phone: null }],
      plan: {
        year: 2013,
        title: `${name}（演示）2013年绩效计划书`,
        source: "演示数据（非真实计划书）",
        assessmentGroup: null,
        otherNotes: null,
      },
      areas: [
        {
          code: "一",
          category: "FUNDING",
          name: "科技投入与保障",
          points: 100,
          owners: ["计划股"],
          targets: [
            {
              code: "一.1",
              title: "县(市、区)财政科技支出",
              wording: `【演示】${short}本级财政科技支出预计${targetValue}万元`,
              kind: "AMOUNT",
              targetValue,
              measureUnit: "万元",
              window: null,
              windowText: null,
              remarks: "演示数据：汇入益阳市科技局 二.(二).2 县(市、区)财政科技支出。",
              rollupKey: COUNTY_FISCAL_KEY,
            },
          ],
        },
      ],
    },
    user: { username, displayName: `${name}计划股负责人（演示）`, section: "计划股" },
    progress,
  };
}

export const DEMO_COUNTIES: DemoCounty[] = [
  county("赫山区科技局", "赫山区", 1500, "heshan", [
    ["2013-03-31", 320],
    ["2013-06-30", 690],
    ["2013-09-30", 1080],
    ["2013-12-31", 1560],
  ]),
  county("桃江县科技局", "桃江县", 1200, "taojiang", [
    ["2013-04-30", 260],
    ["2013-07-31", 610],
    ["2013-10-31", 930],
    ["2013-12-31", 1215],
  ]),
  county("安化县科技局", "安化县", 1100, "anhua", [
    ["2013-05-31", 300],
    ["2013-08-31", 640],
    ["2013-12-31", 1090],
  ]),
];
