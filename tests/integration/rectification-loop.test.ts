// #13 整改: a notice is answered by the owning section with what it did and evidence, then signed off (销号) or
// sent back by the 考核组. Before, a section could not answer at all (only the assessors could close a notice)
// and a notice appeared on the target page only inside the audit trail.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { findSectionDispatch } from "../../lib/server/reviews/dispatch";
import { issueRectification } from "../../lib/server/reviews/issue-rectification";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { daysFromToday, gql, userNamed, versionOf } from "./harness";
import { callRoute, pdfForm } from "./route-harness";

process.env.EVIDENCE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "ptt-rect-"));
afterAll(() => fs.rmSync(process.env.EVIDENCE_DIR!, { recursive: true, force: true }));

const CENTRES = "二.(一).3.(3)"; // 组建市级工程技术研究中心4家, 计划科
const FIELDS = `id status state late answer answeredBy { username } returnReason evidence { kind title url } closingNote version`;
const ISSUE = `mutation ($i: IssueRectificationInput!) { issueRectification(input: $i) { id state deadline } }`;
const ANSWER = `mutation ($i: AnswerRectificationInput!) { answerRectification(input: $i) { ${FIELDS} } }`;
const RETURN = `mutation ($r: ID!, $reason: String!, $v: Int!) { returnRectification(rectificationId: $r, reason: $reason, expectedVersion: $v) { ${FIELDS} } }`;
const CLOSE = `mutation ($r: ID!, $note: String!, $v: Int!) { closeRectification(rectificationId: $r, closingNote: $note, expectedVersion: $v) { ${FIELDS} } }`;
const TARGET = `query ($t: ID!) { targetDetail(targetId: $t) { viewerCanSignOffRectifications rectifications { id state answer } } }`;

type Notice = {
  id: string;
  status: string;
  state: string;
  late: boolean;
  answer: string | null;
  answeredBy: { username: string } | null;
  returnReason: string | null;
  evidence: { kind: string; title: string; url: string | null }[];
  closingNote: string | null;
  version: number;
};

let ids: Map<string, string>;
let planId: string;
let reviewId: string;
let noticeId: string;
const v = () => versionOf("rectification", noticeId);

async function rows() {
  const [rectifications, audits, evidence] = await Promise.all([
    db.rectification.findMany({ orderBy: { id: "asc" } }),
    db.auditLog.count(),
    db.evidence.count(),
  ]);
  return { rectifications, audits, evidence };
}

beforeAll(async () => {
  const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  ids = seeded.loaded!.targetIds;
  planId = (await db.target.findUniqueOrThrow({ where: { id: ids.get(CENTRES) } })).planId;
  const opened = await gql<{ openReview: { id: string } }>(
    `mutation ($i: OpenReviewInput!) { openReview(input: $i) { id } }`,
    { i: { planId, kind: "QUARTER", year: 2013, periodIndex: 3 } },
    await userNamed("assessor"),
  );
  expect(opened.errors).toBeUndefined();
  reviewId = opened.data!.openReview.id;
});

describe("the loop", () => {
  it("the review proposes a deadline 15 days after today, and a notice issued with it is OPEN", async () => {
    const detail = await gql<{ review: { newRectificationDeadline: string } }>(
      `query ($id: ID!) { review(id: $id) { newRectificationDeadline } }`,
      { id: reviewId },
      await userNamed("assessor"),
    );
    expect(detail.data!.review.newRectificationDeadline).toBe(daysFromToday(15));
    const res = await gql<{ issueRectification: { id: string; state: string; deadline: string } }>(
      ISSUE,
      {
        i: { reviewId, targetId: ids.get(CENTRES), notice: "10月底前完成2家市级工程中心的组建并报送佐证材料", deadline: daysFromToday(15) },
      },
      await userNamed("assessor"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.issueRectification.state).toBe("OPEN");
    noticeId = res.data!.issueRectification.id;
  });

  it("another section, a county bureau and the leader cannot answer it; nothing changes", async () => {
    const before = await rows();
    for (const username of ["gaoxin", "heshan", "leader", "assessor"]) {
      const res = await gql(
        ANSWER,
        { i: { rectificationId: noticeId, answer: "越权答复", expectedVersion: await v() } },
        await userNamed(username),
      );
      expect(res.errors?.[0].extensions?.code, username).toBe("FORBIDDEN");
    }
    expect(await rows()).toEqual(before);
  });

  it("计划科 answers with what it did and a link: the notice waits for sign-off, audited old → new", async () => {
    const before = await rows();
    const res = await gql<{ answerRectification: Notice }>(
      ANSWER,
      {
        i: {
          rectificationId: noticeId,
          answer: "已组建益阳市新材料、电子信息2家工程中心，批复已印发",
          links: [{ url: "https://kjj.yiyang.gov.cn/zg/2013-10", title: "益科发〔2013〕41号" }],
          expectedVersion: await v(),
        },
      },
      await userNamed("jihua"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.answerRectification).toMatchObject({
      status: "ANSWERED",
      state: "ANSWERED",
      late: false,
      answer: "已组建益阳市新材料、电子信息2家工程中心，批复已印发",
      answeredBy: { username: "jihua" },
      evidence: [{ kind: "LINK", title: "益科发〔2013〕41号", url: "https://kjj.yiyang.gov.cn/zg/2013-10" }],
      version: 2,
    });
    const after = await rows();
    expect(after.audits).toBe(before.audits + 2);
    expect(after.evidence).toBe(before.evidence + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ANSWER_RECTIFICATION", entityId: noticeId } });
    expect(JSON.parse(audit.before!)).toEqual({ status: "OPEN", answer: null, version: 1 });
    expect(JSON.parse(audit.after!)).toMatchObject({
      status: "ANSWERED",
      answer: "已组建益阳市新材料、电子信息2家工程中心，批复已印发",
      version: 2,
    });
  });

  it("cannot be answered twice while waiting, nor sent back by the section", async () => {
    const before = await rows();
    const again = await gql(
      ANSWER,
      { i: { rectificationId: noticeId, answer: "再答一次", expectedVersion: await v() } },
      await userNamed("jihua"),
    );
    expect(again.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(again.errors?.[0].message).toBe("整改情况已提交，正在等待考核组审核");
    const back = await gql(RETURN, { r: noticeId, reason: "自己退回", v: await v() }, await userNamed("jihua"));
    expect(back.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await rows()).toEqual(before);
  });

  it("the 考核组 sends it back with what is missing: open again as 已退回, the answer kept", async () => {
    const empty = await gql(RETURN, { r: noticeId, reason: "  ", v: await v() }, await userNamed("assessor"));
    expect(empty.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(empty.errors?.[0].message).toBe("请填写退回原因");
    const res = await gql<{ returnRectification: Notice }>(
      RETURN,
      { r: noticeId, reason: "缺第2家工程中心的批复文件", v: await v() },
      await userNamed("assessor"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.returnRectification).toMatchObject({
      status: "OPEN",
      state: "RETURNED",
      returnReason: "缺第2家工程中心的批复文件",
      answer: "已组建益阳市新材料、电子信息2家工程中心，批复已印发",
      version: 3,
    });
    const twice = await gql(RETURN, { r: noticeId, reason: "再退", v: await v() }, await userNamed("assessor"));
    expect(twice.errors?.[0].message).toBe("科室尚未提交整改情况，不能退回");
  });

  it("the section adds the file and answers anew; two sign-offs from one page give one 销号 and one CONFLICT", async () => {
    const upload = await callRoute(
      "POST /api/rectifications/[rectificationId]/evidence",
      { url: `/api/rectifications/${noticeId}/evidence`, params: { rectificationId: noticeId }, form: pdfForm("第2家批复.pdf") },
      (await userNamed("jihua")).id,
    );
    expect(upload.status).toBe(200);
    const answered = await gql<{ answerRectification: Notice }>(
      ANSWER,
      { i: { rectificationId: noticeId, answer: "已补报第2家工程中心的批复文件", expectedVersion: await v() } },
      await userNamed("jihua"),
    );
    expect(answered.data!.answerRectification).toMatchObject({ state: "ANSWERED", answer: "已补报第2家工程中心的批复文件" });
    expect(answered.data!.answerRectification.evidence.map((e) => e.title)).toEqual(["益科发〔2013〕41号", "第2家批复.pdf"]);

    const loaded = await v();
    const [a, b] = await Promise.all(
      [await userNamed("assessor"), await userNamed("admin")].map((user) =>
        gql<{ closeRectification: Notice }>(CLOSE, { r: noticeId, note: "材料齐全，同意销号", v: loaded }, user),
      ),
    );
    const outcomes = [a, b].map((r) => r.errors?.[0].extensions?.code ?? "OK").sort();
    expect(outcomes).toEqual(["CONFLICT", "OK"]);
    const closed = await db.rectification.findUniqueOrThrow({ where: { id: noticeId } });
    expect(closed).toMatchObject({ status: "CLOSED", closingNote: "材料齐全，同意销号", version: 5 });
  });

  it("once signed off, nothing more is answered or uploaded", async () => {
    const before = await rows();
    const res = await gql(
      ANSWER,
      { i: { rectificationId: noticeId, answer: "补充", expectedVersion: await v() } },
      await userNamed("jihua"),
    );
    expect(res.errors?.[0].message).toBe("该整改通知已经销号");
    const upload = await callRoute(
      "POST /api/rectifications/[rectificationId]/evidence",
      { url: `/api/rectifications/${noticeId}/evidence`, params: { rectificationId: noticeId }, form: pdfForm("迟到.pdf") },
      (await userNamed("jihua")).id,
    );
    expect(upload.status).toBe(409);
    expect(await rows()).toEqual(before);
  });
});

describe("where notices show", () => {
  it("on the target page, signed-off ones included, and the assessors may sign off there", async () => {
    const asHead = await gql<{
      targetDetail: { viewerCanSignOffRectifications: boolean; rectifications: { id: string; state: string }[] };
    }>(TARGET, { t: ids.get(CENTRES) }, await userNamed("jihua"));
    expect(asHead.data!.targetDetail.viewerCanSignOffRectifications).toBe(false);
    expect(asHead.data!.targetDetail.rectifications.find((r) => r.id === noticeId)?.state).toBe("CLOSED");
    const asAssessor = await gql<{ targetDetail: { viewerCanSignOffRectifications: boolean } }>(
      TARGET,
      { t: ids.get(CENTRES) },
      await userNamed("assessor"),
    );
    expect(asAssessor.data!.targetDetail.viewerCanSignOffRectifications).toBe(true);
  });

  it("a notice answered after its deadline is late; the section's dispatch lists what is not signed off", async () => {
    // issued by a review held in the plan year, due 2013-07-31, answered today
    const old = await issueRectification({
      user: await userNamed("assessor"),
      reviewId,
      targetId: ids.get(CENTRES)!,
      notice: "7月底前报送组建方案",
      deadline: "2013-07-31",
      today: "2013-07-05",
    });
    const res = await gql<{ answerRectification: Notice }>(
      ANSWER,
      { i: { rectificationId: old.id, answer: "方案已报送", expectedVersion: 1 } },
      await userNamed("jihua"),
    );
    expect(res.data!.answerRectification).toMatchObject({ state: "ANSWERED", late: true });
    const jihua = (await userNamed("jihua")).sectionId!;
    const dispatch = await findSectionDispatch({ planId, month: 10, sectionId: jihua });
    const listed = dispatch.sections[0].rectifications.map((r) => [r.id, r.state]);
    expect(listed).toContainEqual([old.id, "ANSWERED"]);
    expect(listed.map(([id]) => id)).not.toContain(noticeId);
  });
});
