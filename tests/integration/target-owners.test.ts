// #13 指定填报科室: the plan names no section for 创新创优 and the five 科技投入与保障 targets — 6 targets worth
// 80 + 200 = 280 of 680 points — so only an administrator could report them. An administrator may now assign
// sections to such a target as the bureau's own decision; until then the dashboard flags them 无人填报.
import { beforeAll, describe, expect, it } from "vitest";
import { unownedTargets } from "../../lib/domain/owner-assignment";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, userNamed, versionOf } from "./harness";

const RD = "二.(二).3"; // 全社会研发投入(R&D) 4.3亿元, 科技投入与保障 (no owner in the plan)
const CENTRES = "二.(一).3.(3)"; // 计划科 by the plan
const ASSIGN = `mutation ($t: ID!, $s: [ID!]!, $v: Int!) { assignTargetOwners(targetId: $t, sectionIds: $s, expectedVersion: $v) { id owners { name } assignedOwnerIds } }`;
const DASHBOARD = `query ($p: ID!) { planDashboard(planId: $p) { targets { viewerCanRecord target { id code points applicability owners { id name } assignedOwnerIds } } } }`;
const RECORD = `mutation ($i: RecordProgressInput!) { recordProgress(input: $i) { __typename } }`;

type Row = {
  viewerCanRecord: boolean;
  target: {
    id: string;
    code: string;
    points: number;
    applicability: string;
    owners: { id: string; name: string }[];
    assignedOwnerIds: string[];
  };
};

let ids: Map<string, string>;
let sections: Map<string, string>;
let planId: string;
const tv = () => versionOf("target", ids.get(RD)!);

async function dashboard(username: string): Promise<Row[]> {
  const res = await gql<{ planDashboard: { targets: Row[] } }>(DASHBOARD, { p: planId }, await userNamed(username));
  expect(res.errors).toBeUndefined();
  return res.data!.planDashboard.targets;
}

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  sections = seeded.loaded!.sectionIds;
  planId = (await db.target.findUniqueOrThrow({ where: { id: ids.get(RD) } })).planId;
});

describe("指定填报科室", () => {
  it("the 2013 plan leaves 6 targets worth 280 points with nobody to report them", async () => {
    const { targets, points } = unownedTargets((await dashboard("leader")).map((r) => r.target));
    expect(targets.map((t) => t.code).sort()).toEqual(["二.(一).5", "二.(二).1①", "二.(二).1②", "二.(二).2", "二.(二).3", "二.(二).4"]);
    expect(points).toBe(280);
  });

  it("before it is assigned, 计划科 cannot report R&D", async () => {
    const res = await gql(
      RECORD,
      { i: { targetId: ids.get(RD), value: 4.4, reportedFor: "2013-11-30", expectedVersion: await tv() } },
      await userNamed("jihua"),
    );
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("only an administrator assigns; a plan-named target, another unit's section or a stale version change nothing", async () => {
    const before = await db.targetOwner.findMany({ orderBy: [{ targetId: "asc" }, { sectionId: "asc" }] });
    const jihua = sections.get("计划科")!;
    const assessor = await gql(ASSIGN, { t: ids.get(RD), s: [jihua], v: await tv() }, await userNamed("assessor"));
    expect(assessor.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const named = await gql(
      ASSIGN,
      { t: ids.get(CENTRES), s: [jihua], v: await versionOf("target", ids.get(CENTRES)!) },
      await userNamed("admin"),
    );
    expect(named.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(named.errors?.[0].message).toBe("本指标的责任科室由计划书规定，请在“编辑计划”中修改");
    const county = await db.section.findFirstOrThrow({ where: { unit: { level: "COUNTY" } } });
    const foreign = await gql(ASSIGN, { t: ids.get(RD), s: [county.id], v: await tv() }, await userNamed("admin"));
    expect(foreign.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const stale = await gql(ASSIGN, { t: ids.get(RD), s: [jihua], v: (await tv()) - 1 }, await userNamed("admin"));
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(await db.targetOwner.findMany({ orderBy: [{ targetId: "asc" }, { sectionId: "asc" }] })).toEqual(before);
  });

  it("assigned 计划科 and 成果科: marked as the bureau's, audited, and 计划科 reports it", async () => {
    const jihua = sections.get("计划科")!;
    const chengguo = sections.get("成果科")!;
    const res = await gql<{ assignTargetOwners: { owners: { name: string }[]; assignedOwnerIds: string[] } }>(
      ASSIGN,
      { t: ids.get(RD), s: [chengguo, jihua], v: await tv() },
      await userNamed("admin"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.assignTargetOwners.owners.map((o) => o.name)).toEqual(["计划科", "成果科"]);
    expect(res.data!.assignTargetOwners.assignedOwnerIds.sort()).toEqual([jihua, chengguo].sort());
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ASSIGN_TARGET_OWNERS", entityId: ids.get(RD) } });
    expect(JSON.parse(audit.before!)).toMatchObject({ owners: null });
    expect(JSON.parse(audit.after!)).toMatchObject({ owners: "计划科、成果科" });

    const row = (await dashboard("jihua")).find((r) => r.target.code === RD)!;
    expect(row.viewerCanRecord).toBe(true);
    const record = await gql(
      RECORD,
      { i: { targetId: ids.get(RD), value: 4.4, reportedFor: "2013-11-30", expectedVersion: await tv() } },
      await userNamed("jihua"),
    );
    expect(record.errors).toBeUndefined();
    // 5 targets remain unowned: 280 − R&D's 40 (科技投入与保障's 200 points over its 5 targets) = 240
    const { targets, points } = unownedTargets((await dashboard("leader")).map((r) => r.target));
    expect(targets).toHaveLength(5);
    expect(points).toBe(240);
  });

  it("an empty list takes the assignment back: 无人填报 again", async () => {
    const res = await gql<{ assignTargetOwners: { owners: unknown[] } }>(
      ASSIGN,
      { t: ids.get(RD), s: [], v: await tv() },
      await userNamed("admin"),
    );
    expect(res.data!.assignTargetOwners.owners).toEqual([]);
    expect(unownedTargets((await dashboard("leader")).map((r) => r.target)).points).toBe(280);
  });
});
