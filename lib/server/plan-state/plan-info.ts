import { pointsInRange } from "../../domain";

export interface PlanInfoView {
  id: string;
  year: number;
  title: string;
  unitId: string;
  unitName: string;
  source: string | null;
  assessmentGroup: string | null;
  otherNotes: string | null;
  behindMargin: number;
  /** the plan as written: the sum of its areas (480 + 200 for 2013); less when inactive targets remove points */
  totalPoints: number;
  /** a month locks this many days after it ends */
  lockAfterDays: number;
  /** a month's update is on time when entered by this many days after it ends */
  reportDueDays: number;
  /** 数据审核: reports count only once the 考核组 accepts them */
  checkFigures: boolean;
}

interface PlanRow {
  id: string;
  year: number;
  title: string;
  unitId: string;
  source: string | null;
  assessmentGroup: string | null;
  otherNotes: string | null;
  behindMargin: number;
  lockAfterDays: number;
  reportDueDays: number;
  checkFigures: boolean;
  unit: { name: string };
  areas: { points: number }[];
}

/**
 * The plan header every page shows; total points are the sum of its areas (480 + 200 for 2013), each counted
 * within 0–1000 (pointsInRange) so that no stored value can make the sum overflow.
 */
export function toPlanInfo(p: PlanRow): PlanInfoView {
  return {
    id: p.id,
    year: p.year,
    title: p.title,
    unitId: p.unitId,
    unitName: p.unit.name,
    source: p.source,
    assessmentGroup: p.assessmentGroup,
    otherNotes: p.otherNotes,
    behindMargin: p.behindMargin,
    lockAfterDays: p.lockAfterDays,
    reportDueDays: p.reportDueDays,
    checkFigures: p.checkFigures,
    totalPoints: p.areas.reduce((sum, a) => sum + pointsInRange(a.points), 0),
  };
}
