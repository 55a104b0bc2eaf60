import { db } from "../db";
import type { SectionView } from "../plan-state/target-view";

export function findSectionsByUnitIds(unitIds: string[]): Promise<SectionView[]> {
  return db.section.findMany({
    where: { unitId: { in: unitIds } },
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true, phone: true, unitId: true },
  });
}
