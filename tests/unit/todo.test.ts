// 我的待办 (lib/domain/todo.ts): which rows each role gets, due days, overdue flags and the order — at the
// boundaries: the due day itself and the day after, a notice's deadline and the day after.
import { describe, expect, it } from "vitest";
import { disciplineCells, type DisciplineTarget } from "../../lib/domain/reporting-discipline";
import {
  buildTodo,
  compareTodoRows,
  EMPTY_TODO_FACTS,
  landsOnTodo,
  reportingPlans,
  todoKinds,
  todoMonth,
  todoMonths,
  type NoticeFact,
  type OwedFact,
  type ReportFact,
  type TodoFacts,
  type TodoRow,
} from "../../lib/domain/todo";

const PLAN_2013 = { year: 2013, reportDueDays: 5 };
const JIHUA = { id: "s-jihua", name: "计划科" };
const GAOXIN = { id: "s-gaoxin", name: "高新办" };

/** 市级工程技术研究中心 (6-12月), owned by 计划科, nothing reported in December */
const centres: DisciplineTarget = {
  id: "t-centres",
  kind: "COUNT",
  active: true,
  ownerCount: 1,
  ownerIds: [JIHUA.id],
  window: { year: 2013, startMonth: 6, endMonth: 12 },
  doneBy: Array<boolean>(13).fill(false),
  submissions: [],
};

/** This month's owed cells through the reporting-discipline rule itself, as the service builds them. */
function owedOn(today: string, targets: DisciplineTarget[] = [centres], sections = [JIHUA]): OwedFact[] {
  const months = todoMonths(PLAN_2013, today).map((m) => m.month);
  return disciplineCells(targets, { year: 2013, dueDays: 5, today })
    .filter((c) => months.includes(c.month))
    .map((c) => ({ ...c, planId: "p", code: "二.(一).3.(3)", title: "市级工程技术研究中心", sections }));
}

const facts = (f: Partial<TodoFacts>): TodoFacts => ({ ...EMPTY_TODO_FACTS, ...f });
const pick = (rows: TodoRow[], ...keys: (keyof TodoRow)[]) =>
  rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k]])) as Partial<TodoRow>);

describe("this month", () => {
  it("is December for a past plan, due on 5 January of the next year", () => {
    expect(todoMonth(PLAN_2013, "2026-12-03")).toEqual({ month: 12, dueDay: "2014-01-05" });
    expect(todoMonths(PLAN_2013, "2026-12-03")).toEqual([{ month: 12, dueDay: "2014-01-05" }]);
    // still December in January 2014, while December's update is being collected
    expect(todoMonths(PLAN_2013, "2014-01-05")).toEqual([{ month: 12, dueDay: "2014-01-05" }]);
  });
  it("is today's month while the plan year runs, with the month before (its update falls due this month)", () => {
    expect(todoMonths(PLAN_2013, "2013-06-03")).toEqual([
      { month: 5, dueDay: "2013-06-05" },
      { month: 6, dueDay: "2013-07-05" },
    ]);
    // February's due day: 28 February + 5
    expect(todoMonths(PLAN_2013, "2013-03-01")[0]).toEqual({ month: 2, dueDay: "2013-03-05" });
    // January has no month before it in the plan year
    expect(todoMonths(PLAN_2013, "2013-01-20")).toEqual([{ month: 1, dueDay: "2013-02-05" }]);
  });
  it("is January for a plan of a later year (nothing has begun: no updates owed)", () => {
    expect(todoMonths({ year: 2027, reportDueDays: 5 }, "2026-12-03")).toEqual([{ month: 1, dueDay: "2027-02-05" }]);
  });
  it("follows the plan's own reportDueDays", () => {
    expect(todoMonth({ year: 2013, reportDueDays: 10 }, "2026-01-01").dueDay).toBe("2014-01-10");
  });
});

describe("reportingPlans", () => {
  const p = (year: number) => ({ id: String(year), year, reportDueDays: 5 });
  it("is this year's plan, and last year's until its December update falls due", () => {
    expect(reportingPlans([p(2026), p(2025)], "2026-01-05").map((x) => x.id)).toEqual(["2026", "2025"]);
    expect(reportingPlans([p(2026), p(2025)], "2026-01-06").map((x) => x.id)).toEqual(["2026"]);
  });
  it("falls back to the newest plan that has begun (the 2013 demo viewed in 2026), never a later year's", () => {
    expect(reportingPlans([p(2013)], "2026-12-03").map((x) => x.id)).toEqual(["2013"]);
    expect(reportingPlans([p(2012), p(2027), p(2013)], "2026-12-03").map((x) => x.id)).toEqual(["2013"]);
    expect(reportingPlans([p(2027)], "2026-12-03")).toEqual([]);
  });
});

describe("owed updates (section heads) and late sections (assessors, leadership)", () => {
  it("on the due day itself: owed, due 2014-01-05, not overdue; no section is late yet", () => {
    const owed = owedOn("2014-01-05");
    expect(pick(buildTodo("SECTION_HEAD", facts({ owed }), "2014-01-05"), "kind", "targetId", "month", "dueDay", "overdue")).toEqual([
      { kind: "OWED_UPDATE", targetId: "t-centres", month: 12, dueDay: "2014-01-05", overdue: false },
    ]);
    expect(buildTodo("ASSESSOR", facts({ owed }), "2014-01-05")).toEqual([]);
    expect(buildTodo("LEADER", facts({ owed }), "2014-01-05")).toEqual([]);
  });

  it("the day after: overdue, and 计划科 is late with 1 target for assessors and leadership", () => {
    const owed = owedOn("2014-01-06");
    expect(pick(buildTodo("SECTION_HEAD", facts({ owed }), "2014-01-06"), "kind", "dueDay", "overdue")).toEqual([
      { kind: "OWED_UPDATE", dueDay: "2014-01-05", overdue: true },
    ]);
    for (const role of ["ASSESSOR", "LEADER"] as const) {
      expect(pick(buildTodo(role, facts({ owed }), "2014-01-06"), "kind", "sectionId", "title", "count", "month", "overdue")).toEqual([
        { kind: "SECTION_LATE", sectionId: JIHUA.id, title: "计划科", count: 1, month: 12, overdue: true },
      ]);
    }
  });

  it("is gone once the month's first update came, on time or late", () => {
    const onTime = { ...centres, submissions: [{ month: 12, enteredOn: "2014-01-05" }] };
    const late = { ...centres, submissions: [{ month: 12, enteredOn: "2014-01-06" }] };
    expect(buildTodo("SECTION_HEAD", facts({ owed: owedOn("2014-01-05", [onTime]) }), "2014-01-05")).toEqual([]);
    expect(buildTodo("SECTION_HEAD", facts({ owed: owedOn("2014-01-07", [late]) }), "2014-01-07")).toEqual([]);
    expect(buildTodo("ASSESSOR", facts({ owed: owedOn("2014-01-07", [late]) }), "2014-01-07")).toEqual([]);
  });

  it("mid-year: May's update on 5 June is owed (not overdue), on 6 June overdue; June's is owed, due 5 July", () => {
    const yearRound = [{ ...centres, window: { year: 2013, startMonth: 1, endMonth: 12 } }];
    const june5 = buildTodo("SECTION_HEAD", facts({ owed: owedOn("2013-06-05", yearRound) }), "2013-06-05");
    expect(pick(june5, "month", "dueDay", "overdue")).toEqual([
      { month: 5, dueDay: "2013-06-05", overdue: false },
      { month: 6, dueDay: "2013-07-05", overdue: false },
    ]);
    const june6 = buildTodo("SECTION_HEAD", facts({ owed: owedOn("2013-06-06", yearRound) }), "2013-06-06");
    expect(pick(june6, "month", "overdue")).toEqual([
      { month: 5, overdue: true },
      { month: 6, overdue: false },
    ]);
  });

  it("counts a jointly owned target for each of its sections, one row per section", () => {
    const joint = { ...centres, ownerIds: [JIHUA.id, GAOXIN.id], ownerCount: 2 };
    const other = { ...centres, id: "t-other" };
    const owed = [...owedOn("2014-01-06", [joint], [JIHUA, GAOXIN]), ...owedOn("2014-01-06", [other], [JIHUA])];
    expect(pick(buildTodo("ASSESSOR", facts({ owed }), "2014-01-06"), "title", "count")).toEqual([
      { title: "计划科", count: 2 },
      { title: "高新办", count: 1 },
    ]);
  });
});

describe("returned figures (section heads)", () => {
  const returned: ReportFact = {
    id: "e1",
    replacesId: null,
    planId: "p",
    targetId: "t1",
    code: "二.(一).1.(1)",
    title: "高企数量增长",
    reportedFor: "2013-12-31",
    createdAt: "2014-01-03T01:00:00.000Z",
    checkStatus: "RETURNED",
    checkNote: "佐证材料缺少认定文件",
  };
  const later = (o: Partial<ReportFact>): ReportFact => ({
    ...returned,
    id: "e2",
    createdAt: "2014-01-04T01:00:00.000Z",
    checkStatus: "PENDING",
    checkNote: null,
    ...o,
  });

  it("lists a returned report with the reason, until a later report for the same day or a correction of it", () => {
    const rows = buildTodo("SECTION_HEAD", facts({ reports: [returned] }), "2014-01-04");
    expect(pick(rows, "kind", "targetId", "detail", "date", "dueDay", "overdue")).toEqual([
      { kind: "RETURNED_FIGURE", targetId: "t1", detail: "佐证材料缺少认定文件", date: "2013-12-31", dueDay: null, overdue: false },
    ]);
    expect(buildTodo("SECTION_HEAD", facts({ reports: [returned, later({})] }), "2014-01-04")).toEqual([]);
    expect(
      buildTodo("SECTION_HEAD", facts({ reports: [returned, later({ reportedFor: "2013-12-30", replacesId: "e1" })] }), "2014-01-04"),
    ).toEqual([]);
  });
  it("keeps it while the only other report is for another day or older", () => {
    const other = later({ reportedFor: "2013-12-30" });
    const older = later({ createdAt: "2014-01-02T01:00:00.000Z" });
    expect(buildTodo("SECTION_HEAD", facts({ reports: [returned, other, older] }), "2014-01-04")).toHaveLength(1);
  });
  it("lists a returned named item with its name and reason", () => {
    const item = {
      id: "i1",
      planId: "p",
      targetId: "t3",
      code: "二.(一).3.(3)",
      title: "市级工程技术研究中心",
      name: "演示中心",
      date: "2013-12-20",
    };
    const rows = buildTodo("SECTION_HEAD", facts({ returnedItems: [{ ...item, checkNote: "批复文号有误" }] }), "2014-01-04");
    expect(pick(rows, "kind", "itemName", "detail", "date")).toEqual([
      { kind: "RETURNED_FIGURE", itemName: "演示中心", detail: "批复文号有误", date: "2013-12-20" },
    ]);
  });
  it("is not an assessor's or a leader's row", () => {
    expect(buildTodo("ASSESSOR", facts({ reports: [returned] }), "2014-01-04")).toEqual([]);
    expect(buildTodo("LEADER", facts({ reports: [returned] }), "2014-01-04")).toEqual([]);
  });
});

describe("rectification notices", () => {
  const notice = (o: Partial<NoticeFact>): NoticeFact => ({
    id: "n1",
    planId: "p",
    targetId: "t1",
    code: "二.(一).3.(3)",
    title: "市级工程技术研究中心",
    notice: "补报第三家中心的批复",
    status: "OPEN",
    deadline: "2026-12-18",
    answeredOn: null,
    returned: false,
    ...o,
  });

  it("section heads: an open notice due on its deadline; overdue from the day after", () => {
    const open = notice({});
    expect(
      pick(buildTodo("SECTION_HEAD", facts({ notices: [open] }), "2026-12-18"), "kind", "dueDay", "overdue", "rectificationState"),
    ).toEqual([{ kind: "RECTIFICATION_TO_ANSWER", dueDay: "2026-12-18", overdue: false, rectificationState: "OPEN" }]);
    expect(pick(buildTodo("SECTION_HEAD", facts({ notices: [open] }), "2026-12-19"), "overdue", "rectificationState")).toEqual([
      { overdue: true, rectificationState: "OVERDUE" },
    ]);
  });
  it("section heads: a sent-back notice is theirs again; an answered or closed one is not", () => {
    const rows = buildTodo(
      "SECTION_HEAD",
      facts({
        notices: [notice({ id: "back", returned: true }), notice({ id: "a", status: "ANSWERED" }), notice({ id: "c", status: "CLOSED" })],
      }),
      "2026-12-03",
    );
    expect(pick(rows, "key", "rectificationState")).toEqual([{ key: "RECTIFICATION_TO_ANSWER:back", rectificationState: "RETURNED" }]);
  });
  it("assessors: answers waiting for sign-off (dated by the answer) and notices past their deadline", () => {
    const notices = [
      notice({ id: "answered", status: "ANSWERED", answeredOn: "2026-12-01" }),
      notice({ id: "overdue", deadline: "2026-12-02" }),
      notice({ id: "open" }),
      notice({ id: "closed", status: "CLOSED" }),
    ];
    expect(pick(buildTodo("ASSESSOR", facts({ notices }), "2026-12-03"), "key", "dueDay", "date", "overdue")).toEqual([
      { key: "OVERDUE_RECTIFICATION:overdue", dueDay: "2026-12-02", date: null, overdue: true },
      { key: "ANSWER_TO_SIGN_OFF:answered", dueDay: null, date: "2026-12-01", overdue: false },
    ]);
  });
  it("leadership: every notice not yet signed off, answered ones included", () => {
    const notices = [notice({ id: "answered", status: "ANSWERED" }), notice({ id: "open" }), notice({ id: "closed", status: "CLOSED" })];
    expect(pick(buildTodo("LEADER", facts({ notices }), "2026-12-03"), "key", "rectificationState")).toEqual([
      { key: "OPEN_RECTIFICATION:answered", rectificationState: "ANSWERED" },
      { key: "OPEN_RECTIFICATION:open", rectificationState: "OPEN" },
    ]);
  });
});

describe("figures to check, comments, targets that turned", () => {
  it("assessors: one row per plan with reports waiting, none for a plan with none", () => {
    const checks = [
      { planId: "p1", planTitle: "2013年绩效计划书", pending: 3 },
      { planId: "p2", planTitle: "2014年绩效计划书", pending: 0 },
    ];
    expect(pick(buildTodo("ASSESSOR", facts({ checks }), "2026-12-03"), "kind", "planId", "count")).toEqual([
      { kind: "FIGURES_TO_CHECK", planId: "p1", count: 3 },
    ]);
    expect(buildTodo("SECTION_HEAD", facts({ checks }), "2026-12-03")).toEqual([]);
  });
  it("section heads: the latest open review's comments on their section and targets", () => {
    const comments = [
      {
        id: "c1",
        planId: "p",
        reviewId: "r",
        targetId: null,
        code: null,
        title: "计划科",
        sectionId: JIHUA.id,
        body: "加快进度",
        writtenOn: "2026-12-01",
      },
    ];
    expect(pick(buildTodo("SECTION_HEAD", facts({ comments }), "2026-12-03"), "kind", "reviewId", "detail", "date")).toEqual([
      { kind: "REVIEW_COMMENT", reviewId: "r", detail: "加快进度", date: "2026-12-01" },
    ]);
    expect(buildTodo("LEADER", facts({ comments }), "2026-12-03")).toEqual([]);
  });
  it("leadership: a target 滞后/逾期 now that the last review saw otherwise (or did not see at all)", () => {
    const t = (targetId: string, status: TodoRow["status"], reviewed: TodoRow["status"]) => ({
      planId: "p",
      targetId,
      code: targetId,
      title: targetId,
      status: status!,
      reviewed,
    });
    const targets = [
      t("a", "BEHIND", "ON_TRACK"), // turned 滞后
      t("b", "OVERDUE", "BEHIND"), // 滞后 → 逾期 is a turn too
      t("c", "BEHIND", "BEHIND"), // already 滞后 at the review
      t("d", "OVERDUE", null), // no review had it
      t("e", "ON_TRACK", "BEHIND"), // recovered
      t("f", "DONE", null),
    ];
    expect(pick(buildTodo("LEADER", facts({ targets }), "2026-12-03"), "targetId", "status", "previousStatus")).toEqual([
      { targetId: "a", status: "BEHIND", previousStatus: "ON_TRACK" },
      { targetId: "b", status: "OVERDUE", previousStatus: "BEHIND" },
      { targetId: "d", status: "OVERDUE", previousStatus: null },
    ]);
  });
});

describe("order and roles", () => {
  const row = (key: string, overdue: boolean, dueDay: string | null, kind: TodoRow["kind"] = "OWED_UPDATE"): TodoRow => ({
    ...buildTodo("SECTION_HEAD", facts({ owed: owedOn("2014-01-05") }), "2014-01-05")[0],
    key,
    overdue,
    dueDay,
    kind,
    code: null,
  });
  it("puts overdue rows first, then the nearest due day, rows without a due day last", () => {
    const rows = [
      row("none", false, null),
      row("later", false, "2014-02-01"),
      row("overdue-late", true, "2014-01-10"),
      row("soon", false, "2014-01-06"),
      row("overdue-early", true, "2013-12-20"),
    ];
    expect(rows.sort(compareTodoRows).map((r) => r.key)).toEqual(["overdue-early", "overdue-late", "soon", "later", "none"]);
  });
  it("gives administrators no rows, and sends only section heads and assessors to the to-do after sign-in", () => {
    expect(todoKinds("ADMIN")).toEqual([]);
    expect(todoKinds("AUDIT_ADMIN")).toEqual([]);
    expect(buildTodo("ADMIN", facts({ owed: owedOn("2014-01-06") }), "2014-01-06")).toEqual([]);
    expect(["SECTION_HEAD", "ASSESSOR", "LEADER", "ADMIN", "AUDIT_ADMIN"].filter((r) => landsOnTodo(r as never))).toEqual([
      "SECTION_HEAD",
      "ASSESSOR",
    ]);
  });
});
