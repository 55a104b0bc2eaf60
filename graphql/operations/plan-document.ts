import { z } from "zod";
import { operation } from "../../lib/server/operations/define-operation";
import { findPlanDocument } from "../../lib/server/plans/plan-document";
import { id } from "../../lib/validation/primitives";

/** 绩效计划书: whoever reads the plan reads its document (the same reach as the Word file's route). */
export const planDocument = operation({
  name: "Query.planDocument",
  roles: "SIGNED_IN",
  input: z.object({ planId: id }),
  access: "read",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  run: ({ input }) => findPlanDocument(input),
});
