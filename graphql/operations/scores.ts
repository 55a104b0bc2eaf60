import { z } from "zod";
import { operation } from "../../lib/server/operations/define-operation";
import { adjustScore } from "../../lib/server/scores/adjust-score";
import { configureScoring } from "../../lib/server/scores/configure-scoring";
import { findScoreSheet } from "../../lib/server/scores/find-score-sheet";
import { setDeclaredScore } from "../../lib/server/scores/set-declared-score";
import { setSelfScore } from "../../lib/server/scores/set-self-score";
import { anyScore, points, scoreFloor } from "../../lib/validation/numbers";
import { asOf, id, multiLine, version } from "../../lib/validation/primitives";
import { msg } from "../../lib/i18n/message-text";

/**
 * 年终计分: whoever reads the plan reads its score sheet; the unit's assessment team scores and configures;
 * a section self-assesses the targets it owns. A score's range (0 … the target's points) is the services'
 * (lib/validation/score.ts); here it is finite and no more than any target's points.
 */
const score = anyScore()
  .nullish()
  .transform((v) => v ?? null);
const assessors = ["ASSESSOR", "ADMIN"] as const;
const onTarget = (i: { targetId: string }) => [{ kind: "target" as const, id: i.targetId }];

export const scoreSheet = operation({
  name: "Query.scoreSheet",
  roles: "SIGNED_IN",
  input: z.object({ planId: id, asOf }),
  access: "read",
  resources: (i) => [{ kind: "plan", id: i.planId }],
  run: ({ input }) => findScoreSheet(input),
});

export const setDeclaredScoreOp = operation({
  name: "Mutation.setDeclaredScore",
  roles: assessors,
  input: z.object({ targetId: id, declaredScore: score, expectedVersion: version }),
  access: "write",
  resources: onTarget,
  version: "score",
  audit: "SET_DECLARED_SCORE",
  run: ({ user, input }) => setDeclaredScore({ ...input, user }),
});

export const adjustScoreOp = operation({
  name: "Mutation.adjustScore",
  roles: assessors,
  input: z.object({
    targetId: id,
    adjustedScore: score,
    reason: multiLine(500, msg("field.adjustReason")).nullish(),
    expectedVersion: version,
  }),
  access: "write",
  resources: onTarget,
  version: "score",
  audit: "ADJUST_SCORE",
  run: ({ user, input }) => adjustScore({ ...input, user }),
});

export const setSelfScoreOp = operation({
  name: "Mutation.setSelfScore",
  roles: ["SECTION_HEAD", "ADMIN"],
  input: z.object({
    targetId: id,
    selfScore: score,
    justification: multiLine(500, msg("field.selfJustification")).nullish(),
    expectedVersion: version,
  }),
  access: "report",
  resources: onTarget,
  version: "selfScore",
  audit: "SET_SELF_SCORE",
  run: ({ user, input }) => setSelfScore({ ...input, user }),
});

const nullable = <T extends z.ZodTypeAny>(t: T) => t.nullish();

export const configureScoringOp = operation({
  name: "Mutation.configureScoring",
  roles: assessors,
  input: z.object({
    planId: id,
    scoreFloor: nullable(scoreFloor),
    targets: z
      .array(
        z.object({
          targetId: id,
          scoringRule: nullable(z.enum(["PROPORTIONAL", "ALL_OR_NOTHING", "DECLARATION"])),
          scoreFloor: nullable(scoreFloor),
          pointsOverride: nullable(points()),
        }),
      )
      .max(2000)
      .nullish(),
  }),
  access: "write",
  resources: (i) => [{ kind: "plan", id: i.planId }, ...(i.targets ?? []).map((t) => ({ kind: "target" as const, id: t.targetId }))],
  audit: "CONFIGURE_SCORING",
  run: ({ user, input }) => configureScoring({ ...input, user }),
});
