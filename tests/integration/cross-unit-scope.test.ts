// Cross-unit scope, exhaustively: every GraphQL root field and every route handler that takes an id is called
// with another unit's ids — a county against the city above it and against a sibling county, the city's
// non-leaders against a county — and must refuse (FORBIDDEN or NOT_FOUND) without leaking data or changing
// anything. A new root field or route file without a case here fails the coverage tests, so a new cross-unit
// hole cannot be added quietly.
//
// Declared exceptions (in the tables, not skipped):
// - the city leader reads the county bureaus under the city (`leaderReadsCounty`);
// - the published 责任清单 (dutyList, sectionDuties, the duties workbook, and the units' sections it names) stays
//   readable by every signed-in user, but nothing in it comes from another unit's plans (`published`);
// - list fields filtered by another unit's id may answer an empty list instead of refusing (`emptyOk`);
// - fields that take no id (NO_ID) must only mention the caller's own unit.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

process.env.EVIDENCE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "ptt-cross-unit-evidence-"));

import ExcelJS from "exceljs";
// Types only from "graphql": the schema is built by the CommonJS graphql that @graphql-tools loads, and a value
// import here would get graphql's ESM build, a second copy whose instanceof checks throw on the schema's types
// ("Cannot use GraphQLInputObjectType … from another module or realm"). takesId reads the types structurally.
import type { FormattedExecutionResult, GraphQLInputObjectType, GraphQLInputType, GraphQLNamedType } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { getSchema } from "../../graphql/schema";
import { hashPassword } from "../../lib/server/auth/password";
import type { Role, SessionUser } from "../../lib/server/auth/session-user";
import { calendarToken } from "../../lib/server/calendar/calendar-token";
import { db } from "../../lib/server/db";
import { addEvidence } from "../../lib/server/evidence/add-evidence";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, userNamed, daysFromToday } from "./harness";
import { callRoute, routeHandler, pdfForm, routeHandlers, type RouteCall } from "./route-harness";

const CITY = "益阳市科技局";
const HESHAN = "赫山区科技局（演示）";
const TAOJIANG = "桃江县科技局（演示）";

/** One unit's resources (ids found or made in beforeAll) and what of it must never reach another unit. */
interface Res {
  unitId: string;
  planId: string;
  areaId: string;
  /** a target its section head reports typed figures on */
  targetId: string;
  countTargetId: string;
  declarationTargetId: string;
  rollupTargetId: string;
  /** a target without reports or items (removeTarget refuses others) */
  removableTargetId: string;
  entryId: string;
  itemId: string;
  /** a report and an item waiting for 数据审核 (made by the unit's section head) */
  pendingEntryId: string;
  pendingItemId: string;
  /** a FILE evidence on entryId */
  evidenceId: string;
  openReviewId: string;
  closedReviewId: string;
  rectificationId: string;
  sectionId: string;
  userId: string;
  dutyId: string;
  linkId: string;
  /** ids of the unit's plan data (plan, areas, targets, reports, items, evidence, reviews, notices, duty links) */
  ids: string[];
  /** texts only its plan holds (plan title, distinctive target titles and wordings), for CSV / XLSX bodies */
  texts: string[];
}

let city: Res;
let sibling: Res;
const users = new Map<string, SessionUser>();

// ---------------------------------------------------------------------------------------------------------
// Who calls whom
// ---------------------------------------------------------------------------------------------------------

/** 赫山's section head (demo) and the accounts beforeAll adds, so every role tries from a county. */
const COUNTY_CALLERS = ["heshan", "heshan-leader", "heshan-assessor", "heshan-admin"];
/** the city's accounts that read only their own unit (the city leader is the declared exception) */
const CITY_CALLERS = ["gaoxin", "assessor", "admin"];

interface Run {
  caller: string;
  victim: () => Res;
  victimName: string;
  /** the city leader on a county's resources: reads it */
  reads: boolean;
}

/** A sibling city bureau's accounts (demo 常德) and the province's (湖南省科技厅) above the cities. */
const SIBLING_CITY_CALLERS = ["changde-leader", "changde-1"];

/**
 * county → city, county → sibling county, city → county, a sibling city → the city and its county; the leader →
 * county when the case says it reads (or it writes). The province: its 考核组 never reaches a county and writes on
 * a city only through the supervise operations (`supervise`); its leader writes nothing below; on a case that
 * reads (`leaderReadsCounty`) the 省厅领导 reads the county and the 省厅考核组 the city.
 */
function runs(opts: { write: boolean; leaderReadsCounty?: boolean; supervise?: boolean }): Run[] {
  const list: Run[] = [];
  for (const caller of COUNTY_CALLERS) {
    list.push({ caller, victim: () => city, victimName: CITY, reads: false });
    list.push({ caller, victim: () => sibling, victimName: TAOJIANG, reads: false });
  }
  for (const caller of CITY_CALLERS) list.push({ caller, victim: () => sibling, victimName: TAOJIANG, reads: false });
  for (const caller of SIBLING_CITY_CALLERS) {
    list.push({ caller, victim: () => city, victimName: CITY, reads: false });
    list.push({ caller, victim: () => sibling, victimName: TAOJIANG, reads: false });
  }
  if (opts.write || opts.leaderReadsCounty)
    list.push({ caller: "leader", victim: () => sibling, victimName: TAOJIANG, reads: !opts.write });
  list.push({ caller: "sheng-assessor", victim: () => sibling, victimName: TAOJIANG, reads: false });
  if (opts.write) {
    if (!opts.supervise) list.push({ caller: "sheng-assessor", victim: () => city, victimName: CITY, reads: false });
    list.push({ caller: "sheng-leader", victim: () => city, victimName: CITY, reads: false });
    list.push({ caller: "sheng-leader", victim: () => sibling, victimName: TAOJIANG, reads: false });
  } else if (opts.leaderReadsCounty) {
    list.push({ caller: "sheng-leader", victim: () => sibling, victimName: TAOJIANG, reads: true });
    list.push({ caller: "sheng-assessor", victim: () => city, victimName: CITY, reads: true });
  }
  return list;
}

// ---------------------------------------------------------------------------------------------------------
// GraphQL: one case per root field that takes an id
// ---------------------------------------------------------------------------------------------------------

type Vars = Record<string, unknown>;
type Data = Record<string, unknown>;

interface FieldCase {
  /** a function when the operation depends on the schema (versioned) */
  query: string | (() => string);
  /** variables naming the victim unit's resources (read fresh for every run: versions change) */
  vars: (r: Res) => Vars | Promise<Vars>;
  /** a list filtered by another unit's id: an empty answer is as good as a refusal */
  emptyOk?: (data: Data) => boolean;
  /** the published 责任清单: readable, with nothing from plans (checked by the function) */
  published?: (data: Data) => void;
  leaderReadsCounty?: true;
  /** a write the province's 考核组 may make on a city (access "supervise"): tried by everyone else */
  supervise?: true;
}

// Optimistic concurrency is spreading (reviews, notices, accounts, more inputs): a call sends expectedVersion, with the
// row's current version, wherever the schema takes one, so each write would be valid for the unit's own writer.
const targetVersion = async (id: string) => (await db.target.findUniqueOrThrow({ where: { id } })).version;
const itemVersion = async (id: string) => (await db.countItem.findUniqueOrThrow({ where: { id } })).version;
const reviewVersion = async (id: string) => (await db.review.findUniqueOrThrow({ where: { id } })).version;
const noticeVersion = async (id: string) => (await db.rectification.findUniqueOrThrow({ where: { id } })).version;
const userVersion = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).version;
const scoreVersion = async (targetId: string) => (await db.targetScore.findUnique({ where: { targetId } }))?.version ?? 0;
const selfVersion = async (targetId: string) => (await db.targetScore.findUnique({ where: { targetId } }))?.selfVersion ?? 0;

/** A mutation `field(args)`, with `expectedVersion: $v` (vars.v) added when the schema's field takes one. */
const versioned = (field: string, decl: string, args: string) => () => {
  const fields = getSchema().getMutationType()!.getFields();
  const takes = fields[field].args.some((a) => a.name === "expectedVersion");
  return `mutation (${decl}${takes ? ", $v: Int!" : ""}) { ${field}(${args}${takes ? ", expectedVersion: $v" : ""}) { __typename } }`;
};

/** An input value, with expectedVersion added when the input type has that field. */
async function versionedInput(type: string, input: Vars, version: () => Promise<number>): Promise<Vars> {
  const fields = (getSchema().getType(type) as GraphQLInputObjectType).getFields();
  return "expectedVersion" in fields ? { ...input, expectedVersion: await version() } : input;
}

let serial = 0;

const FIELDS: Record<string, FieldCase> = {
  // --- reads
  "Query.plans": {
    query: `query ($u: ID) { plans(unitId: $u) { id } }`,
    vars: (r) => ({ u: r.unitId }),
    emptyOk: (d) => (d.plans as unknown[]).length === 0,
    leaderReadsCounty: true,
  },
  // units and their sections (names, phones) are what every published 责任清单 names: readable, no plan data
  "Query.sections": {
    query: `query ($u: ID!) { sections(unitId: $u) { id unitId } }`,
    vars: (r) => ({ u: r.unitId }),
    published: (d) => expect((d.sections as unknown[]).length).toBeGreaterThan(0),
    leaderReadsCounty: true,
  },
  "Query.auditLog": {
    query: `query ($f: AuditFilter) { auditLog(filter: $f) { totalCount entries { id } } }`,
    vars: (r) => ({ f: { targetId: r.targetId } }),
    emptyOk: (d) => (d.auditLog as { totalCount: number }).totalCount === 0,
  },
  "Query.planDashboard": {
    query: `query ($p: ID!) { planDashboard(planId: $p) { __typename } }`,
    vars: (r) => ({ p: r.planId }),
    leaderReadsCounty: true,
  },
  "Query.targetDetail": {
    query: `query ($t: ID!) { targetDetail(targetId: $t) { __typename } }`,
    vars: (r) => ({ t: r.targetId }),
    leaderReadsCounty: true,
  },
  "Query.sectionOverview": {
    query: `query ($s: ID!, $p: ID!) { sectionOverview(sectionId: $s, planId: $p) { __typename } }`,
    vars: (r) => ({ s: r.sectionId, p: r.planId }),
    leaderReadsCounty: true,
  },
  "Query.planEditor": {
    query: `query ($p: ID!) { planEditor(planId: $p) { __typename } }`,
    vars: (r) => ({ p: r.planId }),
    leaderReadsCounty: true,
  },
  "Query.planDocument": {
    query: `query ($p: ID!) { planDocument(planId: $p) { __typename } }`,
    vars: (r) => ({ p: r.planId }),
    leaderReadsCounty: true,
  },
  "Query.planHistory": {
    query: `query ($p: ID!) { planHistory(planId: $p) { __typename } }`,
    vars: (r) => ({ p: r.planId }),
    leaderReadsCounty: true,
  },
  "Query.targetHistory": {
    query: `query ($t: ID!) { targetHistory(targetId: $t) { __typename } }`,
    vars: (r) => ({ t: r.targetId }),
    leaderReadsCounty: true,
  },
  "Query.planRollups": {
    query: `query ($p: ID!) { planRollups(planId: $p) { __typename } }`,
    vars: (r) => ({ p: r.planId }),
    leaderReadsCounty: true,
  },
  "Query.targetRollup": {
    query: `query ($t: ID!) { targetRollup(targetId: $t) { __typename } }`,
    vars: (r) => ({ t: r.rollupTargetId }),
    leaderReadsCounty: true,
  },
  "Query.planLocks": {
    query: `query ($p: ID!) { planLocks(planId: $p) { __typename } }`,
    vars: (r) => ({ p: r.planId }),
    leaderReadsCounty: true,
  },
  "Query.reportingDiscipline": {
    query: `query ($p: ID!) { reportingDiscipline(planId: $p, asOf: "2013-12-31") { __typename } }`,
    vars: (r) => ({ p: r.planId }),
    leaderReadsCounty: true,
  },
  "Query.reviews": {
    query: `query ($p: ID!) { reviews(planId: $p) { __typename } }`,
    vars: (r) => ({ p: r.planId }),
    leaderReadsCounty: true,
  },
  "Query.review": {
    query: `query ($id: ID!) { review(id: $id) { __typename } }`,
    vars: (r) => ({ id: r.openReviewId }),
    leaderReadsCounty: true,
  },
  "Query.figureChecks": {
    query: `query ($p: ID!) { figureChecks(planId: $p) { __typename } }`,
    vars: (r) => ({ p: r.planId }),
    leaderReadsCounty: true,
  },
  "Query.bulletin": {
    query: `query ($r: ID!) { bulletin(reviewId: $r) { __typename } }`,
    vars: (r) => ({ r: r.openReviewId }),
    leaderReadsCounty: true,
  },
  "Query.sectionDispatch": {
    query: `query ($p: ID!, $s: ID) { sectionDispatch(planId: $p, month: 6, sectionId: $s) { __typename } }`,
    vars: (r) => ({ p: r.planId, s: r.sectionId }),
    leaderReadsCounty: true,
  },
  "Query.sectionCalendar": { query: `query ($s: ID!) { sectionCalendar(sectionId: $s) { path } }`, vars: (r) => ({ s: r.sectionId }) },
  // the 省厅's page takes a province's id: every unit here is a city or a county, refused to everyone outside it
  "Query.provinceOverview": {
    query: `query ($u: ID!) { provinceOverview(unitId: $u) { __typename } }`,
    vars: (r) => ({ u: r.unitId }),
  },
  "Query.scoreSheet": {
    query: `query ($p: ID!) { scoreSheet(planId: $p) { __typename } }`,
    vars: (r) => ({ p: r.planId }),
    leaderReadsCounty: true,
  },
  "Query.dutyList": {
    query: `query ($u: ID!) { dutyList(unitId: $u) {
      unit { id } viewerCanLink linkableTargets { id planId title }
      duties { id links { id target { id planId } } items { id links { id target { id planId } } } }
    } }`,
    vars: (r) => ({ u: r.unitId }),
    published: (d) => {
      const list = d.dutyList as {
        viewerCanLink: boolean;
        linkableTargets: unknown[];
        duties: { links: unknown[]; items: { links: unknown[] }[] }[];
      };
      expect(list.duties.length, "the published duties stay readable").toBeGreaterThan(0);
      expect(list.linkableTargets, "linkableTargets: the other unit's plan targets").toEqual([]);
      expect(list.duties.flatMap((x) => [x.links, ...x.items.map((i) => i.links)]).flat(), "links to the other unit's targets").toEqual([]);
      expect(list.viewerCanLink).toBe(false);
    },
  },
  "Query.sectionDuties": {
    query: `query ($s: ID!) { sectionDuties(sectionId: $s) { section { id } items { id links { id target { id planId } } } links { id target { id planId } } } }`,
    vars: (r) => ({ s: r.sectionId }),
    published: (d) => {
      const s = d.sectionDuties as { items: { links: unknown[] }[]; links: unknown[] };
      expect(s.links, "links to the other unit's targets").toEqual([]);
      expect(
        s.items.flatMap((i) => i.links),
        "links to the other unit's targets",
      ).toEqual([]);
    },
  },
  // --- writes: each call would be valid for the victim unit's own writer
  "Mutation.recordProgress": {
    query: `mutation ($i: RecordProgressInput!) { recordProgress(input: $i) { __typename } }`,
    vars: async (r) => ({
      i: await versionedInput("RecordProgressInput", { targetId: r.targetId, value: 1, reportedFor: "2013-07-01" }, () =>
        targetVersion(r.targetId),
      ),
    }),
  },
  "Mutation.amendProgress": {
    query: `mutation ($i: AmendProgressInput!) { amendProgress(input: $i) { __typename } }`,
    vars: async (r) => ({
      i: await versionedInput("AmendProgressInput", { entryId: r.entryId, action: "CORRECTION", value: 1, reason: "越权更正" }, () =>
        targetVersion(r.targetId),
      ),
    }),
  },
  "Mutation.addEvidenceLink": {
    query: `mutation ($e: ID!) { addEvidenceLink(entryId: $e, url: "https://example.cn/x") { __typename } }`,
    vars: (r) => ({ e: r.entryId }),
  },
  "Mutation.confirmNoChange": {
    query: `mutation ($i: ConfirmNoChangeInput!) { confirmNoChange(input: $i) { __typename } }`,
    vars: async (r) => ({
      i: await versionedInput("ConfirmNoChangeInput", { targetId: r.targetId, reportedFor: "2013-07-15" }, () => targetVersion(r.targetId)),
    }),
  },
  "Mutation.addCountItem": {
    query: `mutation ($i: AddCountItemInput!) { addCountItem(input: $i) { __typename } }`,
    vars: async (r) => ({
      i: await versionedInput("AddCountItemInput", { targetId: r.countTargetId, name: `越权事项 ${++serial}`, date: "2013-06-15" }, () =>
        targetVersion(r.countTargetId),
      ),
    }),
  },
  "Mutation.updateCountItem": {
    query: `mutation ($i: UpdateCountItemInput!) { updateCountItem(input: $i) { __typename } }`,
    vars: async (r) => ({ i: { itemId: r.itemId, docNumber: `越权〔2013〕${++serial}号`, expectedVersion: await itemVersion(r.itemId) } }),
  },
  "Mutation.withdrawCountItem": {
    query: versioned("withdrawCountItem", "$i: ID!", `itemId: $i, reason: "越权撤回"`),
    vars: async (r) => ({ i: r.itemId, v: await itemVersion(r.itemId) }),
  },
  "Mutation.addItemEvidenceLink": {
    query: `mutation ($i: ID!) { addItemEvidenceLink(itemId: $i, url: "https://example.cn/y") { __typename } }`,
    vars: (r) => ({ i: r.itemId }),
  },
  "Mutation.lockMonth": {
    query: `mutation ($p: ID!) { lockMonth(planId: $p, month: 1, reason: "越权锁定") { __typename } }`,
    vars: (r) => ({ p: r.planId }),
  },
  "Mutation.reopenMonth": {
    query: `mutation ($p: ID!) { reopenMonth(planId: $p, month: 1, reason: "越权开放") { __typename } }`,
    vars: (r) => ({ p: r.planId }),
  },
  "Mutation.configureReporting": {
    query: `mutation ($p: ID!) { configureReporting(planId: $p, reportDueDays: 6, lockAfterDays: 11) { __typename } }`,
    vars: (r) => ({ p: r.planId }),
  },
  "Mutation.setTargetApplicability": {
    query: `mutation ($i: SetApplicabilityInput!) { setTargetApplicability(input: $i) { __typename } }`,
    vars: async (r) => ({
      i: {
        targetId: r.targetId,
        applicability: "SUSPENDED",
        reason: "越权暂停",
        inactivePointsRule: "REDISTRIBUTE",
        expectedVersion: await targetVersion(r.targetId),
      },
    }),
  },
  "Mutation.setTargetThresholds": {
    query: `mutation ($i: SetThresholdsInput!) { setTargetThresholds(input: $i) { __typename } }`,
    vars: async (r) => ({
      i: {
        targetId: r.targetId,
        greenAt: 0.95,
        amberAt: 0.6,
        direction: "HIGHER_IS_BETTER",
        expectedVersion: await targetVersion(r.targetId),
      },
    }),
  },
  "Mutation.openReview": {
    query: `mutation ($i: OpenReviewInput!) { openReview(input: $i) { __typename } }`,
    vars: (r) => ({ i: { planId: r.planId, kind: "MONTH", year: 2013, periodIndex: 9 } }),
  },
  "Mutation.refreshReviewSnapshot": {
    query: versioned("refreshReviewSnapshot", "$r: ID!", "reviewId: $r"),
    vars: async (r) => ({ r: r.openReviewId, v: await reviewVersion(r.openReviewId) }),
  },
  "Mutation.closeReview": {
    query: versioned("closeReview", "$r: ID!", "reviewId: $r"),
    vars: async (r) => ({ r: r.openReviewId, v: await reviewVersion(r.openReviewId) }),
  },
  "Mutation.acceptFigure": {
    query: `mutation ($i: CheckFigureInput!) { acceptFigure(input: $i) { __typename } }`,
    vars: (r) => ({ i: { kind: "ENTRY", id: r.pendingEntryId } }),
  },
  "Mutation.returnFigure": {
    query: `mutation ($i: ReturnFigureInput!) { returnFigure(input: $i) { __typename } }`,
    vars: (r) => ({ i: { kind: "ITEM", id: r.pendingItemId, reason: "越权退回" } }),
  },
  "Mutation.setFigureChecks": {
    query: `mutation ($p: ID!) { setFigureChecks(planId: $p, enabled: true) { __typename } }`,
    vars: (r) => ({ p: r.planId }),
  },
  "Mutation.updateBulletin": {
    query: `mutation ($i: UpdateBulletinInput!) { updateBulletin(input: $i) { __typename } }`,
    vars: async (r) => ({ i: { reviewId: r.openReviewId, remarks: "越权意见", expectedVersion: await reviewVersion(r.openReviewId) } }),
  },
  "Mutation.issueBulletin": {
    query: versioned("issueBulletin", "$r: ID!", "reviewId: $r"),
    vars: async (r) => ({ r: r.openReviewId, v: await reviewVersion(r.openReviewId) }),
  },
  "Mutation.withdrawBulletin": {
    query: versioned("withdrawBulletin", "$r: ID!", `reviewId: $r, reason: "越权撤回"`),
    vars: async (r) => ({ r: r.openReviewId, v: await reviewVersion(r.openReviewId) }),
  },
  "Mutation.reopenReview": {
    query: versioned("reopenReview", "$r: ID!", `reviewId: $r, reason: "越权重开"`),
    vars: async (r) => ({ r: r.closedReviewId, v: await reviewVersion(r.closedReviewId) }),
  },
  "Mutation.addReviewComment": {
    query: `mutation ($i: AddReviewCommentInput!) { addReviewComment(input: $i) { __typename } }`,
    vars: (r) => ({ i: { reviewId: r.openReviewId, targetId: r.targetId, body: "越权点评" } }),
  },
  "Mutation.issueRectification": {
    query: `mutation ($i: IssueRectificationInput!) { issueRectification(input: $i) { __typename } }`,
    vars: (r) => ({ i: { reviewId: r.openReviewId, targetId: r.targetId, notice: "越权整改", deadline: daysFromToday(30) } }),
  },
  "Mutation.assignTargetOwners": {
    query: versioned("assignTargetOwners", "$t: ID!", "targetId: $t, sectionIds: []"),
    vars: async (r) => ({ t: r.targetId, v: await targetVersion(r.targetId) }),
  },
  "Mutation.answerRectification": {
    query: `mutation ($i: AnswerRectificationInput!) { answerRectification(input: $i) { __typename } }`,
    vars: async (r) => ({
      i: { rectificationId: r.rectificationId, answer: "越权答复", expectedVersion: await noticeVersion(r.rectificationId) },
    }),
  },
  "Mutation.returnRectification": {
    query: versioned("returnRectification", "$r: ID!", `rectificationId: $r, reason: "越权退回"`),
    vars: async (r) => ({ r: r.rectificationId, v: await noticeVersion(r.rectificationId) }),
  },
  "Mutation.closeRectification": {
    query: versioned("closeRectification", "$r: ID!", `rectificationId: $r, closingNote: "越权关闭"`),
    vars: async (r) => ({ r: r.rectificationId, v: await noticeVersion(r.rectificationId) }),
  },
  "Mutation.setDeclaredScore": {
    query: `mutation ($i: SetDeclaredScoreInput!) { setDeclaredScore(input: $i) { __typename } }`,
    vars: async (r) => ({
      i: await versionedInput("SetDeclaredScoreInput", { targetId: r.declarationTargetId, declaredScore: 1 }, () =>
        scoreVersion(r.declarationTargetId),
      ),
    }),
  },
  "Mutation.adjustScore": {
    query: `mutation ($i: AdjustScoreInput!) { adjustScore(input: $i) { __typename } }`,
    vars: async (r) => ({
      i: await versionedInput("AdjustScoreInput", { targetId: r.targetId, adjustedScore: 0, reason: "越权调整" }, () =>
        scoreVersion(r.targetId),
      ),
    }),
  },
  "Mutation.setSelfScore": {
    query: `mutation ($i: SetSelfScoreInput!) { setSelfScore(input: $i) { __typename } }`,
    vars: async (r) => ({
      i: await versionedInput("SetSelfScoreInput", { targetId: r.targetId, selfScore: 1, justification: "越权自评" }, () =>
        selfVersion(r.targetId),
      ),
    }),
  },
  "Mutation.setProvinceScore": {
    query: `mutation ($i: SetProvinceScoreInput!) { setProvinceScore(input: $i) { __typename } }`,
    vars: async (r) => ({
      i: {
        targetId: r.targetId,
        provinceScore: 1,
        reason: "越权评分",
        expectedVersion: (await db.targetScore.findUnique({ where: { targetId: r.targetId } }))?.provinceVersion ?? 0,
      },
    }),
    supervise: true,
  },
  "Mutation.setExternalAssessment": {
    query: `mutation ($i: SetExternalAssessmentInput!) { setExternalAssessment(input: $i) { __typename } }`,
    vars: async (r) => ({
      i: {
        unitId: r.unitId,
        year: 2013,
        result: "FAIL",
        documentRef: "越权录入",
        expectedVersion:
          (await db.externalAssessment.findUnique({ where: { unitId_year: { unitId: r.unitId, year: 2013 } } }))?.version ?? 0,
      },
    }),
    supervise: true,
  },
  "Mutation.setGradeBands": {
    query: `mutation ($i: SetGradeBandsInput!) { setGradeBands(input: $i) { __typename } }`,
    vars: (r) => ({ i: { planId: r.planId, excellentAt: 0.95, goodAt: 0.85, passAt: 0.65 } }),
  },
  "Mutation.configureScoring": {
    query: `mutation ($i: ConfigureScoringInput!) { configureScoring(input: $i) { __typename } }`,
    vars: (r) => ({ i: { planId: r.planId, scoreFloor: 0.42 } }),
  },
  "Mutation.linkTargetDuty": {
    query: `mutation ($i: LinkTargetDutyInput!) { linkTargetDuty(input: $i) { __typename } }`,
    vars: (r) => ({ i: { targetId: r.countTargetId, dutyId: r.dutyId } }),
  },
  "Mutation.unlinkTargetDuty": {
    query: `mutation ($l: ID!) { unlinkTargetDuty(linkId: $l) { __typename } }`,
    vars: (r) => ({ l: r.linkId }),
  },
  "Mutation.copyPlan": { query: `mutation ($p: ID!) { copyPlan(planId: $p, year: 2014) { __typename } }`, vars: (r) => ({ p: r.planId }) },
  "Mutation.updateTarget": {
    query: `mutation ($i: UpdateTargetInput!) { updateTarget(input: $i) { __typename } }`,
    vars: async (r) => ({ i: { targetId: r.targetId, expectedVersion: await targetVersion(r.targetId), changes: { title: "越权改名" } } }),
  },
  "Mutation.addTarget": {
    query: `mutation ($i: AddTargetInput!) { addTarget(input: $i) { __typename } }`,
    vars: (r) => ({ i: { areaId: r.areaId, code: "九.9", title: "越权指标", wording: "越权新增", kind: "MILESTONE", unassigned: true } }),
  },
  "Mutation.removeTarget": {
    query: versioned("removeTarget", "$t: ID!", "targetId: $t"),
    vars: async (r) => ({ t: r.removableTargetId, v: await targetVersion(r.removableTargetId) }),
  },
  "Mutation.moveTarget": {
    query: versioned("moveTarget", "$t: ID!", "targetId: $t, direction: DOWN"),
    vars: async (r) => ({ t: r.removableTargetId, v: await targetVersion(r.removableTargetId) }),
  },
  "Mutation.updateArea": {
    query: `mutation ($i: UpdateAreaInput!) { updateArea(input: $i) { __typename } }`,
    vars: (r) => ({ i: { areaId: r.areaId, name: "越权领域" } }),
  },
  "Mutation.createUser": {
    query: `mutation ($i: CreateUserInput!) { createUser(input: $i) { __typename } }`,
    vars: (r) => ({
      i: {
        username: `cross${++serial}`,
        displayName: "越权用户",
        role: "SECTION_HEAD",
        sectionId: r.sectionId,
        password: "temporary-2013",
      },
    }),
  },
  "Mutation.updateUser": {
    query: `mutation ($i: UpdateUserInput!) { updateUser(input: $i) { __typename } }`,
    vars: async (r) => ({
      i: await versionedInput("UpdateUserInput", { userId: r.userId, displayName: "越权改名" }, () => userVersion(r.userId)),
    }),
  },
  "Mutation.resetUserPassword": {
    query: versioned("resetUserPassword", "$u: ID!", `userId: $u, password: "reset-pass-2013"`),
    vars: async (r) => ({ u: r.userId, v: await userVersion(r.userId) }),
  },
  "Mutation.unlockUser": {
    query: `mutation ($u: ID!) { unlockUser(userId: $u) { __typename } }`,
    vars: async (r) => ({ u: r.userId }),
  },
};

/** Root fields that take no id: a county caller's answer names nothing of another unit's plans. */
const NO_ID: Record<string, { query: string; vars?: Vars }> = {
  "Query.me": { query: `{ me { id unitId section { id } } }` },
  "Query.units": { query: `{ units { id name sections { id } plans { id title } } }` },
  "Query.unitTree": {
    query: `{ unitTree { id name plans { id title } children { id name plans { id title } children { id plans { id } } } } }`,
  },
  "Query.users": { query: `{ users { id unitId section { id } } }` },
  "Query.auditFilterOptions": { query: `{ auditFilterOptions { users { id } targets { id title } actions } }` },
  // plans takes an optional unitId: without it, the caller's own plans only
  "Query.plans": { query: `{ plans { id title unitId } }` },
  // 我的待办: the caller's own unit only (a city leader's too: tests/integration/todo.test.ts)
  "Query.myTodo": {
    query: `{ myTodo { plans { id title } rows { key planId targetId sectionId reviewId code title detail itemName } } }`,
  },
  "Query.myTodoCount": { query: `{ myTodoCount }` },
  // the site search (#13) scopes every kind itself: words found in the city's and 桃江's notices, items, notes and targets
  "Query.search": {
    query: `query ($a: String!, $b: String!, $c: String!, $d: String!) {
      a: search(query: $a) { ...Hits } b: search(query: $b) { ...Hits } c: search(query: $c) { ...Hits } d: search(query: $d) { ...Hits }
    }
    fragment Hits on SearchResult { groups { kind hits { id title unitId planId targetId url } } }`,
    vars: { a: "请补报进度", b: "演示", c: "财政科技支出", d: "工程中心" },
  },
  "Mutation.importPlan": {
    query: `mutation ($i: ImportPlanInput!) { importPlan(input: $i) { ok problems { message } plan { id } } }`,
    vars: {
      i: {
        year: 2031,
        fileName: "cross.csv",
        dryRun: true,
        fileBase64: Buffer.from(
          "领域编号,领域名称,领域类别,领域分值,指标编号,指标名称,计划原文,类型,单位,目标值,基数,开始月,结束月,时间原文,责任科室,分值,备注\r\n" +
            "一,越权领域,工作业绩,100,一.1,越权指标,越权测试,里程碑,,,,3,10,3-10月,计划股,,\r\n",
        ).toString("base64"),
      },
    },
  },
  // a wrong current password: nothing changes, and the answer must not name anything of another unit
  "Mutation.changeOwnPassword": {
    query: `mutation { changeOwnPassword(currentPassword: "wrong-password", newPassword: "new-password-2013") { id } }`,
  },
};

// ---------------------------------------------------------------------------------------------------------
// Route handlers: one case per route with an id
// ---------------------------------------------------------------------------------------------------------

interface RouteCase {
  call: (r: Res, caller: SessionUser) => RouteCall | Promise<RouteCall>;
  /** no session cookie: the URL's token is the credential */
  tokenOnly?: true;
  leaderReadsCounty?: true;
  /** the published 责任清单 workbook: readable, nothing from plans */
  published?: true;
}

const ROUTES: Record<string, RouteCase> = {
  "GET /api/units/[unitId]/province": {
    call: (r) => ({ url: `/api/units/${r.unitId}/province`, params: { unitId: r.unitId } }),
  },
  "GET /api/plans/[planId]/scores": {
    call: (r) => ({ url: `/api/plans/${r.planId}/scores?format=csv`, params: { planId: r.planId } }),
    leaderReadsCounty: true,
  },
  "GET /api/plans/[planId]/export": {
    call: (r) => ({ url: `/api/plans/${r.planId}/export?format=csv`, params: { planId: r.planId } }),
    leaderReadsCounty: true,
  },
  "GET /api/plans/[planId]/document": {
    call: (r) => ({ url: `/api/plans/${r.planId}/document`, params: { planId: r.planId } }),
    leaderReadsCounty: true,
  },
  "GET /api/reviews/[reviewId]/pack": {
    call: (r) => ({ url: `/api/reviews/${r.openReviewId}/pack?format=csv`, params: { reviewId: r.openReviewId } }),
    leaderReadsCounty: true,
  },
  "GET /api/reviews/[reviewId]/bulletin": {
    call: (r) => ({ url: `/api/reviews/${r.openReviewId}/bulletin`, params: { reviewId: r.openReviewId } }),
    leaderReadsCounty: true,
  },
  "GET /api/evidence/[id]": {
    call: (r) => ({ url: `/api/evidence/${r.evidenceId}`, params: { id: r.evidenceId } }),
    leaderReadsCounty: true,
  },
  "POST /api/items/[itemId]/evidence": {
    call: (r) => ({ url: `/api/items/${r.itemId}/evidence`, params: { itemId: r.itemId }, form: pdfForm() }),
  },
  "POST /api/rectifications/[rectificationId]/evidence": {
    call: (r) => ({
      url: `/api/rectifications/${r.rectificationId}/evidence`,
      params: { rectificationId: r.rectificationId },
      form: pdfForm(),
    }),
  },
  "POST /api/progress/[entryId]/evidence": {
    call: (r) => ({ url: `/api/progress/${r.entryId}/evidence`, params: { entryId: r.entryId }, form: pdfForm() }),
  },
  "GET /api/units/[unitId]/duties": {
    call: (r) => ({ url: `/api/units/${r.unitId}/duties`, params: { unitId: r.unitId } }),
    published: true,
  },
  "GET /api/sections/[sectionId]/month-sheet": {
    call: (r) => ({ url: `/api/sections/${r.sectionId}/month-sheet?month=2013-09`, params: { sectionId: r.sectionId } }),
  },
  "POST /api/sections/[sectionId]/month-sheet": {
    call: (r) => {
      const form = new FormData();
      form.append("file", new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], "本月填报表.xlsx"));
      return { url: `/api/sections/${r.sectionId}/month-sheet?month=2013-09&dryRun=1`, params: { sectionId: r.sectionId }, form };
    },
  },
  // the token of the caller's own section (what their own sectionCalendar hands out) must not open another's feed
  "GET /api/calendar/[sectionId]": {
    call: async (r, caller) => {
      // the 省厅 has no sections: its accounts try a token made for an id of their own unit
      const own = caller.sectionId ?? (await db.section.findFirst({ where: { unitId: caller.unitId } }))?.id ?? caller.unitId;
      return { url: `/api/calendar/${r.sectionId}?token=${calendarToken(own)}`, params: { sectionId: r.sectionId } };
    },
    tokenOnly: true,
  },
};

/** Routes that take no id: called as a county user where they can be, the answer names nothing of another unit. */
const NO_ID_ROUTES: Record<string, RouteCall | string> = {
  "GET /api/plan-template": { url: "/api/plan-template?format=csv", params: {} },
  "GET /api/audit/export": { url: "/api/audit/export", params: {} },
  "GET /api/health": { url: "/api/health", params: {} },
  "POST /api/graphql": { url: "/api/graphql", params: {}, json: { query: "{ me { id } plans { id title } }" } },
  "GET /api/graphql": {
    url: `/api/graphql?query=${encodeURIComponent("{ plans { id title } }")}`,
    params: {},
    headers: { "apollo-require-preflight": "true" },
  },
  // Neither takes an id: signing in yields only the caller's own session, signing out ends only the caller's own
  // (tests/integration/sessions-and-throttle.test.ts calls both).
  "POST /api/auth/sign-in": "takes no id; its own session only (sessions-and-throttle.test.ts)",
  "POST /api/auth/sign-out": "takes no id; its own session only (sessions-and-throttle.test.ts)",
};

// ---------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------

/** Whether an argument's type is ID, a list of IDs or an input object with an ID field (at any depth). */
function takesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  let t: GraphQLInputType | GraphQLNamedType = type;
  while ("ofType" in t) t = t.ofType; // through NonNull and List
  if (t.name === "ID") return true;
  if (t.astNode?.kind !== "InputObjectTypeDefinition" || seen.has(t.name)) return false;
  seen.add(t.name);
  return Object.values((t as GraphQLInputObjectType).getFields()).some((f) => takesId(f.type, seen));
}

function rootFields() {
  const schema = getSchema();
  return [schema.getQueryType()!, schema.getMutationType()!].flatMap((t) =>
    Object.values(t.getFields()).map((f) => ({
      key: `${t.name}.${f.name}`,
      takesId: f.args.some((a) => takesId(a.type)),
      /** every id argument may be left out (plans) */
      optionalIds: f.args.every((a) => !takesId(a.type) || !String(a.type).endsWith("!")),
    })),
  );
}

/** A builder that forgot an id would be refused with NOT_FOUND and look like a pass. */
function assertComplete(vars: unknown, where: string): void {
  if (vars === undefined || vars === null) throw new Error(`test bug: ${where} has an undefined variable`);
  if (typeof vars === "object") for (const [k, v] of Object.entries(vars)) assertComplete(v, `${where}.${k}`);
}

function mentions(text: string, r: Res, withTexts: boolean): string[] {
  return [...r.ids, ...(withTexts ? r.texts : [])].filter((m) => text.includes(m));
}

/** FORBIDDEN or NOT_FOUND, field null; a schema or variable error is a bug of this test, not a refusal. */
function expectRefused(res: FormattedExecutionResult, field: string, victim: Res): void {
  const errors = res.errors ?? [];
  const bug = errors.find(
    (e) =>
      ["GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED"].includes(String(e.extensions?.code)) || e.message.startsWith('Variable "$'),
  );
  if (bug) throw new Error(`test bug: the operation does not validate: ${bug.message}`);
  const leaked = (res.data as Data | null | undefined)?.[field] ?? null;
  expect(errors.length, `answered instead of refusing: ${JSON.stringify(res.data)}`).toBeGreaterThan(0);
  expect(
    errors.map((e) => e.extensions?.code),
    errors.map((e) => e.message).join("; "),
  ).toSatisfy((codes: unknown[]) => codes.every((c) => c === "FORBIDDEN" || c === "NOT_FOUND"));
  expect(leaked, `data leaked: ${JSON.stringify(leaked)}`).toBeNull();
  expect(mentions(JSON.stringify(res), victim, false), "ids of the other unit's plan data in the answer").toEqual([]);
}

/** Everything a refused write could have changed, in one comparable value. */
type Fingerprint = Awaited<ReturnType<typeof fingerprint>>;
async function fingerprint() {
  const byId = { orderBy: { id: "asc" as const } };
  return Promise.all([
    db.progressEntry.count(),
    db.evidence.count(),
    db.auditLog.count(),
    db.reviewComment.count(),
    db.targetDutyLink.count(),
    db.plan.findMany({
      ...byId,
      select: {
        id: true,
        title: true,
        scoreFloor: true,
        reportDueDays: true,
        lockAfterDays: true,
        checkFigures: true,
        gradeExcellentAt: true,
        gradeGoodAt: true,
        gradePassAt: true,
      },
    }),
    db.progressEntry.findMany({ ...byId, where: { checkStatus: { not: "ACCEPTED" } }, select: { id: true, checkStatus: true } }),
    db.area.findMany({ ...byId, select: { id: true, code: true, name: true, points: true } }),
    db.target.findMany({
      ...byId,
      select: { id: true, version: true, sortOrder: true, title: true, applicability: true, greenAt: true, amberAt: true },
    }),
    db.countItem.findMany({ ...byId, select: { id: true, version: true, status: true, docNumber: true, checkStatus: true } }),
    db.monthLock.findMany({ ...byId, select: { id: true, month: true, state: true, reason: true, until: true } }),
    db.targetScore.findMany({
      ...byId,
      select: {
        id: true,
        version: true,
        selfVersion: true,
        finalScore: true,
        declaredScore: true,
        selfScore: true,
        provinceScore: true,
        provinceVersion: true,
      },
    }),
    db.review.findMany({ ...byId, select: { id: true, version: true, status: true, snapshotAt: true } }),
    db.rectification.findMany({ ...byId, select: { id: true, version: true, status: true } }),
    db.user.findMany({
      ...byId,
      select: { id: true, version: true, displayName: true, role: true, sectionId: true, active: true, passwordHash: true },
    }),
    evidenceFiles(process.env.EVIDENCE_DIR!),
    db.evidenceBlob.count(),
    db.externalAssessment.findMany({ orderBy: { id: "asc" } }),
  ]);
}

/**
 * Runs a call and, for a write, returns the fingerprints around it. Between two writes only writes run, so the
 * previous write's "after" is this one's "before" (one fingerprint per write); a read in between forgets it.
 */
let lastState: Fingerprint | null = null;
async function around<T>(write: boolean, call: () => Promise<T>): Promise<{ result: T; before?: Fingerprint; after?: Fingerprint }> {
  if (!write) {
    lastState = null;
    return { result: await call() };
  }
  const before = lastState ?? (await fingerprint());
  const result = await call();
  lastState = await fingerprint();
  return { result, before, after: lastState };
}

function evidenceFiles(dir: string): number {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .reduce((n, e) => n + (e.isDirectory() ? evidenceFiles(path.join(dir, e.name)) : 1), 0);
}

async function workbookText(bytes: ArrayBuffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const cells: string[] = [];
  wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.text)))));
  return cells.join("\n");
}

/** Answers without errors (a setup step). */
async function must<T = Data>(username: string, query: string, variables: Vars): Promise<T> {
  const res = await gql<T>(query, variables, users.get(username) ?? (await userNamed(username)));
  if (res.errors) throw new Error(`setup ${query.slice(0, 60)}: ${res.errors.map((e) => e.message).join("; ")}`);
  return res.data!;
}

// ---------------------------------------------------------------------------------------------------------
// Setup: the demo seed, county accounts of every role, and every kind of resource in the city and in 桃江
// ---------------------------------------------------------------------------------------------------------

async function addAccounts(unitName: string, prefix: string, roles: Role[], passwordHash: string) {
  const unit = await db.unit.findUniqueOrThrow({ where: { name: unitName } });
  for (const role of roles) {
    await db.user.create({
      data: { username: `${prefix}-${role.toLowerCase()}`, displayName: `${unitName}${role}（测试）`, role, passwordHash, unitId: unit.id },
    });
  }
}

/** Reviews (one open with a notice, one closed), a FILE evidence and a duty link for a unit whose plan has the given targets. */
async function equip(
  unitName: string,
  who: { head: string; assessor: string; admin: string },
  codes: { target: string; count: string; declaration: string; rollup: string },
  duty: { dutyId: string; workItemId?: string },
  userId: string,
): Promise<Res> {
  const plan = await db.plan.findFirstOrThrow({ where: { year: 2013, unit: { name: unitName } }, include: { targets: true, areas: true } });
  const byCode = (code: string) => plan.targets.find((t) => t.code === code)!.id;
  const targetId = byCode(codes.target);
  const entry = await db.progressEntry.findFirstOrThrow({
    where: { targetId, action: { in: ["RECORD", "CORRECTION"] }, replacedBy: { none: {} } },
    orderBy: { reportedFor: "desc" },
  });
  const item = await db.countItem.findFirstOrThrow({
    where: { targetId: byCode(codes.count), status: "ACTIVE" },
    orderBy: { createdAt: "desc" },
  });
  const removable = await db.target.findFirstOrThrow({
    where: { planId: plan.id, progress: { none: {} }, countItems: { none: {} }, rollupKey: null },
    orderBy: { sortOrder: "desc" },
  });
  const head = users.get(who.head) ?? (await userNamed(who.head));
  // written as a section head's report would be under 数据审核; early in the year so no "latest figure" lookup finds it
  const pendingEntry = await db.progressEntry.create({
    data: { targetId, value: 1, reportedFor: new Date("2013-02-28T00:00:00Z"), reportedById: head.id, checkStatus: "PENDING" },
  });
  const pendingItem = await db.countItem.create({
    data: {
      targetId: byCode(codes.count),
      name: `待审核事项 ${unitName}`,
      date: new Date("2013-02-28T00:00:00Z"),
      createdById: head.id,
      checkStatus: "PENDING",
    },
  });
  const evidence = await addEvidence({
    user: head,
    entryId: entry.id,
    kind: "FILE",
    fileName: "佐证材料.pdf",
    bytes: new TextEncoder().encode(`%PDF-1.4 ${unitName}`),
  });

  const OPEN = `mutation ($i: OpenReviewInput!) { openReview(input: $i) { id } }`;
  const open = await must<{ openReview: { id: string } }>(who.assessor, OPEN, {
    i: { planId: plan.id, kind: "MONTH", year: 2013, periodIndex: 6 },
  });
  const closed = await must<{ openReview: { id: string } }>(who.assessor, OPEN, {
    i: { planId: plan.id, kind: "MONTH", year: 2013, periodIndex: 7 },
  });
  await must(who.assessor, versioned("closeReview", "$r: ID!", "reviewId: $r")(), {
    r: closed.openReview.id,
    v: await reviewVersion(closed.openReview.id),
  });
  const notice = await must<{ issueRectification: { id: string } }>(
    who.assessor,
    `mutation ($i: IssueRectificationInput!) { issueRectification(input: $i) { id } }`,
    {
      i: { reviewId: open.openReview.id, targetId, notice: "请补报进度", deadline: daysFromToday(30) },
    },
  );
  const link = await must<{ linkTargetDuty: { id: string } }>(
    who.admin,
    `mutation ($i: LinkTargetDutyInput!) { linkTargetDuty(input: $i) { id } }`,
    {
      i: { targetId, ...duty },
    },
  );

  const [entries, items, evidences, reviews, notices, links, dutyTexts, otherTitles] = await Promise.all([
    db.progressEntry.findMany({ where: { target: { planId: plan.id } }, select: { id: true } }),
    db.countItem.findMany({ where: { target: { planId: plan.id } }, select: { id: true } }),
    db.evidence.findMany({
      where: { OR: [{ entry: { target: { planId: plan.id } } }, { item: { target: { planId: plan.id } } }] },
      select: { id: true },
    }),
    db.review.findMany({ where: { planId: plan.id }, select: { id: true } }),
    db.rectification.findMany({ where: { target: { planId: plan.id } }, select: { id: true } }),
    db.targetDutyLink.findMany({ where: { target: { planId: plan.id } }, select: { id: true } }),
    Promise.all([db.duty.findMany({ select: { text: true } }), db.workItem.findMany({ select: { text: true } })]),
    db.target.findMany({ where: { planId: { not: plan.id } }, select: { title: true } }),
  ]);
  const published = [...dutyTexts[0], ...dutyTexts[1], ...otherTitles].map((x) => ("text" in x ? x.text : x.title)).join("\n");
  const distinctive = (s: string) => s.length >= 6 && !published.includes(s);
  return {
    unitId: plan.unitId,
    planId: plan.id,
    areaId: plan.targets.find((t) => t.id === targetId)!.areaId,
    targetId,
    countTargetId: byCode(codes.count),
    declarationTargetId: byCode(codes.declaration),
    rollupTargetId: byCode(codes.rollup),
    removableTargetId: removable.id,
    entryId: entry.id,
    itemId: item.id,
    pendingEntryId: pendingEntry.id,
    pendingItemId: pendingItem.id,
    evidenceId: evidence.id,
    openReviewId: open.openReview.id,
    closedReviewId: closed.openReview.id,
    rectificationId: notice.issueRectification.id,
    sectionId: head.sectionId!,
    userId,
    dutyId: duty.dutyId,
    linkId: link.linkTargetDuty.id,
    ids: [
      plan.id,
      ...plan.areas.map((a) => a.id),
      ...plan.targets.map((t) => t.id),
      ...[entries, items, evidences, reviews, notices, links].flat().map((x) => x.id),
    ],
    texts: [plan.title, ...plan.targets.flatMap((t) => [t.title, t.wording])].filter(distinctive),
  };
}

beforeAll(async () => {
  await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  const passwordHash = await hashPassword("demo2013");
  await addAccounts(HESHAN, "heshan", ["LEADER", "ASSESSOR", "ADMIN"], passwordHash);
  await addAccounts(TAOJIANG, "taojiang", ["ASSESSOR", "ADMIN"], passwordHash);
  for (const u of await db.user.findMany({ select: { username: true } })) users.set(u.username, (await userNamed(u.username))!);

  // 桃江's one-target plan gets a count target with an item, a declaration target and a target without reports,
  // and a 责任清单 of one duty with one work item of its 计划股, so every kind of id exists there too.
  const tj = await db.plan.findFirstOrThrow({
    where: { unit: { name: TAOJIANG } },
    include: { areas: true, unit: { include: { sections: true } } },
  });
  const gu = tj.unit.sections[0].id;
  const ADD = `mutation ($i: AddTargetInput!) { addTarget(input: $i) { plan { id } } }`;
  const base = { areaId: tj.areas[0].id, wording: "【测试】桃江", ownerIds: [gu] };
  await must("taojiang-admin", ADD, { i: { ...base, code: "一.2", title: "桃江县市级工程中心（测试）", kind: "COUNT", targetValue: 2 } });
  await must("taojiang-admin", ADD, { i: { ...base, code: "一.3", title: "桃江县创新创优（测试）", kind: "DECLARATION" } });
  await must("taojiang-admin", ADD, { i: { ...base, code: "一.4", title: "桃江县科技特派员（测试）", kind: "MILESTONE" } });
  const countTarget = await db.target.findFirstOrThrow({ where: { planId: tj.id, code: "一.2" } });
  await must("taojiang", `mutation ($i: AddCountItemInput!) { addCountItem(input: $i) { item { id } } }`, {
    i: await versionedInput("AddCountItemInput", { targetId: countTarget.id, name: "桃江某工程中心（测试）", date: "2013-05-20" }, () =>
      targetVersion(countTarget.id),
    ),
  });
  const tjDuty = await db.duty.create({
    data: {
      unitId: tj.unitId,
      seq: 1,
      text: "【测试】负责全县科技计划管理",
      items: { create: { seq: 1, text: "【测试】组织申报科技计划项目", sectionId: gu } },
    },
    include: { items: true },
  });

  const cityDuty = await db.duty.findFirstOrThrow({ where: { seq: 5, unit: { name: CITY } } });
  city = await equip(
    CITY,
    { head: "jihua", assessor: "assessor", admin: "admin" },
    { target: "二.(一).3.(1)", count: "二.(一).3.(3)", declaration: "二.(一).5", rollup: "二.(二).2" },
    { dutyId: cityDuty.id },
    users.get("chengguo")!.id,
  );
  sibling = await equip(
    TAOJIANG,
    { head: "taojiang", assessor: "taojiang-assessor", admin: "taojiang-admin" },
    { target: "一.1", count: "一.2", declaration: "一.3", rollup: "一.1" },
    { dutyId: tjDuty.id, workItemId: tjDuty.items[0].id },
    users.get("taojiang")!.id,
  );
});

// ---------------------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------------------

describe("cross-unit scope: coverage", () => {
  it("has a case for every root field that takes an id, and a no-id entry for every other", () => {
    const fields = rootFields();
    const missing = fields.filter((f) => (f.takesId ? !FIELDS[f.key] : !NO_ID[f.key])).map((f) => f.key);
    expect(missing, "root fields without a cross-unit case").toEqual([]);
  });

  it("has no stale entries", () => {
    const byKey = new Map(rootFields().map((f) => [f.key, f]));
    expect(
      Object.keys(FIELDS).filter((k) => !byKey.get(k)?.takesId),
      "FIELDS entries for fields that are gone or take no id",
    ).toEqual([]);
    // a NO_ID entry may call a field whose ids are all optional without them (plans)
    expect(
      Object.keys(NO_ID).filter((k) => !byKey.get(k) || (byKey.get(k)!.takesId && !byKey.get(k)!.optionalIds)),
      "NO_ID entries for fields that are gone or need an id",
    ).toEqual([]);
  });

  it("has a case for every route handler on disk, and none for a route that is gone", async () => {
    const onDisk = await routeHandlers();
    expect([...Object.keys(ROUTES), ...Object.keys(NO_ID_ROUTES)].sort()).toEqual(onDisk);
  });

  it("finds every route handler but the GraphQL mount declared as an operation named after its path", async () => {
    const undeclared: string[] = [];
    for (const key of await routeHandlers()) {
      if (key.endsWith(" /api/graphql")) continue;
      const handler = await routeHandler(key);
      if (handler.operation?.name !== key) undeclared.push(key);
    }
    expect(undeclared).toEqual([]);
  });
});

describe("cross-unit scope: GraphQL fields that take an id", () => {
  for (const [key, c] of Object.entries(FIELDS)) {
    const field = key.split(".")[1];
    const write = key.startsWith("Mutation.");
    describe(key, () => {
      for (const run of runs({ write, leaderReadsCounty: c.leaderReadsCounty, supervise: c.supervise })) {
        const outcome = run.reads
          ? "reads it (a leader reads the units below; the province's 考核组 the cities)"
          : c.published
            ? "reads the published list, nothing from plans"
            : "refused";
        it(`${run.caller} → ${run.victimName}: ${outcome}`, async () => {
          const victim = run.victim();
          const vars = await c.vars(victim);
          assertComplete(vars, key);
          const query = typeof c.query === "function" ? c.query() : c.query;
          const { result: res, before, after } = await around(write, () => gql(query, vars, users.get(run.caller)!));
          if (run.reads) {
            expect(res.errors).toBeUndefined();
            expect((res.data as Data)[field]).not.toBeNull();
          } else if (c.published) {
            expect(res.errors, "the published 责任清单 stays readable").toBeUndefined();
            c.published(res.data as Data);
            expect(mentions(JSON.stringify(res.data), victim, false), "ids of the unit's plans").toEqual([]);
          } else if (c.emptyOk && !res.errors) {
            expect(c.emptyOk(res.data as Data), `answered another unit's data: ${JSON.stringify(res.data)}`).toBe(true);
          } else {
            expectRefused(res, field, victim);
          }
          expect(after, "a refused write changed nothing").toEqual(before);
        });
      }
    });
  }
});

describe("cross-unit scope: GraphQL fields that take no id", () => {
  for (const [key, c] of Object.entries(NO_ID)) {
    for (const caller of COUNTY_CALLERS) {
      it(`${key} as ${caller} names nothing of ${CITY} or ${TAOJIANG}`, async () => {
        const {
          result: res,
          before,
          after,
        } = await around(key.startsWith("Mutation."), () => gql(c.query, c.vars ?? {}, users.get(caller)!));
        expect(
          res.errors?.find((e) => e.extensions?.code === "GRAPHQL_VALIDATION_FAILED" || e.message.startsWith('Variable "$')),
        ).toBeUndefined();
        const text = JSON.stringify(res);
        expect(
          [...mentions(text, city, false), ...mentions(text, sibling, false)],
          `ids of another unit's plan data: ${text.slice(0, 300)}`,
        ).toEqual([]);
        expect(after, "nothing changed").toEqual(before);
      });
    }
  }
});

describe("cross-unit scope: the exceptions, positively", () => {
  it("the city leader reads a county's dashboard, target and score sheet", async () => {
    const leader = users.get("leader")!;
    const res = await gql<{
      planDashboard: { plan: { id: string } };
      targetDetail: { plan: { id: string } };
      scoreSheet: { plan: { id: string } };
    }>(
      `query ($p: ID!, $t: ID!) { planDashboard(planId: $p) { plan { id } } targetDetail(targetId: $t) { plan { id } } scoreSheet(planId: $p) { plan { id } } }`,
      { p: sibling.planId, t: sibling.targetId },
      leader,
    );
    expect(res.errors).toBeUndefined();
    expect([res.data!.planDashboard.plan.id, res.data!.targetDetail.plan.id, res.data!.scoreSheet.plan.id]).toEqual([
      sibling.planId,
      sibling.planId,
      sibling.planId,
    ]);
  });

  it("heshan reads the city's published 责任清单 — the duties, but no targets and no plan ids", async () => {
    const res = await gql<{ dutyList: { unit: { id: string }; duties: { id: string }[]; linkableTargets: unknown[] } }>(
      `query ($u: ID!) { dutyList(unitId: $u) { unit { id } duties { id } linkableTargets { id planId } } }`,
      { u: city.unitId },
      users.get("heshan")!,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.dutyList.unit.id).toBe(city.unitId);
    expect(res.data!.dutyList.duties.length).toBeGreaterThan(0);
    expect(res.data!.dutyList.linkableTargets).toEqual([]);
    expect(JSON.stringify(res.data)).not.toContain(city.planId);
  });

  it("heshan's plans are 赫山's only, and its unit tree holds no plan of the city or a sibling", async () => {
    const res = await gql<{ plans: { unitName: string }[]; unitTree: unknown[] }>(
      `{ plans { unitName } unitTree { id plans { id } children { id plans { id } } } }`,
      {},
      users.get("heshan")!,
    );
    expect(res.errors).toBeUndefined();
    expect(new Set(res.data!.plans.map((p) => p.unitName))).toEqual(new Set([HESHAN]));
    expect(JSON.stringify(res.data!.unitTree)).not.toContain(city.planId);
    expect(JSON.stringify(res.data!.unitTree)).not.toContain(sibling.planId);
  });
});

describe("cross-unit scope: route handlers that take an id", () => {
  for (const [key, c] of Object.entries(ROUTES)) {
    const write = key.startsWith("POST ");
    describe(key, () => {
      for (const run of runs({ write, leaderReadsCounty: c.leaderReadsCounty })) {
        const outcome = run.reads
          ? "200 (a city leader reads the counties)"
          : c.published
            ? "200, the published list without plan data"
            : "403/404, no data";
        it(`${run.caller} → ${run.victimName}: ${outcome}`, async () => {
          const victim = run.victim();
          const caller = users.get(run.caller)!;
          const call = await c.call(victim, caller);
          assertComplete(call, key);
          const { result: res, before, after } = await around(write, () => callRoute(key, call, c.tokenOnly ? null : caller.id));
          if (run.reads) {
            expect(res.status).toBe(200);
          } else if (c.published) {
            expect(res.status, "the published 责任清单 stays readable").toBe(200);
            expect(mentions(await workbookText(await res.arrayBuffer()), victim, true), "plan data in the workbook").toEqual([]);
          } else {
            const body = await res.text();
            expect([403, 404], `status ${res.status}: ${body.slice(0, 200)}`).toContain(res.status);
            expect(mentions(body, victim, true), "the body holds the other unit's data").toEqual([]);
          }
          expect(after, "a refused upload changed nothing").toEqual(before);
        });
      }
    });
  }

  it("GET /api/calendar/[sectionId] opens with its own section's token only", async () => {
    const own = await callRoute(
      "GET /api/calendar/[sectionId]",
      { url: `/api/calendar/${city.sectionId}?token=${calendarToken(city.sectionId)}`, params: { sectionId: city.sectionId } },
      null,
    );
    expect(own.status).toBe(200);
    const none = await callRoute(
      "GET /api/calendar/[sectionId]",
      { url: `/api/calendar/${city.sectionId}`, params: { sectionId: city.sectionId } },
      null,
    );
    expect(none.status).toBe(403);
  });
});

describe("cross-unit scope: route handlers that take no id", () => {
  for (const [key, call] of Object.entries(NO_ID_ROUTES)) {
    if (typeof call === "string") continue; // not callable here; the reason is in the table
    for (const caller of COUNTY_CALLERS) {
      it(`${key} as ${caller} names nothing of ${CITY} or ${TAOJIANG}`, async () => {
        const res = await callRoute(key, call, users.get(caller)!.id);
        const body = await res.text();
        // 权限分离: the system administrator does not export the audit log at all
        const refused = key === "GET /api/audit/export" && users.get(caller)!.role === "ADMIN";
        expect(res.status, body.slice(0, 200)).toBe(refused ? 403 : 200);
        expect([...mentions(body, city, true), ...mentions(body, sibling, true)], "another unit's plan data in the body").toEqual([]);
      });
    }
  }
});
