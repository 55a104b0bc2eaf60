import type { GraphQLSchema } from "graphql";
import { assertReadableArgs } from "../lib/server/auth/unit-scope";
import { AppError } from "../lib/server/errors";
import type { Role } from "../lib/server/auth/session-user";
import type { GraphQLContext } from "./context";

/**
 * Who may call each root field — the one place authorization is declared. "PUBLIC" needs no sign-in,
 * "SIGNED_IN" any active account, a role list only those roles. Finer rules (a section head writes
 * only their own section's targets) live in the services' database queries.
 */
export type Rule = "PUBLIC" | "SIGNED_IN" | readonly Role[];

export const RULES: Record<string, Rule> = {
  "Query.me": "PUBLIC",
  "Query.users": ["ADMIN"],
  "Mutation.createUser": ["ADMIN"],
  "Mutation.updateUser": ["ADMIN"],
  "Mutation.resetUserPassword": ["ADMIN"],
  "Mutation.changeOwnPassword": "SIGNED_IN",
  "Query.units": "SIGNED_IN",
  "Query.sections": "SIGNED_IN",
  "Query.plans": "SIGNED_IN",
  "Query.planDashboard": "SIGNED_IN",
  "Query.targetDetail": "SIGNED_IN",
  "Query.sectionOverview": "SIGNED_IN",
  // 操作日志: leaders, assessors, administrators and section heads may all read the log.
  "Query.auditLog": "SIGNED_IN",
  "Query.auditFilterOptions": "SIGNED_IN",
  "Mutation.recordProgress": ["SECTION_HEAD", "ADMIN"],
  "Mutation.amendProgress": ["SECTION_HEAD", "ADMIN"],
  "Mutation.addEvidenceLink": ["SECTION_HEAD", "ADMIN"],
  // Reviews (月度调度 / 季度督查 / 半年点评 / 年终考评): everyone signed in reads, the 考核小组 writes.
  "Query.reviews": "SIGNED_IN",
  "Query.review": "SIGNED_IN",
  "Query.sectionDispatch": "SIGNED_IN",
  "Query.sectionCalendar": "SIGNED_IN",
  "Mutation.openReview": ["ASSESSOR", "ADMIN"],
  "Mutation.refreshReviewSnapshot": ["ASSESSOR", "ADMIN"],
  "Mutation.closeReview": ["ASSESSOR", "ADMIN"],
  "Mutation.reopenReview": ["ASSESSOR", "ADMIN"],
  "Mutation.addReviewComment": ["ASSESSOR", "ADMIN"],
  "Mutation.issueRectification": ["ASSESSOR", "ADMIN"],
  "Mutation.closeRectification": ["ASSESSOR", "ADMIN"],
  "Query.scoreSheet": "SIGNED_IN",
  "Mutation.setDeclaredScore": ["ASSESSOR", "ADMIN"],
  "Mutation.adjustScore": ["ASSESSOR", "ADMIN"],
  "Mutation.configureScoring": ["ASSESSOR", "ADMIN"],
  // 责任清单: everyone signed in reads; administrators link targets to duties (of their own unit: the service).
  "Query.dutyList": "SIGNED_IN",
  "Query.sectionDuties": "SIGNED_IN",
  "Mutation.linkTargetDuty": ["ADMIN"],
  "Mutation.unlinkTargetDuty": ["ADMIN"],
  // Plans over the years and county units: everyone signed in reads within their unit scope (a city leader
  // also the counties under the city; lib/server/auth/unit-scope.ts), administrators edit their own unit's plans.
  "Query.planEditor": "SIGNED_IN",
  "Query.planHistory": "SIGNED_IN",
  "Query.targetHistory": "SIGNED_IN",
  "Query.planRollups": "SIGNED_IN",
  "Query.targetRollup": "SIGNED_IN",
  "Query.unitTree": "SIGNED_IN",
  "Mutation.copyPlan": ["ADMIN"],
  "Mutation.updateTarget": ["ADMIN"],
  "Mutation.addTarget": ["ADMIN"],
  "Mutation.removeTarget": ["ADMIN"],
  "Mutation.moveTarget": ["ADMIN"],
  "Mutation.updateArea": ["ADMIN"],
  "Mutation.importPlan": ["ADMIN"],
  // Reporting discipline (#6): section heads add named items and confirm months; administrators lock, reopen
  // and configure; the assessment team marks targets not applicable; everyone signed in reads.
  "Query.planLocks": "SIGNED_IN",
  "Query.reportingDiscipline": "SIGNED_IN",
  "Mutation.addCountItem": ["SECTION_HEAD", "ADMIN"],
  "Mutation.updateCountItem": ["SECTION_HEAD", "ADMIN"],
  "Mutation.withdrawCountItem": ["SECTION_HEAD", "ADMIN"],
  "Mutation.addItemEvidenceLink": ["SECTION_HEAD", "ADMIN"],
  "Mutation.confirmNoChange": ["SECTION_HEAD", "ADMIN"],
  "Mutation.lockMonth": ["ADMIN"],
  "Mutation.reopenMonth": ["ADMIN"],
  "Mutation.configureReporting": ["ADMIN"],
  "Mutation.setTargetApplicability": ["ASSESSOR", "ADMIN"],
  "Mutation.setTargetThresholds": ["ADMIN"],
  "Mutation.setSelfScore": ["SECTION_HEAD", "ADMIN"],
};

export function assertAllowed(rule: Rule, context: GraphQLContext): void {
  if (rule === "PUBLIC") return;
  if (!context.user) throw new AppError("UNAUTHENTICATED", "请先登录");
  if (rule === "SIGNED_IN") return;
  if (!rule.includes(context.user.role)) throw new AppError("FORBIDDEN", "当前角色无权执行此操作");
}

type Resolver = (parent: unknown, args: unknown, context: GraphQLContext, info: unknown) => unknown;
type RootResolvers = Record<string, Record<string, Resolver>>;

/**
 * Wraps every Query and Mutation resolver with its rule and the unit scope of its id arguments. A root
 * field without a rule stops the server at start-up, so a new operation cannot ship unguarded.
 */
export function withAuthorization<T>(resolvers: T, schema: GraphQLSchema): T {
  const roots = resolvers as RootResolvers;
  for (const typeName of ["Query", "Mutation"] as const) {
    const fields = schema.getType(typeName) && (schema.getType(typeName) as { getFields(): object }).getFields();
    for (const field of Object.keys(fields ?? {})) {
      const rule = RULES[`${typeName}.${field}`];
      const resolve = roots[typeName]?.[field];
      if (!rule) throw new Error(`No authorization rule for ${typeName}.${field} (graphql/authorization.ts)`);
      if (!resolve) throw new Error(`No resolver for ${typeName}.${field}`);
      roots[typeName][field] = async (parent, args, context, info) => {
        assertAllowed(rule, context);
        if (context.user) await assertReadableArgs(context.user, (args ?? {}) as Record<string, unknown>);
        return resolve(parent, args, context, info);
      };
    }
  }
  return resolvers;
}
