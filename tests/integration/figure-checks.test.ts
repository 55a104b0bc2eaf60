// #13 数据审核: with the plan's setting on, what a section reports waits for the 考核组 — a returned figure never
// counts, an accepted one does, and dashboards, reviews and scores read accepted figures only. Before, a figure
// counted the moment it was typed and nothing could be checked. Expected figures are the demo plan's, by hand:
// 二.(一).1.(1) 高企数量增长 (高新办) has baseline 120 and 133 at 2013-12-31 (growth 10.83 %); 二.(一).3.(3) 组建市级
// 工程技术研究中心4家 (计划科) has 2 named items.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { asLoaded, gql, userNamed, versionOf } from "./harness";

const FIRMS = "二.(一).1.(1)";
const CENTRES = "二.(一).3.(3)";
const RND = "二.(二).3"; // 4.3 亿元, no owning section: the administrator reports it

let ids: Map<string, string>;
let planId: string;

const RECORD = `mutation ($i: RecordProgressInput!) { recordProgress(input: $i) { entry { id checkStatus counts } progress { value } } }`;
const AMEND = `mutation ($i: AmendProgressInput!) { amendProgress(input: $i) { entry { id checkStatus counts } progress { value } } }`;
const ACCEPT = `mutation ($i: CheckFigureInput!) { acceptFigure(input: $i) { id checkStatus checkedBy { username } } }`;
const RETURN = `mutation ($i: ReturnFigureInput!) { returnFigure(input: $i) { id checkStatus checkNote } }`;
const SWITCH = `mutation ($p: ID!, $on: Boolean!) { setFigureChecks(planId: $p, enabled: $on) { enabled pending { id } } }`;
const DASHBOARD = `query ($p: ID!, $r: Boolean) {
  planDashboard(planId: $p, asOf: "2013-12-31", asReported: $r) {
    asReported checks { pending returned } targets { target { id } value growthPercent }
  }
}`;
const QUEUE = `query ($p: ID!) {
  figureChecks(planId: $p) {
    enabled
    pending { kind id action value standingValue date itemName target { code } reportedBy { username } viewerCanCheck }
    returned { kind id checkNote }
  }
}`;

type Dashboard = {
  planDashboard: {
    asReported: boolean;
    checks: { pending: number; returned: number };
    targets: { target: { id: string }; value: number | null; growthPercent: number | null }[];
  };
};
type Queue = {
  figureChecks: {
    enabled: boolean;
    pending: {
      kind: string;
      id: string;
      action: string;
      value: number | null;
      standingValue: number | null;
      date: string;
      itemName: string | null;
      target: { code: string };
      reportedBy: { username: string };
      viewerCanCheck: boolean;
    }[];
    returned: { kind: string; id: string; checkNote: string }[];
  };
};

async function as<T>(username: string, query: string, vars: Record<string, unknown>): Promise<T> {
  const res = await gql<T>(query, vars, await userNamed(username));
  if (res.errors) throw new Error(`${username}: ${res.errors[0].message}`);
  return res.data!;
}

async function dashboard(asReported = false) {
  const d = (await as<Dashboard>("leader", DASHBOARD, { p: planId, r: asReported })).planDashboard;
  const of = (code: string) => d.targets.find((t) => t.target.id === ids.get(code))!;
  return { ...d, firms: of(FIRMS), centres: of(CENTRES) };
}

async function record(username: string, code: string, value: number, reportedFor = "2013-12-31") {
  const i = await asLoaded({ targetId: ids.get(code), value, reportedFor });
  return (await as<{ recordProgress: { entry: { id: string; checkStatus: string; counts: boolean } } }>(username, RECORD, { i }))
    .recordProgress;
}

const tables = async () => ({
  entries: await db.progressEntry.findMany({ orderBy: { id: "asc" }, select: { id: true, checkStatus: true, checkNote: true } }),
  items: await db.countItem.findMany({ orderBy: { id: "asc" }, select: { id: true, checkStatus: true, version: true } }),
  audits: await db.auditLog.count(),
  plans: await db.plan.findMany({ orderBy: { id: "asc" }, select: { id: true, checkFigures: true } }),
});

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  planId = seeded.loaded!.planId;
});

describe("数据审核 off (the default): reports count as they are written", () => {
  it("a new figure counts at once and is recorded as accepted", async () => {
    const before = await dashboard();
    expect(before.firms.value).toBe(133);
    expect(before.checks).toEqual({ pending: 0, returned: 0 });
    const written = await record("gaoxin", FIRMS, 134);
    expect(written.entry.checkStatus).toBe("ACCEPTED");
    expect(written.entry.counts).toBe(true);
    expect((await dashboard()).firms.value).toBe(134);
  });
});

describe("数据审核 on", () => {
  beforeAll(async () => {
    const on = await as<{ setFigureChecks: { enabled: boolean } }>("admin", SWITCH, { p: planId, on: true });
    expect(on.setFigureChecks.enabled).toBe(true);
  });

  it("a pending figure does not count, is listed for the 考核组 with the figure standing, and shows when read as reported", async () => {
    const written = await record("gaoxin", FIRMS, 140);
    expect(written.entry).toMatchObject({ checkStatus: "PENDING", counts: false });
    const d = await dashboard();
    expect(d.firms.value).toBe(134);
    expect(d.checks).toEqual({ pending: 1, returned: 0 });
    const reported = await dashboard(true);
    expect(reported.asReported).toBe(true);
    expect(reported.firms.value).toBe(140);
    expect(reported.firms.growthPercent).toBeCloseTo(((140 - 120) / 120) * 100, 9); // 16.67 %

    const q = (await as<Queue>("assessor", QUEUE, { p: planId })).figureChecks;
    expect(q.enabled).toBe(true);
    expect(q.pending).toHaveLength(1);
    expect(q.pending[0]).toMatchObject({
      kind: "ENTRY",
      id: written.entry.id,
      action: "RECORD",
      value: 140,
      standingValue: 134,
      date: "2013-12-31",
      target: { code: FIRMS },
      reportedBy: { username: "gaoxin" },
      viewerCanCheck: true,
    });
    // the reporter reads the queue but may not decide on it
    const own = (await as<Queue>("gaoxin", QUEUE, { p: planId })).figureChecks;
    expect(own.pending[0].viewerCanCheck).toBe(false);
  });

  it("a returned figure never counts; the section resubmits and the accepted figure counts", async () => {
    const pending = await db.progressEntry.findFirstOrThrow({ where: { checkStatus: "PENDING", targetId: ids.get(FIRMS) } });
    const returned = await as<{ returnFigure: { checkStatus: string; checkNote: string } }>("assessor", RETURN, {
      i: { kind: "ENTRY", id: pending.id, reason: "与统计局年报数不符，请核实" },
    });
    expect(returned.returnFigure).toEqual({ id: pending.id, checkStatus: "RETURNED", checkNote: "与统计局年报数不符，请核实" });
    let d = await dashboard();
    expect(d.firms.value).toBe(134);
    expect(d.checks).toEqual({ pending: 0, returned: 1 });
    // read as reported, a returned figure still does not count
    expect((await dashboard(true)).firms.value).toBe(134);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "RETURN_FIGURE", entityId: pending.id } });
    expect(audit.reason).toBe("与统计局年报数不符，请核实");
    expect(JSON.parse(audit.before!)).toEqual({ checkStatus: "PENDING" });
    expect(JSON.parse(audit.after!)).toMatchObject({ checkStatus: "RETURNED", checkNote: "与统计局年报数不符，请核实" });

    // the section reports the month again: the return is answered, the new figure waits
    const again = await record("gaoxin", FIRMS, 138);
    expect(again.entry.checkStatus).toBe("PENDING");
    d = await dashboard();
    expect(d.checks).toEqual({ pending: 1, returned: 0 });
    expect(d.firms.value).toBe(134);

    const accepted = await as<{ acceptFigure: { checkStatus: string; checkedBy: { username: string } } }>("assessor", ACCEPT, {
      i: { kind: "ENTRY", id: again.entry.id },
    });
    expect(accepted.acceptFigure).toMatchObject({ checkStatus: "ACCEPTED", checkedBy: { username: "assessor" } });
    d = await dashboard();
    expect(d.firms.value).toBe(138);
    expect(d.firms.growthPercent).toBeCloseTo(15, 9); // (138 − 120) / 120
    expect(d.checks).toEqual({ pending: 0, returned: 0 });
  });

  it("a review snapshot and the score sheet read accepted figures only", async () => {
    const waiting = await record("gaoxin", FIRMS, 150);
    const opened = await as<{ openReview: { id: string } }>(
      "assessor",
      `mutation ($i: OpenReviewInput!) { openReview(input: $i) { id } }`,
      {
        i: { planId, kind: "MONTH", year: 2013, periodIndex: 12 },
      },
    );
    const review = await as<{ review: { rows: { code: string; value: number | null }[] } }>(
      "assessor",
      `query ($r: ID!) { review(id: $r) { rows { code value } } }`,
      { r: opened.openReview.id },
    );
    expect(review.review.rows.find((r) => r.code === FIRMS)!.value).toBe(138);
    const sheet = await as<{ scoreSheet: { areas: { rows: { progress: { target: { code: string }; value: number | null } }[] }[] } }>(
      "assessor",
      `query ($p: ID!) { scoreSheet(planId: $p) { areas { rows { progress { target { code } value } } } } }`,
      { p: planId },
    );
    const row = sheet.scoreSheet.areas.flatMap((a) => a.rows).find((r) => r.progress.target.code === FIRMS)!;
    expect(row.progress.value).toBe(138);
    await as("assessor", RETURN, { i: { kind: "ENTRY", id: waiting.entry.id, reason: "测试退回" } });
  });

  it("a pending correction leaves the original counting; a withdrawal takes effect at once", async () => {
    const standing = await db.progressEntry.findFirstOrThrow({ where: { targetId: ids.get(FIRMS), value: 138 } });
    const corrected = await as<{ amendProgress: { entry: { id: string; checkStatus: string } } }>("gaoxin", AMEND, {
      i: {
        entryId: standing.id,
        action: "CORRECTION",
        value: 136,
        reason: "按年报修正",
        expectedVersion: await versionOf("target", ids.get(FIRMS)!),
      },
    });
    expect(corrected.amendProgress.entry.checkStatus).toBe("PENDING");
    expect((await dashboard()).firms.value).toBe(138);
    const queue = (await as<Queue>("assessor", QUEUE, { p: planId })).figureChecks;
    const correction = queue.pending.find((p) => p.id === corrected.amendProgress.entry.id)!;
    expect(correction).toMatchObject({ action: "CORRECTION", value: 136, standingValue: 138 });
    await as("assessor", ACCEPT, { i: { kind: "ENTRY", id: correction.id } });
    expect((await dashboard()).firms.value).toBe(136);

    const withdrawn = await as<{ amendProgress: { entry: { checkStatus: string } } }>("gaoxin", AMEND, {
      i: { entryId: correction.id, action: "WITHDRAWAL", reason: "重复报送", expectedVersion: await versionOf("target", ids.get(FIRMS)!) },
    });
    expect(withdrawn.amendProgress.entry.checkStatus).toBe("ACCEPTED");
    // the correction is withdrawn; 138 stays replaced by it, so 134 (2013-12-31, entered first) is the figure again
    expect((await dashboard()).firms.value).toBe(134);
  });

  it("a named item counts once accepted; a returned item goes back to 待审核 when edited", async () => {
    expect((await dashboard()).centres.value).toBe(2);
    const ADD = `mutation ($i: AddCountItemInput!) { addCountItem(input: $i) { item { id checkStatus version } progress { value } } }`;
    const add = async (name: string) =>
      as<{ addCountItem: { item: { id: string; checkStatus: string; version: number } } }>("jihua", ADD, {
        i: await asLoaded({ targetId: ids.get(CENTRES), name, date: "2013-12-10", docNumber: "益科发〔2013〕80号" }),
      });
    const third = (await add("益阳市电子信息工程技术研究中心")).addCountItem.item;
    expect(third.checkStatus).toBe("PENDING");
    expect((await dashboard()).centres.value).toBe(2);
    expect((await dashboard(true)).centres.value).toBe(3);
    const q = (await as<Queue>("assessor", QUEUE, { p: planId })).figureChecks;
    expect(q.pending.find((p) => p.id === third.id)).toMatchObject({
      kind: "ITEM",
      itemName: "益阳市电子信息工程技术研究中心",
      standingValue: 2,
    });
    await as("assessor", ACCEPT, { i: { kind: "ITEM", id: third.id } });
    expect((await dashboard()).centres.value).toBe(3);
    expect((await db.countItem.findUniqueOrThrow({ where: { id: third.id } })).version).toBe(third.version + 1);

    const fourth = (await add("益阳市新材料工程技术研究中心")).addCountItem.item;
    await as("assessor", RETURN, { i: { kind: "ITEM", id: fourth.id, reason: "缺批复文件" } });
    expect((await dashboard()).checks).toEqual({ pending: 0, returned: 1 });
    const UPDATE = `mutation ($i: UpdateCountItemInput!) { updateCountItem(input: $i) { item { checkStatus checkNote } } }`;
    const edited = await as<{ updateCountItem: { item: { checkStatus: string; checkNote: string | null } } }>("jihua", UPDATE, {
      i: { itemId: fourth.id, docNumber: "益科发〔2013〕81号", expectedVersion: await versionOf("countItem", fourth.id) },
    });
    expect(edited.updateCountItem.item).toEqual({ checkStatus: "PENDING", checkNote: null });
    expect((await dashboard()).checks).toEqual({ pending: 1, returned: 0 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "UPDATE_COUNT_ITEM", entityId: fourth.id } });
    expect(JSON.parse(audit.before!)).toMatchObject({ checkStatus: "RETURNED", docNumber: "益科发〔2013〕80号" });
    expect(JSON.parse(audit.after!)).toMatchObject({ checkStatus: "PENDING", docNumber: "益科发〔2013〕81号" });
    await as("assessor", ACCEPT, { i: { kind: "ITEM", id: fourth.id } });
    expect((await dashboard()).centres.value).toBe(4);
  });

  it("nobody checks their own report; a second decision on the same report is a CONFLICT", async () => {
    const written = await record("admin", RND, 4.6);
    const own = await gql(ACCEPT, { i: { kind: "ENTRY", id: written.entry.id } }, await userNamed("admin"));
    expect(own.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(own.errors?.[0].message).toContain("不能审核自己填报的数据");
    const assessor = await userNamed("assessor");
    const [a, b] = await Promise.all([
      gql(ACCEPT, { i: { kind: "ENTRY", id: written.entry.id } }, assessor),
      gql(RETURN, { i: { kind: "ENTRY", id: written.entry.id, reason: "同时退回" } }, assessor),
    ]);
    const codes = [a.errors?.[0].extensions?.code ?? "OK", b.errors?.[0].extensions?.code ?? "OK"].sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    expect(await db.auditLog.count({ where: { entityId: written.entry.id, action: { in: ["ACCEPT_FIGURE", "RETURN_FIGURE"] } } })).toBe(1);
  });

  it("refuses a return without a reason or over 500 characters, and a section head's decision, changing nothing", async () => {
    const written = await record("gaoxin", FIRMS, 139);
    const before = await tables();
    const assessor = await userNamed("assessor");
    for (const reason of ["", "   ", "字".repeat(501)]) {
      const res = await gql(RETURN, { i: { kind: "ENTRY", id: written.entry.id, reason } }, assessor);
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    }
    const head = await gql(ACCEPT, { i: { kind: "ENTRY", id: written.entry.id } }, await userNamed("jihua"));
    expect(head.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await tables()).toEqual(before);
  });

  it("checks cannot be turned off while anything waits: 尚有 N 项待审核", async () => {
    const waiting = (await as<Queue>("assessor", QUEUE, { p: planId })).figureChecks.pending.length;
    expect(waiting).toBe(1);
    const before = await tables();
    const res = await gql(SWITCH, { p: planId, on: false }, await userNamed("admin"));
    expect(res.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(res.errors?.[0].message).toContain("尚有 1 项待审核");
    expect(await tables()).toEqual(before);
  });
});

describe("报送纪律 under 数据审核", () => {
  it("a pending 本月无新进展 counts as submitted; once returned the month is owed again", async () => {
    const DISCIPLINE = `query ($p: ID!) { reportingDiscipline(planId: $p) { sections { section { name } cells { targetId month status } } } }`;
    type D = {
      reportingDiscipline: { sections: { section: { name: string }; cells: { targetId: string; month: number; status: string }[] }[] };
    };
    const cellOf = async (targetId: string, month: number) =>
      (await as<D>("assessor", DISCIPLINE, { p: planId })).reportingDiscipline.sections
        .flatMap((s) => s.cells)
        .find((c) => c.targetId === targetId && c.month === month)?.status;
    // a month the demo left missing for one of 计划科's targets
    const D2 = `query ($p: ID!) { reportingDiscipline(planId: $p) { sections { section { name } cells { targetId month status } } } }`;
    const jihua = (await as<D>("assessor", D2, { p: planId })).reportingDiscipline.sections.find((s) => s.section.name === "计划科")!;
    const missing = jihua.cells.find((c) => c.status === "MISSING");
    expect(missing, "a missing month of 计划科 in the demo").toBeDefined();
    const { targetId: platform, month } = missing!;
    const CONFIRM = `mutation ($i: ConfirmNoChangeInput!) { confirmNoChange(input: $i) { entry { id checkStatus } } }`;
    const day = `2013-${String(month).padStart(2, "0")}-15`;
    const confirmed = await as<{ confirmNoChange: { entry: { id: string; checkStatus: string } } }>("jihua", CONFIRM, {
      i: await asLoaded({ targetId: platform, reportedFor: day }),
    });
    expect(confirmed.confirmNoChange.entry.checkStatus).toBe("PENDING");
    // judged as of today, entered today — long after the month's due day: late, but submitted
    expect(await cellOf(platform, month)).toBe("LATE");
    await as("assessor", RETURN, { i: { kind: "ENTRY", id: confirmed.confirmNoChange.entry.id, reason: "本月已有进展，请报送完成值" } });
    expect(await cellOf(platform, month)).toBe("MISSING");
  });
});
