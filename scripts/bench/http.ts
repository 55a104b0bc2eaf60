// Throughput over HTTP on the production build, autocannon with 10 connections: a static chunk, the authenticated
// trivial GraphQL query, the dashboard's GraphQL query for the 2013 plan, the dashboard page and the sign-in page.
// Rounds run every target in turn (the order rotating) so background load on the 2 cores hits all alike; the
// figures are medians over the rounds.
import { createRequire } from "node:module";
import { print } from "graphql";
import { PlanDashboardDocument } from "../../graphql/generated/client/graphql";
import { median } from "./measure";
import type { BenchServer } from "./server";

interface Result {
  requests: { average: number };
  latency: { p50: number };
  non2xx: number;
  errors: number;
}
interface Client {
  setHeaders(headers: Record<string, string>): void;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  setupClient?: (client: Client) => void;
}) => Promise<Result>;

const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

export const CONNECTIONS = 10;

interface Target {
  name: string;
  path: string;
  method?: string;
  body?: string;
  /** signed in: each connection uses one of the three sessions in turn */
  session: boolean;
  json?: boolean;
}

export interface HttpFigure {
  requestsPerSecond: number;
  p50: number;
}

export async function measureHttp(server: BenchServer, log: (s: string) => void, rounds = 3, seconds = 5) {
  const signInHtml = await (await fetch(`${server.origin}/sign-in`)).text();
  const chunk = signInHtml.match(/\/_next\/static\/chunks\/[^"']+\.js/)?.[0];
  if (!chunk) throw new Error("no static chunk on the sign-in page");
  const gql = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
  const targets: Target[] = [
    { name: "static chunk", path: chunk, session: false },
    { name: "{ __typename } (signed in)", path: "/api/graphql", method: "POST", body: gql("{ __typename }"), session: true, json: true },
    {
      name: "dashboard GraphQL query, 2013 plan",
      path: "/api/graphql",
      method: "POST",
      body: gql(print(PlanDashboardDocument), { planId: server.planId }),
      session: true,
      json: true,
    },
    { name: "dashboard page", path: server.dashboardPath, session: true },
    { name: "sign-in page", path: "/sign-in", session: false },
  ];
  for (const t of targets) await check(server, t);

  const load = (t: Target, duration: number) => {
    let n = 0;
    const headersFor = () => ({
      ...(t.json ? { "content-type": "application/json" } : {}),
      ...(t.session ? { cookie: server.cookies[n++ % server.cookies.length] } : {}),
    });
    return autocannon({
      url: server.origin + t.path,
      connections: CONNECTIONS,
      duration,
      method: t.method ?? "GET",
      body: t.body,
      headers: headersFor(),
      setupClient: (client) => client.setHeaders(headersFor()),
    });
  };
  for (const t of targets) await load(t, 2);
  const samples = new Map<string, Result[]>(targets.map((t) => [t.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < targets.length; k++) {
      const t = targets[(k + round) % targets.length];
      const result = await load(t, seconds);
      if (result.non2xx > 0 || result.errors > 0) throw new Error(`${t.name}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
      samples.get(t.name)!.push(result);
    }
  }
  const figures = Object.fromEntries(
    targets.map((t) => {
      const list = samples.get(t.name)!;
      const figure = { requestsPerSecond: median(list.map((r) => r.requests.average)), p50: median(list.map((r) => r.latency.p50)) };
      log(`[${server.engine}] ${t.name.padEnd(40)} ${figure.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${figure.p50} ms`);
      return [t.name, figure];
    }),
  ) as Record<string, HttpFigure>;
  const [staticChunk, trivial, dashboardQuery, dashboardPage, signInPage] = targets.map((t) => figures[t.name]);
  return { connections: CONNECTIONS, rounds, seconds, staticChunk, trivial, dashboardQuery, dashboardPage, signInPage };
}

/** Each target answers 200 with what it should before it is measured (a refusal is fast and would flatter). */
async function check(server: BenchServer, t: Target) {
  const response = await fetch(server.origin + t.path, {
    method: t.method ?? "GET",
    body: t.body,
    headers: { ...(t.json ? { "content-type": "application/json" } : {}), ...(t.session ? { cookie: server.cookies[0] } : {}) },
    redirect: "manual",
  });
  const text = await response.text();
  const failed = response.status !== 200 || (t.json && JSON.parse(text).errors);
  if (failed) throw new Error(`${t.name}: ${response.status} ${text.slice(0, 300)}`);
}
