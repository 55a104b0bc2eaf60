import { z } from "zod";
import { operation } from "../../lib/server/operations/define-operation";
import { findUnitTree } from "../../lib/server/units/find-unit-tree";
import { findSectionsByUnitIds } from "../../lib/server/units/find-sections";
import { listUnits } from "../../lib/server/units/list-units";
import { id, noInput } from "../../lib/validation/primitives";

/**
 * Units and their sections are what every published 责任清单 names (the bureaus, their sections and phones),
 * so every signed-in user may list them; a unit's plans stay behind the read scope (Unit.plans, plans.ts).
 */
export const units = operation({
  name: "Query.units",
  roles: "SIGNED_IN",
  input: noInput,
  access: "published",
  resources: () => [],
  run: () => listUnits(),
});

export const sections = operation({
  name: "Query.sections",
  roles: "SIGNED_IN",
  input: z.object({ unitId: id }),
  access: "published",
  resources: (i) => [{ kind: "unit", id: i.unitId }],
  run: ({ input }) => findSectionsByUnitIds([input.unitId]),
});

export const unitTree = operation({
  name: "Query.unitTree",
  roles: "SIGNED_IN",
  input: noInput,
  access: "read",
  resources: () => [],
  run: ({ user }) => findUnitTree({ user }),
});
