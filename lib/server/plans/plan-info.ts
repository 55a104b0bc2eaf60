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
  totalPoints: number;
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
  unit: { name: string };
  areas: { points: number }[];
}

/** The plan header every page shows; total points are the sum of its areas (480 + 200 for 2013). */
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
    totalPoints: p.areas.reduce((sum, a) => sum + a.points, 0),
  };
}
