// #12: the GraphQL route answers `no-store` itself, and Apollo's cache-control plugin — which said only that, at
// the price of wrapping every resolver of the schema and a hook per field — is off (graphql/server.ts).
import type { GraphQLObjectType } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/graphql/route";
import { PlanDashboardDocument } from "../../graphql/generated/client/graphql";
import { getSchema } from "../../graphql/schema";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { print } from "graphql";
import { sessionCookie } from "./route-harness";

let cookie: string;
let planId: string;
/** the resolvers as the schema declares them, read before any request (Apollo's instrumentation wraps them in place) */
let declared: unknown[];

const resolverOf = (type: string, field: string) => (getSchema().getType(type) as GraphQLObjectType).getFields()[field].resolve;
const sampleResolvers = () => [resolverOf("Query", "planDashboard"), resolverOf("TargetProgress", "viewerCanRecord")];

beforeAll(async () => {
  declared = sampleResolvers();
  await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  cookie = await sessionCookie((await db.user.findUniqueOrThrow({ where: { username: "leader" } })).id);
  planId = (await db.plan.findFirstOrThrow()).id;
});

const post = (body: object, headers: Record<string, string> = {}) =>
  POST(
    new Request("http://127.0.0.1:3000/api/graphql", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", ...headers },
    }) as never,
  ) as Promise<Response>;

describe("the GraphQL route's caching", () => {
  it("answers a signed-in query, a refused one and an anonymous one with cache-control: no-store", async () => {
    const signedIn = await post({ query: print(PlanDashboardDocument), variables: { planId } }, { cookie });
    expect(signedIn.status).toBe(200);
    expect(((await signedIn.json()) as { data: { planDashboard: { plan: { id: string } } } }).data.planDashboard.plan.id).toBe(planId);
    expect(signedIn.headers.get("cache-control")).toBe("no-store");

    const refused = await post({ query: "{ plans { id } }" });
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(refused.headers.get("cache-control")).toBe("no-store");

    const anonymous = await post({ query: "{ __typename }" });
    expect(await anonymous.json()).toEqual({ data: { __typename: "Query" } });
    expect(anonymous.headers.get("cache-control")).toBe("no-store");
  });

  it("leaves the schema's resolvers as they were declared: no per-field instrumentation after requests", async () => {
    expect(declared.every((r) => typeof r === "function")).toBe(true);
    expect((await post({ query: print(PlanDashboardDocument), variables: { planId } }, { cookie })).status).toBe(200);
    expect(sampleResolvers()).toEqual(declared);
  });
});
