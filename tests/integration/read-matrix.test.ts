// Every query × every role of the city bureau: who may read what inside one's own unit (the cross-unit test
// covers other units). Denied calls fail with the right code and return no data; allowed ones answer.
// Then each `viewerCan…` field is held to the mutation it gates: the control is offered exactly to the
// roles the authorization matrix lets call that mutation (same operations, same rule).
import { beforeAll, describe, expect, it } from "vitest";
import { getSchema } from "../../graphql/schema";
import type { SessionUser } from "../../lib/server/auth/session-user";
import { db } from "../../lib/server/db";
import { openReview } from "../../lib/server/reviews/open-review";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, userNamed } from "./harness";

type Actor = "anonymous" | "leader" | "assessor" | "ownerHead" | "otherHead" | "admin";
const ACTORS: Actor[] = ["anonymous", "leader", "assessor", "ownerHead", "otherHead", "admin"];
const SIGNED_IN: Actor[] = ["leader", "assessor", "ownerHead", "otherHead", "admin"];
const USERNAME: Record<Exclude<Actor, "anonymous">, string> = {
  leader: "leader",
  assessor: "assessor",
  ownerHead: "jihua", // 计划科 owns 二.(一).3.(1)
  otherHead: "gaoxin",
  admin: "admin",
};
const PLATFORM = "二.(一).3.(1)";

let v: { plan: string; target: string; section: string; unit: string; review: string; province: string };

/** A valid call of each query with the ids of 益阳's 2013 plan. */
const READS: Record<string, { query: string; vars: () => Record<string, unknown>; allowed: Actor[] }> = {
  me: { query: `{ me { id } }`, vars: () => ({}), allowed: ACTORS },
  users: { query: `{ users { id } }`, vars: () => ({}), allowed: ["admin"] },
  units: { query: `{ units { id } }`, vars: () => ({}), allowed: SIGNED_IN },
  sections: { query: `query ($u: ID!) { sections(unitId: $u) { id } }`, vars: () => ({ u: v.unit }), allowed: SIGNED_IN },
  unitTree: { query: `{ unitTree { id } }`, vars: () => ({}), allowed: SIGNED_IN },
  plans: { query: `{ plans { id } }`, vars: () => ({}), allowed: SIGNED_IN },
  planDashboard: { query: `query ($p: ID!) { planDashboard(planId: $p) { asOf } }`, vars: () => ({ p: v.plan }), allowed: SIGNED_IN },
  targetDetail: { query: `query ($t: ID!) { targetDetail(targetId: $t) { asOf } }`, vars: () => ({ t: v.target }), allowed: SIGNED_IN },
  sectionOverview: {
    query: `query ($s: ID!, $p: ID!) { sectionOverview(sectionId: $s, planId: $p) { viewerCanRecord } }`,
    vars: () => ({ s: v.section, p: v.plan }),
    allowed: SIGNED_IN,
  },
  // 权限分离: the system administrator manages accounts and does not read the audit log
  auditLog: { query: `{ auditLog { totalCount } }`, vars: () => ({}), allowed: SIGNED_IN.filter((a) => a !== "admin") },
  auditFilterOptions: { query: `{ auditFilterOptions { actions } }`, vars: () => ({}), allowed: SIGNED_IN.filter((a) => a !== "admin") },
  reviews: { query: `query ($p: ID!) { reviews(planId: $p) { commentCount } }`, vars: () => ({ p: v.plan }), allowed: SIGNED_IN },
  review: { query: `query ($r: ID!) { review(id: $r) { viewerCanManage } }`, vars: () => ({ r: v.review }), allowed: SIGNED_IN },
  bulletin: { query: `query ($r: ID!) { bulletin(reviewId: $r) { viewerCanEdit } }`, vars: () => ({ r: v.review }), allowed: SIGNED_IN },
  sectionDispatch: {
    query: `query ($p: ID!) { sectionDispatch(planId: $p, month: 9) { month } }`,
    vars: () => ({ p: v.plan }),
    allowed: SIGNED_IN,
  },
  sectionCalendar: {
    query: `query ($s: ID!) { sectionCalendar(sectionId: $s) { path } }`,
    vars: () => ({ s: v.section }),
    allowed: SIGNED_IN,
  },
  scoreSheet: { query: `query ($p: ID!) { scoreSheet(planId: $p) { asOf } }`, vars: () => ({ p: v.plan }), allowed: SIGNED_IN },
  // the province page is the 省厅's (province.test.ts reads it as the province's accounts): no city account reads it
  provinceOverview: {
    query: `query ($u: ID!) { provinceOverview(unitId: $u) { year } }`,
    vars: () => ({ u: v.province }),
    allowed: [],
  },
  dutyList: { query: `query ($u: ID!) { dutyList(unitId: $u) { viewerCanLink } }`, vars: () => ({ u: v.unit }), allowed: SIGNED_IN },
  sectionDuties: {
    query: `query ($s: ID!) { sectionDuties(sectionId: $s) { unitName } }`,
    vars: () => ({ s: v.section }),
    allowed: SIGNED_IN,
  },
  planEditor: { query: `query ($p: ID!) { planEditor(planId: $p) { viewerCanEdit } }`, vars: () => ({ p: v.plan }), allowed: SIGNED_IN },
  planDocument: { query: `query ($p: ID!) { planDocument(planId: $p) { title } }`, vars: () => ({ p: v.plan }), allowed: SIGNED_IN },
  planHistory: { query: `query ($p: ID!) { planHistory(planId: $p) { years } }`, vars: () => ({ p: v.plan }), allowed: SIGNED_IN },
  targetHistory: { query: `query ($t: ID!) { targetHistory(targetId: $t) { code } }`, vars: () => ({ t: v.target }), allowed: SIGNED_IN },
  planRollups: { query: `query ($p: ID!) { planRollups(planId: $p) { asOf } }`, vars: () => ({ p: v.plan }), allowed: SIGNED_IN },
  targetRollup: {
    query: `query ($p: ID!) { planRollups(planId: $p) { asOf } }`, // replaced below by a target with a rollup key
    vars: () => ({ p: v.plan }),
    allowed: SIGNED_IN,
  },
  planLocks: { query: `query ($p: ID!) { planLocks(planId: $p) { viewerCanManage } }`, vars: () => ({ p: v.plan }), allowed: SIGNED_IN },
  reportingDiscipline: {
    query: `query ($p: ID!) { reportingDiscipline(planId: $p) { asOf } }`,
    vars: () => ({ p: v.plan }),
    allowed: SIGNED_IN,
  },
  figureChecks: { query: `query ($p: ID!) { figureChecks(planId: $p) { enabled } }`, vars: () => ({ p: v.plan }), allowed: SIGNED_IN },
  myTodo: { query: `{ myTodo { count rows { key } } }`, vars: () => ({}), allowed: SIGNED_IN },
  myTodoCount: { query: `{ myTodoCount }`, vars: () => ({}), allowed: SIGNED_IN },
  search: { query: `query ($q: String!) { search(query: $q) { total } }`, vars: () => ({ q: "黑茶" }), allowed: SIGNED_IN },
};

async function as(actor: Actor): Promise<SessionUser | null> {
  return actor === "anonymous" ? null : userNamed(USERNAME[actor]);
}

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  const plan = await db.plan.findFirstOrThrow({ where: { year: 2013, unit: { name: "益阳市科技局" } } });
  const assessor = await userNamed("assessor");
  const review = await openReview({ user: assessor, planId: plan.id, kind: "QUARTER", year: 2013, periodIndex: 3 });
  v = {
    plan: plan.id,
    target: seeded.loaded!.targetIds.get(PLATFORM)!,
    section: seeded.loaded!.sectionIds.get("计划科")!,
    unit: plan.unitId,
    review: review.id,
    province: (await db.unit.findUniqueOrThrow({ where: { name: "湖南省科技厅" } })).id,
  };
  const rolled = await db.target.findFirstOrThrow({ where: { planId: plan.id, rollupKey: { not: null } }, select: { id: true } });
  READS.targetRollup = {
    query: `query ($t: ID!) { targetRollup(targetId: $t) { total } }`,
    vars: () => ({ t: rolled.id }),
    allowed: SIGNED_IN,
  };
});

describe("read matrix", () => {
  it("covers every query of the schema", () => {
    expect(Object.keys(READS).sort()).toEqual(Object.keys(getSchema().getQueryType()!.getFields()).sort());
  });

  for (const [name, read] of Object.entries(READS)) {
    for (const actor of ACTORS) {
      it(`${name} as ${actor}: ${read.allowed.includes(actor) ? "answers" : "refused, no data"}`, async () => {
        const res = await gql(READS[name].query, READS[name].vars(), await as(actor));
        if (READS[name].allowed.includes(actor)) {
          expect(res.errors).toBeUndefined();
          expect(res.data).toBeTruthy();
        } else {
          expect(res.errors?.[0].extensions?.code).toBe(actor === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
          expect(res.data ?? null).toBeNull();
        }
      });
    }
  }
});

/**
 * Each control's flag, as each role sees it, against the roles the authorization matrix allows to call the
 * mutation it gates (tests/integration/authorization-matrix.test.ts CALLS … allowed).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of a dozen different queries, read by path
type Data = any;

const GATES: { flag: string; mutation: string; query: string; pick: (d: Data) => boolean; allowed: Actor[] }[] = [
  {
    flag: "TargetProgress.viewerCanRecord",
    mutation: "recordProgress",
    query: `query ($t: ID!) { targetDetail(targetId: $t) { progress { viewerCanRecord } } }`,
    pick: (d) => d.targetDetail.progress.viewerCanRecord,
    allowed: ["ownerHead", "admin"],
  },
  {
    flag: "SectionOverview.viewerCanRecord",
    mutation: "recordProgress",
    query: `query ($s: ID!, $p: ID!) { sectionOverview(sectionId: $s, planId: $p) { viewerCanRecord } }`,
    pick: (d) => d.sectionOverview.viewerCanRecord,
    allowed: ["ownerHead", "admin"],
  },
  {
    flag: "PlanInfo.viewerCanEdit",
    mutation: "updateTarget",
    query: `query ($p: ID!) { plans { id viewerCanEdit } planDashboard(planId: $p) { asOf } }`,
    pick: (d) => d.plans.find((p: { id: string }) => p.id === v.plan).viewerCanEdit,
    allowed: ["admin"],
  },
  {
    flag: "PlanInfo.viewerCanAssess",
    mutation: "openReview",
    query: `query ($p: ID!) { plans { id viewerCanAssess } planDashboard(planId: $p) { asOf } }`,
    pick: (d) => d.plans.find((p: { id: string }) => p.id === v.plan).viewerCanAssess,
    allowed: ["assessor", "admin"],
  },
  {
    flag: "PlanEditor.viewerCanEdit",
    mutation: "updateTarget",
    query: `query ($p: ID!) { planEditor(planId: $p) { viewerCanEdit } }`,
    pick: (d) => d.planEditor.viewerCanEdit,
    allowed: ["admin"],
  },
  {
    flag: "ReviewDetail.viewerCanManage",
    mutation: "closeReview",
    query: `query ($r: ID!) { review(id: $r) { viewerCanManage } }`,
    pick: (d) => d.review.viewerCanManage,
    allowed: ["assessor", "admin"],
  },
  {
    flag: "Bulletin.viewerCanEdit",
    mutation: "updateBulletin",
    query: `query ($r: ID!) { bulletin(reviewId: $r) { viewerCanEdit } }`,
    pick: (d) => d.bulletin.viewerCanEdit,
    allowed: ["assessor", "admin"],
  },
  {
    flag: "ScoreSheet.viewerCanScore",
    mutation: "setDeclaredScore",
    query: `query ($p: ID!) { scoreSheet(planId: $p) { viewerCanScore } }`,
    pick: (d) => d.scoreSheet.viewerCanScore,
    allowed: ["assessor", "admin"],
  },
  {
    flag: "ScoreRow.viewerCanSelfAssess",
    mutation: "setSelfScore",
    query: `query ($p: ID!) { scoreSheet(planId: $p) { areas { rows { viewerCanSelfAssess progress { target { code } } } } } }`,
    pick: (d) => d.scoreSheet.areas.flatMap((a: Data) => a.rows).find((r: Data) => r.progress.target.code === PLATFORM).viewerCanSelfAssess,
    allowed: ["ownerHead", "admin"],
  },
  // only the 省厅考核组 above the city (province.test.ts) is offered the 省厅评分; none of the city's own accounts
  {
    flag: "ScoreRow.viewerCanProvinceScore",
    mutation: "setProvinceScore",
    query: `query ($p: ID!) { scoreSheet(planId: $p) { areas { rows { viewerCanProvinceScore progress { target { code } } } } } }`,
    pick: (d) =>
      d.scoreSheet.areas.flatMap((a: Data) => a.rows).find((r: Data) => r.progress.target.code === PLATFORM).viewerCanProvinceScore,
    allowed: [],
  },
  {
    flag: "PlanLocks.viewerCanManage",
    mutation: "lockMonth",
    query: `query ($p: ID!) { planLocks(planId: $p) { viewerCanManage } }`,
    pick: (d) => d.planLocks.viewerCanManage,
    allowed: ["admin"],
  },
  {
    flag: "TargetDetail.viewerCanSetApplicability",
    mutation: "setTargetApplicability",
    query: `query ($t: ID!) { targetDetail(targetId: $t) { viewerCanSetApplicability } }`,
    pick: (d) => d.targetDetail.viewerCanSetApplicability,
    allowed: ["assessor", "admin"],
  },
  {
    flag: "TargetDetail.viewerCanSetThresholds",
    mutation: "setTargetThresholds",
    query: `query ($t: ID!) { targetDetail(targetId: $t) { viewerCanSetThresholds } }`,
    pick: (d) => d.targetDetail.viewerCanSetThresholds,
    allowed: ["admin"],
  },
  {
    flag: "DutyList.viewerCanLink",
    mutation: "linkTargetDuty",
    query: `query ($u: ID!) { dutyList(unitId: $u) { viewerCanLink } }`,
    pick: (d) => d.dutyList.viewerCanLink,
    allowed: ["admin"],
  },
];

describe("viewerCan… flags offer exactly what the API accepts", () => {
  for (const gate of GATES) {
    it(`${gate.flag} is true for exactly the roles allowed to call ${gate.mutation}`, async () => {
      const offered: Actor[] = [];
      for (const actor of SIGNED_IN) {
        const res = await gql(gate.query, { p: v.plan, t: v.target, s: v.section, r: v.review, u: v.unit }, await as(actor));
        expect(res.errors, `${gate.flag} as ${actor}`).toBeUndefined();
        if (gate.pick(res.data as Record<string, unknown>)) offered.push(actor);
      }
      expect(offered).toEqual(gate.allowed);
    });
  }
});
