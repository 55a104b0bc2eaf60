// 绩效计划书 as the document it came from (#15): the pure builder on the 2013 plan as seeded, against the source
// document (shared/seeds/003_d34674db644054fc.txt) line by line; the expected lines are written out by hand.
import { describe, expect, it } from "vitest";
import { YIYANG_2013, YIYANG_MAIN_DUTIES } from "../../prisma/seed-data/yiyang-2013";
import {
  buildPlanDocument,
  chineseNumeral,
  lineNumber,
  pointsText,
  windowWords,
  type PlanDocument,
  type PlanDocumentArea,
  type PlanDocumentSource,
} from "../../lib/domain/plan-document";
import { messages } from "../../lib/i18n/messages";

/** The seed as the service hands it over: target ids are their codes here, owners the plan's (三.2). */
function source2013(change: (s: PlanDocumentSource) => PlanDocumentSource = (s) => s): PlanDocumentSource {
  return change({
    title: YIYANG_2013.plan.title,
    year: 2013,
    parentLevel: null,
    duties: YIYANG_MAIN_DUTIES,
    assessmentGroup: YIYANG_2013.plan.assessmentGroup,
    otherNotes: YIYANG_2013.plan.otherNotes,
    categoryNames: messages.zh.category,
    areas: YIYANG_2013.areas.map((a): PlanDocumentArea => ({
      code: a.code,
      name: a.name,
      category: a.category,
      points: a.points,
      targets: a.targets.map((t) => ({
        id: t.code,
        code: t.code,
        title: t.title,
        wording: t.wording,
        pointsOverride: null,
        startMonth: t.window?.[0] ?? null,
        endMonth: t.window?.[1] ?? null,
        windowText: t.windowText,
        owners: a.owners,
      })),
    })),
  });
}

const lines = (d: PlanDocument) => d.blocks.map((b) => `${b.number}${b.text}`);
/** the lines between one section heading and the next */
function section(d: PlanDocument, heading: string): string[] {
  const all = lines(d);
  const start = all.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const next = d.blocks.findIndex((b, i) => i > start && b.kind === "SECTION");
  return all.slice(start + 1, next === -1 ? undefined : next);
}

describe("numbers and points as the plan writes them", () => {
  it("counts in Chinese numerals", () => {
    expect([1, 4, 10, 11, 12, 20, 35].map(chineseNumeral)).toEqual(["一", "四", "十", "十一", "十二", "二十", "三十五"]);
  });
  it("numbers each level", () => {
    expect([lineNumber(1, 2), lineNumber(2, 1), lineNumber(3, 5), lineNumber(4, 3)]).toEqual(["二、", "（一）", "5、", "（3）"]);
  });
  it("prints points to the hundredth, without trailing zeros", () => {
    expect([pointsText(100), pointsText(100 / 6), pointsText(200 / 3), pointsText(40), pointsText(12.5)]).toEqual([
      "100",
      "16.67",
      "66.67",
      "40",
      "12.5",
    ]);
  });
  it("says a window in the plan's words, leaving out how the app read them", () => {
    expect(windowWords({ startMonth: 1, endMonth: 10, windowText: "11月前完成（按11月1日前完成理解，即1–10月）" })).toBe("11月前完成");
    expect(windowWords({ startMonth: 3, endMonth: 10, windowText: "3-10月完成" })).toBe("3-10月完成");
    expect(windowWords({ startMonth: 6, endMonth: 12, windowText: null })).toBe("6-12月完成");
    expect(windowWords({ startMonth: 12, endMonth: 12, windowText: "" })).toBe("12月完成");
    // no months: not scheduled in 工作计划安排, whatever the text says
    expect(windowWords({ startMonth: null, endMonth: null, windowText: "年末申报（计划书未给出月份）" })).toBeNull();
  });
});

describe("the 2013 plan of 益阳市科技局", () => {
  const d = buildPlanDocument(source2013());

  it("opens with the title, the signature and seal blocks and the date line", () => {
    expect(d.title).toBe("湖南省益阳市科技局2013年绩效计划书");
    expect(d.signatures).toEqual(["厅长（签章）：", "责任单位（公章）：", "责任人（签章）："]);
    expect(d.dateLine).toBe("2013年\u3000\u3000月\u3000\u3000日");
  });

  it("has the four sections of the source, in order", () => {
    expect(d.blocks.filter((b) => b.kind === "SECTION").map((b) => `${b.number}${b.text}`)).toEqual([
      "一、单位主要职责",
      "二、单位绩效指标及目标值",
      "三、单位绩效计划实施安排",
      "四、其他情况说明",
    ]);
  });

  it("一、 lists the twelve duties numbered 1、 to 12、", () => {
    const duties = section(d, "一、单位主要职责");
    expect(duties).toHaveLength(12);
    expect(duties[0]).toBe(
      "1、负责全市科学技术进步的宏观管理和统筹协调。贯彻执行国家科技法律、法规、方针、政策;研究全市科技促进经济与社会发展的重大问题;研究确定全市科技发展的重大布局和优先领域;推动全市科技创新体系建设,提高全市科技创新能力。",
    );
    expect(duties[8]).toBe("9、负责科技信息、科技统计工作。");
    expect(duties[11]).toBe("12、承办市委、市人民政府交办的其他事项。");
  });

  it("二、 has 工作业绩 480分 with its five areas and 科技投入与保障 200分, each target's wording and points", () => {
    expect(section(d, "二、单位绩效指标及目标值")).toEqual([
      "（一）工作业绩（480分）",
      "1、高新技术产业发展（100分）",
      "（1）预计辖区内高企数量增长幅度保持在10%以上。（50分）",
      "（2）预计高新技术产品产值增幅保持20%以上。（50分）",
      "2、科技支撑农业与民生建设（100分）",
      "（1）①引进农业新品种、新技术5项（16.67分）",
      "②重点支持农业科技项目5个（16.67分）",
      "（2）推动相关企业在安全生产、食品安全、节能减排等民生领域技术创新能力的提高,组织实施上述领域科技项目4项;（16.67分）",
      "（3）①加强农业科技服务,开展送科技下乡活动3次（16.67分）",
      "②建立农村科技成果示范推广基地10个（16.67分）",
      "③建立农村科普基地2个（16.67分）",
      "3、创新能力建设（100分）",
      "（1）推进中国黑茶产业联盟创新服务平台建设;（33.33分）",
      "（2）选树科技创新带头人5名;（33.33分）",
      "（3）组建市级工程技术研究中心4家。（33.33分）",
      "4、产学研协同创新（100分）",
      "（1）扶持企业建设博士后科研工作联系点、研究生实习基地3家;（33.33分）",
      "（2）组织实施产学研重点项目3项;（33.33分）",
      "（3）扶持引进2项科技成果落地转化。（33.33分）",
      "5、创新创优（80分）",
      "年末申报。",
      "（二）科技投入与保障（200分）",
      "1、①市州本级财政科技支出:部门预算经费预计267.9万元（40分）",
      "②市州本级财政科技支出:“科技三项费”预计920万元;（40分）",
      "2、县(市、区)财政科技支出:预计3800万元;（40分）",
      "3、全社会研发投入(R&D)情况:预计4.3亿元（40分）",
      "4、争取中央财政科技项目经费:预计1100万元。（40分）",
    ]);
  });

  it("marks each of the 20 targets on exactly one line of 二、", () => {
    const start = d.blocks.findIndex((b) => b.text === "单位绩效指标及目标值");
    const end = d.blocks.findIndex((b) => b.text === "单位绩效计划实施安排");
    const marked = d.blocks.slice(start, end).flatMap((b) => b.targetIds);
    expect(marked).toHaveLength(20); // 2 + 6 + 3 + 3 + 1 + 5
    expect(new Set(marked)).toEqual(new Set(YIYANG_2013.areas.flatMap((a) => a.targets.map((t) => t.code))));
  });

  it("三、 schedules the work areas in the plan's window words, names the owners and quotes the checking group", () => {
    expect(section(d, "三、单位绩效计划实施安排")).toEqual([
      "1、工作计划安排",
      "（1）高新技术产业发展：预计辖区内高企数量增长幅度保持在10%以上（1-12月份完成）；预计高新技术产品产值增幅保持20%以上（1-12月份完成）。",
      "（2）科技支撑农业与民生建设：引进农业新品种、新技术5项，重点支持农业科技项目5个（3-10月完成）；" +
        "推动相关企业在安全生产、食品安全、节能减排等民生领域技术创新能力的提高,组织实施上述领域科技项目4项（3-12月完成）；" +
        "加强农业科技服务,开展送科技下乡活动3次，建立农村科技成果示范推广基地10个，建立农村科普基地2个（4-12月完成）。",
      "（3）创新能力建设：推进中国黑茶产业联盟创新服务平台建设（5-11月完成）；选树科技创新带头人5名（5-11月完成）；组建市级工程技术研究中心4家（6-12月完成）。",
      "（4）产学研协同创新：扶持企业建设博士后科研工作联系点、研究生实习基地3家（11月前完成）；组织实施产学研重点项目3项（5-12月完成）；扶持引进2项科技成果落地转化（3-12月完成）。",
      "2、明确责任分工",
      "高新技术产业发展（高新办负责）；科技支撑农业与民生建设（农社科和高新办负责）；创新能力建设（计划科负责）；产学研协同创新（高新办和成果科负责）。",
      "3、加强考核督查",
      "益阳市科技局成立以局长杨耀武为组长、纪检组长唐志斌为副组长、监察室主任丰东远等为成员的绩效考核小组，" +
        "考核小组每月底对所有工作进行一次工作调度，每季度进行一次工作督查，每半年进行一次工作点评，年底进行全面考评考核。",
    ]);
  });

  it("四、 quotes the other notes", () => {
    expect(section(d, "四、其他情况说明")).toEqual([
      "市州人民政府绩效考核结果应作为绩效考核重要依据，如考核不合格单位，则省厅考核不能评先评优。",
    ]);
  });
});

describe("who signs, and what a changed plan prints", () => {
  it("takes the signer from the unit above: the province's 厅长, a city's 局长, 厅长 with none", () => {
    const signer = (parentLevel: string | null) => buildPlanDocument(source2013((s) => ({ ...s, parentLevel }))).signatures[0];
    expect(signer("PROVINCE")).toBe("厅长（签章）：");
    expect(signer(null)).toBe("厅长（签章）：");
    expect(signer("CITY")).toBe("局长（签章）：");
  });

  it("prints an explicit points figure and the share the area leaves the others", () => {
    // 高新技术产业发展 100: 二.(一).1.(1) set to 60 leaves 40 to 二.(一).1.(2)
    const d = buildPlanDocument(
      source2013((s) => ({
        ...s,
        areas: s.areas.map((a) => ({
          ...a,
          targets: a.targets.map((t) =>
            t.code === "二.(一).1.(1)" ? { ...t, pointsOverride: 60, wording: "预计辖区内高企数量增长12%。" } : t,
          ),
        })),
      })),
    );
    expect(lines(d)).toContain("（1）预计辖区内高企数量增长12%。（60分）");
    expect(lines(d)).toContain("（2）预计高新技术产品产值增幅保持20%以上。（40分）");
  });

  it("a county's one-area plan: the area named like its category is the heading, its line numbered 1、", () => {
    const d = buildPlanDocument({
      title: "赫山区科技局（演示）2013年绩效计划书",
      year: 2013,
      parentLevel: "CITY",
      duties: [],
      assessmentGroup: null,
      otherNotes: null,
      categoryNames: messages.zh.category,
      areas: [
        {
          code: "一",
          name: "科技投入与保障",
          category: "FUNDING",
          points: 100,
          targets: [
            {
              id: "t1",
              code: "一.1",
              title: "县(市、区)财政科技支出",
              wording: "【演示】赫山区本级财政科技支出预计1500万元",
              pointsOverride: null,
              startMonth: null,
              endMonth: null,
              windowText: null,
              owners: ["计划股"],
            },
          ],
        },
      ],
    });
    expect(d.signatures[0]).toBe("局长（签章）：");
    expect(lines(d)).toEqual([
      "一、单位主要职责",
      "（责任清单中尚未录入本单位的主要职责。）",
      "二、单位绩效指标及目标值",
      "（一）科技投入与保障（100分）",
      "1、【演示】赫山区本级财政科技支出预计1500万元",
      "三、单位绩效计划实施安排",
      "1、明确责任分工",
      "科技投入与保障（计划股负责）。",
      "四、其他情况说明",
      "无。",
    ]);
  });

  it("an area whose targets have different owners names them by title", () => {
    const d = buildPlanDocument(
      source2013((s) => ({
        ...s,
        areas: s.areas.map((a) =>
          a.name !== "创新能力建设" ? a : { ...a, targets: a.targets.map((t, i) => (i === 2 ? { ...t, owners: ["成果科"] } : t)) },
        ),
      })),
    );
    expect(section(d, "三、单位绩效计划实施安排")[6]).toBe(
      "高新技术产业发展（高新办负责）；科技支撑农业与民生建设（农社科和高新办负责）；" +
        "创新能力建设：中国黑茶产业联盟创新服务平台、科技创新带头人（计划科负责），市级工程技术研究中心（成果科负责）；" +
        "产学研协同创新（高新办和成果科负责）。",
    );
  });
});
