import DataLoader from "dataloader";
import type { SessionUser } from "../lib/server/auth/session-user";
import { findEvidenceByEntryIds, findEvidenceByItemIds, type EvidenceView } from "../lib/server/evidence/find-evidence";
import { listPlans } from "../lib/server/plans/list-plans";
import type { PlanInfoView } from "../lib/server/plan-state/plan-info";
import type { SectionView } from "../lib/server/plan-state/target-view";
import { findUsersByIds, type UserView } from "../lib/server/users/find-users";
import { findSectionsByUnitIds } from "../lib/server/units/find-sections";

/** Batch the per-parent lookups of nested fields into one query per field per request. */
export function createLoaders(user: SessionUser | null) {
  return {
    userById: new DataLoader<string, UserView | null>(async (ids) => {
      const users = await findUsersByIds([...ids]);
      return ids.map((id) => users.find((u) => u.id === id) ?? null);
    }),
    sectionsByUnit: new DataLoader<string, SectionView[]>(async (unitIds) => {
      const sections = await findSectionsByUnitIds([...unitIds]);
      return unitIds.map((id) => sections.filter((s) => s.unitId === id));
    }),
    evidenceByEntry: new DataLoader<string, EvidenceView[]>(async (entryIds) => {
      const evidence = await findEvidenceByEntryIds([...entryIds]);
      return entryIds.map((id) => evidence.filter((e) => e.entryId === id));
    }),
    evidenceByItem: new DataLoader<string, EvidenceView[]>(async (itemIds) => {
      const evidence = await findEvidenceByItemIds([...itemIds]);
      return itemIds.map((id) => evidence.filter((e) => e.itemId === id));
    }),
    plansByUnit: new DataLoader<string, PlanInfoView[]>(async (unitIds) => {
      // only the plans the caller reads: a Unit's plans are not published with its name
      const plans = user ? await listPlans({ user }) : [];
      return unitIds.map((id) => plans.filter((p) => p.unitId === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
