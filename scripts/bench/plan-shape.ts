// What one generated plan holds: the areas of a real 绩效计划书 (工作业绩 480分, 科技投入与保障 200分) and targets
// of every kind the app evaluates, in the proportions of the 2013 plan, with windows, bands, caps, owners,
// a not-applicable target now and then, and the rolled-up county keys.
import type { Random } from "./random";

export const AREAS = [
  { code: "一", category: "WORK", name: "高新技术产业发展", points: 100 },
  { code: "二", category: "WORK", name: "科技创新平台建设", points: 100 },
  { code: "三", category: "WORK", name: "科技成果转化", points: 100 },
  { code: "四", category: "WORK", name: "农业农村科技", points: 100 },
  { code: "五", category: "WORK", name: "创新创优", points: 80 },
  { code: "六", category: "FUNDING", name: "科技投入", points: 100 },
  { code: "七", category: "FUNDING", name: "科技管理与保障", points: 100 },
] as const;

/** Areas 0–3, 5 and 6 take the paced targets in turn; 创新创优 (4) takes the declarations. */
const PACED_AREAS = [0, 1, 2, 3, 5, 6];
const DECLARATION_AREA = 4;

export const SECTIONS = ["办公室", "计划科", "高新科", "农社科", "成果科"];

/** Keys of the city targets fed by their counties' (县(市、区)财政科技支出 and the like). */
export const ROLLUP_KEYS = ["R0", "R1", "R2", "R3"];

export type Kind = "AMOUNT" | "GROWTH_PCT" | "COUNT" | "MILESTONE" | "DECLARATION";

export interface TargetShape {
  index: number;
  area: number;
  code: string;
  title: string;
  kind: Kind;
  measureUnit: string | null;
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
  targetValue: number;
  baselineValue: number | null;
  window: [number, number] | null;
  greenAt: number | null;
  amberAt: number | null;
  applicable: boolean;
  rollupKey: string | null;
  /** indexes into SECTIONS; empty = 未指定 */
  owners: number[];
  /** the completion it reaches by the year end (0.55–1.25), which drives its reports */
  reach: number;
}

/** Of every 20 targets: 8 amounts, 4 growth rates, 4 counts, 2 milestones, 1 declaration, 1 cap. */
function kindOf(i: number): { kind: Kind; cap: boolean } {
  const k = i % 20;
  if (k < 8) return { kind: "AMOUNT", cap: false };
  if (k < 12) return { kind: "GROWTH_PCT", cap: false };
  if (k < 16) return { kind: "COUNT", cap: false };
  if (k < 18) return { kind: "MILESTONE", cap: false };
  if (k < 19) return { kind: "DECLARATION", cap: false };
  return { kind: "AMOUNT", cap: true };
}

const UNIT: Record<Kind, string | null> = { AMOUNT: "万元", GROWTH_PCT: "%", COUNT: "家", MILESTONE: null, DECLARATION: null };

export function planShape(random: Random, targetCount: number, options: { rolledUp: boolean; countyMoneyInYi?: boolean }): TargetShape[] {
  let paced = 0;
  return Array.from({ length: targetCount }, (_, i): TargetShape => {
    const { kind, cap } = kindOf(i);
    const area = kind === "DECLARATION" ? DECLARATION_AREA : PACED_AREAS[paced++ % PACED_AREAS.length];
    const start = random.int(1, 6);
    const window: [number, number] | null = random.chance(0.1) ? null : [start, Math.max(start + 2, random.int(9, 12))];
    const banded = kind !== "MILESTONE" && kind !== "DECLARATION" && !cap && random.chance(0.1);
    const rollupKey = options.rolledUp && i < ROLLUP_KEYS.length ? ROLLUP_KEYS[i] : null;
    const owner = i % SECTIONS.length;
    const owners = random.chance(0.04) ? [] : random.chance(0.1) ? [owner, (owner + 1) % SECTIONS.length] : [owner];
    const measureUnit = rollupKey && options.countyMoneyInYi && i % 2 === 1 ? "亿元" : UNIT[kind];
    const targetValue =
      kind === "COUNT"
        ? random.int(2, 6)
        : kind === "GROWTH_PCT"
          ? random.int(5, 25)
          : kind === "AMOUNT"
            ? random.int(10, 500) * (measureUnit === "亿元" ? 0.01 : 10)
            : 1;
    return {
      index: i,
      area,
      code: `${AREAS[area].code}.${i + 1}`,
      title: `${AREAS[area].name}指标${i + 1}`,
      kind,
      measureUnit,
      direction: cap ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER",
      targetValue,
      baselineValue: kind === "GROWTH_PCT" ? random.int(200, 20_000) : null,
      window,
      greenAt: banded ? 0.9 : null,
      amberAt: banded ? 0.7 : null,
      applicable: !random.chance(0.02),
      rollupKey,
      owners,
      reach: 0.55 + random.next() * 0.7,
    };
  });
}

/** The cumulative figure a target reports for the end of `month` (all-or-nothing kinds report 0 or 1). */
export function figureAt(t: TargetShape, month: number, doneMonth: number): number {
  const [start, end] = t.window ?? [1, 12];
  const elapsed = Math.min(Math.max((month - start + 1) / (end - start + 1), 0), 1);
  switch (t.kind) {
    case "MILESTONE":
    case "DECLARATION":
      return month >= doneMonth ? 1 : 0;
    case "GROWTH_PCT":
      return round2(t.baselineValue! * (1 + ((t.targetValue * t.reach) / 100) * elapsed));
    case "AMOUNT":
      return round2(t.direction === "LOWER_IS_BETTER" ? t.targetValue * t.reach * (month / 12) : t.targetValue * t.reach * elapsed);
    case "COUNT":
      return 0;
  }
}

export const round2 = (x: number) => Math.round(x * 100) / 100;
