/**
 * The days any date may name: the years a plan may have (primitives.ts's `year`). Apart from primitives.ts so
 * that the browser's date field (date-field.ts) can read them without bringing zod into a page's scripts.
 */
export const EARLIEST_DATE = "2000-01-01";
export const LATEST_DATE = "2100-12-31";
