import type { TargetKind } from "../../domain";
import { splitAreaPoints } from "../../domain/points";
import { planYearSchema } from "../../validation/plan-edit";
import { parseCsv, readTemplate, type ImportProblem, type SheetRow, type TemplatePlan } from "../../validation/plan-template";
import { writeAudit } from "../audit/write-audit";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError } from "../errors";
import { writePlan } from "../seed/load-plan";
import type { PlanSeed } from "../seed/plan-seed";
import { toPlanInfo, type PlanInfoView } from "../plan-state/plan-info";
import { readWorkbookRows } from "./plan-sheet";
import { msg, msgAt, msgList, monthSpanMsg } from "../../i18n/message-text";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportPlanOptions {
  user: SessionUser;
  fileName: string;
  /** the file's bytes, base64 */
  fileBase64: string;
  year: number;
  /** default: 「单位」「年」年绩效计划书 */
  title?: string | null;
  /** true: check and report only, write nothing */
  dryRun: boolean;
}

export interface ImportPreviewRow {
  row: number;
  areaCode: string;
  areaName: string;
  code: string;
  title: string;
  kind: TargetKind;
  targetValue: number | null;
  measureUnit: string | null;
  /** catalogue messages (graphql: in the request's language) */
  window: string;
  owners: string;
  points: number;
}

export interface ImportPlanResultView {
  dryRun: boolean;
  /** no problems: the plan can be (or was) imported */
  ok: boolean;
  fileName: string;
  year: number;
  title: string;
  rowCount: number;
  areaCount: number;
  targetCount: number;
  totalPoints: number;
  problems: ImportProblem[];
  preview: ImportPreviewRow[];
  /** the imported plan (not on a dry run) */
  plan: PlanInfoView | null;
}

const badInput = (message: string, field?: string) =>
  new AppError("BAD_USER_INPUT", message, field ? { fields: { [field]: message } } : undefined);

/** XLSX through ExcelJS; CSV as UTF-8 (a byte-order mark is fine). Anything else is refused up front. */
async function readRows(fileName: string, bytes: Uint8Array): Promise<SheetRow[]> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".xlsx")) {
    try {
      return await readWorkbookRows(bytes);
    } catch {
      throw badInput(msg("planImport.unreadableXlsx"), "file");
    }
  }
  if (lower.endsWith(".csv")) {
    try {
      return parseCsv(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      throw badInput(msg("planImport.csvNotUtf8"), "file");
    }
  }
  throw badInput(msg("planImport.fileType"), "file");
}

/**
 * An administrator imports a year's plan for their own unit from the template (XLSX or CSV). Every row is
 * checked first (zod per row, then the plan rules) and every problem is reported (a catalogue message) with its row
 * number; a dry run stops there. A real import with any problem writes nothing; otherwise the plan and its
 * audit row are written in one transaction. A year that already has a plan is a CONFLICT. Targets whose
 * code was in the unit's plan of the previous year continue that target's lineage and rollup key.
 */
export async function importPlan(options: ImportPlanOptions): Promise<ImportPlanResultView> {
  const { user } = options;
  const yearCheck = planYearSchema.safeParse(options.year);
  if (!yearCheck.success) throw badInput(yearCheck.error.issues[0].message, "year");
  const year = yearCheck.data;
  const fileName = options.fileName.trim();
  if (!fileName) throw badInput(msg("planImport.chooseFile"), "file");
  const unit = await db.unit.findUniqueOrThrow({ where: { id: user.unitId }, include: { parent: { select: { name: true } } } });
  const existing = await db.plan.findUnique({ where: { unitId_year: { unitId: unit.id, year } }, select: { title: true } });
  if (existing)
    throw new AppError("CONFLICT", msg("planImport.yearTaken", { unit: unit.name, year, title: existing.title }), {
      fields: { year: msg("plan.yearExists", { year }) },
    });

  const bytes = new Uint8Array(Buffer.from(options.fileBase64, "base64"));
  if (bytes.byteLength === 0) throw badInput(msg("file.empty"), "file");
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw badInput(msg("file.tooLarge", { max: MAX_IMPORT_BYTES / 1024 / 1024 }), "file");
  const rows = await readRows(fileName, bytes);
  const sections = await db.section.findMany({ where: { unitId: unit.id }, orderBy: { sortOrder: "asc" } });
  const sheet = readTemplate(
    rows,
    sections.map((s) => s.name),
  );
  const title = options.title?.trim() || `${unit.name}${year}年绩效计划书`;

  const result: ImportPlanResultView = {
    dryRun: options.dryRun,
    ok: sheet.problems.length === 0,
    fileName,
    year,
    title,
    rowCount: sheet.rowCount,
    areaCount: sheet.areas.length,
    targetCount: sheet.areas.reduce((n, a) => n + a.targets.length, 0),
    totalPoints: sheet.areas.reduce((n, a) => n + a.points, 0),
    problems: sheet.problems,
    preview: preview(sheet),
    plan: null,
  };
  if (options.dryRun) return result;
  if (!result.ok) {
    const first = sheet.problems.slice(0, 3).map((p) => (p.row ? msg("sheet.rowProblem", { row: p.row, problem: p.message }) : p.message));
    throw new AppError(
      "BAD_USER_INPUT",
      msg(sheet.problems.length > 3 ? "planImport.problemsMore" : "planImport.problems", {
        count: sheet.problems.length,
        first: msgList(first),
      }),
      {
        problems: sheet.problems,
      },
    );
  }

  // lineage: the same code in last year's plan of this unit is the same target
  const previous = await db.target.findMany({
    where: { plan: { unitId: unit.id, year: year - 1 } },
    select: { id: true, code: true, lineageKey: true, rollupKey: true },
  });
  const before = new Map(previous.map((t) => [t.code, t]));
  const seed: PlanSeed = {
    unit: { name: unit.name, level: unit.level as "PROVINCE" | "CITY" | "COUNTY", region: unit.region, parentName: unit.parent?.name },
    sections: sections.map((s) => ({ name: s.name, phone: s.phone })),
    plan: { year, title, source: `导入自 ${fileName}`, assessmentGroup: null, otherNotes: null },
    areas: sheet.areas.map((a) => ({
      code: a.code,
      category: a.category,
      name: a.name,
      points: a.points,
      owners: [],
      targets: a.targets.map((t) => ({
        code: t.code,
        title: t.title,
        wording: t.wording,
        kind: t.kind,
        targetValue: t.targetValue,
        measureUnit: t.measureUnit,
        window: t.startMonth !== null && t.endMonth !== null ? ([t.startMonth, t.endMonth] as [number, number]) : null,
        windowText: t.windowText,
        remarks: t.remarks,
        owners: t.owners,
        baselineValue: t.baselineValue,
        baselineSource: t.baselineValue !== null ? `导入（${fileName}）` : null,
        pointsOverride: t.points,
        lineageKey: before.has(t.code) ? (before.get(t.code)!.lineageKey ?? before.get(t.code)!.id) : null,
        rollupKey: before.get(t.code)?.rollupKey ?? null,
      })),
    })),
  };
  const planId = await db.$transaction(async (tx) => {
    const loaded = await writePlan(tx, seed);
    await writeAudit(tx, {
      userId: user.id,
      action: "IMPORT_PLAN",
      entityType: "Plan",
      entityId: loaded.planId,
      before: null,
      after: { plan: title, year, file: fileName, areas: result.areaCount, targets: result.targetCount, totalPoints: result.totalPoints },
    });
    return loaded.planId;
  });
  const plan = await db.plan.findUniqueOrThrow({
    where: { id: planId },
    include: { unit: { select: { name: true } }, areas: { select: { points: true } } },
  });
  return { ...result, plan: toPlanInfo(plan) };
}

function preview(sheet: TemplatePlan): ImportPreviewRow[] {
  return sheet.areas.flatMap((a) => {
    const points = splitAreaPoints(
      a.points,
      a.targets.map((t) => ({ id: String(t.row), pointsOverride: t.points })),
    );
    return a.targets.map((t) => ({
      row: t.row,
      areaCode: a.code,
      areaName: a.name,
      code: t.code,
      title: t.title,
      kind: t.kind,
      targetValue: t.targetValue,
      measureUnit: t.measureUnit,
      window: t.startMonth !== null && t.endMonth !== null ? monthSpanMsg(t.startMonth, t.endMonth) : msgAt("wholeYear"),
      owners: t.unassigned ? msgAt("unassigned") : msgList(t.owners, "enumeration"),
      points: points.get(String(t.row)) ?? 0,
    }));
  });
}
