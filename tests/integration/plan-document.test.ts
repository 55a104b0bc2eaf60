// 绩效计划书 as the document it came from (#15): the Word file of the seeded 2013 plan, unzipped and read back, holds
// the source's structure (shared/seeds/003_d34674db644054fc.txt) — the signature and seal blocks, the four headings,
// every target's wording with its points — and a 2014 plan copied from it and edited prints as the 2014 agreement.
// Expected text is written out by hand from the source document and the plan's points (an area's points shared
// equally among its targets unless a target has its own).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { assignTargetOwners } from "../../lib/server/plans/assign-target-owners";
import { copyPlan } from "../../lib/server/plans/copy-plan";
import { updateTarget } from "../../lib/server/plans/update-target";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { docxText } from "../factories/docx-text";
import { gql, userNamed, versionOf } from "./harness";
import { callRoute } from "./route-harness";

const ROUTE = "GET /api/plans/[planId]/document";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Every target of the 2013 plan: its wording as the plan has it, and the points printed after it. */
const TARGETS_2013: [string, string][] = [
  // 高新技术产业发展 100 分, two targets
  ["预计辖区内高企数量增长幅度保持在10%以上。", "50"],
  ["预计高新技术产品产值增幅保持20%以上。", "50"],
  // 科技支撑农业与民生建设 100 分, six targets
  ["引进农业新品种、新技术5项", "16.67"],
  ["重点支持农业科技项目5个", "16.67"],
  ["推动相关企业在安全生产、食品安全、节能减排等民生领域技术创新能力的提高,组织实施上述领域科技项目4项;", "16.67"],
  ["加强农业科技服务,开展送科技下乡活动3次", "16.67"],
  ["建立农村科技成果示范推广基地10个", "16.67"],
  ["建立农村科普基地2个", "16.67"],
  // 创新能力建设 100 分, three
  ["推进中国黑茶产业联盟创新服务平台建设;", "33.33"],
  ["选树科技创新带头人5名;", "33.33"],
  ["组建市级工程技术研究中心4家。", "33.33"],
  // 产学研协同创新 100 分, three
  ["扶持企业建设博士后科研工作联系点、研究生实习基地3家;", "33.33"],
  ["组织实施产学研重点项目3项;", "33.33"],
  ["扶持引进2项科技成果落地转化。", "33.33"],
  // 科技投入与保障 200 分, five
  ["市州本级财政科技支出:部门预算经费预计267.9万元", "40"],
  ["市州本级财政科技支出:“科技三项费”预计920万元;", "40"],
  ["县(市、区)财政科技支出:预计3800万元;", "40"],
  ["全社会研发投入(R&D)情况:预计4.3亿元", "40"],
  ["争取中央财政科技项目经费:预计1100万元。", "40"],
];

let plan2013: string;
let heshanPlan: string;

async function download(planId: string, username: string): Promise<Response> {
  const user = await userNamed(username);
  return callRoute(ROUTE, { url: `/api/plans/${planId}/document`, params: { planId } }, user.id);
}

async function documentLines(planId: string, username = "leader"): Promise<string[]> {
  const res = await download(planId, username);
  expect(res.status, await res.clone().text()).toBe(200);
  return docxText(await res.arrayBuffer());
}

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  plan2013 = seeded.loaded!.planId;
  heshanPlan = (await db.plan.findFirstOrThrow({ where: { year: 2013, unit: { name: "赫山区科技局（演示）" } } })).id;
});

describe("the 2013 plan's Word file", () => {
  it("downloads as a .docx named by the plan", async () => {
    const res = await download(plan2013, "leader");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(DOCX);
    expect(res.headers.get("content-disposition")).toContain("plan-document-2013.docx");
    expect(decodeURIComponent(res.headers.get("content-disposition")!)).toContain("湖南省益阳市科技局2013年绩效计划书.docx");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
  });

  it("opens with the title, the three signature and seal blocks and the date line, in that order", async () => {
    const lines = await documentLines(plan2013);
    expect(lines.slice(0, 5)).toEqual([
      "湖南省益阳市科技局2013年绩效计划书",
      "厅长（签章）：",
      "责任单位（公章）：",
      "责任人（签章）：",
      "2013年\u3000\u3000月\u3000\u3000日",
    ]);
  });

  it("has the four headings of the source, in order, and the points of 工作业绩 and its areas", async () => {
    const lines = await documentLines(plan2013);
    const at = (line: string) => lines.indexOf(line);
    const headings = ["一、单位主要职责", "二、单位绩效指标及目标值", "三、单位绩效计划实施安排", "四、其他情况说明"].map(at);
    expect(headings.every((i) => i > 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    for (const line of [
      "（一）工作业绩（480分）",
      "1、高新技术产业发展（100分）",
      "2、科技支撑农业与民生建设（100分）",
      "3、创新能力建设（100分）",
      "4、产学研协同创新（100分）",
      "5、创新创优（80分）",
      "年末申报。",
      "（二）科技投入与保障（200分）",
    ])
      expect(lines, line).toContain(line);
  });

  it("lists the twelve duties of the unit under 一、", async () => {
    const lines = await documentLines(plan2013);
    const from = lines.indexOf("一、单位主要职责");
    expect(lines.slice(from + 1, lines.indexOf("二、单位绩效指标及目标值")).map((l) => l.match(/^\d+、/)?.[0])).toEqual(
      Array.from({ length: 12 }, (_, i) => `${i + 1}、`),
    );
    expect(lines[from + 12]).toBe("12、承办市委、市人民政府交办的其他事项。");
  });

  it("finds every target's wording followed by its points", async () => {
    const text = (await documentLines(plan2013)).join("\n");
    for (const [wording, points] of TARGETS_2013) expect(text, wording).toContain(`${wording}（${points}分）`);
    // the 20th, 创新创优, is its area's one line: 80 分 on the area
    expect(text).toContain("5、创新创优（80分）\n年末申报。\n");
  });

  it("三、 gives the windows in the plan's words, the owners it names and its checking group; 四、 its other notes", async () => {
    const text = (await documentLines(plan2013)).join("\n");
    expect(text).toContain("扶持企业建设博士后科研工作联系点、研究生实习基地3家（11月前完成）");
    expect(text).toContain("引进农业新品种、新技术5项，重点支持农业科技项目5个（3-10月完成）");
    // the database keeps a target's owners as a set: they are named in the unit's order of sections (高新办 first),
    // where the source wrote 农社科和高新办
    expect(text).toContain(
      "2、明确责任分工\n高新技术产业发展（高新办负责）；科技支撑农业与民生建设（高新办和农社科负责）；创新能力建设（计划科负责）；产学研协同创新（高新办和成果科负责）。",
    );
    expect(text).toContain("3、加强考核督查\n益阳市科技局成立以局长杨耀武为组长");
    expect(text).toContain("四、其他情况说明\n市州人民政府绩效考核结果应作为绩效考核重要依据，如考核不合格单位，则省厅考核不能评先评优。");
  });

  it("names in 明确责任分工 only the sections the plan names, not one the bureau assigned to 创新创优 itself", async () => {
    const target = await db.target.findFirstOrThrow({ where: { planId: plan2013, code: "二.(一).5" } });
    const section = await db.section.findFirstOrThrow({ where: { name: "计划科", unit: { plans: { some: { id: plan2013 } } } } });
    await assignTargetOwners({
      user: await userNamed("admin"),
      targetId: target.id,
      sectionIds: [section.id],
      expectedVersion: await versionOf("target", target.id),
    });
    expect(await db.targetOwner.count({ where: { targetId: target.id } })).toBe(1);
    expect((await documentLines(plan2013)).join("\n")).not.toContain("创新创优（计划科负责）");
  });

  it("prints the same lines the page shows (the planDocument query)", async () => {
    const res = await gql<{
      planDocument: { title: string; signatures: string[]; dateLine: string; blocks: { number: string; text: string }[] };
    }>(
      `query ($p: ID!) { planDocument(planId: $p) { title signatures dateLine blocks { number text } } }`,
      { p: plan2013 },
      await userNamed("leader"),
    );
    expect(res.errors).toBeUndefined();
    const d = res.data!.planDocument;
    expect(await documentLines(plan2013)).toEqual([d.title, ...d.signatures, d.dateLine, ...d.blocks.map((b) => `${b.number}${b.text}`)]);
  });
});

describe("who signs and who downloads", () => {
  it("a county's plan is signed with its city: 局长（签章）", async () => {
    const lines = await documentLines(heshanPlan, "heshan");
    expect(lines.slice(0, 4)).toEqual(["赫山区科技局（演示）2013年绩效计划书", "局长（签章）：", "责任单位（公章）：", "责任人（签章）："]);
  });

  it("a county account cannot download the city's plan document", async () => {
    const res = await download(plan2013, "heshan");
    expect([403, 404]).toContain(res.status);
    expect(await res.text()).not.toContain("高新技术产业发展");
  });

  it("no one signed in gets nothing", async () => {
    const res = await callRoute(ROUTE, { url: `/api/plans/${plan2013}/document`, params: { planId: plan2013 } }, null);
    expect(res.status).toBe(401);
  });
});

describe("a 2014 plan copied from 2013 and edited", () => {
  let plan2014: string;

  beforeAll(async () => {
    const admin = await userNamed("admin");
    plan2014 = (await copyPlan({ user: admin, planId: plan2013, year: 2014 })).id;
    const target = await db.target.findFirstOrThrow({ where: { planId: plan2014, code: "二.(一).1.(1)" } });
    await updateTarget({
      user: admin,
      targetId: target.id,
      expectedVersion: await versionOf("target", target.id),
      changes: { wording: "预计辖区内高企数量增长幅度保持在12%以上。", pointsOverride: 60 },
    });
  });

  it("prints as the 2014 agreement: its title and date line, the edited wording with its points, the area's other target with what is left", async () => {
    const lines = await documentLines(plan2014);
    expect(lines[0]).toBe("湖南省益阳市科技局2014年绩效计划书");
    expect(lines[4]).toBe("2014年\u3000\u3000月\u3000\u3000日");
    expect(lines).toContain("（1）预计辖区内高企数量增长幅度保持在12%以上。（60分）");
    // 高新技术产业发展 100 分 less 60
    expect(lines).toContain("（2）预计高新技术产品产值增幅保持20%以上。（40分）");
    expect(lines).toContain("1、高新技术产业发展（100分）");
    expect(lines.join("\n")).not.toContain("保持在10%以上");
    // 三、 schedules the new wording in the same window
    expect(lines.join("\n")).toContain("预计辖区内高企数量增长幅度保持在12%以上（1-12月份完成）");
  });

  it("leaves the 2013 document as it was", async () => {
    const lines = await documentLines(plan2013);
    expect(lines[0]).toBe("湖南省益阳市科技局2013年绩效计划书");
    expect(lines).toContain("（1）预计辖区内高企数量增长幅度保持在10%以上。（50分）");
  });
});
