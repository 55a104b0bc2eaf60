/** A score gap as the chart writes it, on its bars and in its label: two decimal places, a + above zero. */
export const twoPlaces = (v: number) => Math.round(v * 100) / 100;
export const signedGap = (v: number) => (v > 0 ? `+${twoPlaces(v)}` : `${twoPlaces(v)}`);
