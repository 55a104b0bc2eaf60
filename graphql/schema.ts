import fs from "node:fs";
import path from "node:path";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { mergeResolvers } from "@graphql-tools/merge";
import { withAuthorization } from "./authorization";
import { auditResolvers } from "./resolvers/audit";
import { dutyResolvers } from "./resolvers/duty";
import { planResolvers } from "./resolvers/plan";
import { planAdminResolvers } from "./resolvers/plan-admin";
import { progressResolvers } from "./resolvers/progress";
import { reportingResolvers } from "./resolvers/reporting";
import { reviewResolvers } from "./resolvers/review";
import { scoreResolvers } from "./resolvers/score";
import { DateScalar, DateTimeScalar } from "./resolvers/scalars";
import { unitResolvers } from "./resolvers/unit";
import { userResolvers } from "./resolvers/user";

const SCHEMA_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "graphql", "schema");

export function loadTypeDefs(): string[] {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith(".graphql"))
    .sort((a, b) => (a === "base.graphql" ? -1 : b === "base.graphql" ? 1 : a.localeCompare(b)))
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), "utf8"));
}

function build() {
  const typeDefs = loadTypeDefs();
  const bare = makeExecutableSchema({ typeDefs });
  const resolvers = withAuthorization(
    mergeResolvers([
      { Date: DateScalar, DateTime: DateTimeScalar },
      unitResolvers,
      userResolvers,
      planResolvers,
      progressResolvers,
      auditResolvers,
      reviewResolvers,
      scoreResolvers,
      dutyResolvers,
      planAdminResolvers,
      reportingResolvers,
    ]),
    bare,
  );
  return makeExecutableSchema({ typeDefs, resolvers });
}

const cache = globalThis as unknown as { __schema?: ReturnType<typeof build> };
/** Built once per process: the HTTP route, server components and tests share it. */
export function getSchema() {
  cache.__schema ??= build();
  return cache.__schema;
}
