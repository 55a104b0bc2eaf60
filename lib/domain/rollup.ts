/**
 * 县区汇总: for a city target its counties feed (县(市、区)财政科技支出) the city reports its own figure and the app adds
 * up the counties' latest figures as of the same day. The two should agree; the page marks it when they do not (#14):
 * - the difference is the city's figure less the counties' sum, in the city target's unit; none when either is
 *   missing (the city reported nothing yet, or no county did);
 * - they agree when the difference is below half a hundredth of the unit (figures are shown to two decimals, so a
 *   difference that rounds away is no difference); otherwise the city reported more (CITY_HIGHER) or less;
 * - a sum from only some counties is partial: the difference is still given, with how many counties are missing,
 *   since a missing report is the likeliest reason for it.
 */
export const ROLLUP_TOLERANCE = 0.005;

export type RollupAgreement = "AGREES" | "CITY_HIGHER" | "CITY_LOWER";

export interface RollupGap {
  /** the city's figure less the counties' sum */
  difference: number;
  /** the difference as a share of the counties' sum; null when the sum is 0 */
  share: number | null;
  agreement: RollupAgreement;
  /** counties under the city that have not reported by the day: their figures are missing from the sum */
  missingCounties: number;
}

export function rollupGap(input: {
  cityValue: number | null;
  countiesTotal: number | null;
  reportedCount: number;
  countyCount: number;
}): RollupGap | null {
  const { cityValue, countiesTotal, reportedCount, countyCount } = input;
  if (cityValue === null || countiesTotal === null || reportedCount === 0) return null;
  const difference = cityValue - countiesTotal;
  if (!Number.isFinite(difference)) return null;
  const agreement: RollupAgreement = Math.abs(difference) < ROLLUP_TOLERANCE ? "AGREES" : difference > 0 ? "CITY_HIGHER" : "CITY_LOWER";
  const shown = agreement === "AGREES" ? 0 : difference;
  return {
    difference: shown,
    share: countiesTotal === 0 ? null : shown / countiesTotal,
    agreement,
    missingCounties: Math.max(countyCount - reportedCount, 0),
  };
}
