import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { serverAudits, type AuditResult } from "graphql-http";

/**
 * graphql-http's GraphQL-over-HTTP server audit against the built app (#11). Before: 49 ok, 6 warn, 4 notice,
 * 2 error — `application/json; charset=utf-8` was "POST body missing", and an empty or malformed JSON body
 * answered 500. Then the 2 errors and one warning left were the audit's `__type(name: …)` lookups, refused while
 * production turned all introspection off; production now refuses only the whole-schema dump `__schema`
 * (graphql/limits/introspection.ts), so no error remains. Every audit that still does not pass is listed here with
 * why it is a choice; the test fails on any error, when another one fails, when a listed one passes (drop it from
 * the list), or when a listed one fails for another reason than the one given.
 */
const APOLLO_400 =
  "Apollo answers documents that do not parse, do not validate or whose variables do not coerce with 400 even for " +
  "application/json (the spec's legacy media type, where it recommends 200); the app's client reads `errors` at any status";
const REQUEST_ERROR = /"code":"(GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)"/;
const CSRF =
  "Apollo's CSRF prevention refuses a GET without a content-type or an apollo-require-preflight header; the app " +
  "sends its queries by POST";

const DOCUMENTED: Record<string, { status: "warn" | "notice"; reason: string; body?: RegExp }> = {
  "572B": { status: "warn", reason: APOLLO_400, body: REQUEST_ERROR },
  FDE2: { status: "warn", reason: APOLLO_400, body: REQUEST_ERROR },
  "7B9B": { status: "warn", reason: APOLLO_400, body: REQUEST_ERROR },
  "5A70": { status: "notice", reason: CSRF, body: /CSRF/ },
  D6D5: { status: "notice", reason: CSRF, body: /CSRF/ },
  "6A70": { status: "notice", reason: CSRF, body: /CSRF/ },
};

test("graphql-http server audit: nothing fails but the documented choices", async ({ baseURL }) => {
  const url = new URL("/api/graphql", baseURL).toString();
  const results: AuditResult[] = [];
  // one at a time: the endpoint allows only a few requests in flight per address
  for (const audit of serverAudits({ url, fetchFn: fetch })) results.push(await audit.fn());

  const rows = await Promise.all(
    results.map(async (r) =>
      r.status === "ok"
        ? { id: r.id, name: r.name, status: r.status }
        : {
            id: r.id,
            name: r.name,
            status: r.status,
            reason: r.reason,
            httpStatus: r.response.status,
            body: (await r.response.text()).slice(0, 400),
          },
    ),
  );
  const counts = Object.fromEntries(["ok", "warn", "notice", "error"].map((s) => [s, rows.filter((r) => r.status === s).length]));
  fs.mkdirSync("tests/output", { recursive: true });
  fs.writeFileSync("tests/output/graphql-http-audit.json", JSON.stringify({ counts, rows }, null, 2));
  test.info().annotations.push({ type: "audit", description: JSON.stringify(counts) });

  const failing = rows.filter((r) => r.status !== "ok");
  const unexplained = failing
    .filter((r) => DOCUMENTED[r.id]?.status !== r.status)
    .map((r) => `${r.status} ${r.id} ${r.name}: ${"reason" in r ? r.reason : ""}`);
  expect(unexplained, "audits failing without a documented reason").toEqual([]);
  for (const r of failing) {
    const expected = DOCUMENTED[r.id].body;
    if (expected && "body" in r) expect(r.body, `${r.id} fails for another reason than documented`).toMatch(expected);
  }
  const nowPassing = Object.keys(DOCUMENTED).filter((id) => !failing.some((r) => r.id === id));
  expect(nowPassing, "documented audits that pass now: drop them from DOCUMENTED").toEqual([]);
  // no MUST fails: what remains are SHOULDs (warn) and MAYs (notice), each a documented choice
  expect(counts.error, "audits failing a MUST").toBe(0);
});
