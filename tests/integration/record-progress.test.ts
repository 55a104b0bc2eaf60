// Recording progress through GraphQL: valid input is written with its audit row; every bad input gets a
// typed error with a Chinese message and writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, userNamed, versionOf } from "./harness";

const RECORD = `
  mutation R($input: RecordProgressInput!) {
    recordProgress(input: $input) {
      entry { id value reportedFor note reportedBy { username } }
      progress { status value ratio target { version } }
    }
  }`;

let ids: Map<string, string>;
const FIRMS = "二.(一).1.(1)"; // 高企数量增长10%, baseline 120 (demo), 高新办; demo: 133 on 2013-12-31
const OUTPUT = "二.(一).1.(2)"; // 高新技术产品产值增幅20%, baseline 380 (demo), 高新办
const FUNDS = "二.(二).4"; // 争取中央财政科技项目经费1100万元, no owning section (administrators report)
const CENTRES = "二.(一).3.(3)"; // 组建市级工程技术研究中心4家, a count target: named items only (计划科)
const PLATFORM = "二.(一).3.(1)"; // 中国黑茶产业联盟创新服务平台, a milestone (计划科)

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
});

async function counts() {
  return { entries: await db.progressEntry.count(), audits: await db.auditLog.count(), items: await db.countItem.count() };
}

describe("recordProgress", () => {
  it("writes the entry, bumps the version and appends an audit row with old → new", async () => {
    const before = await counts();
    const gaoxin = await userNamed("gaoxin");
    const res = await gql<{
      recordProgress: {
        entry: { value: number; reportedFor: string; reportedBy: { username: string } };
        progress: { status: string; value: number; ratio: number; target: { version: number } };
      };
    }>(
      RECORD,
      { input: { targetId: ids.get(FIRMS), value: 135, reportedFor: "2013-12-31", note: "年末高企认定结果", expectedVersion: 1 } },
      gaoxin,
    );
    expect(res.errors).toBeUndefined();
    const out = res.data!.recordProgress;
    expect(out.entry).toMatchObject({ value: 135, reportedFor: "2013-12-31", reportedBy: { username: "gaoxin" } });
    expect(out.progress.value).toBe(135);
    // (135 − 120) / 120 = 12.5% growth against the required 10%
    expect(out.progress.ratio).toBe(1.25);
    expect(out.progress.status).toBe("DONE");
    expect(out.progress.target.version).toBe(2);
    const after = await counts();
    expect(after).toEqual({ ...before, entries: before.entries + 1, audits: before.audits + 1 });
    const audit = await db.auditLog.findFirstOrThrow({ orderBy: { at: "desc" } });
    expect(audit.userId).toBe(gaoxin.id);
    expect(audit.action).toBe("RECORD_PROGRESS");
    expect(JSON.parse(audit.before!)).toMatchObject({ value: 133, reportedFor: "2013-12-31", version: 1 });
    expect(JSON.parse(audit.after!)).toMatchObject({ value: 135, reportedFor: "2013-12-31", version: 2 });
  });

  // [name, target, user, input, code, message]
  const bad: [string, string, string, Record<string, unknown>, string, RegExp][] = [
    ["a negative value", FUNDS, "admin", { value: -1, reportedFor: "2013-07-01" }, "BAD_USER_INPUT", /不能为负数/],
    [
      "a milestone figure other than done / not done",
      PLATFORM,
      "jihua",
      { value: 2, reportedFor: "2013-07-01" },
      "BAD_USER_INPUT",
      /里程碑/,
    ],
    [
      "a typed figure on a count target (named items only)",
      CENTRES,
      "jihua",
      { value: 3, reportedFor: "2013-07-01" },
      "BAD_USER_INPUT",
      /逐项登记/,
    ],
    ["a date outside the plan year", FUNDS, "admin", { value: 1, reportedFor: "2014-01-02" }, "BAD_USER_INPUT", /计划年度 2013/],
    ["an impossible date", FUNDS, "admin", { value: 1, reportedFor: "2013-02-30" }, "BAD_USER_INPUT", /日期/],
    ["a value over 10× the target", FUNDS, "admin", { value: 11001, reportedFor: "2013-07-01" }, "NEEDS_CONFIRMATION", /10 倍/],
    ["a stale version", FUNDS, "admin", { value: 1, reportedFor: "2013-07-01", expectedVersion: 0 }, "CONFLICT", /已被更新/],
  ];
  for (const [name, code, username, input, errorCode, message] of bad) {
    it(`refuses ${name} with ${errorCode} and writes nothing`, async () => {
      const before = await counts();
      const version = (await db.target.findUniqueOrThrow({ where: { id: ids.get(code) } })).version;
      const res = await gql(RECORD, { input: { targetId: ids.get(code), expectedVersion: version, ...input } }, await userNamed(username));
      expect(res.errors?.[0].extensions?.code).toBe(errorCode);
      expect(res.errors?.[0].message).toMatch(message);
      expect(await counts()).toEqual(before);
      expect((await db.target.findUniqueOrThrow({ where: { id: ids.get(code) } })).version).toBe(version);
    });
  }

  it("rejects a string where a number is expected at the GraphQL layer", async () => {
    const before = await counts();
    const res = await gql(
      RECORD,
      {
        input: {
          targetId: ids.get(FIRMS),
          value: "三",
          reportedFor: "2013-07-01",
          expectedVersion: await versionOf("target", ids.get(FIRMS)!),
        },
      },
      await userNamed("gaoxin"),
    );
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(await counts()).toEqual(before);
  });

  it("accepts a value over 10× the target once confirmed", async () => {
    const input = {
      targetId: ids.get(FUNDS),
      value: 11001,
      reportedFor: "2013-07-01",
      confirmLarge: true,
      expectedVersion: await versionOf("target", ids.get(FUNDS)!),
    };
    const res = await gql(RECORD, { input }, await userNamed("admin"));
    expect(res.errors).toBeUndefined();
    expect((res.data as { recordProgress: { entry: { value: number } } }).recordProgress.entry.value).toBe(11001);
  });

  it("refuses a section head writing another section's target, and a leader writing at all", async () => {
    const before = await counts();
    const input = {
      targetId: ids.get(FIRMS),
      value: 130,
      reportedFor: "2013-07-01",
      expectedVersion: await versionOf("target", ids.get(FIRMS)!),
    };
    const other = await gql(RECORD, { input }, await userNamed("jihua"));
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const funds = await versionOf("target", ids.get(FUNDS)!);
    const unowned = await gql(
      RECORD,
      { input: { ...input, targetId: ids.get(FUNDS), value: 500, expectedVersion: funds } },
      await userNamed("gaoxin"),
    );
    expect(unowned.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const leader = await gql(RECORD, { input }, await userNamed("leader"));
    expect(leader.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const anonymous = await gql(RECORD, { input }, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(await counts()).toEqual(before);
  });

  it("lets either owner of a jointly owned target add to it (农社科 和 高新办; a count target, so by named items)", async () => {
    const ADD = `mutation A($input: AddCountItemInput!) { addCountItem(input: $input) { item { id createdBy { username } } progress { value } } }`;
    const before = await counts();
    const values: number[] = [];
    for (const u of ["nongshe", "gaoxin"]) {
      const res = await gql<{ addCountItem: { item: { createdBy: { username: string } }; progress: { value: number } } }>(
        ADD,
        {
          input: {
            targetId: ids.get("二.(一).2.(2)"),
            name: `${u}登记的民生科技项目`,
            date: "2013-12-01",
            expectedVersion: await versionOf("target", ids.get("二.(一).2.(2)")!),
          },
        },
        await userNamed(u),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.addCountItem.item.createdBy.username).toBe(u);
      values.push(res.data!.addCountItem.progress.value);
    }
    // demo: 4 items by 2013-11-30; each new item dated 2013-12-01 counts
    expect(values).toEqual([5, 6]);
    expect(await counts()).toEqual({ entries: before.entries, audits: before.audits + 2, items: before.items + 2 });
  });

  it("gives one success and one conflict to two saves from the same stale view", async () => {
    const id = ids.get(OUTPUT)!;
    const version = (await db.target.findUniqueOrThrow({ where: { id } })).version;
    const before = await counts();
    const [a, b] = await Promise.all([
      gql(RECORD, { input: { targetId: id, value: 440, reportedFor: "2013-10-01", expectedVersion: version } }, await userNamed("gaoxin")),
      gql(RECORD, { input: { targetId: id, value: 441, reportedFor: "2013-10-02", expectedVersion: version } }, await userNamed("admin")),
    ]);
    const codes = [a, b].map((r) => r.errors?.[0].extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    const after = await counts();
    expect(after.entries - before.entries).toBe(1);
    expect(after.audits - before.audits).toBe(1);
  });

  it("under a burst of 12 concurrent saves, the audit rows equal the accepted writes exactly", async () => {
    const id = ids.get(OUTPUT)!; // 高新办, and the administrator
    const before = await counts();
    const start = (await db.target.findUniqueOrThrow({ where: { id } })).version;
    const users = [await userNamed("gaoxin"), await userNamed("admin")];
    // Half the callers claim the current version, half claim versions that will exist once others win.
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        gql(
          RECORD,
          {
            input: {
              targetId: id,
              value: 440 + (i % 3),
              reportedFor: "2013-11-0" + ((i % 9) + 1),
              expectedVersion: start + (i % 2 === 0 ? 0 : i % 4),
            },
          },
          users[i % 2],
        ),
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
