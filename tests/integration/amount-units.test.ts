// Amounts typed in 万元 or 亿元 (1 亿元 = 10 000 万元): stored in the target's own unit, with the figure as typed
// kept next to it; any other unit, or a unit on a target that is not an amount, is refused and writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { asLoaded, gql, userNamed, versionOf } from "./harness";

const CENTRAL_FUNDS = "二.(二).4"; // 争取中央财政科技项目经费1100万元 (no owning section: administrators report)
const RND = "二.(二).3"; // 全社会研发投入4.3亿元
const OUTPUT = "二.(一).1.(2)"; // 高新技术产品产值增幅20%: a growth target measured in 亿元, 高新办

const RECORD = `mutation R($input: RecordProgressInput!) { recordProgress(input: $input) { entry { id value enteredValue enteredUnit reportedFor } progress { value ratio } } }`;
const AMEND = `mutation A($input: AmendProgressInput!) { amendProgress(input: $input) { entry { id action value enteredValue enteredUnit } progress { value ratio } } }`;
const ENTRIES = `query E($id: ID!) { targetDetail(targetId: $id, asOf: "2013-12-31") { entries { id value enteredValue enteredUnit counts } } }`;

type Entry = { id: string; value: number; enteredValue: number | null; enteredUnit: string | null; reportedFor?: string; action?: string };
type Payload = { entry: Entry; progress: { value: number; ratio: number } };

let ids: Map<string, string>;

beforeAll(async () => {
  ids = (await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" })).loaded!.targetIds;
});

const counts = async () => ({ entries: await db.progressEntry.count(), audits: await db.auditLog.count() });

describe("recordProgress in another amount unit", () => {
  let entryId: string;

  it("stores 0.12 亿元 on a 万元 target as 1200 万元, keeping 0.12 亿元 as typed, audited", async () => {
    const before = await counts();
    const res = await gql<{ recordProgress: Payload }>(
      RECORD,
      {
        input: await asLoaded({ targetId: ids.get(CENTRAL_FUNDS), value: 0.12, unit: "亿元", reportedFor: "2013-12-31", note: "年末核定" }),
      },
      await userNamed("admin"),
    );
    expect(res.errors).toBeUndefined();
    entryId = res.data!.recordProgress.entry.id;
    expect(res.data!.recordProgress.entry).toMatchObject({
      value: 1200,
      enteredValue: 0.12,
      enteredUnit: "亿元",
      reportedFor: "2013-12-31",
    });
    expect(res.data!.recordProgress.progress.value).toBe(1200);
    expect(res.data!.recordProgress.progress.ratio).toBeCloseTo(1200 / 1100, 12);
    const stored = await db.progressEntry.findUniqueOrThrow({ where: { id: entryId } });
    expect(stored).toMatchObject({ value: 1200, enteredValue: 0.12, enteredUnit: "亿元" });
    expect(await counts()).toEqual({ entries: before.entries + 1, audits: before.audits + 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: entryId } });
    expect(JSON.parse(audit.after!)).toMatchObject({ value: 1200, entered: "0.12 亿元" });
  });

  it("stores 2680 万元 on a 亿元 target as exactly 0.268 亿元", async () => {
    const res = await gql<{ recordProgress: Payload }>(
      RECORD,
      { input: await asLoaded({ targetId: ids.get(RND), value: 2680, unit: "万元", reportedFor: "2013-06-30" }) },
      await userNamed("admin"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordProgress.entry).toMatchObject({ value: 0.268, enteredValue: 2680, enteredUnit: "万元" });
  });

  it("keeps nothing extra when typed in the target's own unit (or with no unit)", async () => {
    for (const unit of ["万元", null]) {
      const res = await gql<{ recordProgress: Payload }>(
        RECORD,
        { input: await asLoaded({ targetId: ids.get(CENTRAL_FUNDS), value: 900, unit, reportedFor: "2013-10-31" }) },
        await userNamed("admin"),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.recordProgress.entry).toMatchObject({ value: 900, enteredValue: null, enteredUnit: null });
    }
  });

  it("checks the 10× sanity limit on the converted figure: 2 亿元 = 20000 万元 on a 1100 万元 target needs confirmation", async () => {
    const before = await counts();
    const res = await gql(
      RECORD,
      { input: await asLoaded({ targetId: ids.get(CENTRAL_FUNDS), value: 2, unit: "亿元", reportedFor: "2013-11-30" }) },
      await userNamed("admin"),
    );
    expect(res.errors?.[0].extensions?.code).toBe("NEEDS_CONFIRMATION");
    expect(res.errors?.[0].message).toMatch(/20000/);
    expect(await counts()).toEqual(before);
  });

  it("refuses a unit that is not 万元 / 亿元, and a unit on a target that is not an amount, writing nothing", async () => {
    const before = await counts();
    const cases: [string, string, string, number][] = [
      [CENTRAL_FUNDS, "admin", "元", 12_000_000],
      [CENTRAL_FUNDS, "admin", "千元", 12_000],
      [CENTRAL_FUNDS, "admin", "美元", 100],
      [OUTPUT, "gaoxin", "万元", 4_400_000],
    ];
    for (const [code, username, unit, value] of cases) {
      const res = await gql(
        RECORD,
        { input: await asLoaded({ targetId: ids.get(code), value, unit, reportedFor: "2013-11-30" }) },
        await userNamed(username),
      );
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message).toMatch(new RegExp(`不能按“${unit}”填报`));
    }
    expect(await counts()).toEqual(before);
  });

  it("converts a correction typed in 亿元 the same way", async () => {
    const res = await gql<{ amendProgress: Payload }>(
      AMEND,
      {
        input: {
          entryId,
          action: "CORRECTION",
          value: 0.118,
          unit: "亿元",
          reason: "以财政批复为准",
          expectedVersion: await versionOf("target", ids.get(CENTRAL_FUNDS)!),
        },
      },
      await userNamed("admin"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.amendProgress.entry).toMatchObject({ action: "CORRECTION", value: 1180, enteredValue: 0.118, enteredUnit: "亿元" });
    expect(res.data!.amendProgress.progress.value).toBe(1180);
    const history = await gql<{ targetDetail: { entries: (Entry & { counts: boolean })[] } }>(
      ENTRIES,
      { id: ids.get(CENTRAL_FUNDS) },
      await userNamed("leader"),
    );
    const original = history.data!.targetDetail.entries.find((e) => e.id === entryId)!;
    expect(original).toMatchObject({ value: 1200, enteredValue: 0.12, enteredUnit: "亿元", counts: false });
    const bad = await gql(
      AMEND,
      {
        input: {
          entryId: history.data!.targetDetail.entries[0].id,
          action: "CORRECTION",
          value: 1,
          unit: "元",
          reason: "单位",
          expectedVersion: await versionOf("target", ids.get(CENTRAL_FUNDS)!),
        },
      },
      await userNamed("admin"),
    );
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
