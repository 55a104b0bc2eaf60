import { toDate } from "../domain/dates";
import { EARLIEST_DATE, LATEST_DATE } from "./date-bounds";

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
 * The date field's check: the rules of the API's date primitive (primitives.ts isoDate: YYYY-MM-DD, a day that
 * exists, between EARLIEST_DATE and LATEST_DATE) and the field's own bounds (min / max, inclusive; e.g. the plan
 * year). Null when the text is such a day; empty text is the form's business (required or not). Written without
 * zod, which would otherwise be a third of every page's first-load scripts (#12); tests/unit/date-field.test.ts
 * holds it to isoDate day by day.
 */
export function dateTextProblem(text: string, bounds: { min?: string | null; max?: string | null } = {}): DateTextProblem | null {
  if (text === "") return null;
  const min = bounds.min && bounds.min > EARLIEST_DATE ? bounds.min : EARLIEST_DATE;
  const max = bounds.max && bounds.max < LATEST_DATE ? bounds.max : LATEST_DATE;
  // the same pattern as isoDate's: \d without the u flag is ASCII 0–9 only, and $ does not match before a final \n
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return { kind: "format" };
  if (!exists(text)) return { kind: "invalid" };
  return text < min || text > max ? { kind: "range", min, max } : null;
}
