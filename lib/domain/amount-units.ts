/**
 * Money in a 绩效计划书 is stated in 万元 or 亿元 (267.9 万元, 4.3 亿元). A figure may be entered in either;
 * it is stored and shown in the target's own unit so one target never mixes scales. 1 亿元 = 10 000 万元.
 */
export const AMOUNT_UNITS = ["万元", "亿元"] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];

const IN_WAN: Record<AmountUnit, number> = { 万元: 1, 亿元: 10_000 };

export function isAmountUnit(unit: string | null | undefined): unit is AmountUnit {
  return unit === "万元" || unit === "亿元";
}

/**
 * value in `from` → value in `to`. Rounded to 1e-9 of the result so 0.5 亿元 is exactly 5000 万元 and 2680
 * 万元 exactly 0.268 亿元 (binary floating point would leave noise in the last digit).
 */
export function convertAmount(value: number, from: AmountUnit, to: AmountUnit): number {
  if (from === to) return value;
  const converted = (value * IN_WAN[from]) / IN_WAN[to];
  return Math.round(converted * 1e9) / 1e9;
}

/**
 * A figure of one target expressed in another target's unit, for sums across targets (a county's 万元 into
 * the city's 亿元). Figures whose units are not both amounts are returned as they are.
 */
export function inUnitOf(value: number, unit: string | null | undefined, targetUnit: string | null | undefined): number {
  return isAmountUnit(unit) && isAmountUnit(targetUnit) ? convertAmount(value, unit, targetUnit) : value;
}
