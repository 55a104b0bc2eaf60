// 自评: before the year-end assessment a section head enters a self-assessed score for each target their
// section owns (with a justification); the score sheet shows it next to the awarded score with the gap, per
// target and per section. The self-assessment has its own version, so it never stales the assessors' form
// (nor theirs it); once the year-end review (年终考评) is closed it can no longer change.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { gql, userNamed, versionOf } from "./harness";

const CENTRES = "二.(一).3.(3)"; // 计划科, 100/3 points; 2 of 4 at year end: below the 60% floor → computed 0
const LEADERS = "二.(一).3.(2)"; // 计划科, 100/3 points; 5 of 5: full 33.33
const POINTS = 100 / 3;

const ROW = `selfScore selfJustification selfBy { username } selfVersion gap computedScore adjustedScore finalScore basis reason version viewerCanSelfAssess progress { target { code version } }`;
const SET_SELF = `mutation S($i: SetSelfScoreInput!) { setSelfScore(input: $i) { ${ROW} } }`;
const ADJUST = `mutation A($i: AdjustScoreInput!) { adjustScore(input: $i) { ${ROW} } }`;
const SHEET = `query Q($p: ID!) { scoreSheet(planId: $p) { selfAssessmentOpen sectionGaps { section { name } compared selfTotal awardedTotal gap } areas { rows { ${ROW} } } } }`;

interface Row {
  selfScore: number | null;
  selfJustification: string | null;
  selfBy: { username: string } | null;
  selfVersion: number;
  gap: number | null;
  computedScore: number;
  adjustedScore: number | null;
  finalScore: number;
  basis: string;
  reason: string | null;
  version: number;
  viewerCanSelfAssess: boolean;
  progress: { target: { code: string; version: number } };
}
interface Sheet {
  selfAssessmentOpen: boolean;
  sectionGaps: { section: { name: string } | null; compared: number; selfTotal: number; awardedTotal: number; gap: number }[];
  areas: { rows: Row[] }[];
}

let ids: Map<string, string>;
let planId: string;

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  planId = seeded.loaded!.planId;
});

async function sheet(username = "leader"): Promise<Sheet> {
  const res = await gql<{ scoreSheet: Sheet }>(SHEET, { p: planId }, await userNamed(username));
  expect(res.errors).toBeUndefined();
  return res.data!.scoreSheet;
}
const rowOf = (s: Sheet, code: string) => s.areas.flatMap((a) => a.rows).find((r) => r.progress.target.code === code)!;

/** Sends the self-assessment version given, or the current one (a form loaded just now). */
async function setSelf(username: string, code: string, selfScore: number | null, justification?: string | null, expectedVersion?: number) {
  const version = expectedVersion ?? (await versionOf("selfScore", ids.get(code)!));
  return gql<{ setSelfScore: Row }>(
    SET_SELF,
    { i: { targetId: ids.get(code), selfScore, justification, expectedVersion: version } },
    await userNamed(username),
  );
}

async function state() {
  const [scores, audits, targets] = await Promise.all([
    db.targetScore.findMany({ orderBy: { id: "asc" } }),
    db.auditLog.count(),
    db.target.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true } }),
  ]);
  return { scores, audits, targets };
}

describe("before any self-assessment", () => {
  it("shows no self score, version 0, no gap, and who may enter one", async () => {
    const asJihua = rowOf(await sheet("jihua"), CENTRES);
    expect(asJihua).toMatchObject({
      selfScore: null,
      selfVersion: 0,
      gap: null,
      computedScore: 0,
      basis: "BELOW_FLOOR",
      finalScore: 0,
      version: 0,
      viewerCanSelfAssess: true,
    });
    expect(rowOf(await sheet("gaoxin"), CENTRES).viewerCanSelfAssess).toBe(false);
    expect(rowOf(await sheet("assessor"), CENTRES).viewerCanSelfAssess).toBe(false);
    const s = await sheet();
    expect(s.selfAssessmentOpen).toBe(true);
    expect(s.sectionGaps).toEqual([]);
  });

  it("refuses a score without justification, above the points or negative, another section's head, an assessor and a leader — writing nothing", async () => {
    const before = await state();
    const noWhy = await setSelf("jihua", CENTRES, 20, "  ");
    expect(noWhy.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(noWhy.errors?.[0].message).toMatch(/请简要说明自评理由/);
    const over = await setSelf("jihua", CENTRES, 33.34, "超出分值");
    expect(over.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(over.errors?.[0].message).toMatch(/不能超过该指标的分值 33.33 分/);
    const negative = await setSelf("jihua", CENTRES, -1, "负数");
    expect(negative.errors?.[0].message).toMatch(/不能为负数/);
    const nothingToWithdraw = await setSelf("jihua", CENTRES, null);
    expect(nothingToWithdraw.errors?.[0].message).toMatch(/尚未自评/);
    const other = await setSelf("gaoxin", CENTRES, 20, "越权自评");
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    for (const u of ["assessor", "leader"]) expect((await setSelf(u, CENTRES, 20, "无权")).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await state()).toEqual(before);
  });
});

describe("self-assessment and the awarded score", () => {
  it("takes 计划科's self score with its justification, audited, without touching the target's report version", async () => {
    const before = await state();
    const jihua = await userNamed("jihua");
    const res = await setSelf("jihua", CENTRES, 20, "第3家工程中心已于12月获批，年底前挂牌", 0);
    expect(res.errors).toBeUndefined();
    expect(res.data!.setSelfScore).toMatchObject({
      selfScore: 20,
      selfJustification: "第3家工程中心已于12月获批，年底前挂牌",
      selfBy: { username: "jihua" },
      selfVersion: 1,
      computedScore: 0,
      finalScore: 0,
      gap: 20,
      // the assessors have entered nothing yet
      version: 0,
      adjustedScore: null,
    });
    const after = await state();
    expect(after.audits).toBe(before.audits + 1);
    expect(after.targets).toEqual(before.targets);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "SET_SELF_SCORE" } });
    expect(audit).toMatchObject({ userId: jihua.id, targetId: ids.get(CENTRES), reason: "第3家工程中心已于12月获批，年底前挂牌" });
    expect(JSON.parse(audit.before!)).toEqual({ selfScore: null, selfJustification: null, awardedScore: 0, version: 0 });
    expect(JSON.parse(audit.after!)).toEqual({
      selfScore: 20,
      selfJustification: "第3家工程中心已于12月获批，年底前挂牌",
      awardedScore: 0,
      version: 1,
    });
  });

  it("does not stale the assessor's open form: a self-score change in between, then the adjustment with the assessor's version succeeds", async () => {
    const loaded = rowOf(await sheet("assessor"), CENTRES);
    expect(loaded).toMatchObject({ version: 0, selfVersion: 1 });
    // the section revises its self score while the assessor's form is open
    const revised = await setSelf("jihua", CENTRES, 22, "第3家工程中心已获批并挂牌", loaded.selfVersion);
    expect(revised.errors).toBeUndefined();
    expect(revised.data!.setSelfScore.selfVersion).toBe(2);

    const res = await gql<{ adjustScore: Row }>(
      ADJUST,
      { i: { targetId: ids.get(CENTRES), adjustedScore: 12, reason: "第3家12月获批，按进度酌情给分", expectedVersion: loaded.version } },
      await userNamed("assessor"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.adjustScore).toMatchObject({
      selfScore: 22,
      selfVersion: 2,
      adjustedScore: 12,
      finalScore: 12,
      computedScore: 0,
      gap: 10,
      version: 1,
    });
  });

  it("nor does the assessor's adjustment stale the section's form; a stale self version is a CONFLICT writing nothing", async () => {
    const ok = await setSelf("jihua", CENTRES, 20, "第3家工程中心已获批并挂牌（更正）", 2);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.setSelfScore).toMatchObject({ selfScore: 20, selfVersion: 3, version: 1, finalScore: 12, gap: 8 });

    const before = await state();
    const stale = await setSelf("jihua", CENTRES, 25, "旧页面提交", 2);
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(await state()).toEqual(before);
    // and the assessor's own version 1 still stands after the self-score write
    const again = await gql<{ adjustScore: Row }>(
      ADJUST,
      { i: { targetId: ids.get(CENTRES), adjustedScore: 13, reason: "复核后调整", expectedVersion: 1 } },
      await userNamed("assessor"),
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.adjustScore).toMatchObject({ finalScore: 13, version: 2, selfVersion: 3, gap: 7 });
  });

  it("shows self score, final score and gap on the sheet, and sums 计划科's gap over its self-assessed targets", async () => {
    const second = await setSelf("jihua", LEADERS, 30, "5名带头人均已选树，个别材料待补", 0);
    expect(second.errors).toBeUndefined();
    expect(second.data!.setSelfScore.finalScore).toBeCloseTo(POINTS, 10);
    expect(second.data!.setSelfScore.gap).toBeCloseTo(30 - POINTS, 6);

    const s = await sheet();
    expect(rowOf(s, CENTRES)).toMatchObject({ selfScore: 20, finalScore: 13, adjustedScore: 13, gap: 7, reason: "复核后调整" });
    expect(rowOf(s, "二.(一).3.(1)")).toMatchObject({ selfScore: null, gap: null });
    expect(s.sectionGaps).toHaveLength(1);
    const jihua = s.sectionGaps[0];
    expect(jihua.section?.name).toBe("计划科");
    expect(jihua.compared).toBe(2);
    expect(jihua.selfTotal).toBe(50);
    expect(jihua.awardedTotal).toBeCloseTo(13 + POINTS, 6);
    expect(jihua.gap).toBeCloseTo(50 - 13 - POINTS, 6);
  });

  it("withdraws a self score with null: no gap, and the section sum drops it", async () => {
    const v = rowOf(await sheet(), LEADERS).selfVersion;
    const res = await setSelf("jihua", LEADERS, null, null, v);
    expect(res.errors).toBeUndefined();
    expect(res.data!.setSelfScore).toMatchObject({ selfScore: null, selfJustification: null, gap: null, selfVersion: v + 1 });
    const gaps = (await sheet()).sectionGaps;
    expect(gaps).toEqual([{ section: { name: "计划科" }, compared: 1, selfTotal: 20, awardedTotal: 13, gap: 7 }]);
  });
});

describe("after the year-end assessment is closed", () => {
  it("refuses any further self-assessment, writing nothing", async () => {
    const assessor = await userNamed("assessor");
    const opened = await gql<{ openReview: { id: string } }>(
      `mutation ($i: OpenReviewInput!) { openReview(input: $i) { id } }`,
      { i: { planId, kind: "YEAR", year: 2013, periodIndex: 1 } },
      assessor,
    );
    expect(opened.errors).toBeUndefined();
    // an open year-end review still takes self scores
    expect((await sheet()).selfAssessmentOpen).toBe(true);
    const review = opened.data!.openReview.id;
    const closed = await gql(
      `mutation ($r: ID!, $v: Int!) { closeReview(reviewId: $r, expectedVersion: $v) { status } }`,
      { r: review, v: await versionOf("review", review) },
      assessor,
    );
    expect(closed.errors).toBeUndefined();
    expect((await sheet()).selfAssessmentOpen).toBe(false);

    const before = await state();
    const v = rowOf(await sheet(), CENTRES).selfVersion;
    const res = await setSelf("jihua", CENTRES, 21, "补充说明", v);
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toMatch(/年终考评已结束/);
    expect((await setSelf("admin", LEADERS, 30, "管理员代填")).errors?.[0].message).toMatch(/年终考评已结束/);
    expect(await state()).toEqual(before);
  });
});
