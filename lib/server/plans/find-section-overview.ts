import { isDueInMonth, isSettled, isWindowOpenInMonth, type IsoDate } from "../../domain";
import { db } from "../db";
import { notFound } from "../errors";
import { findPlanDashboard } from "./find-plan-dashboard";
import { findMonthReports, type MonthReportView } from "../progress/find-month-reports";
import type { PlanInfoView } from "../plan-state/load-plan-state";
import { summaryView, type SectionView, type SummaryView, type TargetProgressView } from "../plan-state/target-view";

export interface SectionOverviewView {
  section: SectionView;
  plan: PlanInfoView;
  asOf: IsoDate;
  summary: SummaryView;
  targets: TargetProgressView[];
  dueThisMonth: TargetProgressView[];
  openThisMonth: TargetProgressView[];
  /** what the section already reported in the as-of month on its targets (本月快速填报 shows it per line) */
  monthReports: MonthReportView[];
}

/** A section head's page: the targets the section owns and those whose window closes this month. */
export async function findSectionOverview(options: {
  sectionId: string;
  planId: string;
  asOf?: IsoDate | null;
}): Promise<SectionOverviewView> {
  const section = await db.section.findUnique({
    where: { id: options.sectionId },
    select: { id: true, name: true, phone: true, unitId: true },
  });
  if (!section) throw notFound("noun.section");
  const dashboard = await findPlanDashboard({ planId: options.planId, asOf: options.asOf });
  const targets = dashboard.targets.filter((t) => t.target.owners.some((o) => o.id === section.id));
  const [year, month] = dashboard.asOf.split("-").map(Number);
  const monthReports = await findMonthReports({ planId: options.planId, sectionId: section.id, asOf: dashboard.asOf });
  return {
    section,
    plan: dashboard.plan,
    asOf: dashboard.asOf,
    summary: summaryView(targets),
    targets,
    dueThisMonth: targets.filter((t) => !isSettled(t.status) && isDueInMonth(t.target.window, year, month)),
    openThisMonth: targets.filter((t) => !isSettled(t.status) && isWindowOpenInMonth(t.target.window, year, month)),
    monthReports,
  };
}
