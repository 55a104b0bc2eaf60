// Bounded GraphQL requests (#11), called on the route handler as Next would call it. Measured before: 1,000 aliases
// of planDashboard ran for 58 s; a 50 MB body was read whole; malformed JSON, NaN and NUL bodies answered 500;
// `application/json; charset=utf-8` was refused as "POST body missing".
import { Writable } from "node:stream";
import { getIntrospectionQuery } from "graphql";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "../../app/api/graphql/route";
import * as documents from "../../graphql/generated/client/graphql";
import { GRAPHQL_LIMITS, graphqlInFlight } from "../../graphql/limits";
import { createApolloServer } from "../../graphql/server";
import { createContext } from "../../graphql/context";
import { db, sqlStatementCount } from "../../lib/server/db";
import { inFlightKey } from "../../lib/server/http/in-flight";
import { createLogger, setLogger } from "../../lib/server/log";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { callRoute, sessionCookie } from "./route-harness";

const URL_ = "http://127.0.0.1:3000/api/graphql";
let leaderId: string;
let leaderCookie: string;
let planId: string;

beforeAll(async () => {
  await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  leaderId = (await db.user.findUniqueOrThrow({ where: { username: "leader" } })).id;
  leaderCookie = await sessionCookie(leaderId);
  planId = (await db.plan.findFirstOrThrow()).id;
});

afterEach(() => setLogger(undefined));

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; limit?: string; [k: string]: unknown } }[];
}

function post(body: BodyInit | null, headers: Record<string, string> = {}) {
  return POST(
    new Request(URL_, { method: "POST", body, headers: { "content-type": "application/json", ...headers } }) as never,
  ) as Promise<Response>;
}

const asLeader = () => ({ cookie: leaderCookie });
const query = (q: string, variables?: Record<string, unknown>) => JSON.stringify({ query: q, variables });
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }`;

const OURS = new Set(["PAYLOAD_TOO_LARGE", "RATE_LIMITED"]);

async function refused(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("json");
  const body = (await res.json()) as GraphQLBody;
  expect(body.data ?? null).toBeNull();
  expect(body.errors?.length).toBeGreaterThan(0);
  // the app's own refusals (limits, bodies, concurrency) are worded for the bureau's staff
  for (const e of body.errors!)
    if (e.extensions?.limit || OURS.has(String(e.extensions?.code))) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  return body.errors!;
}

describe("document limits", () => {
  it("refuses 1,000 aliases of planDashboard at once, before any resolver runs", async () => {
    // the session lookup of the same user, with nothing to resolve, is the baseline
    const base = sqlStatementCount();
    expect((await post(query("{ __typename }"), asLeader())).status).toBe(200);
    const sessionStatements = sqlStatementCount() - base;

    const before = sqlStatementCount();
    const started = performance.now();
    const res = await post(query(aliases(1000, `planDashboard(planId: "${planId}") { asOf }`)), asLeader());
    const elapsed = performance.now() - started;
    const errors = await refused(res, 400);
    expect(errors[0].extensions?.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    expect(errors[0].extensions?.limit).toBeDefined();
    expect(sqlStatementCount() - before - sessionStatements).toBe(0);
    expect(elapsed).toBeLessThan(2000);
  });

  it("refuses more than 15 aliases (within the token limit) as GRAPHQL_VALIDATION_FAILED", async () => {
    const before = sqlStatementCount();
    const errors = await refused(await post(query(aliases(16, "me { id }"))), 400);
    expect(errors.map((e) => [e.extensions?.code, e.extensions?.limit])).toContainEqual(["GRAPHQL_VALIDATION_FAILED", "aliases"]);
    expect(sqlStatementCount()).toBe(before);
    expect((await post(query(aliases(8, "me { id }")))).status).toBe(200);
  });

  it("refuses a document over 2,000 tokens as GRAPHQL_PARSE_FAILED with the limit named", async () => {
    const fields = Array.from({ length: GRAPHQL_LIMITS.tokens }, () => "id").join(" ");
    const errors = await refused(await post(query(`{ me { ${fields} } }`)), 400);
    expect(errors[0].extensions).toMatchObject({ code: "GRAPHQL_PARSE_FAILED", limit: "tokens", max: GRAPHQL_LIMITS.tokens });
  });

  it("refuses ~500 copies of one field (under the token limit) quickly", async () => {
    const started = performance.now();
    const errors = await refused(await post(query(`{ ${Array.from({ length: 495 }, () => "me { id }").join(" ")} }`)), 400);
    expect(errors.map((e) => e.extensions?.limit)).toContain("rootFields");
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("refuses a selection deeper than 12", async () => {
    const nest = (depth: number): string => (depth === 0 ? "id" : `id children { ${nest(depth - 1)} }`);
    const errors = await refused(await post(query(`{ unitTree { ${nest(12)} } }`), asLeader()), 400);
    expect(errors.map((e) => [e.extensions?.code, e.extensions?.limit])).toContainEqual(["GRAPHQL_VALIDATION_FAILED", "depth"]);
    expect((await post(query(`{ unitTree { ${nest(8)} } }`), asLeader())).status).toBe(200);
  });

  it("refuses more than 8 root fields, aliases and fragments included", async () => {
    const errors = await refused(await post(query(aliases(9, "me { id }"))), 400);
    expect(errors.map((e) => e.extensions?.limit)).toEqual(["rootFields"]);
    const viaFragments = `{ ...A ... on Query { e: me { id } f: me { id } } } fragment A on Query { a: me { id } b: me { id } c: me { id } d: me { id } g: me { id } h: me { id } i: me { id } }`;
    expect((await refused(await post(query(viaFragments)), 400)).map((e) => e.extensions?.limit)).toContain("rootFields");
  });

  it("refuses more than 10 directives", async () => {
    const errors = await refused(
      await post(query(`{ me { ${Array.from({ length: 11 }, (_, i) => `f${i}: id @include(if: true)`).join(" ")} } }`)),
      400,
    );
    expect(errors.map((e) => e.extensions?.limit)).toContain("directives");
  });

  it("refuses a document whose cost passes 5,000", async () => {
    const wide = "id name level";
    const nest = (depth: number): string => (depth === 0 ? wide : `${wide} children { ${nest(depth - 1)} }`);
    // depth 12 and 6 aliases (each within its limit); graphql-armor's cost is ≈1,111 per copy
    const doc = `{ ${Array.from({ length: 6 }, (_, i) => `t${i}: unitTree { ${nest(10)} }`).join(" ")} }`;
    const errors = await refused(await post(query(doc), asLeader()), 400);
    expect(errors.map((e) => e.extensions?.limit)).toEqual(["cost"]);
  });

  it("passes every document the app ships, and each stays well inside the limits", async () => {
    const server = createApolloServer({ production: true });
    const shipped = Object.entries(documents).filter(
      ([name, d]) => name.endsWith("Document") && (d as { kind?: string }).kind === "Document",
    );
    expect(shipped.length).toBeGreaterThan(40);
    try {
      for (const [name, document] of shipped) {
        // anonymous, without variables: nothing resolves, but parsing and every limit rule run
        const res = await server.executeOperation({ query: document as never }, { contextValue: createContext(null) });
        if (res.body.kind !== "single") throw new Error("incremental delivery not expected");
        const refusedBy = (res.body.singleResult.errors ?? []).filter((e) =>
          /^GRAPHQL_(PARSE|VALIDATION)_FAILED$/.test(String(e.extensions?.code)),
        );
        expect(refusedBy, `${name} is refused by a request limit`).toEqual([]);
      }
    } finally {
      await server.stop();
    }
  });
});

describe("request bodies", () => {
  /** A body stream that counts what the server pulls from it. */
  function countingBody(totalBytes: number) {
    // highWaterMark 0: nothing is pulled before the reader asks
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const counter = { pulled: 0 };
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (counter.pulled >= totalBytes) return controller.close();
          counter.pulled += chunk.byteLength;
          controller.enqueue(chunk);
        },
      },
      { highWaterMark: 0 },
    );
    return { stream, counter };
  }

  it("answers 413 to a 2 MB body without reading all of it", async () => {
    const { stream, counter } = countingBody(2 * 1024 * 1024);
    const req = new Request(URL_, {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    const errors = await refused(await POST(req as never), 413);
    expect(errors[0].extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    expect(counter.pulled).toBeLessThan(GRAPHQL_LIMITS.bodyBytes + 256 * 1024);
  });

  it("answers 413 from the Content-Length alone, reading nothing", async () => {
    const { stream, counter } = countingBody(2 * 1024 * 1024);
    const req = new Request(URL_, {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json", "content-length": String(2 * 1024 * 1024) },
      duplex: "half",
    } as RequestInit);
    expect((await refused(await POST(req as never), 413))[0].extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    expect(counter.pulled).toBe(0);
  });

  const malformed: Record<string, BodyInit | null> = {
    "malformed JSON": '{ "query": "{ me { id } ',
    "an empty body": null,
    "a blank body": "   ",
    "NUL bytes": new Uint8Array([0x7b, 0x00, 0x00, 0x7d]),
    "NUL in JSON text": '{"query":"{ me { id } }"\u0000}',
    "an array (batch)": "[1]",
    "a JSON string": '"{ me { id } }"',
    null: "null",
    "a NaN literal in JSON": '{"query":"{ me { id } }","variables":{"x":NaN}}',
    "invalid UTF-8": new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  };
  for (const [what, body] of Object.entries(malformed)) {
    it(`answers 400 BAD_REQUEST to ${what}`, async () => {
      const errors = await refused(await post(body), 400);
      expect(errors[0].extensions?.code).toBe("BAD_REQUEST");
    });
  }

  it("answers 400 to a NaN literal in the document (a validation error, not a 500)", async () => {
    const errors = await refused(await post(query(`{ planDashboard(planId: NaN) { asOf } }`), asLeader()), 400);
    expect(errors[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("answers 400 to a body with no query, and to non-object variables", async () => {
    expect((await refused(await post("{}"), 400))[0].extensions?.code).toBe("BAD_REQUEST");
    expect((await refused(await post('{"query":"{ me { id } }","variables":[1]}'), 400))[0].extensions?.code).toBe("BAD_REQUEST");
  });

  it("accepts application/json; charset=utf-8 and the graphql-response+json media type", async () => {
    const res = await post(query("{ me { id } }"), { "content-type": "application/json; charset=utf-8", ...asLeader() });
    expect(res.status).toBe(200);
    expect(((await res.json()) as GraphQLBody).data).toEqual({ me: { id: leaderId } });

    const typed = await post(query("{ me { id } }"), {
      "content-type": "application/json;charset=UTF-8",
      accept: "application/graphql-response+json",
    });
    expect(typed.status).toBe(200);
    expect(typed.headers.get("content-type")).toContain("application/graphql-response+json");
  });

  it("refuses another charset with 415", async () => {
    expect(
      (await refused(await post(query("{ me { id } }"), { "content-type": "application/json; charset=iso-8859-1" }), 415))[0].extensions
        ?.code,
    ).toBe("BAD_REQUEST");
  });

  it("leaves a non-JSON POST to Apollo's CSRF prevention (400), unread", async () => {
    const res = await post(query("{ me { id } }"), { "content-type": "text/plain" });
    expect((await refused(res, 400))[0].extensions?.code).toBe("BAD_REQUEST");
  });

  it("keeps GET queries behind Apollo's CSRF prevention", async () => {
    const url = `${URL_}?query=${encodeURIComponent("{ me { id } }")}`;
    expect((await GET(new Request(url, { headers: asLeader() }) as never)).status).toBe(400);
    const ok = await GET(new Request(url, { headers: { ...asLeader(), "apollo-require-preflight": "true" } }) as never);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as GraphQLBody).data).toEqual({ me: { id: leaderId } });
    const mutation = `${URL_}?query=${encodeURIComponent("mutation { __typename }")}`;
    expect((await GET(new Request(mutation, { headers: { "apollo-require-preflight": "true" } }) as never)).status).toBe(405);
  });
});

describe("field suggestions", () => {
  async function suggestionFor(production: boolean) {
    const server = createApolloServer({ production });
    try {
      const res = await server.executeOperation({ query: "{ mee { id } }" }, { contextValue: createContext(null) });
      if (res.body.kind !== "single") throw new Error("incremental delivery not expected");
      return res.body.singleResult.errors?.[0];
    } finally {
      await server.stop();
    }
  }

  it("are hidden in production and shown in development", async () => {
    const prod = await suggestionFor(true);
    expect(prod?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(prod?.message).not.toMatch(/Did you mean|"me"/);
    expect((await suggestionFor(false))?.message).toMatch(/Did you mean "me"\?/);
  });
});

describe("introspection", () => {
  async function run(production: boolean, q: string) {
    const server = createApolloServer({ production });
    try {
      const res = await server.executeOperation({ query: q }, { contextValue: createContext(null) });
      if (res.body.kind !== "single") throw new Error("incremental delivery not expected");
      return { status: res.http.status ?? 200, ...res.body.singleResult };
    } finally {
      await server.stop();
    }
  }

  it("refuses the whole-schema dump in production with a typed error, however it is asked", async () => {
    const full = getIntrospectionQuery();
    const asked = [
      "{ __schema { types { name } } }",
      "{ s: __schema { queryType { name } } }",
      "query { ...F } fragment F on Query { __schema { types { name } } }",
      `{ __type(name: "Query") { name } __schema { types { name } } }`,
      full,
    ];
    for (const q of asked) {
      const res = await run(true, q);
      expect(res.status, q).toBe(400);
      expect(res.data, q).toBeUndefined();
      expect(
        res.errors?.map((e) => e.extensions),
        q,
      ).toContainEqual(expect.objectContaining({ code: "GRAPHQL_VALIDATION_FAILED", validationErrorCode: "INTROSPECTION_DISABLED" }));
      expect(res.errors?.find((e) => e.extensions?.validationErrorCode)?.message).toMatch(/__schema.*__type\(name/);
    }
  });

  it("answers __type(name:) and __typename in production, and the full dump in development", async () => {
    const one = await run(true, `{ __type(name: "Query") { name kind } __typename }`);
    expect(one.errors).toBeUndefined();
    expect(one.data).toEqual({ __type: { name: "Query", kind: "OBJECT" }, __typename: "Query" });
    const dev = await run(false, "{ __schema { queryType { name } } }");
    expect(dev.errors).toBeUndefined();
    expect(dev.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });
});

describe("requests in flight", () => {
  it("answers 429 with Retry-After past 4 in flight for one user, and frees the slot afterwards", async () => {
    const { key, anonymous } = inFlightKey(leaderId, new Headers());
    const held = Array.from({ length: GRAPHQL_LIMITS.inFlightPerUser }, () => graphqlInFlight.tryAcquire(key, anonymous)!);
    try {
      const res = await post(query("{ me { id } }"), asLeader());
      expect(res.headers.get("retry-after")).toBe("1");
      expect((await refused(res, 429))[0].extensions).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: 1 });
      // another user, and anonymous callers, are not held up by this one
      expect((await post(query("{ me { id } }"))).status).toBe(200);
      held.pop()!();
      expect((await post(query("{ me { id } }"), asLeader())).status).toBe(200);
    } finally {
      held.forEach((release) => release());
    }
    expect(graphqlInFlight.inFlight(key)).toBe(0);
  });

  it("counts real concurrent requests and releases every slot", async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => post(query(`query D($p: ID!) { planDashboard(planId: $p) { asOf } }`, { p: planId }), asLeader())),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(GRAPHQL_LIMITS.inFlightPerUser);
    expect(graphqlInFlight.inFlight()).toBe(0);
  });

  it("caps anonymous callers per address", async () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.9" });
    const { key, anonymous } = inFlightKey(null, headers);
    const held = Array.from({ length: GRAPHQL_LIMITS.inFlightPerUser }, () => graphqlInFlight.tryAcquire(key, anonymous)!);
    try {
      expect((await post(query("{ me { id } }"), { "x-forwarded-for": "203.0.113.9" })).status).toBe(429);
      expect((await post(query("{ me { id } }"), { "x-forwarded-for": "203.0.113.10" })).status).toBe(200);
    } finally {
      held.forEach((release) => release());
    }
  });
});

describe("request log", () => {
  function capture() {
    const lines: Record<string, unknown>[] = [];
    const raw: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        raw.push(String(chunk));
        for (const l of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(l));
        done();
      },
    });
    setLogger(createLogger(sink, "info"));
    return { lines, raw };
  }

  it("writes one line per GraphQL request: id, user, operation, status, duration — no variables, cookie or body", async () => {
    const { lines, raw } = capture();
    const secret = "very-secret-variable-value";
    const res = await post(
      query(`query LeaderDashboard($p: ID!, $asOf: Date) { planDashboard(planId: $p, asOf: $asOf) { asOf } }`, {
        p: planId,
        asOf: null,
        x: secret,
      }),
      {
        ...asLeader(),
        "x-request-id": "trace-abc.123",
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe("trace-abc.123");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "info",
      msg: "request",
      requestId: "trace-abc.123",
      method: "POST",
      route: "POST /api/graphql",
      operation: "LeaderDashboard",
      user: leaderId,
      status: 200,
    });
    expect(typeof lines[0].durationMs).toBe("number");
    const text = raw.join("");
    for (const leaked of [secret, planId, leaderCookie.split("=")[1], "variables", "query"]) expect(text).not.toContain(leaked);
  });

  it("names root fields when the operation has no name, lists error codes, and replaces an unsafe request id", async () => {
    const { lines } = capture();
    const res = await post(query(`{ planDashboard(planId: "nope") { asOf } }`), { ...asLeader(), "x-request-id": "bad id {injected}" });
    const id = res.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines[0]).toMatchObject({ requestId: id, operation: "planDashboard", errors: ["NOT_FOUND"], status: 200 });
  });

  it("logs refusals before Apollo too (413, 400, 429) with the request id", async () => {
    const { lines } = capture();
    await post("x".repeat(GRAPHQL_LIMITS.bodyBytes + 1));
    await post("{ nope");
    expect(lines.map((l) => [l.status, l.operation])).toEqual([
      [413, null],
      [400, null],
    ]);
    expect(lines.every((l) => typeof l.requestId === "string" && l.route === "POST /api/graphql")).toBe(true);
  });

  it("writes a line for route() handlers with the declared name, never the URL or its token", async () => {
    const { lines, raw } = capture();
    const section = await db.section.findFirstOrThrow();
    const res = await callRoute(
      "GET /api/calendar/[sectionId]",
      { url: `/api/calendar/${section.id}?token=not-the-real-token-0123456789`, params: { sectionId: section.id } },
      null,
    );
    expect(res.status).toBe(403);
    expect(res.headers.get("x-request-id")).toBeTruthy();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      route: "GET /api/calendar/[sectionId]",
      operation: "GET /api/calendar/[sectionId]",
      status: 403,
      user: null,
    });
    expect(raw.join("")).not.toContain("not-the-real-token");
    expect(raw.join("")).not.toContain(section.id);
  });

  it("is silent by default under vitest", async () => {
    expect(createLogger().level).toBe("silent");
  });
});
