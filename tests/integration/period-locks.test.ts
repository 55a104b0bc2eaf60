// Period locks: a month's figures stop changing once it is locked — by an administrator, by a review snapshot
// taken after the month ended, or by the days-after-month-end rule — and every figure write (report,
// correction, 本月无新进展, item add / edit / withdraw) is refused with PERIOD_LOCKED inside its transaction,
// writing nothing. An administrator's reopening (with a reason, audited) beats the automatic rules.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { todayIso } from "../../lib/server/db-dates";
import { loadPlan } from "../../lib/server/seed/load-plan";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { makePlanSeed } from "../factories/plan-factory";
import { asLoaded, gql, userNamed, versionOf } from "./harness";

const FIRMS = "二.(一).1.(1)"; // 高企数量增长, a growth target of 高新办; demo: quarterly figures
const CENTRES = "二.(一).3.(3)"; // a count target of 计划科; demo items 08-30 and 11-20

const RECORD = `mutation R($input: RecordProgressInput!) { recordProgress(input: $input) { entry { id value reportedFor } progress { value } } }`;
const AMEND = `mutation A($input: AmendProgressInput!) { amendProgress(input: $input) { entry { id } } }`;
const CONFIRM = `mutation C($input: ConfirmNoChangeInput!) { confirmNoChange(input: $input) { entry { id action } } }`;
const ADD = `mutation I($input: AddCountItemInput!) { addCountItem(input: $input) { item { id version } progress { value } } }`;
const UPDATE = `mutation U($input: UpdateCountItemInput!) { updateCountItem(input: $input) { item { id date version } } }`;
const WITHDRAW = `mutation W($id: ID!, $v: Int!) { withdrawCountItem(itemId: $id, reason: "测试撤回", expectedVersion: $v) { item { id } } }`;
const LOCK_FIELDS = `planId year lockAfterDays reportDueDays viewerCanManage months { month locked reason autoLockOn reopenedUntil decidedBy { username } decisionReason }`;
const LOCK = `mutation L($p: ID!, $m: Int!, $r: String!) { lockMonth(planId: $p, month: $m, reason: $r) { ${LOCK_FIELDS} } }`;
const REOPEN = `mutation O($p: ID!, $m: Int!, $r: String!, $u: Date) { reopenMonth(planId: $p, month: $m, reason: $r, untilDay: $u) { ${LOCK_FIELDS} } }`;
const CONFIGURE = `mutation G($p: ID!, $d: Int!, $l: Int!) { configureReporting(planId: $p, reportDueDays: $d, lockAfterDays: $l) { ${LOCK_FIELDS} } }`;
const LOCKS = `query Q($p: ID!) { planLocks(planId: $p) { ${LOCK_FIELDS} } }`;
const OPEN_REVIEW = `mutation V($input: OpenReviewInput!) { openReview(input: $input) { id periodKey } }`;

interface MonthView {
  month: number;
  locked: boolean;
  reason: string;
  autoLockOn: string;
  reopenedUntil: string | null;
  decidedBy: { username: string } | null;
  decisionReason: string | null;
}
interface Locks {
  planId: string;
  year: number;
  lockAfterDays: number;
  reportDueDays: number;
  viewerCanManage: boolean;
  months: MonthView[];
}

let ids: Map<string, string>;
let planId: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  planId = seeded.loaded!.planId;
});

/** Everything a refused write must leave as it was. */
async function state(targetCodes: string[] = [FIRMS, CENTRES], map = () => ids) {
  const [entries, items, audits, locks, targets] = await Promise.all([
    db.progressEntry.count(),
    db.countItem.findMany({ orderBy: { id: "asc" }, select: { id: true, date: true, status: true, version: true } }),
    db.auditLog.count(),
    db.monthLock.findMany({ orderBy: { id: "asc" } }),
    db.target.findMany({
      where: { id: { in: targetCodes.map((c) => map().get(c)!) } },
      orderBy: { id: "asc" },
      select: { id: true, version: true },
    }),
  ]);
  return { entries, items, audits, locks, targets };
}

const version = async (id: string) => (await db.target.findUniqueOrThrow({ where: { id } })).version;

function expectLocked(
  res: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] },
  month: number,
  lockReason: string,
) {
  expect(res.errors?.[0].extensions).toMatchObject({ code: "PERIOD_LOCKED", month, lockReason });
  expect(res.errors?.[0].message).toMatch(new RegExp(`${month}月的数据已锁定`));
}

describe("an administrator locks November 2013 of the seeded plan", () => {
  let novemberEntry: string;
  let decemberEntry: string;
  let novemberItem: { id: string; version: number };
  let decemberItem: { id: string; version: number };

  beforeAll(async () => {
    // figures dated in November and December, written while every month is open (the demo reopened 2013)
    const gaoxin = await userNamed("gaoxin");
    const nov = await gql<{ recordProgress: { entry: { id: string } } }>(
      RECORD,
      { input: await asLoaded({ targetId: ids.get(FIRMS), value: 131, reportedFor: "2013-11-10" }) },
      gaoxin,
    );
    expect(nov.errors).toBeUndefined();
    novemberEntry = nov.data!.recordProgress.entry.id;
    const dec = await gql<{ recordProgress: { entry: { id: string } } }>(
      RECORD,
      { input: await asLoaded({ targetId: ids.get(FIRMS), value: 132, reportedFor: "2013-12-10" }) },
      gaoxin,
    );
    expect(dec.errors).toBeUndefined();
    decemberEntry = dec.data!.recordProgress.entry.id;
    novemberItem = await db.countItem.findFirstOrThrow({
      where: { targetId: ids.get(CENTRES), date: new Date("2013-11-20T00:00:00.000Z") },
    });
    const added = await gql<{ addCountItem: { item: { id: string; version: number } } }>(
      ADD,
      { input: await asLoaded({ targetId: ids.get(CENTRES), name: "益阳市电子信息工程技术研究中心", date: "2013-12-05" }) },
      await userNamed("jihua"),
    );
    expect(added.errors).toBeUndefined();
    decemberItem = added.data!.addCountItem.item;
  });

  it("starts with every month of 2013 reopened by the demo (2013 is long past the 10-day rule)", async () => {
    const res = await gql<{ planLocks: Locks }>(LOCKS, { p: planId }, await userNamed("leader"));
    expect(res.errors).toBeUndefined();
    const locks = res.data!.planLocks;
    expect(locks).toMatchObject({ year: 2013, lockAfterDays: 10, reportDueDays: 5, viewerCanManage: false });
    expect(locks.months.map((m) => [m.month, m.locked, m.reason])).toEqual(
      Array.from({ length: 12 }, (_, i) => [i + 1, false, "REOPENED"]),
    );
    expect(locks.months[10]).toMatchObject({ autoLockOn: "2013-12-11", reopenedUntil: null, decidedBy: { username: "admin" } });
  });

  it("refuses a section head, an assessor and a leader with FORBIDDEN, changing nothing", async () => {
    const before = await state();
    for (const u of ["jihua", "assessor", "leader"]) {
      const lock = await gql(LOCK, { p: planId, m: 11, r: "越权锁定" }, await userNamed(u));
      expect(lock.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      const reopen = await gql(REOPEN, { p: planId, m: 11, r: "越权开放" }, await userNamed(u));
      expect(reopen.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      const configure = await gql(CONFIGURE, { p: planId, d: 3, l: 20 }, await userNamed(u));
      expect(configure.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
    expect((await gql(LOCK, { p: planId, m: 11, r: "匿名" }, null)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(await state()).toEqual(before);
  });

  it("refuses a lock without a reason or for a month that does not exist", async () => {
    const before = await state();
    const admin = await userNamed("admin");
    expect((await gql(LOCK, { p: planId, m: 11, r: "  " }, admin)).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect((await gql(LOCK, { p: planId, m: 13, r: "月份无效" }, admin)).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(await state()).toEqual(before);
  });

  it("locks the month with its reason, audited with who and why", async () => {
    const admin = await userNamed("admin");
    const before = await db.auditLog.count();
    const res = await gql<{ lockMonth: Locks }>(LOCK, { p: planId, m: 11, r: "11月数据已核定，提前锁定" }, admin);
    expect(res.errors).toBeUndefined();
    const nov = res.data!.lockMonth.months[10];
    expect(nov).toMatchObject({
      month: 11,
      locked: true,
      reason: "ADMIN_LOCKED",
      decidedBy: { username: "admin" },
      decisionReason: "11月数据已核定，提前锁定",
    });
    // the other months stay as they were
    expect(res.data!.lockMonth.months.filter((m) => m.locked).map((m) => m.month)).toEqual([11]);
    expect(res.data!.lockMonth.viewerCanManage).toBe(true);
    expect(await db.auditLog.count()).toBe(before + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "LOCK_MONTH" } });
    expect(audit).toMatchObject({ userId: admin.id, reason: "11月数据已核定，提前锁定", entityType: "MonthLock" });
    expect(JSON.parse(audit.before!)).toEqual({ month: "2013-11", locked: false, lockReason: "REOPENED" });
    expect(JSON.parse(audit.after!)).toEqual({ month: "2013-11", locked: true });
  });

  it("refuses a November report on a growth target and a November item on a count target, writing nothing", async () => {
    const before = await state();
    const firms = await version(ids.get(FIRMS)!);
    const report = await gql(
      RECORD,
      { input: { targetId: ids.get(FIRMS), value: 131, reportedFor: "2013-11-25", expectedVersion: firms } },
      await userNamed("gaoxin"),
    );
    expectLocked(report, 11, "ADMIN_LOCKED");
    const item = await gql(
      ADD,
      { input: await asLoaded({ targetId: ids.get(CENTRES), name: "益阳市新材料工程技术研究中心", date: "2013-11-25" }) },
      await userNamed("jihua"),
    );
    expectLocked(item, 11, "ADMIN_LOCKED");
    // an administrator is held by the lock too
    const asAdmin = await gql(
      RECORD,
      { input: await asLoaded({ targetId: ids.get(FIRMS), value: 131, reportedFor: "2013-11-26" }) },
      await userNamed("admin"),
    );
    expectLocked(asAdmin, 11, "ADMIN_LOCKED");
    expect(await state()).toEqual(before);
  });

  it("refuses every other write touching November: confirmation, correction into or out of it, item edits", async () => {
    const before = await state();
    const gaoxin = await userNamed("gaoxin");
    const jihua = await userNamed("jihua");
    expectLocked(
      await gql(CONFIRM, { input: await asLoaded({ targetId: ids.get(FIRMS), reportedFor: "2013-11-30" }) }, gaoxin),
      11,
      "ADMIN_LOCKED",
    );
    expectLocked(
      await gql(
        AMEND,
        {
          input: {
            entryId: novemberEntry,
            action: "WITHDRAWAL",
            reason: "误报",
            expectedVersion: await versionOf("target", ids.get(FIRMS)!),
          },
        },
        gaoxin,
      ),
      11,
      "ADMIN_LOCKED",
    );
    expectLocked(
      await gql(
        AMEND,
        {
          input: {
            entryId: novemberEntry,
            action: "CORRECTION",
            value: 130,
            reportedFor: "2013-12-01",
            reason: "日期有误",
            expectedVersion: await versionOf("target", ids.get(FIRMS)!),
          },
        },
        gaoxin,
      ),
      11,
      "ADMIN_LOCKED",
    );
    expectLocked(
      await gql(
        AMEND,
        {
          input: {
            entryId: decemberEntry,
            action: "CORRECTION",
            value: 132,
            reportedFor: "2013-11-28",
            reason: "日期有误",
            expectedVersion: await versionOf("target", ids.get(FIRMS)!),
          },
        },
        gaoxin,
      ),
      11,
      "ADMIN_LOCKED",
    );
    expectLocked(
      await gql(
        UPDATE,
        { input: { itemId: novemberItem.id, docNumber: "益科发〔2013〕68号", expectedVersion: novemberItem.version } },
        jihua,
      ),
      11,
      "ADMIN_LOCKED",
    );
    expectLocked(await gql(WITHDRAW, { id: novemberItem.id, v: novemberItem.version }, jihua), 11, "ADMIN_LOCKED");
    expectLocked(
      await gql(UPDATE, { input: { itemId: decemberItem.id, date: "2013-11-29", expectedVersion: decemberItem.version } }, jihua),
      11,
      "ADMIN_LOCKED",
    );
    expect(await state()).toEqual(before);
  });

  it("still takes writes for the open months around it", async () => {
    const dec = await gql(
      RECORD,
      { input: await asLoaded({ targetId: ids.get(FIRMS), value: 133, reportedFor: "2013-12-20" }) },
      await userNamed("gaoxin"),
    );
    expect(dec.errors).toBeUndefined();
    const oct = await gql(
      ADD,
      { input: await asLoaded({ targetId: ids.get(CENTRES), name: "益阳市装备制造工程技术研究中心", date: "2013-10-15" }) },
      await userNamed("jihua"),
    );
    expect(oct.errors).toBeUndefined();
  });

  it("reopens it (reason, through a day, audited): the same November writes now succeed", async () => {
    const admin = await userNamed("admin");
    const today = todayIso();
    const past = await gql(REOPEN, { p: planId, m: 11, r: "补录", u: "2013-12-31" }, admin);
    expect(past.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const noReason = await gql(REOPEN, { p: planId, m: 11, r: " " }, admin);
    expect(noReason.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");

    const res = await gql<{ reopenMonth: Locks }>(REOPEN, { p: planId, m: 11, r: "高新办补录11月数据", u: today }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.reopenMonth.months[10]).toMatchObject({
      locked: false,
      reason: "REOPENED",
      reopenedUntil: today,
      decisionReason: "高新办补录11月数据",
    });
    // (the seed's reopening of the demo year is the plan's own REOPEN_MONTH row; this one is the month's)
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "REOPEN_MONTH", entityType: "MonthLock" } });
    expect(audit).toMatchObject({ userId: admin.id, reason: "高新办补录11月数据" });
    expect(JSON.parse(audit.before!)).toEqual({ month: "2013-11", locked: true, lockReason: "ADMIN_LOCKED" });
    expect(JSON.parse(audit.after!)).toEqual({ month: "2013-11", locked: false, until: today });

    const before = await state();
    const report = await gql<{ recordProgress: { entry: { reportedFor: string } } }>(
      RECORD,
      { input: await asLoaded({ targetId: ids.get(FIRMS), value: 131, reportedFor: "2013-11-25" }) },
      await userNamed("gaoxin"),
    );
    expect(report.errors).toBeUndefined();
    expect(report.data!.recordProgress.entry.reportedFor).toBe("2013-11-25");
    const item = await gql<{ addCountItem: { progress: { value: number } } }>(
      ADD,
      { input: await asLoaded({ targetId: ids.get(CENTRES), name: "益阳市新材料工程技术研究中心", date: "2013-11-25" }) },
      await userNamed("jihua"),
    );
    expect(item.errors).toBeUndefined();
    const after = await state();
    expect(after.entries).toBe(before.entries + 1);
    expect(after.items).toHaveLength(before.items.length + 1);
    expect(after.audits).toBe(before.audits + 2);
  });
});

describe("configureReporting", () => {
  it("refuses a due day after the lock and out-of-range days, writing nothing", async () => {
    const admin = await userNamed("admin");
    const before = await state();
    const plan = await db.plan.findUniqueOrThrow({ where: { id: planId } });
    const late = await gql(CONFIGURE, { p: planId, d: 15, l: 10 }, admin);
    expect(late.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(late.errors?.[0].message).toMatch(/报送期限不能晚于锁定期限/);
    for (const [d, l] of [
      [-1, 10],
      [5, 121],
      [61, 100],
    ]) {
      expect((await gql(CONFIGURE, { p: planId, d, l }, admin)).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    }
    expect(await state()).toEqual(before);
    expect(await db.plan.findUniqueOrThrow({ where: { id: planId } })).toEqual(plan);
  });

  it("sets both, audited old → new, and moves the days rule", async () => {
    const admin = await userNamed("admin");
    const res = await gql<{ configureReporting: Locks }>(CONFIGURE, { p: planId, d: 7, l: 15 }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.configureReporting).toMatchObject({ reportDueDays: 7, lockAfterDays: 15 });
    // March 2013 ends on the 31st: locked from 15 days later + 1
    expect(res.data!.configureReporting.months[2].autoLockOn).toBe("2013-04-16");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "CONFIGURE_REPORTING" } });
    expect(audit.userId).toBe(admin.id);
    expect(JSON.parse(audit.before!)).toEqual({ reportDueDays: 5, lockAfterDays: 10 });
    expect(JSON.parse(audit.after!)).toEqual({ reportDueDays: 7, lockAfterDays: 15 });
    // the same settings again change nothing
    const audits = await db.auditLog.count();
    expect((await gql(CONFIGURE, { p: planId, d: 7, l: 15 }, admin)).errors).toBeUndefined();
    expect(await db.auditLog.count()).toBe(audits);
  });
});

/** A plan of the bureau (so its administrator and 计划科 may write it) for a given year, amounts and counts. */
async function bureauPlan(year: number, lockAfterDays?: number) {
  const seed = makePlanSeed({ unitName: "益阳市科技局", year, targetCount: 2, areaCount: 1, kinds: ["AMOUNT", "COUNT"] });
  seed.sections = [{ name: "计划科", phone: null }];
  for (const a of seed.areas) a.owners = ["计划科"];
  for (const a of seed.areas) for (const t of a.targets) Object.assign(t, { window: [1, 12], targetValue: t.kind === "COUNT" ? 4 : 400 });
  if (lockAfterDays !== undefined) seed.plan.lockAfterDays = lockAfterDays;
  const loaded = await loadPlan(db, seed);
  const [amount, count] = [...loaded.targetIds.values()];
  return { planId: loaded.planId, amount, count, codes: () => loaded.targetIds };
}

describe("a plan of a past year without the demo's reopening", () => {
  it("is locked month by month by the days rule (AUTO): every write is refused, writing nothing", async () => {
    const plan = await bureauPlan(2014);
    const locks = await gql<{ planLocks: Locks }>(LOCKS, { p: plan.planId }, await userNamed("admin"));
    expect(locks.errors).toBeUndefined();
    expect(locks.data!.planLocks.months.every((m) => m.locked && m.reason === "AUTO")).toBe(true);
    expect(locks.data!.planLocks.months[5].autoLockOn).toBe("2014-07-11");

    const before = await state(["A1.1", "A1.2"], plan.codes);
    const jihua = await userNamed("jihua");
    expectLocked(
      await gql(RECORD, { input: await asLoaded({ targetId: plan.amount, value: 100, reportedFor: "2014-06-30" }) }, jihua),
      6,
      "AUTO",
    );
    expectLocked(
      await gql(
        RECORD,
        { input: await asLoaded({ targetId: plan.amount, value: 100, reportedFor: "2014-06-30" }) },
        await userNamed("admin"),
      ),
      6,
      "AUTO",
    );
    expectLocked(await gql(CONFIRM, { input: await asLoaded({ targetId: plan.amount, reportedFor: "2014-07-31" }) }, jihua), 7, "AUTO");
    expectLocked(
      await gql(ADD, { input: await asLoaded({ targetId: plan.count, name: "2014年测试中心", date: "2014-05-01" }) }, jihua),
      5,
      "AUTO",
    );
    expect(await state(["A1.1", "A1.2"], plan.codes)).toEqual(before);

    // reopened by an administrator, June takes the report; May stays locked
    const reopened = await gql(REOPEN, { p: plan.planId, m: 6, r: "补录2014年6月数据" }, await userNamed("admin"));
    expect(reopened.errors).toBeUndefined();
    expect(
      (await gql(RECORD, { input: await asLoaded({ targetId: plan.amount, value: 100, reportedFor: "2014-06-30" }) }, jihua)).errors,
    ).toBeUndefined();
    expectLocked(
      await gql(ADD, { input: await asLoaded({ targetId: plan.count, name: "2014年测试中心", date: "2014-05-01" }) }, jihua),
      5,
      "AUTO",
    );
  });
});

describe("a review snapshot locks the months it read", () => {
  it("takes a report in last month, then refuses it once last month's dispatch (月度调度) has been opened", async () => {
    const today = todayIso();
    const [y, m] = today.split("-").map(Number);
    const year = m === 1 ? y - 1 : y;
    const month = m === 1 ? 12 : m - 1;
    const day = `${year}-${String(month).padStart(2, "0")}-15`;
    const plan = await bureauPlan(year);
    const admin = await userNamed("admin");
    const jihua = await userNamed("jihua");

    // 40 days after the month ends: the days rule cannot have locked last month yet
    const configured = await gql<{ configureReporting: Locks }>(CONFIGURE, { p: plan.planId, d: 5, l: 40 }, admin);
    expect(configured.errors).toBeUndefined();
    expect(configured.data!.configureReporting.months[month - 1]).toMatchObject({ locked: false, reason: "OPEN" });

    const first = await gql<{ recordProgress: { progress: { value: number } } }>(
      RECORD,
      { input: await asLoaded({ targetId: plan.amount, value: 120, reportedFor: day }) },
      jihua,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordProgress.progress.value).toBe(120);
    const item = await gql(ADD, { input: await asLoaded({ targetId: plan.count, name: "上月组建的测试中心", date: day }) }, jihua);
    expect(item.errors).toBeUndefined();

    const review = await gql<{ openReview: { id: string; periodKey: string } }>(
      OPEN_REVIEW,
      { input: { planId: plan.planId, kind: "MONTH", year, periodIndex: month } },
      await userNamed("assessor"),
    );
    expect(review.errors).toBeUndefined();
    expect(review.data!.openReview.periodKey).toBe(`${year}-M${String(month).padStart(2, "0")}`);

    const locks = await gql<{ planLocks: Locks }>(LOCKS, { p: plan.planId }, admin);
    expect(locks.data!.planLocks.months[month - 1]).toMatchObject({ locked: true, reason: "SNAPSHOT" });

    const before = await state(["A1.1", "A1.2"], plan.codes);
    expectLocked(
      await gql(RECORD, { input: await asLoaded({ targetId: plan.amount, value: 150, reportedFor: day }) }, jihua),
      month,
      "SNAPSHOT",
    );
    expectLocked(
      await gql(ADD, { input: await asLoaded({ targetId: plan.count, name: "上月补报的测试中心", date: day }) }, jihua),
      month,
      "SNAPSHOT",
    );
    expect(await state(["A1.1", "A1.2"], plan.codes)).toEqual(before);

    // a reopening beats the snapshot
    expect((await gql(REOPEN, { p: plan.planId, m: month, r: "调度后补报" }, admin)).errors).toBeUndefined();
    expect(
      (await gql(RECORD, { input: await asLoaded({ targetId: plan.amount, value: 150, reportedFor: day }) }, jihua)).errors,
    ).toBeUndefined();
  });
});
