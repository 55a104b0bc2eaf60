// #11: what the hostile-input suite found, one focused test each (each failed on c6d8289, before the fixes):
import { beforeAll, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, userNamed, versionOf } from "./harness";

let ids: Map<string, string>;
beforeAll(async () => {
  ids = (await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" })).loaded!.targetIds;
});

it("refuses a figure of 5e-324", async () => {
  const target = ids.get("二.(二).3")!;
  const res = await gql(
    `mutation ($i: RecordProgressInput!) { recordProgress(input: $i) { __typename } }`,
    { i: { targetId: target, value: 5e-324, reportedFor: "2013-11-30", expectedVersion: await versionOf("target", target) } },
    await userNamed("admin"),
  );
  expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
});

it("refuses a NUL in a display name", async () => {
  const u = await db.user.findUniqueOrThrow({ where: { username: "leader" } });
  const res = await gql(
    `mutation ($i: UpdateUserInput!) { updateUser(input: $i) { id } }`,
    { i: { userId: u.id, displayName: "演示\u0000领导", expectedVersion: await versionOf("user", u.id) } },
    await userNamed("admin"),
  );
  expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
});

it("answers 2,000 bad list items with a typed error, not INTERNAL_SERVER_ERROR", async () => {
  const area = await db.area.findFirstOrThrow();
  const res = await gql(
    `mutation ($i: UpdateAreaInput!) { updateArea(input: $i) { __typename } }`,
    { i: { areaId: area.id, targetPoints: Array.from({ length: 2000 }, () => ({ nope: 1 })) } },
    await userNamed("admin"),
  );
  expect(res.errors?.map((e) => e.extensions?.code)).not.toContain("INTERNAL_SERVER_ERROR");
});

// #12 (the suite on PostgreSQL, DB=postgres): PostgreSQL refuses a NUL in text outright, so an id carrying one
// reached the database and answered INTERNAL_SERVER_ERROR; ids are letters and digits and refused otherwise.
it("refuses an id with a NUL in it, on either engine", async () => {
  const res = await gql(
    `mutation ($r: ID!) { closeReview(reviewId: $r, expectedVersion: 1) { id } }`,
    { r: "cmhostile\u0000review" },
    await userNamed("assessor"),
  );
  expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  expect(res.errors?.[0].message).toContain("编号无效");
});

// #12 again: a sign-in name with a NUL reached the throttle's RateLimit key and the account lookup, and the audit
// log's filters took one into their query — on PostgreSQL both answered 500. The throttle drops control characters
// from its key (no account's name has one), sign-in looks no such name up, and the filters refuse it.
it("refuses a sign-in with a NUL in the name, counting it against the account without a server error", async () => {
  const { signIn } = await import("../../lib/server/users/sign-in");
  const { lockedFor } = await import("../../lib/server/auth/throttle");
  const attempt = signIn({ username: "admin\u0000", password: "admin-pass-for-tests", address: "203.0.113.7" });
  await expect(attempt).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  const row = await db.rateLimit.findUniqueOrThrow({ where: { key: "account:admin" } });
  expect(row.points).toBe(1);
  expect(await lockedFor("account", "admin")).toBe(0);
});

it("refuses an audit filter id with a NUL in it", async () => {
  const res = await gql(
    `query ($f: AuditFilter) { auditLog(filter: $f) { totalCount } }`,
    { f: { userId: "cm\u0000user" } },
    await userNamed("audit"),
  );
  expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
});
