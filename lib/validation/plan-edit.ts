import { z } from "./zod";
import { TARGET_KINDS, type TargetKind } from "../domain";
import { measureProblems, ownersProblem, windowProblem } from "../domain/plan-validation";
import { parseNumberText } from "../domain/number-text";
import { anyFigure } from "./numbers";
import { changesOf, id, keep, multiLine, singleLine } from "./primitives";
import { AREA_POINTS_RANGE, POINTS_RANGE, rangeProblem } from "../domain/value-ranges";
import { msg } from "../i18n/message-text";

/**
 * What the plan editor's forms and the API both check on one target before the plan-wide rules
 * (lib/domain/plan-validation.ts: codes unique, points adding up) run on the server. Text is measured before
 * it is trimmed, so nothing longer than a field holds gets past the API; it holds no control characters (the
 * wording and remarks may run over lines). A target value's and a baseline's range depend on the kind and unit
 * (measureProblems, lib/domain/value-ranges.ts); points are 0–1000, an area's 0.01–1000.
 */

const text = (what: string, max: number, lines: "single" | "multi" = "single") =>
  (lines === "multi" ? multiLine : singleLine)(max, what).trim().min(1, msg("v.required", { what }));
/** empty text is no text (null) */
const optionalText = (what: string, max: number, lines: "single" | "multi" = "single") =>
  (lines === "multi" ? multiLine : singleLine)(max, what)
    .trim()
    .nullable()
    .transform((s) => (s ? s : null));
const number = (what: string) => anyFigure(what).nullable();
/** the range and the order of the two months are the window's rule (windowProblem) */
const month = (what: string) =>
  z
    .number({ error: msg("v.number", { what }) })
    .int(msg("v.integer", { what }))
    .nullable();

/**
 * A target's fields, declared once: the plan editor's form, addTarget's and updateTarget's inputs (GraphQL's
 * AddTargetInput and TargetChangesInput are checked against them by tests/integration/operation-definitions)
 * and the services' check all come from it.
 */
export const targetFieldShape = {
  code: text(msg("field.targetCode"), 40),
  title: text(msg("field.targetTitle"), 100),
  wording: text(msg("field.wording"), 2000, "multi"),
  kind: z.enum(TARGET_KINDS as [TargetKind, ...TargetKind[]], { error: msg("plan.kindInvalid") }),
  measureUnit: optionalText(msg("field.amountUnit"), 20),
  targetValue: number(msg("field.targetValue")),
  baselineValue: number(msg("field.baseline")),
  startMonth: month(msg("field.startMonth")),
  endMonth: month(msg("field.endMonth")),
  windowText: optionalText(msg("field.windowText"), 200),
  remarks: optionalText(msg("field.remarks"), 2000, "multi"),
  pointsOverride: z
    .number({ error: msg("v.number", { what: msg("field.points") }) })
    .refine(Number.isFinite, msg("v.number", { what: msg("field.points") }))
    .refine((n) => n >= 0, msg("points.negative"))
    .superRefine((n, ctx) => {
      const problem = n < 0 ? null : rangeProblem(msg("field.points"), n, POINTS_RANGE);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .nullable(),
  /** section ids; empty only together with unassigned */
  ownerIds: z.array(id).max(20, msg("plan.tooManyOwners")),
  /** the explicit 未指定 */
  unassigned: z.boolean(),
};

/** A whole target: what the form checks before sending and the services check before the plan-wide rules. */
export const targetFieldsSchema = z.object(targetFieldShape).superRefine((t, ctx) => {
  for (const p of measureProblems(t)) ctx.addIssue({ code: "custom", path: [p.field], message: p.message });
  const w = windowProblem(t.startMonth, t.endMonth);
  if (w) ctx.addIssue({ code: "custom", path: [t.startMonth === null ? "startMonth" : "endMonth"], message: w });
  const o = ownersProblem(t.ownerIds, t.unassigned);
  if (o) ctx.addIssue({ code: "custom", path: ["ownerIds"], message: o });
});

export type TargetFields = z.infer<typeof targetFieldsSchema>;

/** A target with nothing filled in: the new-target form starts from it; a field addTarget is not given stays as here. */
export const emptyTarget: TargetFields = {
  code: "",
  title: "",
  wording: "",
  kind: "COUNT",
  measureUnit: null,
  targetValue: null,
  baselineValue: null,
  startMonth: null,
  endMonth: null,
  windowText: null,
  remarks: null,
  pointsOverride: null,
  ownerIds: [],
  unassigned: false,
};

/** A target's fields as an edit sends them: each may be left out; null clears one that may be empty (changesOf). */
const targetChangeShape = changesOf(targetFieldShape);

/** updateTarget's changes: any of a target's fields, and the area of the same plan to move it to (to its end). */
export const targetChangesSchema = z.object({ ...targetChangeShape, areaId: keep(id) });
/** what an edit sends, parsed: the fields it names (a field it leaves out may also be there as undefined) */
export type TargetChanges = Partial<z.infer<typeof targetChangesSchema>>;

/** addTarget: the area, the fields no target is without, and any of the others (left out: as on emptyTarget). */
export const newTargetSchema = z.object({
  areaId: id,
  ...targetChangeShape,
  code: targetFieldShape.code,
  title: targetFieldShape.title,
  wording: targetFieldShape.wording,
  kind: targetFieldShape.kind,
});
export type NewTarget = z.infer<typeof newTargetSchema>;

export const areaFieldsSchema = z.object({
  code: text(msg("field.areaCode"), 40),
  name: text(msg("field.areaName"), 100),
  category: z.enum(["WORK", "FUNDING"], { error: msg("plan.categoryInvalid") }),
  points: z
    .number({ error: msg("v.number", { what: msg("field.areaPoints") }) })
    .refine(Number.isFinite, msg("v.number", { what: msg("field.areaPoints") }))
    .refine((n) => n > 0, msg("v.positive", { what: msg("field.areaPoints") }))
    .superRefine((n, ctx) => {
      const problem = n <= 0 ? null : rangeProblem(msg("field.areaPoints"), n, AREA_POINTS_RANGE);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});

export type AreaFields = z.infer<typeof areaFieldsSchema>;

/** The year of a new plan (copy or import). */
export const planYearSchema = z
  .number({ error: msg("v.number", { what: msg("field.year") }) })
  .int(msg("v.integer", { what: msg("field.year") }))
  .min(2000, msg("plan.yearRange"))
  .max(2100, msg("plan.yearRange"));

/**
 * Form text → number or null ("" = empty); NaN marks text that is not a number, for the schema to report. "1,000"
 * and full-width "１２３" are numbers, "0x10" is not (lib/domain/number-text.ts).
 */
export function numberOrNull(s: string): number | null {
  const n = parseNumberText(s);
  return n === "invalid" ? Number.NaN : n;
}
