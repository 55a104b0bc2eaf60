import { z } from "zod";
import { TARGET_KINDS, type TargetKind } from "../domain";
import { measureProblems, ownersProblem, windowProblem } from "../domain/plan-validation";

/**
 * What the plan editor's forms and the API both check on one target before the plan-wide rules
 * (lib/domain/plan-validation.ts: codes unique, points adding up) run on the server.
 */

const text = (what: string, max: number) => z.string({ error: `请填写${what}` }).trim().min(1, `请填写${what}`).max(max, `${what}不能超过 ${max} 字`);
const optionalText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${what}不能超过 ${max} 字`)
    .nullish()
    .transform((s) => (s ? s : null));
const number = (what: string) =>
  z
    .number({ error: `${what}应为数字` })
    .refine(Number.isFinite, `${what}应为数字`)
    .nullable();

/** A target's fields, declared once: the plan editor's form, addTarget/updateTarget and the import all use it. */
export const targetFieldShape = {
    code: text("指标编号", 40),
    title: text("指标名称", 100),
    wording: text("计划原文", 2000),
    kind: z.enum(TARGET_KINDS as [TargetKind, ...TargetKind[]], { error: "类型无效" }),
    measureUnit: optionalText("单位", 20),
    targetValue: number("目标值"),
    baselineValue: number("基数"),
    startMonth: number("开始月"),
    endMonth: number("结束月"),
    windowText: optionalText("时间原文", 200),
    remarks: optionalText("备注", 2000),
    pointsOverride: number("分值").refine((n) => n === null || n >= 0, "分值不能为负数"),
    /** section ids; empty only together with unassigned */
    ownerIds: z.array(z.string()),
    /** the explicit 未指定 */
    unassigned: z.boolean(),
};

export const targetFieldsSchema = z
  .object(targetFieldShape)
  .superRefine((t, ctx) => {
    for (const p of measureProblems(t)) ctx.addIssue({ code: "custom", path: [p.field], message: p.message });
    const w = windowProblem(t.startMonth, t.endMonth);
    if (w) ctx.addIssue({ code: "custom", path: [t.startMonth === null ? "startMonth" : "endMonth"], message: w });
    const o = ownersProblem(t.ownerIds, t.unassigned);
    if (o) ctx.addIssue({ code: "custom", path: ["ownerIds"], message: o });
  });

export type TargetFields = z.infer<typeof targetFieldsSchema>;

export const areaFieldsSchema = z.object({
  code: text("领域编号", 40),
  name: text("领域名称", 100),
  category: z.enum(["WORK", "FUNDING"], { error: "领域类别无效" }),
  points: z
    .number({ error: "领域分值应为数字" })
    .refine(Number.isFinite, "领域分值应为数字")
    .refine((n) => n > 0, "领域分值应为正数"),
});

export type AreaFields = z.infer<typeof areaFieldsSchema>;

/** The year of a new plan (copy or import). */
export const planYearSchema = z
  .number({ error: "年度应为数字" })
  .int("年度应为整数")
  .min(2000, "年度应在 2000–2100 之间")
  .max(2100, "年度应在 2000–2100 之间");

/** Form text → number or null ("" = empty); NaN marks text that is not a number, for the schema to report. */
export function numberOrNull(s: string): number | null {
  const t = s.trim();
  if (t === "") return null;
  return Number(t.replace(/[,，]/g, ""));
}
