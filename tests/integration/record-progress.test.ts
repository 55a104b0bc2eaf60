// Recording progress through GraphQL: valid input is written with its audit row; every bad input gets a
// typed error with a Chinese message and writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, userNamed } from "./harness";

const RECORD = `
  mutation R($input: RecordProgressInput!) {
    recordProgress(input: $input) {
      entry { id value reportedFor note reportedBy { username } }
      progress { status value ratio target { version } }
    }
  }`;

let ids: Map<string, string>;
const CENTRES = "二.(一).3.(3)"; // 组建市级工程技术研究中心4家, 6-12月, 计划科

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
});

async function counts() {
  return { entries: await db.progressEntry.count(), audits: await db.auditLog.count() };
}

describe("recordProgress", () => {
  it("writes the entry, bumps the version and appends an audit row with old → new", async () => {
    const before = await counts();
    const jihua = await userNamed("jihua");
    const res = await gql<{ recordProgress: { entry: { value: number; reportedFor: string; reportedBy: { username: string } }; progress: { value: number; ratio: number; target: { version: number } } } }>(
      RECORD,
      { input: { targetId: ids.get(CENTRES), value: 3, reportedFor: "2013-12-05", note: "益阳某公司工程中心获批", expectedVersion: 1 } },
      jihua,
    );
    expect(res.errors).toBeUndefined();
    const out = res.data!.recordProgress;
    expect(out.entry).toMatchObject({ value: 3, reportedFor: "2013-12-05", reportedBy: { username: "jihua" } });
    expect(out.progress.value).toBe(3);
    expect(out.progress.ratio).toBe(0.75);
    expect(out.progress.target.version).toBe(2);
    const after = await counts();
    expect(after).toEqual({ entries: before.entries + 1, audits: before.audits + 1 });
    const audit = await db.auditLog.findFirstOrThrow({ orderBy: { at: "desc" } });
    expect(audit.userId).toBe(jihua.id);
    expect(JSON.parse(audit.before!)).toMatchObject({ value: 2, reportedFor: "2013-11-20", version: 1 });
    expect(JSON.parse(audit.after!)).toMatchObject({ value: 3, reportedFor: "2013-12-05", version: 2 });
  });

  const bad: [string, Record<string, unknown>, string, RegExp][] = [
    ["a negative value", { value: -1, reportedFor: "2013-07-01" }, "BAD_USER_INPUT", /不能为负数/],
    ["a fractional count", { value: 2.5, reportedFor: "2013-07-01" }, "BAD_USER_INPUT", /整数/],
    ["a date outside the plan year", { value: 1, reportedFor: "2014-01-02" }, "BAD_USER_INPUT", /计划年度 2013/],
    ["an impossible date", { value: 1, reportedFor: "2013-02-30" }, "BAD_USER_INPUT", /日期/],
    ["a value over 10× the target", { value: 41, reportedFor: "2013-07-01" }, "NEEDS_CONFIRMATION", /10 倍/],
    ["a stale version", { value: 1, reportedFor: "2013-07-01", expectedVersion: 1 }, "CONFLICT", /已被更新/],
  ];
  for (const [name, input, code, message] of bad) {
    it(`refuses ${name} with ${code} and writes nothing`, async () => {
      const before = await counts();
      const version = (await db.target.findUniqueOrThrow({ where: { id: ids.get(CENTRES) } })).version;
      const res = await gql(RECORD, { input: { targetId: ids.get(CENTRES), expectedVersion: version, ...input } }, await userNamed("jihua"));
      expect(res.errors?.[0].extensions?.code).toBe(code);
      expect(res.errors?.[0].message).toMatch(message);
      expect(await counts()).toEqual(before);
      expect((await db.target.findUniqueOrThrow({ where: { id: ids.get(CENTRES) } })).version).toBe(version);
    });
  }

  it("rejects a string where a number is expected at the GraphQL layer", async () => {
    const before = await counts();
    const res = await gql(RECORD, { input: { targetId: ids.get(CENTRES), value: "三", reportedFor: "2013-07-01" } }, await userNamed("jihua"));
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(await counts()).toEqual(before);
  });

  it("accepts a value over 10× the target once confirmed", async () => {
    const res = await gql(RECORD, { input: { targetId: ids.get("二.(一).2.(3)③"), value: 25, reportedFor: "2013-07-01", confirmLarge: true } }, await userNamed("nongshe"));
    expect(res.errors).toBeUndefined();
  });

  it("refuses a section head writing another section's target, and a leader writing at all", async () => {
    const before = await counts();
    const other = await gql(RECORD, { input: { targetId: ids.get(CENTRES), value: 1, reportedFor: "2013-07-01" } }, await userNamed("gaoxin"));
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const leader = await gql(RECORD, { input: { targetId: ids.get(CENTRES), value: 1, reportedFor: "2013-07-01" } }, await userNamed("leader"));
    expect(leader.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const anonymous = await gql(RECORD, { input: { targetId: ids.get(CENTRES), value: 1, reportedFor: "2013-07-01" } }, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(await counts()).toEqual(before);
  });

  it("lets either owner of a jointly owned target report (农社科 和 高新办)", async () => {
    for (const u of ["nongshe", "gaoxin"]) {
      const res = await gql(RECORD, { input: { targetId: ids.get("二.(一).2.(2)"), value: 4, reportedFor: "2013-12-01" } }, await userNamed(u));
      expect(res.errors).toBeUndefined();
    }
  });

  it("gives one success and one conflict to two saves from the same stale view", async () => {
    const id = ids.get("二.(一).4.(3)")!;
    const version = (await db.target.findUniqueOrThrow({ where: { id } })).version;
    const before = await counts();
    const [a, b] = await Promise.all([
      gql(RECORD, { input: { targetId: id, value: 2, reportedFor: "2013-10-01", expectedVersion: version } }, await userNamed("gaoxin")),
      gql(RECORD, { input: { targetId: id, value: 1, reportedFor: "2013-10-02", expectedVersion: version } }, await userNamed("chengguo")),
    ]);
    const codes = [a, b].map((r) => r.errors?.[0].extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    const after = await counts();
    expect(after.entries - before.entries).toBe(1);
    expect(after.audits - before.audits).toBe(1);
  });

  it("under a burst of 12 concurrent saves, the audit rows equal the accepted writes exactly", async () => {
    const id = ids.get("二.(一).4.(2)")!; // 高新办 和 成果科
    const before = await counts();
    const start = (await db.target.findUniqueOrThrow({ where: { id } })).version;
    const users = [await userNamed("gaoxin"), await userNamed("chengguo")];
    // Half the callers claim the current version, half claim versions that will exist once others win.
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        gql(RECORD, { input: { targetId: id, value: (i % 3) + 1, reportedFor: "2013-11-0" + ((i % 9) + 1), expectedVersion: start + (i % 2 === 0 ? 0 : i % 4) } }, users[i % 2]),
      ),
    );
    const accepted = results.filter((r) => !r.errors).length;
    const conflicts = results.filter((r) => r.errors?.[0].extensions?.code === "CONFLICT").length;
    expect(accepted + conflicts).toBe(12);
    expect(accepted).toBeGreaterThanOrEqual(1);
    const after = await counts();
    expect(after.entries - before.entries).toBe(accepted);
    expect(after.audits - before.audits).toBe(accepted);
    expect((await db.target.findUniqueOrThrow({ where: { id } })).version).toBe(start + accepted);
  });
});
