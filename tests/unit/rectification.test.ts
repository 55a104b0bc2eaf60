// #13 整改: the loop's rules. Before, a notice's deadline defaulted to the reviewed period's end, so every notice
// issued after the period was 已逾期 at once, and a notice could only be closed by the assessors.
import { describe, expect, it } from "vitest";
import {
  defaultDeadline,
  deadlineProblem,
  latestDeadline,
  rectificationState,
  rectificationStepProblem,
  rectifiedLate,
} from "../../lib/domain/rectification";

describe("deadlines", () => {
  it("proposes 15 days after the issue day", () => {
    expect(defaultDeadline("2013-10-08", 2013)).toBe("2013-10-23");
    // across a month and a year end
    expect(defaultDeadline("2013-12-20", 2013)).toBe("2014-01-04");
  });

  it("allows the issue day itself up to the later of a year after it and the end of the year after the plan's", () => {
    expect(latestDeadline("2013-07-15", 2013)).toBe("2014-12-31");
    // 2026-12-02 + 366 days (2027 has no 29 February)
    expect(latestDeadline("2026-12-02", 2013)).toBe("2027-12-03");
    expect(deadlineProblem("2013-07-15", "2013-07-15", 2013)).toBeNull();
    expect(deadlineProblem("2013-07-14", "2013-07-15", 2013)).toBe("整改期限不能早于下发当天（2013-07-15）");
    expect(deadlineProblem("2015-01-01", "2013-07-15", 2013)).toBe("整改期限不能晚于 2014-12-31");
    expect(deadlineProblem("2013-06-30", "2026-12-02", 2013)).toBe("整改期限不能早于下发当天（2026-12-02）");
  });
});

describe("states", () => {
  const notice = { status: "OPEN", deadline: "2013-10-31", answeredOn: null, returned: false };
  it("is open until the deadline, overdue after it while nobody answered", () => {
    expect(rectificationState(notice, "2013-10-31")).toBe("OPEN");
    expect(rectificationState(notice, "2013-11-01")).toBe("OVERDUE");
  });
  it("waits for sign-off once answered, even past the deadline; sent back it is RETURNED, then OVERDUE", () => {
    const answered = { ...notice, status: "ANSWERED", answeredOn: "2013-10-20" };
    expect(rectificationState(answered, "2013-12-01")).toBe("ANSWERED");
    const returned = { ...notice, returned: true, answeredOn: "2013-10-20" };
    expect(rectificationState(returned, "2013-10-25")).toBe("RETURNED");
    expect(rectificationState(returned, "2013-11-01")).toBe("OVERDUE");
    expect(rectificationState({ ...answered, status: "CLOSED" }, "2014-01-01")).toBe("CLOSED");
  });
  it("judges lateness by the answer's day, not by the sign-off", () => {
    expect(rectifiedLate({ deadline: "2013-10-31", answeredOn: "2013-10-31" }, "2013-12-15")).toBe(false);
    expect(rectifiedLate({ deadline: "2013-10-31", answeredOn: "2013-11-01" }, "2013-11-01")).toBe(true);
    // not answered: late once today is past the deadline
    expect(rectifiedLate({ deadline: "2013-10-31", answeredOn: null }, "2013-10-31")).toBe(false);
    expect(rectifiedLate({ deadline: "2013-10-31", answeredOn: null }, "2013-11-01")).toBe(true);
  });
});

describe("the order of the loop", () => {
  it("answers an open notice, sends back only an answered one, signs off anything not yet closed", () => {
    expect(rectificationStepProblem("OPEN", "ANSWER")).toBeNull();
    expect(rectificationStepProblem("ANSWERED", "ANSWER")).toBe("整改情况已提交，正在等待考核组审核");
    expect(rectificationStepProblem("OPEN", "RETURN")).toBe("科室尚未提交整改情况，不能退回");
    expect(rectificationStepProblem("ANSWERED", "RETURN")).toBeNull();
    expect(rectificationStepProblem("OPEN", "CLOSE")).toBeNull();
    expect(rectificationStepProblem("ANSWERED", "CLOSE")).toBeNull();
    expect(rectificationStepProblem("CLOSED", "ANSWER")).toBe("该整改通知已经销号");
  });
});
