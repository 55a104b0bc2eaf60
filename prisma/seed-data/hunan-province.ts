import { DEMO_BASELINES, DEMO_ITEMS, DEMO_PROGRESS } from "./demo-2013";
import { YIYANG_2013 } from "./yiyang-2013";
import type { PlanSeed } from "../../lib/server/seed/plan-seed";

/**
 * 湖南省科技厅: the other party of plan 003 ("厅 长(签章)：责任单位(公章)：…"), the unit above 益阳市科技局. Not demo:
 * the agreement names it. Its accounts and the other city bureaus below are the labelled demo set.
 */
export const HUNAN_PROVINCE = { name: "湖南省科技厅", level: "PROVINCE", region: "湖南省" } as const;

/** 省厅领导 and 省厅考核组 (demo accounts, password demo2013). */
export const PROVINCE_DEMO_USERS = [
  { username: "sheng-leader", displayName: "省厅领导（演示）", role: "LEADER" },
  { username: "sheng-assessor", displayName: "省厅考核组（演示）", role: "ASSESSOR" },
] as const;

export interface DemoCity {
  plan: PlanSeed;
  /** username prefix of the city's demo accounts (leader, one head per section) */
  prefix: string;
  /** the city's figures are 益阳's demo figures times this */
  scale: number;
  /** 文号 prefix of its named items' approvals */
  docPrefix: string;
}

/**
 * 演示数据 — NOT from any plan: two city bureaus with the 2013 plan's targets (the province's agreements share
 * their structure) and invented figures, so the province page has cities to compare. Labelled 演示 throughout.
 */
function city(name: string, short: string, prefix: string, scale: number, docPrefix: string): DemoCity {
  return {
    prefix,
    scale,
    docPrefix,
    plan: {
      ...YIYANG_2013,
      unit: { name: `${name}（演示）`, level: "CITY", region: `湖南省${short}`, parentName: HUNAN_PROVINCE.name },
      plan: {
        ...YIYANG_2013.plan,
        title: `${name}（演示）2013年绩效计划书`,
        source: "演示数据（非真实计划书）",
      },
    },
  };
}

export const DEMO_CITIES: readonly DemoCity[] = [
  city("常德市科技局", "常德市", "changde", 1.1, "常科"),
  city("岳阳市科技局", "岳阳市", "yueyang", 0.7, "岳科"),
];

/**
 * A demo city's figures: 益阳's demo reports and baselines scaled (so a growth target grows like 益阳's, a little
 * more or less), whole numbers kept whole, milestones (0 / 1) as they are; its items re-numbered, fewer when scaled
 * down.
 */
export function demoCityFigures(c: DemoCity) {
  const lean = c.scale >= 1 ? 1.02 : 0.97;
  const scaled = (v: number, by: number) => (v <= 1 ? v : Number.isInteger(v) ? Math.round(v * by) : Math.round(v * by * 100) / 100);
  const progress = Object.fromEntries(
    Object.entries(DEMO_PROGRESS).map(([code, rows]) => [
      code,
      rows.map(([date, v]): [string, number] => [date, scaled(v, c.scale * lean)]),
    ]),
  );
  const baselines = Object.fromEntries(Object.entries(DEMO_BASELINES).map(([code, v]) => [code, scaled(v, c.scale)]));
  const items = Object.fromEntries(
    Object.entries(DEMO_ITEMS).map(([code, rows]) => [
      code,
      rows
        .slice(0, Math.max(1, Math.round(rows.length * Math.min(1, c.scale))))
        .map(([date, itemName, doc]): [string, string, string | null] => [date, itemName, doc ? doc.replace(/^益科/, c.docPrefix) : null]),
    ]),
  );
  return { progress, items, baselines };
}
