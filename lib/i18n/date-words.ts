import { format } from "date-fns";
import { toDate } from "../domain";
import type { DateTextProblem } from "../validation/date-field";
import { fill } from "./format";
import type { Messages } from "./messages";

/** 2013-09-30 → "2013年9月30日" / "September 30, 2013": a day in words, in the interface language. */
export function dateInWords(iso: string, m: Messages["dateField"]): string {
  return format(toDate(iso), m.words);
}

/** What the date field says about text it cannot take, in the interface language. */
export function dateProblemText(problem: DateTextProblem, m: Messages["dateField"]): string {
  if (problem.kind === "format") return m.notFormat;
  if (problem.kind === "invalid") return m.notDate;
  return fill(m.range, { min: dateInWords(problem.min, m), max: dateInWords(problem.max, m) });
}
