// 责任清单: the embedded lists (湘阴县科技局 in full from shared/seeds/000_3492f816b3db84be.txt, 益阳市科技局's
// 主要职责 from its 2013 plan), search, target ↔ duty links (admin only, same unit, audited) and the workbook.
// Expected values are typed from the source by hand, independently of prisma/seed-data.
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportDuties } from "../../app/api/units/[unitId]/duties/route";
import { hashPassword } from "../../lib/server/auth/password";
import { openSession, SESSION_COOKIE } from "../../lib/server/auth/session";
import type { SessionUser } from "../../lib/server/auth/session-user";
import { db } from "../../lib/server/db";
import { loadPlan } from "../../lib/server/seed/load-plan";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { seedDutyLists } from "../../lib/server/seed/seed-duty-lists";
import { makePlanSeed } from "../factories/plan-factory";
import { countQueries, gql, userNamed } from "./harness";

const LIST = `
  query List($unitId: ID!, $search: String) {
    dutyList(unitId: $unitId, search: $search) {
      unit { name level region }
      search terms viewerCanLink
      totals { duties sections workItems boundaries procedures publicServices }
      shown { duties sections workItems boundaries procedures publicServices }
      duties {
        id seq text itemCount
        items { id seq text phone section { name phone } links { id target { code } } }
        links { id target { code } workItem { id } }
      }
      bySection { section { name phone } itemCount items { text duty { seq } } publicServices { seq name } }
      boundaries { seq matter legalBasis caseText parties { seq department division } }
      procedures { part seq heading body }
      publicServices { seq name content phone section { name } }
    }
  }`;

interface Item {
  id: string;
  seq: number;
  text: string;
  phone: string | null;
  section: { name: string; phone: string | null } | null;
  links: { id: string; target: { code: string } }[];
}
interface DutyListData {
  dutyList: {
    unit: { name: string; level: string; region: string | null };
    search: string | null;
    terms: string[];
    viewerCanLink: boolean;
    totals: Record<string, number>;
    shown: Record<string, number>;
    duties: {
      id: string;
      seq: number;
      text: string;
      itemCount: number;
      items: Item[];
      links: { id: string; target: { code: string }; workItem: { id: string } | null }[];
    }[];
    bySection: {
      section: { name: string; phone: string | null };
      itemCount: number;
      items: { text: string; duty: { seq: number } }[];
      publicServices: { seq: number; name: string }[];
    }[];
    boundaries: {
      seq: number;
      matter: string;
      legalBasis: string | null;
      caseText: string | null;
      parties: { seq: number; department: string; division: string }[];
    }[];
    procedures: { part: string; seq: number; heading: string; body: string }[];
    publicServices: { seq: number; name: string; content: string; phone: string | null; section: { name: string } | null }[];
  };
}

const LINK = `mutation ($i: LinkTargetDutyInput!) { linkTargetDuty(input: $i) { id target { code planYear } duty { seq } workItem { seq text } } }`;
const UNLINK = `mutation ($l: ID!) { unlinkTargetDuty(linkId: $l) { id target { code } } }`;

let xiangyin: string;
let yiyang: string;
let admin: SessionUser;
let leader: SessionUser;
let targetIds: Map<string, string>;
let sectionIds: Map<string, string>;

async function list(unitId: string, search: string | null = null, user: SessionUser = leader) {
  const res = await gql<DutyListData>(LIST, { unitId, search }, user);
  expect(res.errors).toBeUndefined();
  return res.data!.dutyList;
}

async function writes() {
  const [links, audits] = await Promise.all([db.targetDutyLink.count(), db.auditLog.count()]);
  return { links, audits };
}

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  targetIds = seeded.loaded!.targetIds;
  sectionIds = seeded.loaded!.sectionIds;
  xiangyin = (await db.unit.findUniqueOrThrow({ where: { name: "湘阴县科技局" } })).id;
  yiyang = seeded.loaded!.unitId;
  admin = await userNamed("admin");
  leader = await userNamed("leader");
});

describe("湘阴县科技局's responsibility list, as seeded", () => {
  it("is a county unit of 岳阳市 of its own, not under 益阳市科技局", async () => {
    const unit = await db.unit.findUniqueOrThrow({ where: { id: xiangyin } });
    expect(unit).toMatchObject({ name: "湘阴县科技局", level: "COUNTY", region: "湖南省岳阳市湘阴县", parentId: null });
    expect(yiyang).not.toBe(xiangyin);
  });

  it("has 16 duties, 72 work items, 2 boundaries, 6 procedures and 6 public services", async () => {
    const l = await list(xiangyin);
    // Counted by hand in the source, duty by duty: 4+2+4+4+5+5+7+13+4+2+3+4+2+3+5+5 = 72 work items.
    expect(l.totals).toEqual({ duties: 16, sections: 5, workItems: 72, boundaries: 2, procedures: 6, publicServices: 6 });
    expect(l.shown).toEqual(l.totals);
    expect(l.duties.map((d) => d.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(l.duties.map((d) => d.items.length)).toEqual([4, 2, 4, 4, 5, 5, 7, 13, 4, 2, 3, 4, 2, 3, 5, 5]);
    expect(l.duties.map((d) => d.itemCount)).toEqual([4, 2, 4, 4, 5, 5, 7, 13, 4, 2, 3, 4, 2, 3, 5, 5]);
  });

  it("has its 5 sections with their phones, each with the work items it is responsible for", async () => {
    const l = await list(xiangyin);
    // By hand: 办公室 duty 1 (4) + duty 12 (1st, 2nd, 4th) + duty 13 (2) = 9; 知识产权办公室 2 + 7 + 13 + 3 + 1 (duty 12's 3rd) = 26;
    // 高新产业化股 4 + 4 + 5 + 5 + 4 = 22; 财计股 2; 地震办公室 3 + 5 + 5 = 13. 9 + 26 + 22 + 2 + 13 = 72.
    expect(l.bySection.map((g) => [g.section.name, g.section.phone, g.itemCount])).toEqual([
      ["办公室", "2115518", 9],
      ["知识产权办公室", "2269700", 26],
      ["高新产业化股", "2269700", 22],
      ["财计股", "2115518", 2],
      ["地震办公室", "2115558", 13],
    ]);
    const quake = l.bySection.find((g) => g.section.name === "地震办公室")!;
    expect(quake.items.map((i) => i.duty.seq)).toEqual([14, 14, 14, 15, 15, 15, 15, 15, 16, 16, 16, 16, 16]);
    expect(quake.items[0].text).toBe("负责拟定全县防震减灾规划，并监督检查其执行");
  });

  it("keeps duties and work items verbatim, each item with its own section and phone", async () => {
    const l = await list(xiangyin);
    const duty = (seq: number) => l.duties.find((d) => d.seq === seq)!;
    expect(duty(1).text).toBe("贯彻执行国家、省、市科技、知识产权和防震减灾工作的法律法规、方针、政策；拟订相关政策措施，并监督实施");
    expect(duty(1).items[0]).toMatchObject({ seq: 1, text: "制定全县科技政策性文件", section: { name: "办公室" }, phone: "2115518" });
    expect(duty(1).items[2].text).toBe("拟定全县科技和知识产权发展政策措施；");
    expect(duty(14).items[0]).toMatchObject({
      text: "负责拟定全县防震减灾规划，并监督检查其执行",
      section: { name: "地震办公室" },
      phone: "2115558",
    });
    // duty 12 names three sections: 办公室, 办公室 (row left empty), 知识产权办公室, 办公室
    expect(duty(12).items.map((i) => [i.text, i.section?.name, i.phone])).toEqual([
      ["拟订科技保密管理办法，指导和监督全县科学技术保密工作", "办公室", "2115518"],
      ["负责科技、专利统计分析工作", "办公室", "2115518"],
      ["负责全县科学技术奖、专利奖励管理工作", "知识产权办公室", "2269700"],
      ["开展科技金融结合工作", "办公室", "2115518"],
    ]);
    // the source's own typos stay
    expect(duty(5).text).toBe(
      "牵头组织协调促进全县产学研结合工作；组织重大科技成果应用示范，加强科技成果转化和推广；负责全县技术县场体系建设和管理，推进科技服务体系发展",
    );
    expect(duty(5).items[2].text).toBe("组织实施科技成果推广计划，推进技术县场发展");
    expect(duty(7).text.startsWith("组织开展全县专利行政执法及县场监督管理工作。")).toBe(true);
    expect(duty(8).items[8].text).toBe("指导知识产权预警和维权援助，负责12330举报投诉、法律咨询、维权援助工作");
    expect(duty(10).items.map((i) => i.section?.name)).toEqual(["财计股", "财计股"]);
    expect(duty(15).items[3].text).toBe(
      "负责地震行政复议、行政诉讼工作；负责地震技术标准的宣传、贯彻、实施和执行监督;\n负责震情和灾情速报，会同有关部门组织地震灾害调查与损失评估",
    );
    expect(duty(16).text.endsWith("防震减灾宣传网")).toBe(true);
  });

  it("has the 2 boundaries, the first with two parties", async () => {
    const [secrecy, ip] = (await list(xiangyin)).boundaries;
    expect(secrecy.matter).toBe("科学技术保密管理工作");
    expect(secrecy.parties).toEqual([
      {
        seq: 1,
        department: "县科技局",
        division: "贯彻执行国家科学技术保密工作的方针、政策，和省科技保密规章制度；指导全县国家科学技术秘密事项的报批和监管工作",
      },
      { seq: 2, department: "县保密局", division: "指导全县开展科学技术保密工作，对全县科学技术保密工作负有指导、协调、监督和检查的职责" },
    ]);
    expect(secrecy.legalBasis).toBe("《科学技术保密规定》（1995年1月6日中华人民共和国国家科学技术委员会国家保密局令第20号发布）");
    expect(secrecy.caseText).toBe("某涉密科研项目发生泄密事件时，县保密局负责上报、查处工作，县科技局协助");
    expect(ip.matter).toBe("全县知识产权保护工作");
    expect(ip.parties).toHaveLength(1);
    expect(ip.parties[0].department).toBe("县科技局、工商局、文广新局、农业局、林业局、县公安局、县商务局");
    expect(ip.legalBasis!.startsWith("《中华人民共和国专利法》、《中华人民共和国专利法实施细则》《中华人民共和国商标法》")).toBe(true);
    expect(ip.caseText).toBe(
      "对于侵犯专利权、假冒专利等行为，由知识产权局进行处理；对于侵犯商标权的行为，由工商行政管理局负责处理，对于侵犯著作权的行为，由新闻出版广电局负责处理",
    );
  });

  it("has the supervision procedures heading by heading, the closing 第六十七条 paragraph under 六", async () => {
    const procedures = (await list(xiangyin)).procedures;
    expect(procedures.map((p) => p.heading)).toEqual([
      "一、监督检查对象",
      "二、监督检查内容",
      "三、监督检查方式",
      "四、监督检查程序",
      "五、监督检查措施",
      "六、监督检查处理",
    ]);
    expect(new Set(procedures.map((p) => p.part))).toEqual(new Set(["（一）对属地管理的行政执法职权的监督检查"]));
    expect(procedures[0].body).toBe(
      "用财政资金支持的县级科技项目计划、创新平台基地计划、科技创新人才计划的承担单位和项目负责人，必要时延伸至项目实施相关合作单位。",
    );
    expect(procedures[1].body.split("\n")).toHaveLength(4);
    expect(procedures[1].body).toContain("新产品开发、县场拓展、人才队伍培养");
    const steps = ["1.抽查检查。", "2.中期检查。", "3. 委派中介机构检查指导。", "4. 项目结题验收。", "5. 绩效评估。"];
    expect(procedures[3].body.split("\n").map((p, i) => p.startsWith(steps[i]))).toEqual([true, true, true, true, true]);
    expect(procedures[5].body.split("\n")[1]).toBe(
      "《中华人民共和国科技进步法》第六十七条规定，虚报、冒领、贪污、挪用、截留用于科学技术进步的财政性资金，依照有关财政违法行为处罚处分的规定责令改正，追回有关财政性资金和违法所得，依法给予行政处罚；对直接负责的主管人员和其他直接责任人员依法给予处分。",
    );
  });

  it("has the 6 public services with their sections and phones", async () => {
    const services = (await list(xiangyin)).publicServices;
    expect(services.map((s) => [s.seq, s.name, s.section?.name, s.phone])).toEqual([
      [1, "接受举报投诉，开展维权援助工作", "知识产权办公室", "2269700"],
      [2, "提供专利信息查询、检索服务", "知识产权办公室", "2269700"],
      [3, "提供科技咨询服务", "办公室", "2115518"],
      [4, "提供专利运营和专利县场事务服务", "知识产权办公室", "2269700"],
      [5, "开展科技宣传", "办公室", "2115518"],
      [6, "科技类政府信息公开工作", "办公室", "2115518"],
    ]);
    expect(services[2].content).toBe("提供有关知识产权保护的法律、法规和相关政策的咨询服务。");
  });

  it("loads 益阳市科技局's 12 主要职责 from its 2013 plan, without work items", async () => {
    const l = await list(yiyang);
    expect(l.unit).toMatchObject({ name: "益阳市科技局", level: "CITY" });
    expect(l.totals).toEqual({ duties: 12, sections: 0, workItems: 0, boundaries: 0, procedures: 0, publicServices: 0 });
    expect(l.duties[8].text).toBe("负责科技信息、科技统计工作。");
    expect(l.duties[11].text).toBe("承办市委、市人民政府交办的其他事项。");
    expect(l.bySection).toEqual([]);
  });

  it("loads once: seeding again writes nothing", async () => {
    const before = await Promise.all([db.unit.count(), db.section.count(), db.duty.count(), db.workItem.count(), db.publicService.count()]);
    const again = await seedDutyLists();
    expect(again.map((r) => r.skipped)).toEqual([true, true]);
    expect((await seedDefaultData({ demo: false })).skipped).toBe(true);
    expect(
      await Promise.all([db.unit.count(), db.section.count(), db.duty.count(), db.workItem.count(), db.publicService.count()]),
    ).toEqual(before);
  });

  it("is read in the same few statements whatever the list's size", async () => {
    // 湘阴's list (72 work items) is published to 益阳's users without plan data; 益阳's own list (12 duties)
    // adds the one read of its target links (and its includes): a fixed count either way.
    const county = await countQueries(() => list(xiangyin, "专利"));
    const countyAll = await countQueries(() => list(xiangyin));
    const city = await countQueries(() => list(yiyang));
    expect(countyAll.queries).toBe(county.queries);
    expect(city.queries).toBe(county.queries + 5);
    expect(city.queries).toBeLessThanOrEqual(14);
  });
});

describe("searching the list", () => {
  it("专利 keeps only rows that contain it: 14 work items in duties 7, 8 and 12, services 2 and 4, boundary 2", async () => {
    const l = await list(xiangyin, " 专利 ");
    expect(l.search).toBe("专利");
    expect(l.terms).toEqual(["专利"]);
    // By hand: duty 7 has 5 items with 专利, duty 8 has 7, duty 12 has 2 (统计分析, 奖励管理).
    expect(l.duties.map((d) => [d.seq, d.items.length])).toEqual([
      [7, 5],
      [8, 7],
      [12, 2],
    ]);
    for (const d of l.duties) for (const i of d.items) expect(i.text).toContain("专利");
    expect(l.shown).toEqual({ duties: 3, sections: 2, workItems: 14, boundaries: 1, procedures: 0, publicServices: 2 });
    expect(l.totals.workItems).toBe(72);
    expect(l.publicServices.map((s) => s.seq)).toEqual([2, 4]);
    expect(l.boundaries.map((b) => b.seq)).toEqual([2]);
    expect(l.bySection.map((g) => [g.section.name, g.items.length, g.publicServices.length])).toEqual([
      ["办公室", 1, 0],
      ["知识产权办公室", 13, 2],
    ]);
  });

  it("matches a section's name or phone, and needs every term", async () => {
    expect((await list(xiangyin, "地震办公室")).shown.workItems).toBe(13);
    expect((await list(xiangyin, "2115558")).shown.workItems).toBe(13);
    const both = await list(xiangyin, "专利　奖");
    expect(both.terms).toEqual(["专利", "奖"]);
    expect(both.duties.flatMap((d) => d.items.map((i) => i.text))).toEqual([
      "组织实施县专利奖励工作",
      "组织实施国家、省、市专利奖的申报工作",
      "负责全县科学技术奖、专利奖励管理工作",
    ]);
    const none = await list(xiangyin, "不存在的词");
    expect(none.shown).toEqual({ duties: 0, sections: 0, workItems: 0, boundaries: 0, procedures: 0, publicServices: 0 });
    expect(none.bySection).toEqual([]);
  });

  it("keeps a duty whose own text matches, with only its matching items", async () => {
    const l = await list(yiyang, "科技统计");
    expect(l.duties.map((d) => d.seq)).toEqual([9]);
    const quake = await list(xiangyin, "地震灾区重建规划");
    expect(quake.duties.map((d) => [d.seq, d.items.length])).toEqual([[15, 0]]);
  });
});

describe("linking targets to duties", () => {
  const HIGH_TECH = "二.(一).1.(1)";

  it("an administrator links a 益阳 target to a 益阳 duty: the link and an audit row", async () => {
    const duty5 = (await list(yiyang)).duties[4];
    const before = await writes();
    const res = await gql<{
      linkTargetDuty: { id: string; target: { code: string; planYear: number }; duty: { seq: number }; workItem: null };
    }>(LINK, { i: { targetId: targetIds.get(HIGH_TECH), dutyId: duty5.id } }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.linkTargetDuty).toMatchObject({ target: { code: HIGH_TECH, planYear: 2013 }, duty: { seq: 5 }, workItem: null });
    expect(await writes()).toEqual({ links: before.links + 1, audits: before.audits + 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "LINK_TARGET_DUTY" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({
      userId: admin.id,
      entityType: "TargetDutyLink",
      entityId: res.data!.linkTargetDuty.id,
      targetId: targetIds.get(HIGH_TECH),
    });
    expect(JSON.parse(audit.after!)).toEqual({ duty: `5 ${duty5.text}`, workItem: null });

    const after = await list(yiyang, null, admin);
    expect(after.viewerCanLink).toBe(true);
    expect(after.duties[4].links.map((l) => l.target.code)).toEqual([HIGH_TECH]);
    // 高新办 owns the target: its section page shows the duty it serves
    const section = await gql<{ sectionDuties: { items: unknown[]; links: { target: { code: string }; duty: { seq: number } }[] } }>(
      `query ($s: ID!) { sectionDuties(sectionId: $s) { items { id } links { target { code } duty { seq } } } }`,
      { s: sectionIds.get("高新办") },
      leader,
    );
    expect(section.data!.sectionDuties).toEqual({ items: [], links: [{ target: { code: HIGH_TECH }, duty: { seq: 5 } }] });
  });

  it("refuses the same link twice, a duty of another unit and a work item of another duty; nothing is written", async () => {
    const yiyangDuty5 = (await list(yiyang)).duties[4];
    const x = await list(xiangyin);
    const before = await writes();
    const twice = await gql(LINK, { i: { targetId: targetIds.get(HIGH_TECH), dutyId: yiyangDuty5.id } }, admin);
    expect(twice.errors?.[0]).toMatchObject({ message: `指标 ${HIGH_TECH} 已关联到该职责`, extensions: { code: "BAD_USER_INPUT" } });
    const crossUnit = await gql(LINK, { i: { targetId: targetIds.get(HIGH_TECH), dutyId: x.duties[5].id } }, admin);
    // the duty is 湘阴's: the operation's resource check refuses it before the service runs
    expect(crossUnit.errors?.[0]).toMatchObject({ message: "只能操作本单位的职责", extensions: { code: "FORBIDDEN" } });
    const foreignItem = await gql(
      LINK,
      { i: { targetId: targetIds.get(HIGH_TECH), dutyId: yiyangDuty5.id, workItemId: x.duties[4].items[0].id } },
      admin,
    );
    expect(foreignItem.errors?.[0]).toMatchObject({ message: "只能操作本单位的工作事项", extensions: { code: "FORBIDDEN" } });
    // 益阳's duties come without work items: one of duty 6's, offered for duty 5
    const item6 = await db.workItem.create({ data: { dutyId: (await list(yiyang)).duties[5].id, seq: 99, text: "测试工作事项" } });
    const before2 = await writes();
    const wrongItem = await gql(LINK, { i: { targetId: targetIds.get(HIGH_TECH), dutyId: yiyangDuty5.id, workItemId: item6.id } }, admin);
    expect(await writes()).toEqual(before2);
    await db.workItem.delete({ where: { id: item6.id } });
    expect(wrongItem.errors?.[0]).toMatchObject({ message: "所选工作事项不属于该职责", extensions: { code: "BAD_USER_INPUT" } });
    const missing = await gql(LINK, { i: { targetId: "nope", dutyId: yiyangDuty5.id } }, admin);
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(await writes()).toEqual(before);
  });

  it("is for administrators only: others get FORBIDDEN and nothing is written", async () => {
    const duty1 = (await list(yiyang)).duties[0];
    const link = await db.targetDutyLink.findFirstOrThrow();
    for (const username of ["leader", "assessor", "gaoxin", "jihua"]) {
      const user = await userNamed(username);
      const before = await writes();
      const res = await gql(LINK, { i: { targetId: targetIds.get(HIGH_TECH), dutyId: duty1.id } }, user);
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      const un = await gql(UNLINK, { l: link.id }, user);
      expect(un.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(await writes()).toEqual(before);
      expect((await list(yiyang, null, user)).viewerCanLink).toBe(false);
    }
    const anonymous = await gql(LINK, { i: { targetId: targetIds.get(HIGH_TECH), dutyId: duty1.id } }, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("an administrator removes a link: audited with what it was", async () => {
    const link = await db.targetDutyLink.findFirstOrThrow({ where: { targetId: targetIds.get(HIGH_TECH) } });
    const before = await writes();
    const res = await gql<{ unlinkTargetDuty: { id: string; target: { code: string } } }>(UNLINK, { l: link.id }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.unlinkTargetDuty).toEqual({ id: link.id, target: { code: HIGH_TECH } });
    expect(await writes()).toEqual({ links: before.links - 1, audits: before.audits + 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "UNLINK_TARGET_DUTY" } });
    expect(audit).toMatchObject({ entityId: link.id, targetId: targetIds.get(HIGH_TECH), after: null });
    const linked = await db.auditLog.findFirstOrThrow({ where: { action: "LINK_TARGET_DUTY" } });
    expect(linked.before).toBeNull();
    expect(JSON.parse(audit.before!).duty.startsWith("5 主管全市高新技术")).toBe(true);
    const again = await gql(UNLINK, { l: link.id }, admin);
    expect(again.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("links a work item within the administrator's own unit only; the section page shows it", async () => {
    // 湘阴 has no plan in the embedded data: give it a test plan and an administrator of its own.
    const plan = await loadPlan(db, { ...makePlanSeed({ unitName: "湘阴县科技局", year: 2016, targetCount: 3 }) });
    const xiangyinAdmin = await db.user.create({
      data: {
        username: "xyadmin",
        displayName: "湘阴管理员",
        role: "ADMIN",
        unitId: xiangyin,
        passwordHash: await hashPassword("xiangyin-2016"),
      },
    });
    const x = await list(xiangyin);
    const duty14 = x.duties.find((d) => d.seq === 14)!;
    const input = { targetId: [...plan.targetIds.values()][0], dutyId: duty14.id, workItemId: duty14.items[0].id };

    const before = await writes();
    const other = await gql(LINK, { i: input }, admin);
    expect(other.errors?.[0]).toMatchObject({ message: "只能操作本单位的指标", extensions: { code: "FORBIDDEN" } });
    expect(await writes()).toEqual(before);
    expect(x.viewerCanLink).toBe(false);

    const own = await userNamed(xiangyinAdmin.username);
    const res = await gql<{ linkTargetDuty: { workItem: { seq: number; text: string } } }>(LINK, { i: input }, own);
    expect(res.errors).toBeUndefined();
    expect(res.data!.linkTargetDuty.workItem).toEqual({ seq: 1, text: "负责拟定全县防震减灾规划，并监督检查其执行" });
    const linkable = await gql<{ dutyList: { viewerCanLink: boolean; linkableTargets: { code: string }[] } }>(
      `query ($u: ID!) { dutyList(unitId: $u) { viewerCanLink linkableTargets { code } } }`,
      { u: xiangyin },
      own,
    );
    expect(linkable.data!.dutyList).toEqual({
      viewerCanLink: true,
      linkableTargets: [{ code: "A1.1" }, { code: "A2.2" }, { code: "A3.3" }],
    });

    const quake = await db.section.findFirstOrThrow({ where: { unitId: xiangyin, name: "地震办公室" } });
    const section = await gql<{
      sectionDuties: {
        section: { name: string; phone: string };
        unitName: string;
        items: { text: string; duty: { seq: number }; links: { target: { code: string } }[] }[];
        links: { target: { code: string } }[];
      };
    }>(
      `query ($s: ID!) { sectionDuties(sectionId: $s) { section { name phone } unitName items { text duty { seq } links { target { code } } } links { target { code } } } }`,
      { s: quake.id },
      own, // a section page is read within its own unit (unit scope)
    );
    const s = section.data!.sectionDuties;
    expect(s.section).toEqual({ name: "地震办公室", phone: "2115558" });
    expect(s.unitName).toBe("湘阴县科技局");
    expect(s.items).toHaveLength(13);
    expect(s.items[0]).toEqual({
      text: "负责拟定全县防震减灾规划，并监督检查其执行",
      duty: { seq: 14 },
      links: [{ target: { code: "A1.1" } }],
    });
    expect(s.links).toEqual([{ target: { code: "A1.1" } }]);
  });
});

describe("the Excel export", () => {
  async function requestAs(username: string | null, unitId: string, query = "") {
    const headers = new Headers();
    if (username) {
      const user = await db.user.findUniqueOrThrow({ where: { username } });
      const { sealed } = await openSession(user.id);
      headers.set("cookie", `${SESSION_COOKIE}=${sealed}`);
    }
    return exportDuties(new NextRequest(`http://localhost/api/units/${unitId}/duties${query}`, { headers }), {
      params: Promise.resolve({ unitId }),
    });
  }

  it("refuses without a session", async () => {
    const res = await requestAs(null, xiangyin);
    expect(res.status).toBe(401);
    expect(await res.text()).toBe("请先登录");
  });

  it("writes 部门职责, 职责边界 and 公共服务事项 with Chinese headers, merged duty cells and every item verbatim", async () => {
    const res = await requestAs("leader", xiangyin);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/spreadsheetml/);
    expect(res.headers.get("content-disposition")).toContain(encodeURIComponent("湘阴县科技局责任清单.xlsx"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["部门职责", "职责边界", "公共服务事项"]);

    const duties = workbook.getWorksheet("部门职责")!;
    expect(duties.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect((duties.getRow(1).values as unknown[]).slice(1)).toEqual(["序号", "主要职责", "具体工作事项", "责任科室", "联系方式"]);
    expect(duties.rowCount).toBe(1 + 72);
    expect((duties.getRow(2).values as unknown[]).slice(1)).toEqual([
      1,
      "贯彻执行国家、省、市科技、知识产权和防震减灾工作的法律法规、方针、政策；拟订相关政策措施，并监督实施",
      "制定全县科技政策性文件",
      "办公室",
      "2115518",
    ]);
    // duty 1's four rows share one merged 序号 and 主要职责 cell
    expect(duties.getCell("A5").isMerged).toBe(true);
    expect(duties.getCell("B5").master.address).toBe("B2");
    expect(duties.getCell("C5").value).toBe("贯彻执行国家、省有关防震减灾工作的法律法规、政策");
    expect(duties.getColumn(3).width).toBeGreaterThan(30);
    expect(duties.getCell("C2").alignment.wrapText).toBe(true);
    let quake = 0;
    duties.eachRow((row, n) => {
      if (n > 1 && row.getCell(4).value === "地震办公室") quake++;
    });
    expect(quake).toBe(13);

    const boundaries = workbook.getWorksheet("职责边界")!;
    expect((boundaries.getRow(1).values as unknown[]).slice(1)).toEqual(["序号", "管理事项", "相关部门", "职责分工", "相关依据", "案例"]);
    expect(boundaries.rowCount).toBe(1 + 3);
    expect(boundaries.getCell("C3").value).toBe("县保密局");
    expect(boundaries.getCell("B3").master.address).toBe("B2");

    const services = workbook.getWorksheet("公共服务事项")!;
    expect((services.getRow(1).values as unknown[]).slice(1)).toEqual(["序号", "服务事项", "主要工作内容", "承办机构", "联系电话"]);
    expect((services.getRow(3).values as unknown[]).slice(1)).toEqual([
      2,
      "提供专利信息查询、检索服务",
      "建立完善专利信息公共服务平台，提供专利信息服务；提供专利布局、预警分析服务。",
      "知识产权办公室",
      "2269700",
    ]);
  });

  it("exports what a search shows", async () => {
    const res = await requestAs("leader", xiangyin, `?search=${encodeURIComponent("专利")}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.getWorksheet("部门职责")!.rowCount).toBe(1 + 14);
    expect(workbook.getWorksheet("公共服务事项")!.rowCount).toBe(1 + 2);
  });
});
