// 操作日志 in words (#14 item 9): one entry of every action, shaped as its service writes it (before/after as in
// lib/server/**: writeAudit, ids already resolved as lib/server/audit/audit-references.ts resolves them), read as
// the page and the CSV read it. No line may keep a code (HALF_YEAR, ACTIVE, FILE), a field's key (periodIndex,
// reviewId, body) or an id, in Chinese or in English; a few lines are checked word for word.
import { describe, expect, it } from "vitest";
import { auditChanges } from "../../lib/domain/audit-diff";
import {
  auditAbout,
  auditAboutText,
  auditActionLabel,
  auditLines,
  auditLineText,
  type AuditChangeText,
  type AuditEntryText,
  type AuditRefText,
} from "../../lib/i18n/audit";
import { messages, type Locale } from "../../lib/i18n/messages";

const ID = "cmx589nafq0001a2b3c4d5e6f";
const ref = (kind: string, over: Partial<AuditRefText> = {}): AuditRefText => ({ kind, id: `${ID}${kind.length}`, ...over });
const REFS: Record<string, AuditRefText> = {
  reviewId: ref("REVIEW", { type: "HALF_YEAR", year: 2013, index: 1 }),
  targetId: ref("TARGET", { id: "t1", name: "二.(一).1.(1) 高企数量增长" }),
  sectionId: ref("SECTION", { name: "高新办" }),
  closedById: ref("USER", { name: "演示考核组" }),
  reopenedById: ref("USER", { name: "演示考核组" }),
  issuedById: ref("USER", { name: "演示考核组" }),
  entryId: ref("REPORT", { type: "RECORD", date: "2013-11-30", value: 132, unit: "家" }),
  itemId: ref("ITEM", { name: "益阳市电子信息工程技术研究中心（演示）" }),
  rectificationId: ref("RECTIFICATION", { name: "补报工程中心组建材料" }),
};

/** The entry as the API returns it: changes read from the stored snapshots, ids with what they name. */
function entry(action: string, entityType: string, before: unknown, after: unknown, about: AuditRefText | null = null): AuditEntryText {
  const changes: AuditChangeText[] = auditChanges(
    before == null ? null : JSON.stringify(before),
    after == null ? null : JSON.stringify(after),
  ).map((c) => ({
    ...c,
    beforeRef: c.before && REFS[c.field] ? { ...REFS[c.field], id: c.before } : null,
    afterRef: c.after && REFS[c.field] ? { ...REFS[c.field], id: c.after } : null,
  }));
  return { action, entityType, target: { id: "t1" }, about, changes };
}

const at = "2013-12-05T06:03:22.000Z";
const later = "2013-12-06T06:03:22.000Z";
const targetView = {
  area: "科技创新",
  code: "二.(一).1.(9)",
  title: "新指标",
  wording: "原文",
  kind: "数量",
  measureUnit: "家",
  targetValue: 4,
  baselineValue: null,
  window: "3–10月",
  windowText: "11月前完成",
  owners: "高新办",
  pointsOverride: 5,
  remarks: "备注",
};

// Every action with an entry shaped as its service writes it.
const ENTRIES: Record<string, AuditEntryText> = {
  RECORD_PROGRESS: entry(
    "RECORD_PROGRESS",
    "ProgressEntry",
    { value: 133, reportedFor: "2013-12-31", version: 4 },
    { value: 132, reportedFor: "2013-11-30", note: "补报", checkStatus: "PENDING", version: 5 },
  ),
  CORRECT_PROGRESS: entry(
    "CORRECT_PROGRESS",
    "ProgressEntry",
    { entryId: ID, value: 132, reportedFor: "2013-11-30", version: 5 },
    { value: 131, reportedFor: "2013-11-30", version: 6 },
  ),
  WITHDRAW_PROGRESS: entry(
    "WITHDRAW_PROGRESS",
    "ProgressEntry",
    { entryId: ID, value: 132, reportedFor: "2013-11-30", version: 5 },
    { value: null, withdrawn: true, version: 6 },
  ),
  ADD_EVIDENCE: entry("ADD_EVIDENCE", "Evidence", null, {
    entryId: ID,
    kind: "FILE",
    title: "认定名单.pdf",
    url: null,
    sizeBytes: 1234,
    sha256: "ab".repeat(32),
  }),
  CREATE_USER: entry("CREATE_USER", "User", null, {
    username: "gaoxin2",
    displayName: "高新办科员",
    role: "SECTION_HEAD",
    sectionId: ID,
    sectionName: "高新办",
    active: true,
    mustChangePassword: true,
  }),
  UPDATE_USER: entry(
    "UPDATE_USER",
    "User",
    { role: "SECTION_HEAD", sectionId: ID, sectionName: "高新办", version: 1 },
    { role: "LEADER", sectionId: null, sectionName: null, version: 2 },
  ),
  RESET_PASSWORD: entry(
    "RESET_PASSWORD",
    "User",
    { mustChangePassword: false, version: 1 },
    { passwordReset: true, mustChangePassword: true, version: 2 },
  ),
  CHANGE_PASSWORD: entry("CHANGE_PASSWORD", "User", { mustChangePassword: true }, { passwordChanged: true, mustChangePassword: false }),
  UNLOCK_ACCOUNT: entry("UNLOCK_ACCOUNT", "User", { lockedMinutes: 12 }, { lockedMinutes: 0 }),
  SIGN_IN: entry("SIGN_IN", "SignIn", null, { address: "192.0.2.1" }),
  SIGN_OUT: entry("SIGN_OUT", "SignIn", null, null),
  SIGN_OUT_EVERYWHERE: entry("SIGN_OUT_EVERYWHERE", "SignIn", null, null),
  SIGN_IN_FAILED: entry("SIGN_IN_FAILED", "SignIn", null, { username: "gaoxin", address: "192.0.2.1" }),
  ACCOUNT_LOCKED: entry("ACCOUNT_LOCKED", "SignIn", null, { username: "gaoxin", address: "192.0.2.1", minutes: 15 }),
  PURGE_AUDIT_LOG: entry("PURGE_AUDIT_LOG", "AuditLog", null, {
    throughSeq: 120,
    throughHash: "ab".repeat(32),
    rows: 120,
    cutoff: "2026-01-01",
  }),
  SET_DECLARED_SCORE: entry("SET_DECLARED_SCORE", "TargetScore", { declaredScore: null, version: 0 }, { declaredScore: 20, version: 1 }),
  ADJUST_SCORE: entry(
    "ADJUST_SCORE",
    "TargetScore",
    { computedScore: 18, adjustedScore: null, finalScore: 18, reason: null, version: 1 },
    { computedScore: 18, adjustedScore: 20, finalScore: 20, reason: "材料补齐", version: 2 },
  ),
  CONFIGURE_SCORING: entry(
    "CONFIGURE_SCORING",
    "Plan",
    { scoreFloor: 0.6, targets: { "二.(一).1.(1)": { scoringRule: "PROPORTIONAL", scoreFloor: null, pointsOverride: null } } },
    { scoreFloor: 0.5, targets: { "二.(一).1.(1)": { scoringRule: "ALL_OR_NOTHING", scoreFloor: 0.8, pointsOverride: 12 } } },
    ref("PLAN", { name: "湖南省益阳市科技局2013年绩效计划书", year: 2013 }),
  ),
  OPEN_REVIEW: entry(
    "OPEN_REVIEW",
    "Review",
    null,
    { kind: "HALF_YEAR", year: 2013, periodIndex: 1, periodStart: "2013-01-01", periodEnd: "2013-06-30", targets: 20 },
    REFS.reviewId,
  ),
  REFRESH_REVIEW_SNAPSHOT: entry(
    "REFRESH_REVIEW_SNAPSHOT",
    "Review",
    { snapshotAt: at, version: 1 },
    { snapshotAt: later, targets: 20, changed: 2, version: 2 },
    REFS.reviewId,
  ),
  CLOSE_REVIEW: entry(
    "CLOSE_REVIEW",
    "Review",
    { status: "OPEN", closedAt: null, closedById: null, version: 2 },
    { status: "CLOSED", closedAt: at, closedById: ID, version: 3 },
    REFS.reviewId,
  ),
  REOPEN_REVIEW: entry(
    "REOPEN_REVIEW",
    "Review",
    { status: "CLOSED", closedAt: at, closedById: ID, version: 3 },
    { status: "OPEN", reopenedAt: later, reopenedById: ID, version: 4 },
    REFS.reviewId,
  ),
  ADD_REVIEW_COMMENT: entry(
    "ADD_REVIEW_COMMENT",
    "ReviewComment",
    null,
    { reviewId: ID, targetId: "t1", sectionId: null, body: "请加快" },
    { ...REFS.reviewId, id: ID },
  ),
  ISSUE_RECTIFICATION: entry(
    "ISSUE_RECTIFICATION",
    "Rectification",
    null,
    { reviewId: ID, notice: "补报材料", deadline: "2014-01-15", status: "OPEN" },
    { ...REFS.reviewId, id: ID },
  ),
  ANSWER_RECTIFICATION: entry(
    "ANSWER_RECTIFICATION",
    "Rectification",
    { status: "OPEN", answer: null, version: 1 },
    { status: "ANSWERED", answer: "已补报", answeredAt: at, links: ["https://example.org/a"], version: 2 },
  ),
  RETURN_RECTIFICATION: entry(
    "RETURN_RECTIFICATION",
    "Rectification",
    { status: "ANSWERED", returnReason: null, version: 2 },
    { status: "RETURNED", returnReason: "缺佐证", returnedAt: at, version: 3 },
  ),
  CLOSE_RECTIFICATION: entry(
    "CLOSE_RECTIFICATION",
    "Rectification",
    { status: "ANSWERED", version: 3 },
    { status: "CLOSED", closedAt: at, closingNote: "同意销号", version: 4 },
  ),
  UPDATE_BULLETIN: entry(
    "UPDATE_BULLETIN",
    "Review",
    { addressee: null, remarks: null, version: 1 },
    { addressee: "局机关各科室", remarks: "总体良好", version: 2 },
    REFS.reviewId,
  ),
  ISSUE_BULLETIN: entry(
    "ISSUE_BULLETIN",
    "Review",
    { issuedAt: null, version: 2 },
    { issuedAt: at, issuedById: ID, addressee: "局机关各科室", remarks: "总体良好", version: 3 },
    REFS.reviewId,
  ),
  WITHDRAW_BULLETIN: entry(
    "WITHDRAW_BULLETIN",
    "Review",
    { issuedAt: at, issuedById: ID, version: 3 },
    { issuedAt: null, version: 4 },
    REFS.reviewId,
  ),
  LINK_TARGET_DUTY: entry("LINK_TARGET_DUTY", "TargetDutyLink", null, { duty: "1. 贯彻执行科技法规", workItem: null }),
  UNLINK_TARGET_DUTY: entry("UNLINK_TARGET_DUTY", "TargetDutyLink", { duty: "1. 贯彻执行科技法规", workItem: "（1）科技计划" }, null),
  COPY_PLAN: entry(
    "COPY_PLAN",
    "Plan",
    { plan: "2013年绩效计划书", year: 2013 },
    { plan: "2014年绩效计划书", year: 2014, areas: 6, targets: 20 },
    ref("PLAN", { name: "2014年绩效计划书", year: 2014 }),
  ),
  IMPORT_PLAN: entry(
    "IMPORT_PLAN",
    "Plan",
    null,
    { plan: "2015年绩效计划书", year: 2015, file: "计划.xlsx", areas: 6, targets: 20, totalPoints: 680 },
    ref("PLAN", { name: "2015年绩效计划书", year: 2015 }),
  ),
  ADD_TARGET: entry("ADD_TARGET", "Target", null, { ...targetView, version: 1 }),
  UPDATE_TARGET: entry(
    "UPDATE_TARGET",
    "Target",
    { targetValue: 4, window: "3–10月", version: 3 },
    { targetValue: 5, window: "1–12月", version: 4 },
  ),
  ASSIGN_TARGET_OWNERS: entry("ASSIGN_TARGET_OWNERS", "Target", { owners: null, version: 1 }, { owners: "计划科、高新办", version: 2 }),
  REMOVE_TARGET: entry("REMOVE_TARGET", "Target", { ...targetView, version: 1 }, null),
  MOVE_TARGET: entry(
    "MOVE_TARGET",
    "Target",
    { position: 3, follows: "二.(一).1.(2)", version: 1 },
    { position: 1, follows: null, version: 2 },
  ),
  UPDATE_AREA: entry(
    "UPDATE_AREA",
    "Area",
    { name: "科技创新", points: 100, category: "WORK", "二.(一).1.(1) 分值": 10 },
    { name: "科技创新与转化", points: 110, category: "FUNDING", "二.(一).1.(1) 分值": 20 },
    ref("AREA", { name: "二.(一) 科技创新" }),
  ),
  ADD_COUNT_ITEM: entry(
    "ADD_COUNT_ITEM",
    "CountItem",
    { count: 1, version: 1 },
    {
      name: "某中心",
      date: "2013-12-05",
      sectionName: "计划科",
      description: null,
      docNumber: "益科发〔2013〕80号",
      link: null,
      count: 2,
      checkStatus: "PENDING",
      version: 2,
    },
    REFS.itemId,
  ),
  UPDATE_COUNT_ITEM: entry(
    "UPDATE_COUNT_ITEM",
    "CountItem",
    { date: "2013-02-01", checkStatus: "RETURNED", version: 2 },
    { date: "2013-04-01", checkStatus: "PENDING", version: 3 },
    REFS.itemId,
  ),
  WITHDRAW_COUNT_ITEM: entry(
    "WITHDRAW_COUNT_ITEM",
    "CountItem",
    { name: REFS.itemId.name, status: "ACTIVE", count: 2, version: 3 },
    { status: "WITHDRAWN", count: 1, version: 4 },
    REFS.itemId,
  ),
  CONFIRM_NO_CHANGE: entry(
    "CONFIRM_NO_CHANGE",
    "ProgressEntry",
    { version: 4 },
    { value: 133, reportedFor: "2013-11-30", note: "本月无新进展", version: 5 },
    ref("REPORT", { type: "NO_CHANGE", date: "2013-11-30", value: 133, unit: "家" }),
  ),
  LOCK_MONTH: entry(
    "LOCK_MONTH",
    "MonthLock",
    { month: "2013-03", locked: false, lockReason: "OPEN" },
    { month: "2013-03", locked: true },
    ref("PLAN", { name: "湖南省益阳市科技局2013年绩效计划书", year: 2013 }),
  ),
  REOPEN_MONTH: entry(
    "REOPEN_MONTH",
    "MonthLock",
    { month: "2013-03", locked: true, lockReason: "SNAPSHOT" },
    { month: "2013-03", locked: false, until: "2014-01-10" },
    ref("PLAN", { name: "湖南省益阳市科技局2013年绩效计划书", year: 2013 }),
  ),
  CONFIGURE_REPORTING: entry(
    "CONFIGURE_REPORTING",
    "Plan",
    { reportDueDays: 5, lockAfterDays: 10 },
    { reportDueDays: 3, lockAfterDays: 8 },
  ),
  SET_APPLICABILITY: entry(
    "SET_APPLICABILITY",
    "Target",
    { applicability: "ACTIVE", applicabilityReason: null, inactivePointsRule: "REDISTRIBUTE", version: 1 },
    { applicability: "SUSPENDED", applicabilityReason: "政策调整", inactivePointsRule: "REMOVE", version: 2 },
  ),
  SET_THRESHOLDS: entry(
    "SET_THRESHOLDS",
    "Target",
    { greenAt: null, amberAt: null, direction: "HIGHER_IS_BETTER", version: 1 },
    { greenAt: 0.9, amberAt: 0.7, direction: "LOWER_IS_BETTER", version: 2 },
  ),
  SET_SELF_SCORE: entry(
    "SET_SELF_SCORE",
    "TargetScore",
    { selfScore: null, selfJustification: null, awardedScore: 18, version: 0 },
    { selfScore: 20, selfJustification: "全部完成", awardedScore: 18, version: 1 },
  ),
  SET_PROVINCE_SCORE: entry(
    "SET_PROVINCE_SCORE",
    "TargetScore",
    { provinceScore: null, provinceReason: null, cityScore: 0, version: 0 },
    { provinceScore: 40, provinceReason: "申报材料齐全", cityScore: 0, version: 1 },
  ),
  SET_EXTERNAL_ASSESSMENT: entry(
    "SET_EXTERNAL_ASSESSMENT",
    "ExternalAssessment",
    { year: 2013, result: "PASS", documentRef: "益政发〔2014〕2号", version: 1 },
    { year: 2013, result: "FAIL", documentRef: "益政发〔2014〕1号", version: 2 },
  ),
  SET_GRADE_BANDS: entry(
    "SET_GRADE_BANDS",
    "Plan",
    { excellentAt: 0.9, goodAt: 0.8, passAt: 0.6 },
    { excellentAt: 0.85, goodAt: 0.8, passAt: 0.6 },
  ),
  CONVERT_TYPED_COUNT: entry("CONVERT_TYPED_COUNT", "Target", { count: 2, items: 0 }, { count: 2, items: 2 }),
  ACCEPT_FIGURE: entry("ACCEPT_FIGURE", "ProgressEntry", { checkStatus: "PENDING" }, { checkStatus: "ACCEPTED" }, REFS.entryId),
  RETURN_FIGURE: entry(
    "RETURN_FIGURE",
    "CountItem",
    { checkStatus: "PENDING" },
    { checkStatus: "RETURNED", checkNote: "日期有误" },
    REFS.itemId,
  ),
  CONFIGURE_FIGURE_CHECKS: entry("CONFIGURE_FIGURE_CHECKS", "Plan", { checkFigures: false }, { checkFigures: true }),
};

const RAW = [/\b[A-Z][A-Z_]{2,}\b/, /\b[a-z]+[A-Z][A-Za-z]*\b/, /\bc[a-z0-9]{20,}\b/];
/** a label left as its key ("body：", "notice："), in Chinese */
const KEY_LABEL = /^[A-Za-z]+：/;

const read = (e: AuditEntryText, locale: Locale = "zh") =>
  auditLines(e, messages[locale], locale).map((l) => auditLineText(l, messages[locale]));
const about = (e: AuditEntryText, locale: Locale = "zh") => {
  const a = auditAbout(e);
  return a ? auditAboutText(a, messages[locale], locale) : null;
};

describe("every action of the audit log in words", () => {
  it("has a sample here for every action the log has a label for", () => {
    expect(Object.keys(ENTRIES).sort()).toEqual(Object.keys(messages.zh.audit.actions).sort());
  });

  for (const locale of ["zh", "en"] as const) {
    it(`leaves no code, key or id in any line (${locale})`, () => {
      for (const [action, e] of Object.entries(ENTRIES)) {
        expect(auditActionLabel(action, messages[locale])).not.toBe(action);
        const lines = auditLines(e, messages[locale], locale).filter((l) => l.field !== "sha256" && l.field !== "throughHash");
        for (const line of [...lines.map((l) => auditLineText(l, messages[locale])), about(e, locale) ?? ""]) {
          for (const raw of locale === "zh" ? [...RAW, KEY_LABEL] : RAW) expect(line, `${action}: ${line}`).not.toMatch(raw);
        }
      }
    });
  }

  it("words the issue's examples", () => {
    expect(read(ENTRIES.OPEN_REVIEW)).toContain("考核类型：— → 半年点评");
    expect(read(ENTRIES.OPEN_REVIEW)).toContain("考核期间：— → 2013年上半年");
    expect(about(ENTRIES.ADD_REVIEW_COMMENT)).toBe("考核：2013年上半年 · 半年点评");
    expect(read(ENTRIES.ADD_REVIEW_COMMENT)).toEqual(["点评内容：— → 请加快"]);
    expect(read(ENTRIES.ISSUE_RECTIFICATION)).toEqual(["整改要求：— → 补报材料", "整改期限：— → 2014-01-15", "状态：— → 整改中"]);
    expect(read(ENTRIES.WITHDRAW_COUNT_ITEM)[0]).toBe("事项状态：有效 → 已撤回");
    expect(read(ENTRIES.ADD_EVIDENCE)).toContain("佐证类型：— → 文件");
    expect(read(ENTRIES.CORRECT_PROGRESS)).toContain("原记录：2013年11月30日 填报 132家");
    expect(read(ENTRIES.RECORD_PROGRESS)[0]).toBe("新增 2013年11月30日 填报 132（补报较早日期；最新值仍为 2013年12月31日 的 133）");
    expect(read(ENTRIES.RECORD_PROGRESS)).toContain("审核状态：— → 待审核");
  });

  it("words nested settings, shares, instants, months and lists", () => {
    expect(read(ENTRIES.CONFIGURE_SCORING)).toEqual([
      "计分下限：60% → 50%",
      "二.(一).1.(1) 计分规则：按完成比例 → 完成得满分",
      "二.(一).1.(1) 计分下限：— → 80%",
      "二.(一).1.(1) 分值：— → 12",
    ]);
    expect(read(ENTRIES.SET_THRESHOLDS)).toContain("绿色阈值：— → 90%");
    expect(read(ENTRIES.CLOSE_REVIEW)).toContain("关闭时间：— → 2013/12/05 14:03:22");
    expect(read(ENTRIES.CLOSE_REVIEW)).toContain("关闭人：— → 演示考核组");
    expect(read(ENTRIES.REOPEN_MONTH)).toEqual([
      "月份：2013年3月",
      "已锁定：是 → 否",
      "开放至：— → 2014-01-10",
      "锁定原因：考核快照已锁定 → —",
    ]);
    expect(about(ENTRIES.REOPEN_MONTH)).toBe("计划：湖南省益阳市科技局2013年绩效计划书");
    // a withdrawal names the report it takes back, once
    expect(read(ENTRIES.WITHDRAW_PROGRESS)).toEqual(["已撤回：— → 是", "版本：5 → 6", "原记录：2013年11月30日 填报 132家"]);
    expect(read(ENTRIES.ANSWER_RECTIFICATION)).toContain("链接：— → https://example.org/a");
    // an answer without links: no "链接：— → —"
    const noLinks = entry("ANSWER_RECTIFICATION", "Rectification", { answer: null }, { answer: "已补报", links: [] });
    expect(read(noLinks)).toEqual(["整改情况：— → 已补报"]);
    expect(read(ENTRIES.UPDATE_BULLETIN)).toContain("考核组意见：— → 总体良好");
    expect(read(ENTRIES.ADD_TARGET)).toContain("备注：— → 备注");
    expect(read(ENTRIES.UPDATE_USER)).toEqual(["角色：科室负责人 → 领导", "科室：高新办 → —", "版本：1 → 2"]);
  });

  it("keeps a report that is not back-filled as old → new", () => {
    const later = entry(
      "RECORD_PROGRESS",
      "ProgressEntry",
      { value: 129, reportedFor: "2013-09-30", version: 3 },
      { value: 133, reportedFor: "2013-12-31", version: 4 },
    );
    expect(read(later)).toEqual(["完成值：129 → 133", "报送日期：2013-09-30 → 2013-12-31", "版本：3 → 4"]);
    const first = entry(
      "RECORD_PROGRESS",
      "ProgressEntry",
      { value: null, version: 1 },
      { value: 5, reportedFor: "2013-03-31", version: 2 },
    );
    expect(read(first)).toEqual(["完成值：— → 5", "报送日期：— → 2013-03-31", "版本：1 → 2"]);
  });
});
