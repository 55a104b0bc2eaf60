// Every mutation × every role: allowed calls succeed, denied calls fail with the right code and change
// nothing (row counts and a fingerprint of every writable table are compared).
import { beforeAll, describe, expect, it } from "vitest";
import { getSchema } from "../../graphql/schema";
import type { SessionUser } from "../../lib/server/auth/session-user";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, userNamed } from "./harness";

type Actor = "anonymous" | "leader" | "assessor" | "ownerHead" | "otherHead" | "admin";
const ACTORS: Actor[] = ["anonymous", "leader", "assessor", "ownerHead", "otherHead", "admin"];
const USERNAME: Record<Exclude<Actor, "anonymous">, string> = {
  leader: "leader",
  assessor: "assessor",
  ownerHead: "jihua", // 计划科 owns 二.(一).3.(3)
  otherHead: "gaoxin",
  admin: "admin",
};
const PASSWORD: Record<Exclude<Actor, "anonymous">, string> = {
  leader: "demo2013",
  assessor: "demo2013",
  ownerHead: "demo2013",
  otherHead: "demo2013",
  admin: "admin-pass-for-tests",
};

let ids: Map<string, string>;
let sections: Map<string, string>;
let serial = 0;

async function currentEntryId(): Promise<string> {
  const e = await db.progressEntry.findFirstOrThrow({
    where: { targetId: ids.get("二.(一).3.(3)"), action: { not: "WITHDRAWAL" }, replacedBy: { none: {} } },
    orderBy: [{ reportedFor: "desc" }, { createdAt: "desc" }],
  });
  return e.id;
}

/** A valid call of each mutation, built fresh for each run (ids and unique names change as rows are added). */
const CALLS: Record<string, { query: string; vars: (actor: Actor) => Promise<Record<string, unknown>>; allowed: Actor[] }> = {
  recordProgress: {
    query: `mutation ($i: RecordProgressInput!) { recordProgress(input: $i) { entry { id } } }`,
    vars: async () => ({ i: { targetId: ids.get("二.(一).3.(3)"), value: 1, reportedFor: "2013-07-01" } }),
    allowed: ["ownerHead", "admin"],
  },
  amendProgress: {
    query: `mutation ($i: AmendProgressInput!) { amendProgress(input: $i) { entry { id } } }`,
    vars: async () => ({ i: { entryId: await currentEntryId(), action: "CORRECTION", value: 2, reason: "矩阵测试" } }),
    allowed: ["ownerHead", "admin"],
  },
  addEvidenceLink: {
    query: `mutation ($e: ID!) { addEvidenceLink(entryId: $e, url: "https://example.cn/doc") { id } }`,
    vars: async () => ({ e: await currentEntryId() }),
    allowed: ["ownerHead", "admin"],
  },
  createUser: {
    query: `mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }`,
    vars: async () => ({ i: { username: `matrix${++serial}`, displayName: "矩阵用户", role: "SECTION_HEAD", sectionId: sections.get("成果科"), password: "temporary-2013" } }),
    allowed: ["admin"],
  },
  updateUser: {
    query: `mutation ($i: UpdateUserInput!) { updateUser(input: $i) { id } }`,
    vars: async () => ({ i: { userId: (await db.user.findUniqueOrThrow({ where: { username: "chengguo" } })).id, displayName: `成果科负责人 ${++serial}` } }),
    allowed: ["admin"],
  },
  resetUserPassword: {
    query: `mutation ($u: ID!) { resetUserPassword(userId: $u, password: "reset-pass-2013") { id } }`,
    vars: async () => ({ u: (await db.user.findUniqueOrThrow({ where: { username: "nongshe" } })).id }),
    allowed: ["admin"],
  },
  changeOwnPassword: {
    query: `mutation ($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) { id } }`,
    vars: async (actor) => ({ c: actor === "anonymous" ? "x" : PASSWORD[actor], n: `changed-${actor}-2013` }),
    allowed: ["leader", "assessor", "ownerHead", "otherHead", "admin"],
  },
  setDeclaredScore: {
    query: `mutation ($i: SetDeclaredScoreInput!) { setDeclaredScore(input: $i) { version } }`,
    vars: async () => ({ i: { targetId: ids.get("二.(一).5"), declaredScore: ++serial % 80 } }),
    allowed: ["assessor", "admin"],
  },
  adjustScore: {
    query: `mutation ($i: AdjustScoreInput!) { adjustScore(input: $i) { version } }`,
    vars: async () => ({ i: { targetId: ids.get("二.(一).3.(3)"), adjustedScore: ++serial % 30, reason: "矩阵测试" } }),
    allowed: ["assessor", "admin"],
  },
  configureScoring: {
    query: `mutation ($i: ConfigureScoringInput!) { configureScoring(input: $i) { scoreFloor } }`,
    // a floor different from the current one, so every allowed call changes (and audits) something
    vars: async () => {
      const plan = await db.plan.findFirstOrThrow({ where: { year: 2013 } });
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
      const plan = await db.plan.findFirstOrThrow({ where: { year: 2013 } });
      return { i: { planId: plan.id, kind: "MONTH", year: 2013, periodIndex: (await db.review.count({ where: { kind: "MONTH" } })) + 1 } };
    },
    allowed: ["assessor", "admin"],
  },
  refreshReviewSnapshot: {
    query: `mutation ($r: ID!) { refreshReviewSnapshot(reviewId: $r) { id } }`,
    vars: async () => ({ r: (await db.review.findFirstOrThrow({ where: { status: "OPEN" } })).id }),
    allowed: ["assessor", "admin"],
  },
  addReviewComment: {
    query: `mutation ($i: AddReviewCommentInput!) { addReviewComment(input: $i) { id } }`,
    vars: async () => ({ i: { reviewId: (await db.review.findFirstOrThrow({ where: { status: "OPEN" } })).id, targetId: ids.get("二.(一).3.(3)"), body: "矩阵测试点评" } }),
    allowed: ["assessor", "admin"],
  },
  issueRectification: {
    query: `mutation ($i: IssueRectificationInput!) { issueRectification(input: $i) { id } }`,
    vars: async () => ({
      i: { reviewId: (await db.review.findFirstOrThrow({ where: { status: "OPEN" } })).id, targetId: ids.get("二.(一).3.(3)"), notice: "矩阵测试整改", deadline: "2013-12-31" },
    }),
    allowed: ["assessor", "admin"],
  },
  closeRectification: {
    query: `mutation ($r: ID!) { closeRectification(rectificationId: $r, closingNote: "矩阵测试已整改") { id } }`,
    vars: async () => ({ r: (await db.rectification.findFirstOrThrow({ where: { status: "OPEN" } })).id }),
    allowed: ["assessor", "admin"],
  },
  closeReview: {
    query: `mutation ($r: ID!) { closeReview(reviewId: $r) { id } }`,
    vars: async () => ({ r: (await db.review.findFirstOrThrow({ where: { status: "OPEN" } })).id }),
    allowed: ["assessor", "admin"],
  },
  reopenReview: {
    query: `mutation ($r: ID!) { reopenReview(reviewId: $r) { id } }`,
    vars: async () => ({ r: (await db.review.findFirstOrThrow({ where: { status: "CLOSED" } })).id }),
    allowed: ["assessor", "admin"],
  },
  // 责任清单: the administrator links 二.(一).1.(2) to 益阳's duty 5, then removes that link (vars only read).
  linkTargetDuty: {
    query: `mutation ($i: LinkTargetDutyInput!) { linkTargetDuty(input: $i) { id } }`,
    vars: async () => ({
      i: { targetId: ids.get("二.(一).1.(2)"), dutyId: (await db.duty.findFirstOrThrow({ where: { seq: 5, unit: { name: "益阳市科技局" } } })).id },
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
    query: `mutation ($t: ID!) { moveTarget(targetId: $t, direction: UP) { plan { id } } }`,
    vars: async () => ({ t: (await db.target.findFirstOrThrow({ where: { code: "二.(一).3.(3)", planId: (await matrixEditPlan()).id } })).id }),
    allowed: ["admin"],
  },
  removeTarget: {
    query: `mutation ($t: ID!) { removeTarget(targetId: $t) { plan { id } } }`,
    vars: async () => ({ t: (await db.target.findFirstOrThrow({ where: { code: "二.(一).3.(9)", planId: (await matrixEditPlan()).id } })).id }),
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
};

/** The plan the plan-editing calls work on: the 2014 copy once copyPlan ran, else the 2013 plan. */
async function matrixEditPlan() {
  const city = { name: "益阳市科技局" };
  return (await db.plan.findFirst({ where: { year: 2014, unit: city } })) ?? db.plan.findFirstOrThrow({ where: { year: 2013, unit: city } });
}

/** Everything a mutation could change, in one comparable value. */
async function fingerprint() {
  const [entries, audits, evidence, users, targets] = await Promise.all([
    db.progressEntry.count(),
    db.auditLog.count(),
    db.evidence.count(),
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, displayName: true, role: true, sectionId: true, active: true, passwordHash: true, mustChangePassword: true } }),
    db.target.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true } }),
  ]);
  return { entries, audits, evidence, users, targets };
}

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  sections = seeded.loaded!.sectionIds;
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
        } else {
          expect(res.errors?.[0].extensions?.code).toBe(actor === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
          expect(await fingerprint()).toEqual(before);
        }
      });
    }
  }
});
