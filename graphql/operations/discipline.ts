import { z } from "zod";
import { findReportingDiscipline } from "../../lib/server/discipline/find-reporting-discipline";
import { operation } from "../../lib/server/operations/define-operation";
import { asOf, id } from "../../lib/validation/primitives";

/** 报送纪律: whoever reads the plan. */
export const reportingDiscipline = operation({
  name: "Query.reportingDiscipline",
  roles: "SIGNED_IN",
  input: z.object({ planId: id, asOf }),
  access: "read",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  run: ({ input }) => findReportingDiscipline(input),
});
