import { defaultAsOf, type CheckCounts, type IsoDate } from "../../domain";
import { todayIso } from "../db-dates";
import { loadPlanState, type AreaInfo, type PlanInfoView } from "../plan-state/load-plan-state";
import { evaluateTarget, summaryView, type SectionView, type SummaryView, type TargetProgressView } from "../plan-state/target-view";

export interface PlanDashboardView {
  plan: PlanInfoView;
  asOf: IsoDate;
  summary: SummaryView;
  areas: (AreaInfo & { summary: SummaryView; targets: TargetProgressView[] })[];
  sections: { section: SectionView | null; summary: SummaryView }[];
  targets: TargetProgressView[];
  /** 数据审核: how much waits for the 考核组 and for sections */
  checks: CheckCounts;
  asReported: boolean;
}

/**
 * The leadership view: every target at asOf, with totals per plan, area and owning section. Under 数据审核 the
 * figures are those the 考核组 accepted; asReported counts pending ones too (按填报显示), returned ones never.
 */
export async function findPlanDashboard(options: {
  planId: string;
  asOf?: IsoDate | null;
  asReported?: boolean | null;
}): Promise<PlanDashboardView> {
  const asReported = options.asReported === true;
  const state = await loadPlanState(options.planId, { asReported });
  const asOf = options.asOf ?? defaultAsOf(state.plan.year, todayIso());
  const targets = state.targets.map((t) => evaluateTarget(t, state.pointsByTarget.get(t.id) ?? [], asOf, state.plan.behindMargin));
  return {
    plan: state.plan,
    asOf,
    summary: summaryView(targets),
    areas: state.areas.map((area) => {
      const inArea = targets.filter((t) => t.target.areaId === area.id);
      return { ...area, summary: summaryView(inArea), targets: inArea };
    }),
    sections: groupBySection(targets).map(([section, items]) => ({ section, summary: summaryView(items) })),
    targets,
    checks: state.checks,
    asReported,
  };
}

/** A jointly owned target counts for each of its sections; unowned targets form their own 未指定 group. */
function groupBySection(targets: TargetProgressView[]): [SectionView | null, TargetProgressView[]][] {
  const groups = new Map<string, [SectionView | null, TargetProgressView[]]>();
  for (const t of targets) {
    const owners = t.target.owners.length > 0 ? t.target.owners : [null];
    for (const s of owners) {
      const key = s?.id ?? "";
      if (!groups.has(key)) groups.set(key, [s, []]);
      groups.get(key)![1].push(t);
    }
  }
  return [...groups.values()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : 0));
}
