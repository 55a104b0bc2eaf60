import { toDate } from "../domain";
import { EARLIEST_DATE, isoDate, LATEST_DATE } from "./primitives";

/** Why a date field's text is not a day the form can take. */
export type DateTextProblem = { kind: "format" } | { kind: "invalid" } | { kind: "range"; min: string; max: string };

function exists(iso: string): boolean {
  try {
    toDate(iso);
    return true;
  } catch {
    return false;
  }
}

/**
 * The date field's check, with the API's own primitive (isoDate: YYYY-MM-DD, a day that exists, between
 * EARLIEST_DATE and LATEST_DATE) and the field's own bounds (min / max, inclusive; e.g. the plan year). Null when
 * the text is such a day; empty text is the form's business (required or not).
 */
export function dateTextProblem(text: string, bounds: { min?: string | null; max?: string | null } = {}): DateTextProblem | null {
  if (text === "") return null;
  const min = bounds.min && bounds.min > EARLIEST_DATE ? bounds.min : EARLIEST_DATE;
  const max = bounds.max && bounds.max < LATEST_DATE ? bounds.max : LATEST_DATE;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return { kind: "format" };
  if (isoDate.safeParse(text).success) return text < min || text > max ? { kind: "range", min, max } : null;
  // isoDate refuses a day that does not exist, and a real one outside the years any date may name
  return exists(text) ? { kind: "range", min, max } : { kind: "invalid" };
}
