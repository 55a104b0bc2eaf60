// Plans over the years through GraphQL on a real SQLite file: copying 2013 into 2014 (owners, windows,
// points, lineage; no reports), editing targets and areas (validation, audit old → new, version conflicts),
// removing only targets without reports, importing the template (dry run lists every problem with its row
// number and writes nothing; a fixed sheet imports all rows at once), the export route, and export → import
// round trips in CSV and XLSX; the year-over-year view.
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportPlan } from "../../app/api/plans/[planId]/export/route";
import { openSession, SESSION_COOKIE } from "../../lib/server/auth/session";
import type { SessionUser } from "../../lib/server/auth/session-user";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { TEMPLATE_COLUMNS } from "../../lib/validation/plan-template";
import { gql, userNamed, versionOf } from "./harness";

const EDITOR = `
  query E($planId: ID!) {
    planEditor(planId: $planId) {
      viewerCanEdit
      plan { id year title totalPoints }
      copiedFrom { id year }
      areas {
        id code name category points pointsSum pointsValid
        targets {
          id code title wording kind measureUnit targetValue baselineValue baselineSource startMonth endMonth windowText remarks
          pointsOverride points version progressCount lineageKey rollupKey owners { id name }
        }
      }
    }
  }`;

const COPY = `mutation C($planId: ID!, $year: Int!) { copyPlan(planId: $planId, year: $year) { id year title totalPoints } }`;
const UPDATE = `mutation U($input: UpdateTargetInput!) { updateTarget(input: $input) { plan { id } } }`;
const ADD = `mutation A($input: AddTargetInput!) { addTarget(input: $input) { areas { code targets { id code } } } }`;
const REMOVE = `mutation R($id: ID!, $v: Int!) { removeTarget(targetId: $id, expectedVersion: $v) { plan { id } } }`;
const MOVE = `mutation M($id: ID!, $d: MoveDirection!, $v: Int!) { moveTarget(targetId: $id, direction: $d, expectedVersion: $v) { areas { code targets { code } } } }`;
const AREA = `mutation Ar($input: UpdateAreaInput!) { updateArea(input: $input) { areas { code points pointsValid targets { code pointsOverride points } } } }`;
const IMPORT = `
  mutation I($input: ImportPlanInput!) {
    importPlan(input: $input) {
      dryRun ok rowCount areaCount targetCount totalPoints
      problems { row column message }
      preview { row code owners points window }
      plan { id year title totalPoints }
    }
  }`;

interface EditorTarget {
  id: string;
  code: string;
  title: string;
  wording: string;
  kind: string;
  measureUnit: string | null;
  targetValue: number | null;
  baselineValue: number | null;
  baselineSource: string | null;
  startMonth: number | null;
  endMonth: number | null;
  windowText: string | null;
  remarks: string | null;
  pointsOverride: number | null;
  points: number;
  version: number;
  progressCount: number;
  lineageKey: string | null;
  rollupKey: string | null;
  owners: { id: string; name: string }[];
}
interface Editor {
  viewerCanEdit: boolean;
  plan: { id: string; year: number; title: string; totalPoints: number };
  copiedFrom: { id: string; year: number } | null;
  areas: {
    id: string;
    code: string;
    name: string;
    category: string;
    points: number;
    pointsSum: number;
    pointsValid: boolean;
    targets: EditorTarget[];
  }[];
}
interface ImportResult {
  dryRun: boolean;
  ok: boolean;
  rowCount: number;
  areaCount: number;
  targetCount: number;
  totalPoints: number;
  problems: { row: number | null; column: string | null; message: string }[];
  preview: { row: number; code: string; owners: string; points: number; window: string }[];
  plan: { id: string; year: number; title: string; totalPoints: number } | null;
}

let admin: SessionUser;
let plan2013: string;
let plan2014: string;
let ids2013: Map<string, string>;

async function editor(planId: string, user: SessionUser = admin): Promise<Editor> {
  const res = await gql<{ planEditor: Editor }>(EDITOR, { planId }, user);
  expect(res.errors).toBeUndefined();
  return res.data!.planEditor;
}
const targetsOf = (e: Editor) => e.areas.flatMap((a) => a.targets);
const byCode = (e: Editor, code: string) => targetsOf(e).find((t) => t.code === code)!;
const counts = async () => ({
  plans: await db.plan.count(),
  targets: await db.target.count(),
  audits: await db.auditLog.count(),
  entries: await db.progressEntry.count(),
});

/** The plan's targets as data, for comparing two plans field by field. */
const comparable = (e: Editor) =>
  e.areas.map((a) => ({
    area: [a.code, a.name, a.category, a.points],
    targets: a.targets.map((t) => ({
      code: t.code,
      title: t.title,
      wording: t.wording,
      kind: t.kind,
      measureUnit: t.measureUnit,
      targetValue: t.targetValue,
      baselineValue: t.baselineValue,
      window: [t.startMonth, t.endMonth],
      windowText: t.windowText,
      remarks: t.remarks,
      pointsOverride: t.pointsOverride,
      points: t.points,
      owners: t.owners.map((o) => o.name),
    })),
  }));

function csvOf(rows: Record<string, string>[]): string {
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const header = TEMPLATE_COLUMNS.map((c) => c.header);
  return "\uFEFF" + [header, ...rows.map((r) => header.map((h) => r[h] ?? ""))].map((l) => l.map(quote).join(",")).join("\r\n") + "\r\n";
}
const b64 = (s: string | Uint8Array) => Buffer.from(s).toString("base64");

/** Three targets of a 2015 plan; the second and third rows are made wrong by the callers. */
const ROWS: Record<string, string>[] = [
  {
    领域编号: "一",
    领域名称: "高新技术产业发展",
    领域类别: "工作业绩",
    领域分值: "100",
    指标编号: "一.1",
    指标名称: "高企数量增长",
    计划原文: "高企数量增长10%以上",
    类型: "增幅",
    单位: "家",
    目标值: "10",
    基数: "133",
    开始月: "1",
    结束月: "12",
    时间原文: "1-12月份完成",
    责任科室: "高新办",
    分值: "40",
  },
  {
    领域编号: "一",
    领域名称: "高新技术产业发展",
    领域类别: "工作业绩",
    领域分值: "100",
    指标编号: "一.2",
    指标名称: "市级工程技术研究中心",
    计划原文: "组建市级工程技术研究中心5家",
    类型: "数量",
    单位: "家",
    目标值: "5",
    开始月: "6",
    结束月: "12",
    时间原文: "6-12月完成",
    责任科室: "计划科、成果科",
    分值: "60",
  },
  {
    领域编号: "二",
    领域名称: "科技投入与保障",
    领域类别: "科技投入与保障",
    领域分值: "200",
    指标编号: "二.1",
    指标名称: "县(市、区)财政科技支出",
    计划原文: "县(市、区)财政科技支出:预计4000万元",
    类型: "金额",
    单位: "万元",
    目标值: "4000",
    责任科室: "未指定",
  },
];

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  plan2013 = seeded.loaded!.planId;
  ids2013 = seeded.loaded!.targetIds;
  admin = await userNamed("admin");
});

describe("copy a plan into the next year", () => {
  it("copies 2013 into 2014: 20 targets with the same owners, windows and points, lineage kept, no reports", async () => {
    const before = await counts();
    const res = await gql<{ copyPlan: { id: string; year: number; title: string; totalPoints: number } }>(
      COPY,
      { planId: plan2013, year: 2014 },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.copyPlan).toMatchObject({ year: 2014, title: "湖南省益阳市科技局2014年绩效计划书", totalPoints: 680 });
    plan2014 = res.data!.copyPlan.id;

    const [old, copy] = [await editor(plan2013), await editor(plan2014)];
    expect(targetsOf(copy)).toHaveLength(20);
    expect(copy.copiedFrom).toEqual({ id: plan2013, year: 2013 });
    // same plan apart from the growth targets' baselines, which become 2013's year-end figures
    const strip = (e: Editor) => comparable(e).map((a) => ({ ...a, targets: a.targets.map((t) => ({ ...t, baselineValue: null })) }));
    expect(strip(copy)).toEqual(strip(old));
    expect(byCode(copy, "二.(一).1.(1)")).toMatchObject({ baselineValue: 133, baselineSource: "2013 年末报送值（复制计划时带入）" });
    expect(byCode(copy, "二.(一).1.(2)").baselineValue).toBe(452);
    for (const t of targetsOf(copy)) {
      expect(t.progressCount).toBe(0);
      expect(t.version).toBe(1);
      expect(t.lineageKey).toBe(ids2013.get(t.code));
    }
    expect(byCode(copy, "二.(二).2").rollupKey).toBe("COUNTY_FISCAL_ST_SPENDING");
    expect(byCode(copy, "二.(一).5").owners).toEqual([]); // 未指定 stays 未指定

    const after = await counts();
    expect(after).toEqual({ plans: before.plans + 1, targets: before.targets + 20, audits: before.audits + 1, entries: before.entries });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "COPY_PLAN" } });
    expect(audit).toMatchObject({ userId: admin.id, entityType: "Plan", entityId: plan2014 });
    expect(JSON.parse(audit.after!)).toMatchObject({ year: 2014, targets: 20, areas: 6 });
    expect(await db.targetScore.count({ where: { target: { planId: plan2014 } } })).toBe(0);
  });

  it("refuses a year that already has a plan (CONFLICT) and writes nothing", async () => {
    const before = await counts();
    const res = await gql(COPY, { planId: plan2013, year: 2014 }, admin);
    expect(res.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(res.errors?.[0].message).toBe("益阳市科技局已有 2014 年的计划（湖南省益阳市科技局2014年绩效计划书），不能重复创建");
    expect(await counts()).toEqual(before);
  });

  it("copies the copy again: the lineage still points at the first year", async () => {
    const res = await gql<{ copyPlan: { id: string } }>(COPY, { planId: plan2014, year: 2016 }, admin);
    expect(res.errors).toBeUndefined();
    const e = await editor(res.data!.copyPlan.id);
    expect(byCode(e, "二.(一).3.(3)").lineageKey).toBe(ids2013.get("二.(一).3.(3)"));
  });
});

describe("edit a plan", () => {
  it("changes a target's wording, window, owners and points with one audit row old → new and a version bump", async () => {
    const t = byCode(await editor(plan2014), "二.(一).3.(3)");
    const sections = await db.section.findMany({ where: { unit: { name: "益阳市科技局" } } });
    const id = (name: string) => sections.find((s) => s.name === name)!.id;
    const res = await gql(
      UPDATE,
      {
        input: {
          targetId: t.id,
          expectedVersion: t.version,
          changes: {
            title: "市级工程技术研究中心（2014）",
            wording: "组建市级工程技术研究中心5家。",
            targetValue: 5,
            startMonth: 3,
            endMonth: 11,
            ownerIds: [id("计划科"), id("成果科")],
          },
        },
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const now = byCode(await editor(plan2014), "二.(一).3.(3)");
    expect(now).toMatchObject({
      title: "市级工程技术研究中心（2014）",
      targetValue: 5,
      startMonth: 3,
      endMonth: 11,
      version: t.version + 1,
    });
    expect(now.owners.map((o) => o.name)).toEqual(["计划科", "成果科"]);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "UPDATE_TARGET", targetId: t.id }, orderBy: { at: "desc" } });
    expect(JSON.parse(audit.before!)).toEqual({
      title: "市级工程技术研究中心",
      wording: "组建市级工程技术研究中心4家。",
      targetValue: 4,
      window: "6–12月",
      owners: "计划科",
      version: 1,
    });
    expect(JSON.parse(audit.after!)).toEqual({
      title: "市级工程技术研究中心（2014）",
      wording: "组建市级工程技术研究中心5家。",
      targetValue: 5,
      window: "3–11月",
      owners: "计划科、成果科",
      version: 2,
    });
  });

  it("refuses a save from a stale view (CONFLICT) and changes nothing", async () => {
    const t = byCode(await editor(plan2014), "二.(一).3.(2)");
    const first = await gql(
      UPDATE,
      { input: { targetId: t.id, expectedVersion: t.version, changes: { title: "科技创新带头人（甲）" } } },
      admin,
    );
    expect(first.errors).toBeUndefined();
    const before = await counts();
    const second = await gql(
      UPDATE,
      { input: { targetId: t.id, expectedVersion: t.version, changes: { title: "科技创新带头人（乙）" } } },
      admin,
    );
    expect(second.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: t.version + 1 });
    // the one conflict message: who saved in between, when, and what they saved
    expect(second.errors?.[0].message).toMatch(
      /^该指标已被更新：.+于 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} 修改指标（名称：.+ → 科技创新带头人（甲））。当前为第 2 版，请刷新后再提交。$/,
    );
    expect(second.errors?.[0].extensions).toMatchObject({
      savedBy: (await db.user.findUniqueOrThrow({ where: { id: admin.id } })).displayName,
      newerValue: { title: "科技创新带头人（甲）" },
    });
    expect(await counts()).toEqual(before);
    expect(byCode(await editor(plan2014), "二.(一).3.(2)").title).toBe("科技创新带头人（甲）");
  });

  it("checks the rules: window, owners or 未指定, unique codes, points adding up — naming the field", async () => {
    const e = await editor(plan2014);
    const t = byCode(e, "二.(一).4.(1)");
    const attempt = (changes: Record<string, unknown>) =>
      gql(UPDATE, { input: { targetId: t.id, expectedVersion: t.version, changes } }, admin);
    const before = await counts();

    const window = await attempt({ startMonth: 10, endMonth: 3 });
    expect(window.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { endMonth: "开始月（10月）不能晚于结束月（3月）" },
    });
    const nobody = await attempt({ ownerIds: [] });
    expect(nobody.errors?.[0].extensions?.fields).toEqual({ ownerIds: "请至少指定一个责任科室，或明确标记为“未指定”" });
    const code = await attempt({ code: "二.(一).4.(2)" });
    expect(code.errors?.[0].message).toBe("指标编号「二.(一).4.(2)」在计划中重复");
    const points = await attempt({ pointsOverride: 120 });
    expect(points.errors?.[0].message).toBe("领域「产学研协同创新」各指标分值之和为 120 分，应等于领域分值 100 分");
    expect(points.errors?.[0].extensions?.fields).toEqual({
      pointsOverride: "领域「产学研协同创新」各指标分值之和为 120 分，应等于领域分值 100 分",
    });
    const wrongKind = await attempt({ kind: "MILESTONE" });
    expect(wrongKind.errors?.[0].extensions?.fields).toEqual({ targetValue: "里程碑和年末申报类指标不填目标值" });
    expect(await counts()).toEqual(before);

    // 未指定 on purpose is allowed, and so is a milestone once its target value is cleared
    expect((await attempt({ ownerIds: [], unassigned: true })).errors).toBeUndefined();
    const unowned = byCode(await editor(plan2014), "二.(一).4.(1)");
    expect(unowned.owners).toEqual([]);
    expect(
      (
        await gql(
          UPDATE,
          {
            input: {
              targetId: t.id,
              expectedVersion: unowned.version,
              changes: { kind: "MILESTONE", targetValue: null, measureUnit: null },
            },
          },
          admin,
        )
      ).errors,
    ).toBeUndefined();
  });

  it("edits an area's points together with its targets' points, audited, and refuses sums that do not add up", async () => {
    const area = (await editor(plan2014)).areas.find((a) => a.code === "二.(一).1")!;
    const [a, b] = area.targets;
    const bad = await gql(
      AREA,
      {
        input: {
          areaId: area.id,
          points: 120,
          targetPoints: [
            { targetId: a.id, pointsOverride: 70, expectedVersion: a.version },
            { targetId: b.id, pointsOverride: 40, expectedVersion: b.version },
          ],
        },
      },
      admin,
    );
    expect(bad.errors?.[0].message).toBe("领域「高新技术产业发展」各指标分值之和为 110 分，应等于领域分值 120 分");

    const ok = await gql<{
      updateArea: {
        areas: {
          code: string;
          points: number;
          pointsValid: boolean;
          targets: { code: string; pointsOverride: number | null; points: number }[];
        }[];
      };
    }>(
      AREA,
      {
        input: {
          areaId: area.id,
          points: 120,
          targetPoints: [
            { targetId: a.id, pointsOverride: 70, expectedVersion: a.version },
            { targetId: b.id, pointsOverride: 50, expectedVersion: b.version },
          ],
        },
      },
      admin,
    );
    expect(ok.errors).toBeUndefined();
    const updated = ok.data!.updateArea.areas.find((x) => x.code === "二.(一).1")!;
    expect(updated).toMatchObject({ points: 120, pointsValid: true });
    expect(updated.targets.map((x) => x.points)).toEqual([70, 50]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "UPDATE_AREA" }, orderBy: { at: "desc" } });
    expect(JSON.parse(audit.before!)).toEqual({ points: 100, "二.(一).1.(1) 分值": null, "二.(一).1.(2) 分值": null });
    expect(JSON.parse(audit.after!)).toEqual({ points: 120, "二.(一).1.(1) 分值": 70, "二.(一).1.(2) 分值": 50 });
    expect(byCode(await editor(plan2014), "二.(一).1.(1)").version).toBe(a.version + 1);
  });

  it("adds a target at the end of an area, moves it up, and removes it again (each audited)", async () => {
    const area = (await editor(plan2014)).areas.find((a) => a.code === "二.(一).3")!;
    const jihua = (await db.section.findFirstOrThrow({ where: { name: "计划科", unit: { name: "益阳市科技局" } } })).id;
    const added = await gql<{ addTarget: { areas: { code: string; targets: { id: string; code: string }[] }[] } }>(
      ADD,
      {
        input: {
          areaId: area.id,
          code: "二.(一).3.(4)",
          title: "科技特派员",
          wording: "选派科技特派员20名",
          kind: "COUNT",
          targetValue: 20,
          measureUnit: "名",
          startMonth: 3,
          endMonth: 12,
          ownerIds: [jihua],
        },
      },
      admin,
    );
    expect(added.errors).toBeUndefined();
    const codes = () => added.data!.addTarget.areas.find((a) => a.code === "二.(一).3")!.targets.map((t) => t.code);
    expect(codes()).toEqual(["二.(一).3.(1)", "二.(一).3.(2)", "二.(一).3.(3)", "二.(一).3.(4)"]);
    const newId = added.data!.addTarget.areas.find((a) => a.code === "二.(一).3")!.targets[3].id;

    const dup = await gql(
      ADD,
      { input: { areaId: area.id, code: "二.(一).3.(4)", title: "x", wording: "x", kind: "MILESTONE", unassigned: true } },
      admin,
    );
    expect(dup.errors?.[0].message).toMatch(/指标编号「二.\(一\).3.\(4\)」在计划中重复/);

    const moved = await gql<{ moveTarget: { areas: { code: string; targets: { code: string }[] }[] } }>(
      MOVE,
      { id: newId, d: "UP", v: await versionOf("target", newId) },
      admin,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.moveTarget.areas.find((a) => a.code === "二.(一).3")!.targets.map((t) => t.code)).toEqual([
      "二.(一).3.(1)",
      "二.(一).3.(2)",
      "二.(一).3.(4)",
      "二.(一).3.(3)",
    ]);
    const first = (await editor(plan2014)).areas.find((a) => a.code === "二.(一).3")!.targets[0];
    const top = await gql(MOVE, { id: first.id, d: "UP", v: first.version }, admin);
    expect(top.errors?.[0].message).toBe("指标 二.(一).3.(1) 已是该领域的第一项");

    const removed = await gql(REMOVE, { id: newId, v: await versionOf("target", newId) }, admin);
    expect(removed.errors).toBeUndefined();
    expect(await db.target.count({ where: { id: newId } })).toBe(0);
    const actions = (await db.auditLog.findMany({ where: { entityId: newId }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["ADD_TARGET", "MOVE_TARGET", "REMOVE_TARGET"]);
  });

  it("refuses to remove a target with reports, in Chinese, and keeps everything", async () => {
    const before = await counts();
    const items = await db.countItem.count();
    // 科技三项费: demo reports on 06-30, 09-30 and 12-31
    const res = await gql(REMOVE, { id: ids2013.get("二.(二).1②"), v: await versionOf("target", ids2013.get("二.(二).1②")!) }, admin);
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toBe("指标 二.(二).1② 已有 3 条报送记录，不能删除（报送记录须保留）。");
    // a count target: its named items and its monthly 本月无新进展 confirmations are kept as well
    const centres = ids2013.get("二.(一).3.(3)")!;
    const confirmations = await db.progressEntry.count({ where: { targetId: centres } });
    expect(confirmations).toBeGreaterThan(0);
    const count = await gql(REMOVE, { id: centres, v: await versionOf("target", centres) }, admin);
    expect(count.errors?.[0].message).toBe(`指标 二.(一).3.(3) 已有 ${confirmations} 条报送记录，不能删除（报送记录须保留）。`);
    expect(await counts()).toEqual(before);
    expect(await db.countItem.count()).toBe(items);
  });

  it("refuses to remove a target whose only records are named items", async () => {
    const centres = ids2013.get("二.(一).3.(3)")!;
    const before = await counts();
    const kept = await db.progressEntry.findMany({ where: { targetId: centres } });
    await db.progressEntry.deleteMany({ where: { targetId: centres } });
    try {
      const res = await gql(REMOVE, { id: centres, v: await versionOf("target", centres) }, admin);
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message).toBe("指标 二.(一).3.(3) 已有2 个完成事项，不能删除。");
      expect(await db.target.count({ where: { id: centres } })).toBe(1);
      expect(await db.countItem.count({ where: { targetId: centres } })).toBe(2);
    } finally {
      await db.progressEntry.createMany({ data: kept });
    }
    expect(await counts()).toEqual(before);
  });

  it("does not let the last target of an area go", async () => {
    const t = byCode(await editor(plan2014), "二.(一).5");
    const res = await gql(REMOVE, { id: t.id, v: t.version }, admin);
    expect(res.errors?.[0].message).toBe("领域「创新创优」至少要有一项指标");
  });

  it("shows the editor read-only to a leader (viewerCanEdit false) and refuses a leader's edit", async () => {
    const leader = await userNamed("leader");
    expect((await editor(plan2014, leader)).viewerCanEdit).toBe(false);
    expect((await editor(plan2014)).viewerCanEdit).toBe(true);
    const t = byCode(await editor(plan2014), "二.(一).3.(1)");
    const res = await gql(UPDATE, { input: { targetId: t.id, expectedVersion: t.version, changes: { title: "x" } } }, leader);
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("import a plan from the template", () => {
  const twoBad = () => [ROWS[0], { ...ROWS[1], 开始月: "11", 结束月: "6" }, { ...ROWS[2], 责任科室: "办公室" }];

  it("a dry run lists both bad rows' problems with their row numbers and writes nothing", async () => {
    const before = await counts();
    const res = await gql<{ importPlan: ImportResult }>(
      IMPORT,
      { input: { year: 2015, fileName: "2015.csv", fileBase64: b64(csvOf(twoBad())), dryRun: true } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.importPlan).toMatchObject({ dryRun: true, ok: false, rowCount: 3, plan: null });
    expect(res.data!.importPlan.problems).toEqual([
      { row: 3, column: "结束月", message: "开始月（11月）不能晚于结束月（6月）" },
      { row: 4, column: "责任科室", message: "责任科室「办公室」不是本单位的科室（本单位科室：高新办、农社科、计划科、成果科）" },
    ]);
    expect(await counts()).toEqual(before);
  });

  it("says a dry run's problems and preview in English for an English page, the columns as the template heads them", async () => {
    const rows = [
      ROWS[0],
      { ...ROWS[1], 开始月: "11", 结束月: "6", 类型: "数目" },
      { ...ROWS[2], 责任科室: "办公室", 目标值: "四千", 分值: "-5" },
    ];
    const res = await gql<{ importPlan: ImportResult }>(
      IMPORT,
      { input: { year: 2015, fileName: "2015.csv", fileBase64: b64(csvOf(rows)), dryRun: true } },
      admin,
      "en",
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.importPlan.problems).toEqual([
      { row: 3, column: "类型", message: '"数目" in "类型" is not valid: write one of 增幅 / 数量 / 金额 / 里程碑 / 年末申报' },
      { row: 4, column: "目标值", message: '"目标值" must be a number, not "四千"' },
      { row: 4, column: "分值", message: '"分值" may not be negative' },
    ]);
    const fixed = [ROWS[0], { ...ROWS[1], 开始月: "11", 结束月: "6" }, { ...ROWS[2], 责任科室: "办公室" }];
    const en = await gql<{ importPlan: ImportResult }>(
      IMPORT,
      { input: { year: 2015, fileName: "2015.csv", fileBase64: b64(csvOf(fixed)), dryRun: true } },
      admin,
      "en",
    );
    expect(en.data!.importPlan.problems).toEqual([
      { row: 3, column: "结束月", message: '"开始月" (Nov) cannot be later than "结束月" (Jun)' },
      {
        row: 4,
        column: "责任科室",
        message: '"办公室" in "责任科室" is not a section of your unit (its sections: 高新办, 农社科, 计划科, 成果科)',
      },
    ]);
    expect(en.data!.importPlan.preview.map((p) => [p.row, p.owners, p.window])).toEqual([
      [2, "高新办", "Jan–Dec"],
      [4, "办公室", "Unspecified (whole year)"],
    ]);
    const ok = await gql<{ importPlan: ImportResult }>(
      IMPORT,
      { input: { year: 2015, fileName: "2015.csv", fileBase64: b64(csvOf([ROWS[1], ROWS[2]])), dryRun: true } },
      admin,
      "en",
    );
    expect(ok.data!.importPlan.preview.map((p) => [p.row, p.owners, p.window])).toEqual([
      [2, "计划科, 成果科", "Jun–Dec"],
      [3, "Unassigned", "Unspecified (whole year)"],
    ]);
  });

  it("a real import of the bad sheet is refused with the problems and writes nothing", async () => {
    const before = await counts();
    const res = await gql(IMPORT, { input: { year: 2015, fileName: "2015.csv", fileBase64: b64(csvOf(twoBad())), dryRun: false } }, admin);
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toMatch(/^文件有 2 处问题，未导入：第 3 行：开始月（11月）不能晚于结束月（6月）；第 4 行：/);
    expect((res.errors?.[0].extensions?.problems as unknown[]).length).toBe(2);
    expect(await counts()).toEqual(before);
  });

  it("the fixed sheet (XLSX) passes the dry run and imports every row in one go, audited", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("指标");
    sheet.addRow(TEMPLATE_COLUMNS.map((c) => c.header));
    for (const r of ROWS)
      sheet.addRow(TEMPLATE_COLUMNS.map((c) => (/^\d+(\.\d+)?$/.test(r[c.header] ?? "") ? Number(r[c.header]) : (r[c.header] ?? null))));
    const file = b64(new Uint8Array(await workbook.xlsx.writeBuffer()));

    const dry = await gql<{ importPlan: ImportResult }>(
      IMPORT,
      { input: { year: 2015, fileName: "2015.xlsx", fileBase64: file, dryRun: true } },
      admin,
    );
    expect(dry.data!.importPlan).toMatchObject({ ok: true, problems: [], rowCount: 3, areaCount: 2, targetCount: 3, totalPoints: 300 });
    expect(dry.data!.importPlan.preview.map((p) => [p.row, p.code, p.owners, p.points, p.window])).toEqual([
      [2, "一.1", "高新办", 40, "1–12月"],
      [3, "一.2", "计划科、成果科", 60, "6–12月"],
      [4, "二.1", "未指定", 200, "未指定（按全年）"],
    ]);

    const before = await counts();
    const res = await gql<{ importPlan: ImportResult }>(
      IMPORT,
      { input: { year: 2015, fileName: "2015.xlsx", fileBase64: file, dryRun: false } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.importPlan.plan).toMatchObject({ year: 2015, title: "益阳市科技局2015年绩效计划书", totalPoints: 300 });
    expect(await counts()).toEqual({
      plans: before.plans + 1,
      targets: before.targets + 3,
      audits: before.audits + 1,
      entries: before.entries,
    });
    const e = await editor(res.data!.importPlan.plan!.id);
    expect(byCode(e, "一.1")).toMatchObject({ kind: "GROWTH_PCT", baselineValue: 133, pointsOverride: 40, startMonth: 1, endMonth: 12 });
    expect(byCode(e, "一.2").owners.map((o) => o.name)).toEqual(["计划科", "成果科"]);
    expect(byCode(e, "二.1").owners).toEqual([]);
  });

  it("refuses a year that already has a plan (CONFLICT), even on a dry run", async () => {
    const res = await gql(IMPORT, { input: { year: 2013, fileName: "x.csv", fileBase64: b64(csvOf(ROWS)), dryRun: true } }, admin);
    expect(res.errors?.[0].extensions?.code).toBe("CONFLICT");
  });

  it("refuses other file types and files that are not the template", async () => {
    const pdf = await gql(IMPORT, { input: { year: 2020, fileName: "plan.pdf", fileBase64: b64("%PDF"), dryRun: true } }, admin);
    expect(pdf.errors?.[0].message).toBe("只能导入 .xlsx 或 .csv 文件");
    const broken = await gql(IMPORT, { input: { year: 2020, fileName: "plan.xlsx", fileBase64: b64("not a zip"), dryRun: true } }, admin);
    expect(broken.errors?.[0].message).toMatch(/无法读取该 Excel 文件/);
    const other = await gql<{ importPlan: ImportResult }>(
      IMPORT,
      { input: { year: 2020, fileName: "x.csv", fileBase64: b64("姓名,电话\n张三,123\n"), dryRun: true } },
      admin,
    );
    expect(other.data!.importPlan.problems[0]).toMatchObject({ row: 1, message: expect.stringMatching(/^表头缺少列：领域编号、领域名称/) });
  });
});

describe("export → import round trip", () => {
  async function download(planId: string, format: "csv" | "xlsx", user: SessionUser) {
    const { sealed } = await openSession(user.id);
    const req = new NextRequest(`http://localhost/api/plans/${planId}/export?format=${format}`, {
      headers: { cookie: `${SESSION_COOKIE}=${sealed}` },
    });
    return exportPlan(req, { params: Promise.resolve({ planId }) });
  }

  for (const [format, year] of [
    ["csv", 2021],
    ["xlsx", 2022],
  ] as const) {
    it(`exports the 2013 plan as ${format} and imports it back as ${year} unchanged`, async () => {
      const res = await download(plan2013, format, admin);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toContain(`filename="plan-2013.${format}"`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (format === "csv")
        expect(
          new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).startsWith("\uFEFF领域编号,领域名称,领域类别,领域分值,指标编号"),
        ).toBe(true);

      const imported = await gql<{ importPlan: ImportResult }>(
        IMPORT,
        { input: { year, fileName: `plan-2013.${format}`, fileBase64: b64(bytes), dryRun: false } },
        admin,
      );
      expect(imported.errors).toBeUndefined();
      expect(imported.data!.importPlan).toMatchObject({ ok: true, rowCount: 20, areaCount: 6, targetCount: 20, totalPoints: 680 });
      const [original, copy] = [await editor(plan2013), await editor(imported.data!.importPlan.plan!.id)];
      expect(comparable(copy)).toEqual(comparable(original));
    });
  }

  it("refuses the export to a signed-out visitor and to another unit's user", async () => {
    const anonymous = await exportPlan(new NextRequest(`http://localhost/api/plans/${plan2013}/export`), {
      params: Promise.resolve({ planId: plan2013 }),
    });
    expect(anonymous.status).toBe(401);
    const county = await download(plan2013, "csv", await userNamed("heshan"));
    expect(county.status).toBe(403);
  });
});

describe("year over year", () => {
  it("lists each target of 2014 with its 2013 year-end result by lineage", async () => {
    const res = await gql<{
      planHistory: {
        years: number[];
        targets: { code: string; results: { year: number; value: number | null; ratio: number | null; status: string }[] }[];
      };
    }>(
      `query H($planId: ID!) { planHistory(planId: $planId) { years targets { code results { year value ratio status } } } }`,
      { planId: plan2014 },
      await userNamed("leader"),
    );
    expect(res.errors).toBeUndefined();
    const h = res.data!.planHistory;
    expect(h.years).toEqual([2013, 2014, 2015, 2016, 2021, 2022]);
    expect(h.targets).toHaveLength(20);
    const centres = h.targets.find((t) => t.code === "二.(一).3.(3)")!;
    // 2013: 2 of 4 centres on 31 December, the last day of its 6–12月 window: 滞后 (not yet 逾期); 2014 (edited
    // to 3–11月) and the 2016 copy (6–12月): nothing reported
    expect(centres.results.map((r) => [r.year, r.value, r.status])).toEqual([
      [2013, 2, "BEHIND"],
      [2014, null, "OVERDUE"],
      [2016, null, "BEHIND"],
    ]);
    expect(centres.results[0].ratio).toBe(0.5);
  });

  it("gives one target's history, also when asked from the first year", async () => {
    const res = await gql<{ targetHistory: { lineageKey: string; results: { year: number }[] } }>(
      `query T($id: ID!) { targetHistory(targetId: $id) { lineageKey results { year } } }`,
      { id: ids2013.get("二.(一).2.(2)") },
      admin,
    );
    expect(res.data!.targetHistory.lineageKey).toBe(ids2013.get("二.(一).2.(2)"));
    expect(res.data!.targetHistory.results.map((r) => r.year)).toEqual([2013, 2014, 2016]);
  });
});
