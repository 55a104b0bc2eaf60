// 操作日志 through GraphQL on a real SQLite file: named items added by different section heads show up under
// the right filters (author, section — a jointly owned target for each owner —, target, China-time dates,
// action) with old → new values; paging, validation, sign-in, bureau scoping, fixed query cost; the CSV
// export (service + CSV writer, and the route handler itself).
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportCsv } from "../../app/api/audit/export/route";
import { findAuditLog } from "../../lib/server/audit/find-audit-log";
import { auditCsv } from "../../lib/server/audit/to-csv";
import { openSession, SESSION_COOKIE } from "../../lib/server/auth/session";
import type { SessionUser } from "../../lib/server/auth/session-user";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { asLoaded, countQueries, gql, userNamed } from "./harness";

const ADD_ITEM = `
  mutation A($input: AddCountItemInput!) {
    addCountItem(input: $input) { item { id } }
  }`;

const LOG = `
  query L($filter: AuditFilter, $offset: Int, $limit: Int) {
    auditLog(filter: $filter, offset: $offset, limit: $limit) {
      totalCount offset limit
      entries {
        id at action entityType entityId reason
        user { id displayName }
        target { id code title }
        subject { id displayName }
        changes { field before after }
      }
    }
  }`;

interface Entry {
  id: string;
  at: string;
  action: string;
  entityType: string;
  reason: string | null;
  user: { id: string; displayName: string } | null;
  target: { id: string; code: string; title: string } | null;
  subject: { id: string; displayName: string } | null;
  changes: { field: string; before: string | null; after: string | null }[];
}
interface LogData {
  auditLog: { totalCount: number; offset: number; limit: number; entries: Entry[] };
}

// Both are count targets: their figures are the named items on record (demo: 2 and 4 items).
const CENTRES = "二.(一).3.(3)"; // 计划科
const JOINT = "二.(一).2.(2)"; // 农社科 和 高新办
const CENTRE = "益阳市电子信息工程技术研究中心";
const NOTE = '益阳某公司,"工程中心"\n获批';

let ids: Map<string, string>;
let sections: Map<string, string>;
let leader: SessionUser;
/** audit row id by name: a = jihua on CENTRES, b = nongshe on JOINT, c = gaoxin on JOINT, d = chengguo's password */
const row: Record<"a" | "b" | "c" | "d", string> = { a: "", b: "", c: "", d: "" };

async function addItem(username: string, code: string, item: { name: string; date: string; description?: string; docNumber?: string }) {
  const res = await gql<{ addCountItem: { item: { id: string } } }>(
    ADD_ITEM,
    { input: await asLoaded({ targetId: ids.get(code), ...item }) },
    await userNamed(username),
  );
  expect(res.errors).toBeUndefined();
  return (await db.auditLog.findFirstOrThrow({ where: { entityId: res.data!.addCountItem.item.id } })).id;
}

/**
 * Rows are stamped with the time they are written; the date filters need known days, so the fixture moves
 * each row to a chosen instant. B and C sit either side of midnight in China (UTC+8).
 */
async function stamp(id: string, at: string) {
  await db.auditLog.update({ where: { id }, data: { at: new Date(at) } });
}

async function log(
  filter: Record<string, unknown> | null,
  user: SessionUser | null = leader,
  page: { offset?: number; limit?: number } = {},
) {
  return gql<LogData>(LOG, { filter, ...page }, user);
}

async function rows(filter: Record<string, unknown> | null, user: SessionUser | null = leader) {
  const res = await log(filter, user);
  expect(res.errors).toBeUndefined();
  return res.data!.auditLog.entries.map((e) => e.id);
}

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  sections = seeded.loaded!.sectionIds;
  // the 审计管理员 reads the whole log, account events included (the other roles see data changes only)
  leader = await userNamed("audit");
  // Demo reports and items are inserted directly, without audit rows; the administrator's reopening of 2013 is
  // audited, one row per demo plan (tests/integration/audit-names.test.ts reads them). These cases filter a log of
  // their own four rows, so the seed's are set aside.
  expect(await db.auditLog.count({ where: { action: { not: "REOPEN_MONTH" } } })).toBe(0);
  expect((await db.auditLog.deleteMany({ where: { action: "REOPEN_MONTH" } })).count).toBe(4);

  // demo: 2 centres by 2013-11-20
  row.a = await addItem("jihua", CENTRES, { name: CENTRE, date: "2013-12-05", description: NOTE, docNumber: "益科发〔2013〕80号" });
  // demo: 4 projects by 2013-11-30
  row.b = await addItem("nongshe", JOINT, { name: "城乡饮水安全检测项目", date: "2013-12-10" });
  row.c = await addItem("gaoxin", JOINT, { name: "新能源汽车充电安全项目", date: "2013-12-11" });
  const pw = await gql(
    `mutation { changeOwnPassword(currentPassword: "demo2013", newPassword: "Cg-new-pass-2013") { id } }`,
    {},
    await userNamed("chengguo"),
  );
  expect(pw.errors).toBeUndefined();
  row.d = (await db.auditLog.findFirstOrThrow({ where: { action: "CHANGE_PASSWORD" } })).id;

  await stamp(row.a, "2013-12-05T06:00:00Z"); // 12-05 14:00 in China
  await stamp(row.b, "2013-12-10T15:59:59Z"); // 12-10 23:59:59 in China
  await stamp(row.c, "2013-12-10T16:00:00Z"); // 12-11 00:00 in China
  await stamp(row.d, "2013-12-20T02:00:00Z");
});

describe("auditLog", () => {
  it("lists every entry newest first with author, target and old → new values", async () => {
    const res = await log(null);
    expect(res.errors).toBeUndefined();
    const page = res.data!.auditLog;
    expect(page.totalCount).toBe(4);
    expect(page.entries.map((e) => e.id)).toEqual([row.d, row.c, row.b, row.a]);

    const a = page.entries[3];
    expect(a).toMatchObject({
      action: "ADD_COUNT_ITEM",
      entityType: "CountItem",
      at: "2013-12-05T06:00:00.000Z",
      user: { displayName: "计划科负责人（演示）" },
      target: { id: ids.get(CENTRES), code: CENTRES, title: "市级工程技术研究中心" },
      subject: null,
    });
    expect(a.changes).toEqual([
      { field: "name", before: null, after: CENTRE },
      { field: "date", before: null, after: "2013-12-05" },
      { field: "description", before: null, after: NOTE },
      { field: "docNumber", before: null, after: "益科发〔2013〕80号" },
      { field: "count", before: "2", after: "3" },
      { field: "version", before: "1", after: "2" },
    ]);

    // The second item on the joint target counts on from the first one.
    expect(page.entries[1].changes).toEqual([
      { field: "name", before: null, after: "新能源汽车充电安全项目" },
      { field: "date", before: null, after: "2013-12-11" },
      { field: "count", before: "5", after: "6" },
      { field: "version", before: "2", after: "3" },
    ]);

    const d = page.entries[0];
    expect(d).toMatchObject({ action: "CHANGE_PASSWORD", target: null, user: { displayName: "成果科负责人（演示）" } });
    expect(d.subject?.displayName).toBe("成果科负责人（演示）");
    expect(d.changes).toEqual([{ field: "passwordChanged", before: null, after: "true" }]);
  });

  it("filters by author", async () => {
    expect(await rows({ userId: (await userNamed("jihua")).id })).toEqual([row.a]);
    expect(await rows({ userId: (await userNamed("gaoxin")).id })).toEqual([row.c]);
    expect(await rows({ userId: leader.id })).toEqual([]);
  });

  it("filters by section: owned targets (a joint target for both owners) plus the section's own users' entries", async () => {
    expect(await rows({ sectionId: sections.get("计划科") })).toEqual([row.a]);
    expect(await rows({ sectionId: sections.get("农社科") })).toEqual([row.c, row.b]);
    expect(await rows({ sectionId: sections.get("高新办") })).toEqual([row.c, row.b]);
    expect(await rows({ sectionId: sections.get("成果科") })).toEqual([row.d]);
  });

  it("filters by target", async () => {
    expect(await rows({ targetId: ids.get(JOINT) })).toEqual([row.c, row.b]);
    expect(await rows({ targetId: ids.get(CENTRES) })).toEqual([row.a]);
    expect(await rows({ targetId: ids.get("二.(一).1.(1)") })).toEqual([]);
  });

  it("filters by calendar dates in China time, both ends inclusive", async () => {
    expect(await rows({ from: "2013-12-10", to: "2013-12-10" })).toEqual([row.b]);
    expect(await rows({ from: "2013-12-11" })).toEqual([row.d, row.c]);
    expect(await rows({ to: "2013-12-05" })).toEqual([row.a]);
    expect(await rows({ from: "2013-12-05", to: "2013-12-11" })).toEqual([row.c, row.b, row.a]);
    expect(await rows({ from: "2013-12-06", to: "2013-12-09" })).toEqual([]);
  });

  it("filters by action and combines filters", async () => {
    expect(await rows({ action: "CHANGE_PASSWORD" })).toEqual([row.d]);
    expect(await rows({ action: "ADD_COUNT_ITEM", sectionId: sections.get("高新办"), from: "2013-12-11" })).toEqual([row.c]);
    expect(await rows({ action: "RECORD_PROGRESS" })).toEqual([]);
  });

  it("pages by offset and limit, 50 by default, at most 500", async () => {
    const first = (await log(null, leader, { offset: 0, limit: 2 })).data!.auditLog;
    expect(first).toMatchObject({ totalCount: 4, offset: 0, limit: 2 });
    expect(first.entries.map((e) => e.id)).toEqual([row.d, row.c]);
    const second = (await log(null, leader, { offset: 2, limit: 2 })).data!.auditLog;
    expect(second.entries.map((e) => e.id)).toEqual([row.b, row.a]);
    expect((await log(null)).data!.auditLog.limit).toBe(50);
    expect((await log(null, leader, { limit: 501 })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect((await log(null, leader, { offset: -1 })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses bad dates with a Chinese message", async () => {
    const reversed = await log({ from: "2013-12-11", to: "2013-12-10" });
    expect(reversed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(reversed.errors?.[0].message).toMatch(/起始日期不能晚于截止日期/);
    expect((await log({ from: "2013-02-30" })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("needs a signed-in user; every role but the system administrator reads, and only the 审计管理员 sees account events", async () => {
    const anonymous = await log(null, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(anonymous.data?.auditLog).toBeUndefined();
    const options = await gql(`{ auditFilterOptions { actions } }`, {}, null);
    expect(options.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    // rows a–c are data changes; d (a password change) is an account event
    for (const [u, count] of [
      ["leader", 3],
      ["assessor", 3],
      ["jihua", 3],
      ["audit", 4],
    ] as const) {
      const res = await log(null, await userNamed(u));
      expect(res.errors).toBeUndefined();
      expect(res.data!.auditLog.totalCount, u).toBe(count);
    }
    expect((await log(null, await userNamed("admin"))).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("shows only the reader's own bureau", async () => {
    const county = await db.unit.create({ data: { name: "某县科技局（测试）", level: "COUNTY", parentId: leader.unitId } });
    const outsider = await db.user.create({
      data: { username: "county-leader", displayName: "县局领导", role: "LEADER", unitId: county.id, passwordHash: "x" },
    });
    const reader = await userNamed(outsider.username);
    expect((await log(null, reader)).data!.auditLog.totalCount).toBe(0);
    // filtering by the city's target is itself refused: the filter names a resource the reader does not read
    const filtered = await log({ targetId: ids.get(JOINT) }, reader);
    expect(filtered.errors?.[0]).toMatchObject({ message: "无权查看其他单位的指标", extensions: { code: "FORBIDDEN" } });
    expect(filtered.data).toBeNull();
  });

  it("costs the same number of SQL statements for two rows as for a full page (no per-row lookups)", async () => {
    // Rows D (an account change) and C (an item) make both pages need the author, target, account and item lookups.
    const two = await countQueries(() => log(null, leader, { limit: 2 }));
    const all = await countQueries(() => log(null, leader, { limit: 4 }));
    expect(two.result.data!.auditLog.entries.map((e) => e.id)).toEqual([row.d, row.c]);
    expect(all.result.data!.auditLog.entries).toHaveLength(4);
    expect(all.queries).toBe(two.queries);
    // the unit's accounts (failed sign-ins), count, rows, authors, targets, accounts, the items the rows are about
    expect(all.queries).toBeLessThanOrEqual(7);
  });
});

describe("auditFilterOptions", () => {
  it("offers the bureau's users, targets and the actions in the log", async () => {
    const res = await gql<{
      auditFilterOptions: { users: { displayName: string }[]; targets: { code: string; planYear: number }[]; actions: string[] };
    }>(`{ auditFilterOptions { users { displayName } targets { code planYear } actions } }`, {}, leader);
    expect(res.errors).toBeUndefined();
    const o = res.data!.auditFilterOptions;
    expect(o.users.map((u) => u.displayName)).toEqual(expect.arrayContaining(["计划科负责人（演示）", "演示领导", "系统管理员"]));
    expect(o.users.map((u) => u.displayName)).not.toContain("县局领导");
    expect(o.targets).toHaveLength(20);
    expect(o.targets[0]).toMatchObject({ planYear: 2013 });
    expect(o.actions).toEqual(["ADD_COUNT_ITEM", "CHANGE_PASSWORD"]);
  });
});

describe("CSV export", () => {
  it("writes the filtered log with BOM, Chinese headers and quoted notes", async () => {
    const page = await findAuditLog({ user: leader, filter: { sectionId: sections.get("农社科") }, export: true });
    expect(page.limit).toBe(50_000);
    const csv = auditCsv(page.entries);
    expect(csv.startsWith("\uFEFF时间,操作人,操作,指标编号,指标,变更内容,原因\r\n")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(4); // header, C, B, trailing empty
    expect(lines[1]).toBe(
      '2013-12-11 00:00:00,高新办负责人（演示）,逐项登记,二.(一).2.(2),民生领域科技项目,"事项名称：— → 新能源汽车充电安全项目\n日期：— → 2013-12-11\n已登记数：5 → 6\n版本：2 → 3",',
    );
    expect(lines[2]).toMatch(/^2013-12-10 23:59:59,农社科负责人（演示）,逐项登记,/);

    const jihua = auditCsv((await findAuditLog({ user: leader, filter: { targetId: ids.get(CENTRES) }, export: true })).entries);
    expect(jihua).toContain(
      `"事项名称：— → ${CENTRE}\n日期：— → 2013-12-05\n简要说明：— → 益阳某公司,""工程中心""\n获批\n批准文号：— → 益科发〔2013〕80号\n已登记数：2 → 3\n版本：1 → 2"`,
    );
  });

  it("serves the file to a signed-in user with the page's filters, 401 otherwise", async () => {
    const anonymous = await exportCsv(new NextRequest("http://localhost/api/audit/export"));
    expect(anonymous.status).toBe(401);

    const { sealed } = await openSession(leader.id);
    const url = `http://localhost/api/audit/export?sectionId=${sections.get("计划科")}&from=&to=2013-12-31`;
    const res = await exportCsv(new NextRequest(url, { headers: { cookie: `${SESSION_COOKIE}=${sealed}` } }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="audit-log-\d{8}\.csv"; filename\*=UTF-8''%E6%93%8D%E4%BD%9C%E6%97%A5%E5%BF%97-\d{8}\.csv$/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    expect(text.split("\r\n")).toHaveLength(3); // header, row A, trailing empty
    expect(text).toContain("市级工程技术研究中心");

    const bad = await exportCsv(
      new NextRequest("http://localhost/api/audit/export?from=2013-13-01", { headers: { cookie: `${SESSION_COOKIE}=${sealed}` } }),
    );
    expect(bad.status).toBe(400);
  });
});
