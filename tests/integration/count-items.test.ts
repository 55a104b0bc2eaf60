// Count targets are completed by named items (CountItem), never by a typed figure: 组建市级工程技术研究中心4家
// (二.(一).3.(3), 计划科, 6-12月) has the demo's two centres (08-30, 11-20); the third is added, edited, given a
// link, and withdrawn again — each write version-checked, audited with the running count, and refused
// (writing nothing) when it is a duplicate, stale, another section's, or a typed figure.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { asLoaded, gql, userNamed } from "./harness";

const CENTRES = "二.(一).3.(3)";
const CENTRE = "益阳市电子信息工程技术研究中心";

const ITEM_FIELDS = `id targetId name date section { name } description docNumber link status reason isDemo version createdBy { username } evidence { kind title url }`;
const ADD = `mutation A($input: AddCountItemInput!) { addCountItem(input: $input) { item { ${ITEM_FIELDS} } progress { value ratio status target { version } } } }`;
const UPDATE = `mutation U($input: UpdateCountItemInput!) { updateCountItem(input: $input) { item { ${ITEM_FIELDS} } progress { value target { version } } } }`;
const WITHDRAW = `mutation W($id: ID!, $reason: String!, $v: Int!) { withdrawCountItem(itemId: $id, reason: $reason, expectedVersion: $v) { item { ${ITEM_FIELDS} } progress { value ratio target { version } } } }`;
const LINK = `mutation L($id: ID!, $url: String!, $title: String) { addItemEvidenceLink(itemId: $id, url: $url, title: $title) { id kind title url } }`;
const RECORD = `mutation R($input: RecordProgressInput!) { recordProgress(input: $input) { entry { id } } }`;
const DETAIL = `query D($id: ID!, $asOf: Date) { targetDetail(targetId: $id, asOf: $asOf) { progress { value ratio status target { version } } items { ${ITEM_FIELDS} } } }`;
const DASHBOARD = `query P($p: ID!, $asOf: Date) { planDashboard(planId: $p, asOf: $asOf) { targets { value ratio status target { code } } } }`;

interface Item {
  id: string;
  targetId: string;
  name: string;
  date: string;
  section: { name: string } | null;
  description: string | null;
  docNumber: string | null;
  link: string | null;
  status: string;
  reason: string | null;
  isDemo: boolean;
  version: number;
  createdBy: { username: string };
  evidence: { kind: string; title: string; url: string | null }[];
}
type Progress = { value: number | null; ratio: number | null; status: string; target: { version: number } };
type Detail = { targetDetail: { progress: Progress; items: Item[] } };

let ids: Map<string, string>;
let sections: Map<string, string>;
let planId: string;
let targetId: string;
let itemId: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  sections = seeded.loaded!.sectionIds;
  planId = seeded.loaded!.planId;
  targetId = ids.get(CENTRES)!;
});

/** Everything an item write could change. */
async function state() {
  const [items, audits, entries, evidence, target] = await Promise.all([
    db.countItem.findMany({
      orderBy: { id: "asc" },
      select: { id: true, name: true, status: true, reason: true, version: true, docNumber: true, date: true },
    }),
    db.auditLog.count(),
    db.progressEntry.count(),
    db.evidence.count(),
    db.target.findUniqueOrThrow({ where: { id: targetId }, select: { version: true } }),
  ]);
  return { items, audits, entries, evidence, version: target.version };
}

async function detail(asOf = "2013-12-31") {
  const res = await gql<Detail>(DETAIL, { id: targetId, asOf }, await userNamed("leader"));
  expect(res.errors).toBeUndefined();
  return res.data!.targetDetail;
}

async function dashboardRow(asOf = "2013-12-31") {
  const res = await gql<{
    planDashboard: { targets: { value: number | null; ratio: number | null; status: string; target: { code: string } }[] };
  }>(DASHBOARD, { p: planId, asOf }, await userNamed("leader"));
  expect(res.errors).toBeUndefined();
  return res.data!.planDashboard.targets.find((t) => t.target.code === CENTRES)!;
}

const lastAudit = () => db.auditLog.findFirstOrThrow({ orderBy: { at: "desc" } });

describe("adding a named item", () => {
  it("starts from the demo's two centres: 2 of 4 at year end", async () => {
    const d = await detail();
    expect(d.items.map((i) => [i.date, i.status])).toEqual([
      ["2013-11-20", "ACTIVE"],
      ["2013-08-30", "ACTIVE"],
    ]);
    expect(d.progress).toMatchObject({ value: 2, ratio: 0.5, target: { version: 1 } });
  });

  it("jihua adds the third centre: 3 of 4 (0.75) on the target page and the dashboard, audited with the count 2 → 3", async () => {
    const before = await state();
    const jihua = await userNamed("jihua");
    const res = await gql<{ addCountItem: { item: Item; progress: Progress } }>(
      ADD,
      {
        input: {
          targetId,
          name: CENTRE,
          date: "2013-12-05",
          sectionId: sections.get("计划科"),
          description: "市科技局批复组建",
          docNumber: "益科发〔2013〕80号",
          expectedVersion: 1,
        },
      },
      jihua,
    );
    expect(res.errors).toBeUndefined();
    const { item, progress } = res.data!.addCountItem;
    itemId = item.id;
    expect(item).toMatchObject({
      targetId,
      name: CENTRE,
      date: "2013-12-05",
      section: { name: "计划科" },
      docNumber: "益科发〔2013〕80号",
      status: "ACTIVE",
      reason: null,
      isDemo: false,
      version: 1,
      createdBy: { username: "jihua" },
      evidence: [],
    });
    expect(progress).toMatchObject({ value: 3, ratio: 0.75, target: { version: 2 } });

    const d = await detail();
    expect(d.progress).toMatchObject({ value: 3, ratio: 0.75 });
    expect(d.items[0]).toMatchObject({ id: itemId, name: CENTRE });
    expect(await dashboardRow()).toMatchObject({ value: 3, ratio: 0.75 });
    // it counts from its date: on 30 November there were still two
    expect(await dashboardRow("2013-11-30")).toMatchObject({ value: 2, ratio: 0.5 });

    const after = await state();
    expect(after.items).toHaveLength(before.items.length + 1);
    expect(after.audits).toBe(before.audits + 1);
    expect(after.entries).toBe(before.entries);
    expect(after.version).toBe(2);
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: "ADD_COUNT_ITEM", entityType: "CountItem", entityId: itemId, targetId, userId: jihua.id });
    expect(JSON.parse(audit.before!)).toEqual({ count: 2, version: 1 });
    expect(JSON.parse(audit.after!)).toMatchObject({
      name: CENTRE,
      date: "2013-12-05",
      docNumber: "益科发〔2013〕80号",
      count: 3,
      version: 2,
    });
    // the log names the section, not its id, so it reads on its own
    expect(JSON.parse(audit.after!)).toMatchObject({ sectionName: "计划科" });
    expect(JSON.parse(audit.after!)).not.toHaveProperty("sectionId");
  });

  it("refuses the same centre entered twice (spaces and case do not make it another) with CONFLICT, writing nothing", async () => {
    const before = await state();
    for (const name of [CENTRE, " 益阳市 电子信息工程技术研究中心 "]) {
      const res = await gql(ADD, { input: await asLoaded({ targetId, name, date: "2013-12-06" }) }, await userNamed("jihua"));
      expect(res.errors?.[0].extensions?.code).toBe("CONFLICT");
      expect(res.errors?.[0].message).toMatch(/已登记/);
    }
    expect(await state()).toEqual(before);
  });

  it("refuses invalid items with BAD_USER_INPUT, writing nothing", async () => {
    const before = await state();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ name: "  ", date: "2013-12-06" }, /请填写事项名称/],
      [{ name: "另一中心", date: "2014-01-02" }, /计划年度 2013/],
      [{ name: "另一中心", date: "2013-02-30" }, /日期/],
      [{ name: "另一中心", date: "2013-12-06", sectionId: sections.get("高新办") }, /责任科室/],
      [{ name: "另一中心", date: "2013-12-06", link: "javascript:alert(1)" }, /http/],
    ];
    for (const [input, message] of cases) {
      const res = await gql(ADD, { input: await asLoaded({ targetId, ...input }) }, await userNamed("jihua"));
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message).toMatch(message);
    }
    // a figure target takes no items
    const onAmount = await gql(
      ADD,
      { input: await asLoaded({ targetId: ids.get("二.(二).4"), name: "某项目", date: "2013-12-06" }) },
      await userNamed("admin"),
    );
    expect(onAmount.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(await state()).toEqual(before);
  });

  it("refuses a typed figure on the count target with BAD_USER_INPUT, writing nothing", async () => {
    const before = await state();
    const res = await gql(RECORD, { input: await asLoaded({ targetId, value: 3, reportedFor: "2013-12-05" }) }, await userNamed("jihua"));
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toMatch(/逐项登记/);
    expect(await state()).toEqual(before);
  });

  it("refuses gaoxin (高新办 does not own the target) with FORBIDDEN on every item write, writing nothing", async () => {
    const before = await state();
    const gaoxin = await userNamed("gaoxin");
    const calls: [string, Record<string, unknown>][] = [
      [ADD, { input: await asLoaded({ targetId, name: "高新办登记的中心", date: "2013-12-06" }) }],
      [UPDATE, { input: { itemId, docNumber: "益科发〔2013〕99号", expectedVersion: 1 } }],
      [WITHDRAW, { id: itemId, reason: "越权撤回", v: 1 }],
      [LINK, { id: itemId, url: "https://example.cn/x" }],
    ];
    for (const [query, vars] of calls) {
      const res = await gql(query, vars, gaoxin);
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
    const leader = await gql(
      ADD,
      { input: await asLoaded({ targetId, name: "领导登记的中心", date: "2013-12-06" }) },
      await userNamed("leader"),
    );
    expect(leader.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await state()).toEqual(before);
  });
});

describe("editing an item", () => {
  it("corrects its approval number, bumping item and target versions, audited old → new", async () => {
    const before = await state();
    const res = await gql<{ updateCountItem: { item: Item; progress: { value: number; target: { version: number } } } }>(
      UPDATE,
      { input: { itemId, docNumber: "益科发〔2013〕81号", expectedVersion: 1 } },
      await userNamed("jihua"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateCountItem.item).toMatchObject({ docNumber: "益科发〔2013〕81号", version: 2, name: CENTRE });
    expect(res.data!.updateCountItem.progress).toEqual({ value: 3, target: { version: before.version + 1 } });
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: "UPDATE_COUNT_ITEM", entityId: itemId, targetId });
    expect(JSON.parse(audit.before!)).toEqual({ docNumber: "益科发〔2013〕80号", version: 1 });
    expect(JSON.parse(audit.after!)).toEqual({ docNumber: "益科发〔2013〕81号", version: 2 });
    expect((await state()).audits).toBe(before.audits + 1);
  });

  it("answers an edit from a stale view (version 1, now 2) with CONFLICT and writes nothing", async () => {
    const before = await state();
    const res = await gql(UPDATE, { input: { itemId, name: "益阳市电子信息工程中心", expectedVersion: 1 } }, await userNamed("jihua"));
    expect(res.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(res.errors?.[0].extensions?.currentVersion).toBe(2);
    expect(await state()).toEqual(before);
  });

  it("refuses renaming it to another item's name", async () => {
    const before = await state();
    const res = await gql(
      UPDATE,
      { input: { itemId, name: "演示：益阳市黑茶加工工程技术研究中心", expectedVersion: 2 } },
      await userNamed("jihua"),
    );
    expect(res.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(await state()).toEqual(before);
  });
});

describe("evidence on an item", () => {
  it("attaches a link to the item, shown with it and audited", async () => {
    const before = await state();
    const res = await gql<{ addItemEvidenceLink: { kind: string; title: string; url: string } }>(
      LINK,
      { id: itemId, url: "https://kjj.yiyang.gov.cn/pf/80", title: "组建批复公示" },
      await userNamed("jihua"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.addItemEvidenceLink).toMatchObject({ kind: "LINK", title: "组建批复公示", url: "https://kjj.yiyang.gov.cn/pf/80" });
    const item = (await detail()).items.find((i) => i.id === itemId)!;
    expect(item.evidence).toEqual([{ kind: "LINK", title: "组建批复公示", url: "https://kjj.yiyang.gov.cn/pf/80" }]);
    const stored = await db.evidence.findFirstOrThrow({ where: { itemId } });
    expect(stored.entryId).toBeNull();
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: "ADD_EVIDENCE", targetId });
    expect(JSON.parse(audit.after!)).toMatchObject({ itemId, kind: "LINK" });
    const after = await state();
    expect(after).toMatchObject({ audits: before.audits + 1, evidence: before.evidence + 1, version: before.version });
  });

  it("refuses an unsafe link, storing nothing", async () => {
    const before = await state();
    const res = await gql(LINK, { id: itemId, url: "javascript:alert(1)" }, await userNamed("jihua"));
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(await state()).toEqual(before);
  });
});

describe("withdrawing an item", () => {
  it("needs a reason", async () => {
    const before = await state();
    const res = await gql(WITHDRAW, { id: itemId, reason: "  ", v: 2 }, await userNamed("jihua"));
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toMatch(/原因/);
    expect(await state()).toEqual(before);
  });

  it("keeps the item on record as WITHDRAWN with its reason; the count falls back to 2", async () => {
    const before = await state();
    const jihua = await userNamed("jihua");
    const res = await gql<{ withdrawCountItem: { item: Item; progress: Progress } }>(
      WITHDRAW,
      { id: itemId, reason: "批复文件撤销，不再计入", v: 2 },
      jihua,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.withdrawCountItem.item).toMatchObject({
      id: itemId,
      status: "WITHDRAWN",
      reason: "批复文件撤销，不再计入",
      version: 3,
    });
    expect(res.data!.withdrawCountItem.progress).toMatchObject({ value: 2, ratio: 0.5, target: { version: before.version + 1 } });

    const d = await detail();
    expect(d.progress).toMatchObject({ value: 2, ratio: 0.5 });
    expect(d.items).toHaveLength(3);
    expect(d.items.find((i) => i.id === itemId)).toMatchObject({ name: CENTRE, status: "WITHDRAWN", reason: "批复文件撤销，不再计入" });
    expect(await dashboardRow()).toMatchObject({ value: 2, ratio: 0.5 });

    const after = await state();
    expect(after.items).toHaveLength(before.items.length);
    expect(after.audits).toBe(before.audits + 1);
    const audit = await lastAudit();
    expect(audit).toMatchObject({
      action: "WITHDRAW_COUNT_ITEM",
      entityId: itemId,
      targetId,
      userId: jihua.id,
      reason: "批复文件撤销，不再计入",
    });
    expect(JSON.parse(audit.before!)).toMatchObject({ status: "ACTIVE", count: 3, version: 2 });
    expect(JSON.parse(audit.after!)).toMatchObject({ status: "WITHDRAWN", count: 2, version: 3 });
  });

  it("refuses editing or withdrawing it again, writing nothing", async () => {
    const before = await state();
    const edit = await gql(UPDATE, { input: { itemId, docNumber: "益科发〔2013〕82号", expectedVersion: 3 } }, await userNamed("jihua"));
    expect(edit.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const again = await gql(WITHDRAW, { id: itemId, reason: "再次撤回", v: 3 }, await userNamed("jihua"));
    expect(again.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(await state()).toEqual(before);
  });

  it("lets the same name be entered anew once the old item is withdrawn", async () => {
    const res = await gql<{ addCountItem: { progress: Progress } }>(
      ADD,
      { input: await asLoaded({ targetId, name: CENTRE, date: "2013-12-20", docNumber: "益科发〔2013〕90号" }) },
      await userNamed("jihua"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.addCountItem.progress).toMatchObject({ value: 3, ratio: 0.75 });
    expect(await db.countItem.count({ where: { targetId, name: CENTRE } })).toBe(2);
  });
});

describe("the target page's figures and controls come from the server", () => {
  const FIGURES = `query F($id: ID!) { targetDetail(targetId: $id, asOf: "2013-12-31") { figures { date value } viewerCanSetApplicability viewerCanSetThresholds } }`;
  type F = {
    targetDetail: { figures: { date: string; value: number }[]; viewerCanSetApplicability: boolean; viewerCanSetThresholds: boolean };
  };

  it("steps the count at each item's date (withdrawn items do not count) in date order", async () => {
    const res = await gql<F>(FIGURES, { id: targetId }, await userNamed("leader"));
    expect(res.errors).toBeUndefined();
    const figures = res.data!.targetDetail.figures;
    const counted = await db.countItem.findMany({
      where: { targetId, status: "ACTIVE" },
      orderBy: { date: "asc" },
      select: { date: true },
    });
    const days = [...new Set(counted.map((c) => c.date.toISOString().slice(0, 10)))];
    expect(figures.map((f) => f.date)).toEqual(days);
    expect(figures.at(-1)!.value).toBe(counted.length);
    expect(figures.slice(0, 2)).toEqual([
      { date: "2013-08-30", value: 1 },
      { date: "2013-11-20", value: 2 },
    ]);
  });

  it("says who may mark it not applicable (assessors, administrators) and set thresholds (administrators)", async () => {
    const flags = async (u: string) => (await gql<F>(FIGURES, { id: targetId }, await userNamed(u))).data!.targetDetail;
    expect(await flags("assessor")).toMatchObject({ viewerCanSetApplicability: true, viewerCanSetThresholds: false });
    expect(await flags("admin")).toMatchObject({ viewerCanSetApplicability: true, viewerCanSetThresholds: true });
    expect(await flags("jihua")).toMatchObject({ viewerCanSetApplicability: false, viewerCanSetThresholds: false });
    expect(await flags("leader")).toMatchObject({ viewerCanSetApplicability: false, viewerCanSetThresholds: false });
  });
});
