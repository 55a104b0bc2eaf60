import {
  disciplineCells,
  disciplineRates,
  lastDayOfMonthIso,
  latestDueMonth,
  monthOfDate,
  monthsBegun,
  reportDueDay,
  type DisciplineCell,
  type DisciplineRates,
  type DisciplineTarget,
  type IsoDate,
  type Submission,
} from "../../domain";
import { chinaDayOf, todayIso } from "../db-dates";
import { loadPlanState, type PlanInfoView, type PlanState } from "../plan-state/load-plan-state";
import { targetStatusDetail, type SectionView } from "../plan-state/target-view";

export interface DisciplineCellView extends DisciplineCell {
  code: string;
  title: string;
}

export interface DisciplineMonthView {
  month: number;
  dueDay: IsoDate;
  rates: DisciplineRates;
}

export interface SectionDisciplineView {
  section: SectionView;
  rates: DisciplineRates;
  months: DisciplineMonthView[];
  cells: DisciplineCellView[];
}

export interface ReportingDisciplineView {
  plan: PlanInfoView;
  asOf: IsoDate;
  rates: DisciplineRates;
  months: DisciplineMonthView[];
  /** the month to headline: the latest whose due day has passed by asOf */
  latestMonth: DisciplineMonthView | null;
  sections: SectionDisciplineView[];
}

/**
 * What counts as a month's update (lib/domain/reporting-discipline.ts): figures, confirmations, items. Under
 * 数据审核 a report waiting to be checked was submitted on its day and counts as such; one the 考核组 returned
 * was not an update (the section owes it again), so its month is late or missing until resubmitted.
 */
const UPDATE_ACTIONS = new Set(["RECORD", "CORRECTION", "NO_CHANGE"]);
const submittedStatus = (checkStatus: string) => checkStatus !== "RETURNED";

/**
 * 报送纪律 of a plan as of a day (today unless given): every update each section owed, on time, late or
 * missing, with the rates per month, per section and bureau-wide. A fixed number of queries whatever the
 * plan's size: the plan state (unless the caller has it already), whose reports and items it reads.
 */
export async function findReportingDiscipline(options: {
  planId: string;
  asOf?: IsoDate | null;
  state?: PlanState;
}): Promise<ReportingDisciplineView> {
  const asOf = options.asOf ?? todayIso();
  const state = options.state ?? (await loadPlanState(options.planId));
  const { year, reportDueDays } = state.plan;
  const submissions = new Map<string, Submission[]>(state.targets.map((t) => [t.id, []]));
  const submitted = (targetId: string, day: IsoDate, enteredAt: string) => {
    const month = monthOfDate(day, year);
    if (month !== null) submissions.get(targetId)?.push({ month, enteredOn: chinaDayOf(enteredAt) });
  };
  for (const e of state.reports)
    if (UPDATE_ACTIONS.has(e.action) && submittedStatus(e.checkStatus)) submitted(e.targetId, e.reportedFor, e.createdAt);
  for (const i of state.items) if (submittedStatus(i.checkStatus)) submitted(i.targetId, i.date, i.recordedAt);

  const monthEnds = Array.from({ length: 12 }, (_, i) => lastDayOfMonthIso(year, i + 1));
  const facts: DisciplineTarget[] = state.targets.map((t) => {
    const points = state.pointsByTarget.get(t.id) ?? [];
    const doneBy = [false, ...monthEnds.map((end) => targetStatusDetail(t, points, end, state.plan.behindMargin).status === "DONE")];
    return {
      id: t.id,
      kind: t.kind,
      active: t.applicability === "ACTIVE",
      ownerCount: t.owners.length,
      ownerIds: t.owners.map((o) => o.id),
      window: t.window,
      doneBy,
      submissions: submissions.get(t.id) ?? [],
    };
  });
  const byId = new Map(state.targets.map((t) => [t.id, t]));
  const cells: DisciplineCellView[] = disciplineCells(facts, { year, dueDays: reportDueDays, today: asOf }).map((c) => ({
    ...c,
    code: byId.get(c.targetId)!.code,
    title: byId.get(c.targetId)!.title,
  }));

  const months = monthsBegun(year, asOf);
  const perMonth = (list: DisciplineCellView[]): DisciplineMonthView[] =>
    months.map((month) => ({
      month,
      dueDay: reportDueDay(year, month, reportDueDays),
      rates: disciplineRates(list.filter((c) => c.month === month)),
    }));

  const sections = new Map<string, SectionView>();
  for (const t of state.targets) for (const o of t.owners) sections.set(o.id, o);
  const ownerIdsOf = new Map(facts.map((f) => [f.id, f.ownerIds]));
  const bureauMonths = perMonth(cells);
  return {
    plan: state.plan,
    asOf,
    rates: disciplineRates(cells),
    months: bureauMonths,
    latestMonth: latestDueMonth(bureauMonths, asOf),
    sections: [...sections.values()].map((section) => {
      const mine = cells.filter((c) => ownerIdsOf.get(c.targetId)!.includes(section.id));
      return { section, rates: disciplineRates(mine), months: perMonth(mine), cells: mine };
    }),
  };
}
