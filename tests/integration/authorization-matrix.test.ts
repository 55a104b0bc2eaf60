// Every mutation × every role: allowed calls succeed, denied calls fail with the right code and change
// nothing (row counts and a fingerprint of every writable table are compared).
import { beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "../../graphql/operations";
import { getSchema } from "../../graphql/schema";
import type { SessionUser } from "../../lib/server/auth/session-user";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { asLoaded, gql, userNamed, versionOf, daysFromToday } from "./harness";

// provinceAssessor: 省厅考核组 above the city (its only writes on the city are the 省厅评分 and the external result)
type Actor = "anonymous" | "leader" | "assessor" | "ownerHead" | "otherHead" | "admin" | "provinceAssessor";
// denied callers run before the allowed ones use up what a case made for them (a pending figure, a removable target …)
const ACTORS: Actor[] = ["anonymous", "provinceAssessor", "leader", "assessor", "ownerHead", "otherHead", "admin"];
const USERNAME: Record<Exclude<Actor, "anonymous">, string> = {
  leader: "leader",
  assessor: "assessor",
  ownerHead: "jihua", // 计划科 owns 二.(一).3.(1) (a milestone: typed figures) and 二.(一).3.(3) (a count: named items)
  otherHead: "gaoxin",
  admin: "admin",
  provinceAssessor: "sheng-assessor",
};
const PASSWORD: Record<Exclude<Actor, "anonymous">, string> = {
  leader: "demo2013",
  assessor: "demo2013",
  ownerHead: "demo2013",
  otherHead: "demo2013",
  admin: "admin-pass-for-tests",
  provinceAssessor: "demo2013",
};

let ids: Map<string, string>;
let sections: Map<string, string>;
let serial = 0;

const PLATFORM = "二.(一).3.(1)";
const CENTRES = "二.(一).3.(3)";

/** The oldest report or item still waiting for 数据审核 (made by 计划科's head in beforeAll). */
async function pendingOf(kind: "ENTRY" | "ITEM"): Promise<{ id: string }> {
  const where = { checkStatus: "PENDING" };
  return kind === "ENTRY"
    ? db.progressEntry.findFirstOrThrow({ where, orderBy: { createdAt: "asc" }, select: { id: true } })
    : db.countItem.findFirstOrThrow({ where: { ...where, status: "ACTIVE" }, orderBy: { createdAt: "asc" }, select: { id: true } });
}

async function currentEntryId(): Promise<string> {
  const e = await db.progressEntry.findFirstOrThrow({
    where: { targetId: ids.get(PLATFORM), action: { in: ["RECORD", "CORRECTION"] }, replacedBy: { none: {} } },
    orderBy: [{ reportedFor: "desc" }, { createdAt: "desc" }],
  });
  return e.id;
}

/** A valid call of each mutation, built fresh for each run (ids and unique names change as rows are added). */
const CALLS: Record<string, { query: string; vars: (actor: Actor) => Promise<Record<string, unknown>>; allowed: Actor[] }> = {
  recordProgress: {
    query: `mutation ($i: RecordProgressInput!) { recordProgress(input: $i) { entry { id } } }`,
    vars: async () => ({ i: await asLoaded({ targetId: ids.get(PLATFORM), value: 1, reportedFor: "2013-07-01" }) }),
    allowed: ["ownerHead", "admin"],
  },
  amendProgress: {
    query: `mutation ($i: AmendProgressInput!) { amendProgress(input: $i) { entry { id } } }`,
    vars: async () => ({
      i: {
        entryId: await currentEntryId(),
        action: "CORRECTION",
        value: 1,
        reason: "矩阵测试",
        expectedVersion: await versionOf("target", ids.get(PLATFORM)!),
      },
    }),
    allowed: ["ownerHead", "admin"],
  },
  addEvidenceLink: {
    query: `mutation ($e: ID!) { addEvidenceLink(entryId: $e, url: "https://example.cn/doc") { id } }`,
    vars: async () => ({ e: await currentEntryId() }),
    allowed: ["ownerHead", "admin"],
  },
  confirmNoChange: {
    query: `mutation ($i: ConfirmNoChangeInput!) { confirmNoChange(input: $i) { entry { id } } }`,
    // once per target and month (#14): each allowed caller confirms a month the demo left without one (before the window)
    vars: async (actor) => ({
      i: await asLoaded({ targetId: ids.get(PLATFORM), reportedFor: `2013-0${(ACTORS.indexOf(actor) % 4) + 1}-15` }),
    }),
    allowed: ["ownerHead", "admin"],
  },
  // 数据审核: beforeAll leaves reports and items of 计划科 pending; each allowed caller decides one of them
  acceptFigure: {
    query: `mutation ($i: CheckFigureInput!) { acceptFigure(input: $i) { id checkStatus } }`,
    vars: async () => ({ i: { kind: "ENTRY", id: (await pendingOf("ENTRY")).id } }),
    allowed: ["assessor", "admin"],
  },
  returnFigure: {
    query: `mutation ($i: ReturnFigureInput!) { returnFigure(input: $i) { id checkStatus } }`,
    vars: async () => ({ i: { kind: "ITEM", id: (await pendingOf("ITEM")).id, reason: "矩阵测试：请补充批复文件" } }),
    allowed: ["assessor", "admin"],
  },
  // Named items on 二.(一).3.(3): the two allowed adds create two items; each is edited, given a link and then
  // withdrawn by one allowed caller (the vars only read).
  addCountItem: {
    query: `mutation ($i: AddCountItemInput!) { addCountItem(input: $i) { item { id } } }`,
    vars: async () => ({ i: await asLoaded({ targetId: ids.get(CENTRES), name: `矩阵事项 ${++serial}`, date: "2013-12-01" }) }),
    allowed: ["ownerHead", "admin"],
  },
  updateCountItem: {
    query: `mutation ($i: UpdateCountItemInput!) { updateCountItem(input: $i) { item { id } } }`,
    vars: async () => {
      const item = await matrixItem();
      return { i: { itemId: item.id, docNumber: `益科发〔2013〕${++serial}号`, expectedVersion: item.version } };
    },
    allowed: ["ownerHead", "admin"],
  },
  addItemEvidenceLink: {
    query: `mutation ($i: ID!) { addItemEvidenceLink(itemId: $i, url: "https://example.cn/pf", title: "批复") { id } }`,
    vars: async () => ({ i: (await matrixItem()).id }),
    allowed: ["ownerHead", "admin"],
  },
  withdrawCountItem: {
    query: `mutation ($i: ID!, $v: Int!) { withdrawCountItem(itemId: $i, reason: "矩阵测试撤回", expectedVersion: $v) { item { id } } }`,
    vars: async () => {
      const item = await matrixItem();
      return { i: item.id, v: item.version };
    },
    allowed: ["ownerHead", "admin"],
  },
  createUser: {
    query: `mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }`,
    vars: async () => ({
      i: {
        username: `matrix${++serial}`,
        displayName: "矩阵用户",
        role: "SECTION_HEAD",
        sectionId: sections.get("成果科"),
        password: "temporary-2013",
      },
    }),
    allowed: ["admin"],
  },
  updateUser: {
    query: `mutation ($i: UpdateUserInput!) { updateUser(input: $i) { id } }`,
    vars: async () => {
      const u = await db.user.findUniqueOrThrow({ where: { username: "chengguo" } });
      return { i: { userId: u.id, displayName: `成果科负责人 ${++serial}`, expectedVersion: u.version } };
    },
    allowed: ["admin"],
  },
  resetUserPassword: {
    query: `mutation ($u: ID!, $v: Int!) { resetUserPassword(userId: $u, password: "reset-pass-2013", expectedVersion: $v) { id } }`,
    vars: async () => {
      const u = await db.user.findUniqueOrThrow({ where: { username: "nongshe" } });
      return { u: u.id, v: u.version };
    },
    allowed: ["admin"],
  },
  unlockUser: {
    query: `mutation ($u: ID!) { unlockUser(userId: $u) { id } }`,
    vars: async () => ({ u: (await db.user.findUniqueOrThrow({ where: { username: "nongshe" } })).id }),
    allowed: ["admin"],
  },
  changeOwnPassword: {
    query: `mutation ($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) { id } }`,
    vars: async (actor) => ({ c: actor === "anonymous" ? "x" : PASSWORD[actor], n: `Changed#${serial++}-2013` }),
    allowed: ["provinceAssessor", "leader", "assessor", "ownerHead", "otherHead", "admin"],
  },
  setDeclaredScore: {
    query: `mutation ($i: SetDeclaredScoreInput!) { setDeclaredScore(input: $i) { version } }`,
    vars: async () => ({ i: await asLoaded({ targetId: ids.get("二.(一).5"), declaredScore: ++serial % 80 }, "score") }),
    allowed: ["assessor", "admin"],
  },
  adjustScore: {
    query: `mutation ($i: AdjustScoreInput!) { adjustScore(input: $i) { version } }`,
    vars: async () => ({
      i: await asLoaded({ targetId: ids.get("二.(一).3.(3)"), adjustedScore: ++serial % 30, reason: "矩阵测试" }, "score"),
    }),
    allowed: ["assessor", "admin"],
  },
  // 省厅评分 of the city's 二.(一).3.(3): the province's 考核组 alone (access "supervise")
  setProvinceScore: {
    query: `mutation ($i: SetProvinceScoreInput!) { setProvinceScore(input: $i) { provinceVersion } }`,
    vars: async () => ({
      i: await asLoaded({ targetId: ids.get(CENTRES), provinceScore: (++serial % 30) + 1, reason: "矩阵测试省厅评分" }, "provinceScore"),
    }),
    allowed: ["provinceAssessor"],
  },
  setExternalAssessment: {
    query: `mutation ($i: SetExternalAssessmentInput!) { setExternalAssessment(input: $i) { version } }`,
    vars: async () => {
      const plan = await db.plan.findFirstOrThrow({ where: { year: 2013, unit: { name: "益阳市科技局" } } });
      const current = await db.externalAssessment.findUnique({ where: { unitId_year: { unitId: plan.unitId, year: 2013 } } });
      return {
        i: {
          unitId: plan.unitId,
          year: 2013,
          result: "PASS",
          documentRef: `矩阵测试〔2014〕${++serial}号`,
          expectedVersion: current?.version ?? 0,
        },
      };
    },
    allowed: ["provinceAssessor"],
  },
  setGradeBands: {
    query: `mutation ($i: SetGradeBandsInput!) { setGradeBands(input: $i) { grade { grade } } }`,
    vars: async () => ({
      i: {
        planId: (await db.plan.findFirstOrThrow({ where: { year: 2013, unit: { name: "益阳市科技局" } } })).id,
        excellentAt: 0.9,
        goodAt: 0.8 - (++serial % 10) / 100,
        passAt: 0.6,
      },
    }),
    allowed: ["assessor", "admin"],
  },
  // 计划科's own self-assessment of 二.(一).3.(3); another section's head is refused by the service
  setSelfScore: {
    query: `mutation ($i: SetSelfScoreInput!) { setSelfScore(input: $i) { selfVersion } }`,
    vars: async () => ({
      i: await asLoaded({ targetId: ids.get(CENTRES), selfScore: (++serial % 30) + 1, justification: "矩阵测试自评" }, "selfScore"),
    }),
    allowed: ["ownerHead", "admin"],
  },
  // the assessors suspend 二.(一).2.(3)③, the administrator makes it count again
  setTargetApplicability: {
    query: `mutation ($i: SetApplicabilityInput!) { setTargetApplicability(input: $i) { status } }`,
    vars: async () => {
      const t = await db.target.findUniqueOrThrow({ where: { id: ids.get("二.(一).2.(3)③") } });
      const active = t.applicability === "ACTIVE";
      return {
        i: {
          targetId: t.id,
          applicability: active ? "SUSPENDED" : "ACTIVE",
          reason: active ? "矩阵测试暂停" : null,
          inactivePointsRule: "REDISTRIBUTE",
          expectedVersion: t.version,
        },
      };
    },
    allowed: ["assessor", "admin"],
  },
  setTargetThresholds: {
    query: `mutation ($i: SetThresholdsInput!) { setTargetThresholds(input: $i) { band } }`,
    vars: async () => {
      const t = await db.target.findUniqueOrThrow({ where: { id: ids.get("二.(一).1.(1)") } });
      return {
        i: {
          targetId: t.id,
          greenAt: t.greenAt === 0.9 ? 0.8 : 0.9,
          amberAt: 0.7,
          direction: "HIGHER_IS_BETTER",
          expectedVersion: t.version,
        },
      };
    },
    allowed: ["admin"],
  },
  configureScoring: {
    query: `mutation ($i: ConfigureScoringInput!) { configureScoring(input: $i) { scoreFloor } }`,
    // a floor different from the current one, so every allowed call changes (and audits) something
    vars: async () => {
      const plan = await plan2013();
      return { i: { planId: plan.id, scoreFloor: plan.scoreFloor === 0.55 ? 0.65 : 0.55 } };
    },
    allowed: ["assessor", "admin"],
  },
  // Reviews: the vars only read, so a denied call leaves everything as it was. Allowed calls run in this
  // order: open two monthly reviews, refresh, comment, issue two notices, close them, close both reviews,
  // reopen both.
  openReview: {
    query: `mutation ($i: OpenReviewInput!) { openReview(input: $i) { id } }`,
    vars: async () => {
      const plan = await plan2013();
      return { i: { planId: plan.id, kind: "MONTH", year: 2013, periodIndex: (await db.review.count({ where: { kind: "MONTH" } })) + 1 } };
    },
    allowed: ["assessor", "admin"],
  },
  refreshReviewSnapshot: {
    query: `mutation ($r: ID!, $v: Int!) { refreshReviewSnapshot(reviewId: $r, expectedVersion: $v) { id } }`,
    vars: async () => reviewVars("OPEN"),
    allowed: ["assessor", "admin"],
  },
  addReviewComment: {
    query: `mutation ($i: AddReviewCommentInput!) { addReviewComment(input: $i) { id } }`,
    vars: async () => ({
      i: {
        reviewId: (await db.review.findFirstOrThrow({ where: { status: "OPEN" } })).id,
        targetId: ids.get("二.(一).3.(3)"),
        body: "矩阵测试点评",
      },
    }),
    allowed: ["assessor", "admin"],
  },
  issueRectification: {
    query: `mutation ($i: IssueRectificationInput!) { issueRectification(input: $i) { id } }`,
    vars: async () => ({
      i: {
        reviewId: (await db.review.findFirstOrThrow({ where: { status: "OPEN" } })).id,
        targetId: ids.get("二.(一).3.(3)"),
        notice: "矩阵测试整改",
        deadline: daysFromToday(30),
      },
    }),
    allowed: ["assessor", "admin"],
  },
  assignTargetOwners: {
    query: `mutation ($t: ID!, $s: [ID!]!, $v: Int!) { assignTargetOwners(targetId: $t, sectionIds: $s, expectedVersion: $v) { id } }`,
    vars: async () => {
      const t = await db.target.findUniqueOrThrow({ where: { id: ids.get("二.(二).4") } });
      const s = await db.section.findFirstOrThrow({ where: { name: "计划科", unit: { level: "CITY" } } });
      return { t: t.id, s: [s.id], v: t.version };
    },
    allowed: ["admin"],
  },
  // the two notices issued above are answered by 计划科 (it owns 二.(一).3.(3)) and sent back, then signed off below
  answerRectification: {
    query: `mutation ($i: AnswerRectificationInput!) { answerRectification(input: $i) { id } }`,
    vars: async () => {
      const r = await db.rectification.findFirstOrThrow({ where: { status: "OPEN", targetId: ids.get("二.(一).3.(3)") } });
      return { i: { rectificationId: r.id, answer: "矩阵测试：已组建", expectedVersion: r.version } };
    },
    allowed: ["ownerHead", "admin"],
  },
  returnRectification: {
    query: `mutation ($r: ID!, $v: Int!) { returnRectification(rectificationId: $r, reason: "矩阵测试：缺批复文件", expectedVersion: $v) { id } }`,
    vars: async () => {
      const r = await db.rectification.findFirstOrThrow({ where: { status: "ANSWERED" } });
      return { r: r.id, v: r.version };
    },
    allowed: ["assessor", "admin"],
  },
  closeRectification: {
    query: `mutation ($r: ID!, $v: Int!) { closeRectification(rectificationId: $r, closingNote: "矩阵测试已整改", expectedVersion: $v) { id } }`,
    vars: async () => {
      const r = await db.rectification.findFirstOrThrow({ where: { status: "OPEN" } });
      return { r: r.id, v: r.version };
    },
    allowed: ["assessor", "admin"],
  },
  closeReview: {
    query: `mutation ($r: ID!, $v: Int!) { closeReview(reviewId: $r, expectedVersion: $v) { id } }`,
    vars: async () => reviewVars("OPEN"),
    allowed: ["assessor", "admin"],
  },
  reopenReview: {
    query: `mutation ($r: ID!, $v: Int!) { reopenReview(reviewId: $r, expectedVersion: $v) { id } }`,
    vars: async () => reviewVars("CLOSED"),
    allowed: ["assessor", "admin"],
  },
  // 通报 (#13): each allowed caller edits the first notice not yet issued, then issues one (two reviews are open by now)
  updateBulletin: {
    query: `mutation ($i: UpdateBulletinInput!) { updateBulletin(input: $i) { version } }`,
    vars: async () => {
      const r = await unissuedReview();
      return { i: { reviewId: r.id, remarks: `矩阵测试意见 ${++serial}`, expectedVersion: r.version } };
    },
    allowed: ["assessor", "admin"],
  },
  issueBulletin: {
    query: `mutation ($r: ID!, $v: Int!) { issueBulletin(reviewId: $r, expectedVersion: $v) { version } }`,
    vars: async () => {
      const r = await unissuedReview();
      return { r: r.id, v: r.version };
    },
    allowed: ["assessor", "admin"],
  },
  // the two notices just issued are withdrawn again, one by each allowed caller
  withdrawBulletin: {
    query: `mutation ($r: ID!, $v: Int!) { withdrawBulletin(reviewId: $r, reason: "矩阵测试：落款有误", expectedVersion: $v) { issued } }`,
    vars: async () => {
      const r = await db.review.findFirstOrThrow({ where: { bulletinIssuedAt: { not: null } }, orderBy: { createdAt: "asc" } });
      return { r: r.id, v: r.version };
    },
    allowed: ["assessor", "admin"],
  },
  // 责任清单: the administrator links 二.(一).1.(2) to 益阳's duty 5, then removes that link (vars only read).
  linkTargetDuty: {
    query: `mutation ($i: LinkTargetDutyInput!) { linkTargetDuty(input: $i) { id } }`,
    vars: async () => ({
      i: {
        targetId: ids.get("二.(一).1.(2)"),
        dutyId: (await db.duty.findFirstOrThrow({ where: { seq: 5, unit: { name: "益阳市科技局" } } })).id,
      },
    }),
    allowed: ["admin"],
  },
  unlinkTargetDuty: {
    query: `mutation ($l: ID!) { unlinkTargetDuty(linkId: $l) { id } }`,
    vars: async () => ({ l: (await db.targetDutyLink.findFirstOrThrow({ where: { targetId: ids.get("二.(一).1.(2)") } })).id }),
    allowed: ["admin"],
  },
  // Plans over the years: the administrator copies 2013 into 2014, then edits the 2014 plan (the 2013 plan when
  // run alone), and imports a one-row plan for 2030.
  copyPlan: {
    query: `mutation ($p: ID!) { copyPlan(planId: $p, year: 2014) { id } }`,
    vars: async () => ({ p: (await db.plan.findFirstOrThrow({ where: { year: 2013, unit: { name: "益阳市科技局" } } })).id }),
    allowed: ["admin"],
  },
  addTarget: {
    query: `mutation ($i: AddTargetInput!) { addTarget(input: $i) { plan { id } } }`,
    vars: async () => {
      const area = await db.area.findFirstOrThrow({ where: { code: "二.(一).3", planId: (await matrixEditPlan()).id } });
      return { i: { areaId: area.id, code: "二.(一).3.(9)", title: "矩阵指标", wording: "矩阵测试", kind: "MILESTONE", unassigned: true } };
    },
    allowed: ["admin"],
  },
  updateTarget: {
    query: `mutation ($i: UpdateTargetInput!) { updateTarget(input: $i) { plan { id } } }`,
    vars: async () => {
      const t = await db.target.findFirstOrThrow({ where: { code: "二.(一).3.(1)", planId: (await matrixEditPlan()).id } });
      return { i: { targetId: t.id, expectedVersion: t.version, changes: { title: `黑茶平台 ${++serial}` } } };
    },
    allowed: ["admin"],
  },
  moveTarget: {
    query: `mutation ($t: ID!, $v: Int!) { moveTarget(targetId: $t, direction: UP, expectedVersion: $v) { plan { id } } }`,
    vars: async () => targetVars("二.(一).3.(3)"),
    allowed: ["admin"],
  },
  removeTarget: {
    query: `mutation ($t: ID!, $v: Int!) { removeTarget(targetId: $t, expectedVersion: $v) { plan { id } } }`,
    vars: async () => targetVars("二.(一).3.(9)"),
    allowed: ["admin"],
  },
  updateArea: {
    query: `mutation ($i: UpdateAreaInput!) { updateArea(input: $i) { plan { id } } }`,
    vars: async () => {
      const area = await db.area.findFirstOrThrow({ where: { code: "二.(一).5", planId: (await matrixEditPlan()).id } });
      return { i: { areaId: area.id, points: area.points === 80 ? 81 : 80 } };
    },
    allowed: ["admin"],
  },
  importPlan: {
    query: `mutation ($i: ImportPlanInput!) { importPlan(input: $i) { ok } }`,
    vars: async () => ({
      i: {
        year: 2030,
        fileName: "matrix.csv",
        dryRun: false,
        fileBase64: Buffer.from(
          "领域编号,领域名称,领域类别,领域分值,指标编号,指标名称,计划原文,类型,单位,目标值,基数,开始月,结束月,时间原文,责任科室,分值,备注\r\n" +
            "一,矩阵领域,工作业绩,100,一.1,矩阵指标,矩阵测试,里程碑,,,,3,10,3-10月,计划科,,\r\n",
        ).toString("base64"),
      },
    }),
    allowed: ["admin"],
  },
  // Period locks, last (a locked January would refuse later January writes): lock, reopen, configure.
  lockMonth: {
    query: `mutation ($p: ID!) { lockMonth(planId: $p, month: 1, reason: "矩阵测试锁定") { planId } }`,
    vars: async () => ({ p: (await plan2013()).id }),
    allowed: ["admin"],
  },
  reopenMonth: {
    query: `mutation ($p: ID!) { reopenMonth(planId: $p, month: 1, reason: "矩阵测试重新开放") { planId } }`,
    vars: async () => ({ p: (await plan2013()).id }),
    allowed: ["admin"],
  },
  configureReporting: {
    query: `mutation ($p: ID!, $d: Int!) { configureReporting(planId: $p, reportDueDays: $d, lockAfterDays: 10) { reportDueDays } }`,
    vars: async () => {
      const plan = await plan2013();
      return { p: plan.id, d: plan.reportDueDays === 5 ? 6 : 5 };
    },
    allowed: ["admin"],
  },
  // last: from here on the plan checks figures (admin only; no later case depends on figures counting)
  setFigureChecks: {
    query: `mutation ($p: ID!, $on: Boolean!) { setFigureChecks(planId: $p, enabled: $on) { enabled } }`,
    vars: async () => {
      const plan = await db.plan.findFirstOrThrow({ where: { targets: { some: { id: ids.get(PLATFORM) } } } });
      return { p: plan.id, on: !plan.checkFigures };
    },
    allowed: ["admin"],
  },
};

const plan2013 = () => db.plan.findFirstOrThrow({ where: { year: 2013, unit: { name: "益阳市科技局" } } });

/** The oldest review whose 通报 is not issued yet. */
const unissuedReview = () => db.review.findFirstOrThrow({ where: { bulletinIssuedAt: null }, orderBy: { createdAt: "asc" } });

/** The first review in that status, with the version its page would send. */
async function reviewVars(status: "OPEN" | "CLOSED") {
  const r = await db.review.findFirstOrThrow({ where: { status } });
  return { r: r.id, v: r.version };
}

/** A target of the plan being edited, with the version its editor row would send. */
async function targetVars(code: string) {
  const t = await db.target.findFirstOrThrow({ where: { code, planId: (await matrixEditPlan()).id } });
  return { t: t.id, v: t.version };
}

/** The newest named item the matrix added that still counts. */
const matrixItem = () =>
  db.countItem.findFirstOrThrow({
    where: { targetId: ids.get(CENTRES), name: { startsWith: "矩阵事项" }, status: "ACTIVE" },
    orderBy: { createdAt: "desc" },
  });

/** The plan the plan-editing calls work on: the 2014 copy once copyPlan ran, else the 2013 plan. */
async function matrixEditPlan() {
  const city = { name: "益阳市科技局" };
  return (
    (await db.plan.findFirst({ where: { year: 2014, unit: city } })) ?? db.plan.findFirstOrThrow({ where: { year: 2013, unit: city } })
  );
}

/** Everything a mutation could change, in one comparable value. */
async function fingerprint() {
  const [entries, audits, evidence, users, targets, items, locks, plans, scores, reviews, external] = await Promise.all([
    db.progressEntry.findMany({ orderBy: { id: "asc" }, select: { id: true, checkStatus: true, checkNote: true } }),
    db.auditLog.count(),
    db.evidence.count(),
    db.user.findMany({
      orderBy: { id: "asc" },
      select: { id: true, displayName: true, role: true, sectionId: true, active: true, passwordHash: true, mustChangePassword: true },
    }),
    db.target.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        version: true,
        title: true,
        applicability: true,
        applicabilityReason: true,
        inactivePointsRule: true,
        greenAt: true,
        amberAt: true,
        direction: true,
      },
    }),
    db.countItem.findMany({
      orderBy: { id: "asc" },
      select: { id: true, version: true, name: true, date: true, docNumber: true, status: true, reason: true, checkStatus: true },
    }),
    db.monthLock.findMany({
      orderBy: { id: "asc" },
      select: { id: true, planId: true, month: true, state: true, reason: true, until: true, at: true },
    }),
    db.plan.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        scoreFloor: true,
        reportDueDays: true,
        lockAfterDays: true,
        checkFigures: true,
        gradeExcellentAt: true,
        gradeGoodAt: true,
        gradePassAt: true,
      },
    }),
    db.targetScore.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        version: true,
        finalScore: true,
        declaredScore: true,
        selfScore: true,
        selfJustification: true,
        selfVersion: true,
        provinceScore: true,
        provinceReason: true,
        provinceVersion: true,
      },
    }),
    db.review.findMany({
      orderBy: { id: "asc" },
      select: { id: true, status: true, snapshotAt: true, bulletinAddressee: true, bulletinRemarks: true, bulletinIssuedAt: true },
    }),
    db.externalAssessment.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { entries, audits, evidence, users, targets, items, locks, plans, scores, reviews, external };
}

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  sections = seeded.loaded!.sectionIds;
  // two reports and two items waiting for 数据审核, early in the year so no "current figure" lookup finds them
  const head = await userNamed(USERNAME.ownerHead);
  for (const n of [1, 2]) {
    await db.progressEntry.create({
      data: {
        targetId: ids.get(PLATFORM)!,
        value: n,
        reportedFor: new Date("2013-02-2" + n),
        reportedById: head.id,
        checkStatus: "PENDING",
      },
    });
    await db.countItem.create({
      data: {
        targetId: ids.get(CENTRES)!,
        name: `待审核矩阵事项 ${n}`,
        date: new Date("2013-02-2" + n),
        createdById: head.id,
        checkStatus: "PENDING",
      },
    });
  }
});

describe("authorization matrix", () => {
  it("covers every mutation of the schema", () => {
    const fields = Object.keys(getSchema().getMutationType()!.getFields()).sort();
    expect(Object.keys(CALLS).sort()).toEqual(fields);
  });

  for (const [name, call] of Object.entries(CALLS)) {
    for (const actor of ACTORS) {
      const allowed = call.allowed.includes(actor);
      it(`${name} as ${actor}: ${allowed ? "allowed" : "denied, nothing changes"}`, async () => {
        const user: SessionUser | null = actor === "anonymous" ? null : await userNamed(USERNAME[actor]);
        const before = await fingerprint();
        const res = await gql(call.query, await call.vars(actor), user);
        if (allowed) {
          expect(res.errors).toBeUndefined();
          const after = await fingerprint();
          expect(after.audits).toBe(before.audits + 1);
          // the row written is the action the operation declares (graphql/operations)
          const newest = await db.auditLog.findFirstOrThrow({ orderBy: [{ at: "desc" }, { id: "desc" }], select: { action: true } });
          expect(([] as string[]).concat(OPERATIONS.get(`Mutation.${name}`)!.audit ?? [])).toContain(newest.action);
        } else {
          expect(res.errors?.[0].extensions?.code).toBe(actor === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
          expect(await fingerprint()).toEqual(before);
        }
      });
    }
  }
});

// The site search (#13) is a read: every signed-in role may search (within what it reads: cross-unit-scope.test.ts),
// anonymous callers are refused, and nobody's search changes anything or writes an audit row.
describe("authorization matrix: Query.search", () => {
  const SEARCH = `query ($q: String!) { search(query: $q) { total groups { kind hits { id } } } }`;
  for (const actor of ACTORS) {
    const allowed = actor !== "anonymous";
    it(`search as ${actor}: ${allowed ? "answers" : "refused"}, nothing changes`, async () => {
      const user: SessionUser | null = actor === "anonymous" ? null : await userNamed(USERNAME[actor]);
      const before = await fingerprint();
      const res = await gql<{ search: { total: number } }>(SEARCH, { q: "工程技术研究中心" }, user);
      if (allowed) {
        expect(res.errors).toBeUndefined();
        // 二.(一).3.(3) (and its copy, once the matrix copied the plan) and the two demo centres it names
        expect(res.data!.search.total).toBeGreaterThanOrEqual(3);
      } else {
        expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
        expect(res.data ?? null).toBeNull();
      }
      expect(await fingerprint()).toEqual(before);
    });
  }
});
