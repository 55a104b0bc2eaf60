import { z } from "zod";
import { acceptFigure } from "../../lib/server/figure-checks/accept-figure";
import { findFigureChecks } from "../../lib/server/figure-checks/find-figure-checks";
import { returnFigure } from "../../lib/server/figure-checks/return-figure";
import { setFigureChecks } from "../../lib/server/figure-checks/set-figure-checks";
import { operation } from "../../lib/server/operations/define-operation";
import { figureRef, returnReason } from "../../lib/validation/figure-check";
import { id } from "../../lib/validation/primitives";

/**
 * 数据审核: whoever reads the plan reads its queue; the unit's 考核小组 (assessors, administrators standing in)
 * accepts or returns — never their own report (lib/domain/figure-check.ts mayCheck, in the service); the
 * plan's administrators turn checking on or off. The report or item named is the resource, so a county
 * assessor cannot decide on the city's figures.
 */
const assessors = ["ASSESSOR", "ADMIN"] as const;
const figure = (i: { kind: "ENTRY" | "ITEM"; id: string }) => [
  { kind: i.kind === "ENTRY" ? ("entry" as const) : ("item" as const), id: i.id },
];

export const figureChecks = operation({
  name: "Query.figureChecks",
  roles: "SIGNED_IN",
  input: z.object({ planId: id }),
  access: "read",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  run: ({ input }) => findFigureChecks(input),
});

export const acceptFigureOp = operation({
  name: "Mutation.acceptFigure",
  roles: assessors,
  input: z.object(figureRef),
  access: "write",
  resources: figure,
  audit: "ACCEPT_FIGURE",
  run: ({ user, input }) => acceptFigure({ ...input, user }),
});

export const returnFigureOp = operation({
  name: "Mutation.returnFigure",
  roles: assessors,
  input: z.object({ ...figureRef, reason: returnReason }),
  access: "write",
  resources: figure,
  audit: "RETURN_FIGURE",
  run: ({ user, input }) => returnFigure({ ...input, user }),
});

export const setFigureChecksOp = operation({
  name: "Mutation.setFigureChecks",
  roles: ["ADMIN"],
  input: z.object({ planId: id, enabled: z.boolean({ error: "请选择开启或关闭" }) }),
  access: "write",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  audit: "CONFIGURE_FIGURE_CHECKS",
  run: ({ user, input }) => setFigureChecks({ ...input, user }),
});
