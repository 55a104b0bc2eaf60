import fs from "node:fs";
import type { GraphQLObjectType, GraphQLSchema } from "graphql";
import path from "node:path";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { mergeResolvers } from "@graphql-tools/merge";
import { OPERATIONS } from "./operations";
import { resolverOf } from "./operations/resolver";
import { dutyResolvers } from "./resolvers/duty";
import { figureCheckResolvers } from "./resolvers/figure-checks";
import { itemResolvers } from "./resolvers/items";
import { lockResolvers } from "./resolvers/locks";
import { planResolvers } from "./resolvers/plan";
import { planAdminResolvers } from "./resolvers/plan-admin";
import { progressResolvers } from "./resolvers/progress";
import { provinceResolvers } from "./resolvers/province";
import { reviewResolvers } from "./resolvers/review";
import { scoreResolvers } from "./resolvers/score";
import { DateScalar, DateTimeScalar } from "./resolvers/scalars";
import { targetSettingsResolvers } from "./resolvers/target-settings";
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

/**
 * The root resolvers come from the operation table alone; a root field without an operation, or an operation
 * without a root field, stops the server here (graphql/operations/index.ts).
 */
function rootResolvers(bare: GraphQLSchema) {
  const roots: Record<"Query" | "Mutation", Record<string, unknown>> = { Query: {}, Mutation: {} };
  const fields = new Set<string>();
  for (const type of ["Query", "Mutation"] as const) {
    for (const field of Object.keys(bare.getType(type) ? (bare.getType(type) as GraphQLObjectType).getFields() : {})) {
      const name = `${type}.${field}`;
      fields.add(name);
      const op = OPERATIONS.get(name);
      if (!op) throw new Error(`No operation declared for ${name} (graphql/operations)`);
      roots[type][field] = resolverOf(op);
    }
  }
  for (const name of OPERATIONS.keys()) if (!fields.has(name)) throw new Error(`Operation ${name} has no root field in the schema`);
  return roots;
}

function build() {
  const typeDefs = loadTypeDefs();
  const bare = makeExecutableSchema({ typeDefs });
  const resolvers = mergeResolvers([
    { Date: DateScalar, DateTime: DateTimeScalar },
    unitResolvers,
    userResolvers,
    planResolvers,
    progressResolvers,
    itemResolvers,
    lockResolvers,
    targetSettingsResolvers,
    reviewResolvers,
    scoreResolvers,
    provinceResolvers,
    dutyResolvers,
    figureCheckResolvers,
    planAdminResolvers,
    rootResolvers(bare),
  ]);
  return makeExecutableSchema({ typeDefs, resolvers });
}

const cache = globalThis as unknown as { __schema?: ReturnType<typeof build> };
/** Built once per process: the HTTP route, server components and tests share it. */
export function getSchema() {
  cache.__schema ??= build();
  return cache.__schema;
}
