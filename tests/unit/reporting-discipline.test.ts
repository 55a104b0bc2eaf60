import { describe, expect, it } from "vitest";
import {
  latestDueMonth,
  disciplineCells,
  disciplineRates,
  firstSubmissions,
  monthsBegun,
  owesUpdate,
  reportDueDay,
  submissionStatus,
  SUBMISSION_STATUSES,
  type DisciplineTarget,
  type ObligationFacts,
} from "../../lib/domain/reporting-discipline";

/** 引进农业新品种、新技术 5 项 (3-10月), owned by one section */
const varieties: ObligationFacts = { kind: "COUNT", active: true, ownerCount: 1, window: { year: 2013, startMonth: 3, endMonth: 10 } };
const notDone = Array<boolean>(13).fill(false);

describe("reportDueDay", () => {
  it("is reportDueDays after the month ends (次月5日)", () => {
    expect(reportDueDay(2013, 3, 5)).toBe("2013-04-05");
    expect(reportDueDay(2013, 2, 5)).toBe("2013-03-05"); // 2013-02-28 + 5
    expect(reportDueDay(2013, 4, 5)).toBe("2013-05-05");
    expect(reportDueDay(2013, 12, 5)).toBe("2014-01-05");
  });
  it("is the month's last day with 0 days of grace", () => {
    expect(reportDueDay(2013, 2, 0)).toBe("2013-02-28");
    expect(reportDueDay(2013, 4, 0)).toBe("2013-04-30");
  });
});

describe("owesUpdate", () => {
  it("is owed in each month the window is open, both ends included", () => {
    expect([1, 2, 3, 4, 10, 11, 12].map((m) => owesUpdate(varieties, m, false))).toEqual([false, false, true, true, true, false, false]);
  });
  it("is not owed once done by the end of the month before", () => {
    expect(owesUpdate(varieties, 6, true)).toBe(false);
  });
  it("is not owed for a target that is not scored (not applicable / suspended)", () => {
    expect(owesUpdate({ ...varieties, active: false }, 6, false)).toBe(false);
  });
  it("is not owed for a year-end declaration", () => {
    expect(owesUpdate({ ...varieties, kind: "DECLARATION", window: { year: 2013, startMonth: 12, endMonth: 12 } }, 12, false)).toBe(false);
  });
  it("is not owed by nobody: a target without an owning section", () => {
    expect(owesUpdate({ ...varieties, ownerCount: 0 }, 6, false)).toBe(false);
  });
  it("is owed for milestones, amounts and growth targets like counts", () => {
    for (const kind of ["MILESTONE", "AMOUNT", "GROWTH_PCT"] as const) expect(owesUpdate({ ...varieties, kind }, 6, false)).toBe(true);
  });
  it("is owed by jointly owned targets", () => {
    expect(owesUpdate({ ...varieties, ownerCount: 2 }, 3, false)).toBe(true);
  });
});

describe("submissionStatus — March 2013, due 2013-04-05", () => {
  const due = "2013-04-05";
  it("is ON_TIME when entered on or before the due day (even inside the month)", () => {
    expect(submissionStatus("2013-03-20", due, "2013-06-01")).toBe("ON_TIME");
    expect(submissionStatus("2013-04-05", due, "2013-06-01")).toBe("ON_TIME");
  });
  it("is LATE when entered after the due day", () => {
    expect(submissionStatus("2013-04-06", due, "2013-06-01")).toBe("LATE");
  });
  it("is PENDING without an update up to and including the due day, MISSING after", () => {
    expect(submissionStatus(null, due, "2013-03-31")).toBe("PENDING");
    expect(submissionStatus(null, due, "2013-04-05")).toBe("PENDING");
    expect(submissionStatus(null, due, "2013-04-06")).toBe("MISSING");
  });
  it("lists every status", () => {
    expect(SUBMISSION_STATUSES).toEqual(["ON_TIME", "LATE", "MISSING", "PENDING"]);
  });
});

describe("monthsBegun", () => {
  it("lists the months begun by today (a month begins on its first day)", () => {
    expect(monthsBegun(2013, "2013-01-01")).toEqual([1]);
    expect(monthsBegun(2013, "2013-03-31")).toEqual([1, 2, 3]);
    expect(monthsBegun(2013, "2013-04-01")).toEqual([1, 2, 3, 4]);
  });
  it("is empty before the plan year and all twelve after it", () => {
    expect(monthsBegun(2013, "2012-12-31")).toEqual([]);
    expect(monthsBegun(2013, "2014-02-01")).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe("firstSubmissions", () => {
  it("keeps the earliest entry day per month, whatever the order", () => {
    const first = firstSubmissions([
      { month: 3, enteredOn: "2013-04-05" },
      { month: 4, enteredOn: "2013-05-07" },
      { month: 3, enteredOn: "2013-04-02" },
      { month: 3, enteredOn: "2013-04-09" },
    ]);
    expect(Object.fromEntries(first)).toEqual({ 3: "2013-04-02", 4: "2013-05-07" });
  });
  it("is empty without submissions", () => {
    expect(firstSubmissions([]).size).toBe(0);
  });
});

describe("disciplineCells and disciplineRates — as of 2013-06-10, due on the 5th", () => {
  const options = { year: 2013, dueDays: 5, today: "2013-06-10" };
  const varietiesTarget: DisciplineTarget = {
    ...varieties,
    id: "varieties",
    ownerIds: ["agri"],
    doneBy: notDone,
    submissions: [
      { month: 3, enteredOn: "2013-04-05" },
      { month: 3, enteredOn: "2013-04-02" },
      { month: 4, enteredOn: "2013-05-07" },
      { month: 2, enteredOn: "2013-03-01" }, // outside the window: owes nothing, counts for nothing
    ],
  };
  // done by the end of April: owes March and April, nothing from May on
  const doneInApril: DisciplineTarget = {
    ...varieties,
    id: "centres",
    ownerIds: ["hightech"],
    doneBy: [false, false, false, false, true, true, true, true, true, true, true, true, true],
    submissions: [{ month: 4, enteredOn: "2013-04-28" }],
  };
  const declaration: DisciplineTarget = {
    ...varieties,
    id: "award",
    kind: "DECLARATION",
    ownerIds: ["office"],
    doneBy: notDone,
    submissions: [],
  };
  const suspended: DisciplineTarget = {
    ...varieties,
    id: "suspended",
    active: false,
    ownerIds: ["agri"],
    doneBy: notDone,
    submissions: [],
  };
  const unowned: DisciplineTarget = { ...varieties, id: "unowned", ownerCount: 0, ownerIds: [], doneBy: notDone, submissions: [] };

  const cells = disciplineCells([varietiesTarget, doneInApril, declaration, suspended, unowned], options);

  it("has one cell per owed month, in target then month order", () => {
    expect(cells).toEqual([
      { targetId: "varieties", month: 3, status: "ON_TIME", enteredOn: "2013-04-02", dueDay: "2013-04-05" },
      { targetId: "varieties", month: 4, status: "LATE", enteredOn: "2013-05-07", dueDay: "2013-05-05" },
      { targetId: "varieties", month: 5, status: "MISSING", enteredOn: null, dueDay: "2013-06-05" },
      { targetId: "varieties", month: 6, status: "PENDING", enteredOn: null, dueDay: "2013-07-05" },
      { targetId: "centres", month: 3, status: "MISSING", enteredOn: null, dueDay: "2013-04-05" },
      { targetId: "centres", month: 4, status: "ON_TIME", enteredOn: "2013-04-28", dueDay: "2013-05-05" },
    ]);
  });
  it("owes nothing for months not yet begun", () => {
    expect(disciplineCells([varietiesTarget], { ...options, today: "2013-02-28" })).toEqual([]);
    // as of 1 March the March update entered on 2 April has not been entered yet: pending
    expect(disciplineCells([varietiesTarget], { ...options, today: "2013-03-01" })).toEqual([
      { targetId: "varieties", month: 3, status: "PENDING", enteredOn: null, dueDay: "2013-04-05" },
    ]);
  });
  it("owes up to October only, even at year end", () => {
    const all = disciplineCells([{ ...varietiesTarget, submissions: [] }], { ...options, today: "2014-01-10" });
    expect(all.map((c) => c.month)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(all.every((c) => c.status === "MISSING")).toBe(true);
    expect(all.at(-1)!.dueDay).toBe("2013-11-05");
  });
  it("judges lateness by the due day: March entered 2013-04-06 is LATE", () => {
    const late = disciplineCells([{ ...varietiesTarget, submissions: [{ month: 3, enteredOn: "2013-04-06" }] }], options);
    expect(late[0]).toEqual({ targetId: "varieties", month: 3, status: "LATE", enteredOn: "2013-04-06", dueDay: "2013-04-05" });
  });
  it("rates: 2 on time, 1 late, 2 missing, 1 pending → completeness 3/5, on time 2/5", () => {
    expect(disciplineRates(cells)).toEqual({
      owed: 6,
      due: 5,
      onTime: 2,
      late: 1,
      missing: 2,
      pending: 1,
      completeness: 0.6,
      onTimeRate: 0.4,
    });
  });
});

describe("disciplineRates", () => {
  it("is null-rated when nothing is owed", () => {
    expect(disciplineRates([])).toEqual({
      owed: 0,
      due: 0,
      onTime: 0,
      late: 0,
      missing: 0,
      pending: 0,
      completeness: null,
      onTimeRate: null,
    });
  });
  it("is null-rated when everything owed is still pending (nothing due yet)", () => {
    expect(disciplineRates([{ status: "PENDING" }, { status: "PENDING" }])).toEqual({
      owed: 2,
      due: 0,
      onTime: 0,
      late: 0,
      missing: 0,
      pending: 2,
      completeness: null,
      onTimeRate: null,
    });
  });
  it("leaves pending updates out of both rates", () => {
    const r = disciplineRates([
      { status: "ON_TIME" },
      { status: "LATE" },
      { status: "MISSING" },
      { status: "ON_TIME" },
      { status: "PENDING" },
    ]);
    expect(r.completeness).toBe(0.75);
    expect(r.onTimeRate).toBe(0.5);
  });
  it("is 1 / 1 when everything due came on time, 0 / 0 when all missing", () => {
    expect(disciplineRates([{ status: "ON_TIME" }, { status: "ON_TIME" }])).toMatchObject({ completeness: 1, onTimeRate: 1 });
    expect(disciplineRates([{ status: "MISSING" }])).toMatchObject({ completeness: 0, onTimeRate: 0 });
    expect(disciplineRates([{ status: "LATE" }])).toMatchObject({ completeness: 1, onTimeRate: 0 });
  });
});

describe("latestDueMonth (the month the dashboard headlines)", () => {
  const month = (m: number, dueDay: string, onTimeRate: number | null) => ({ month: m, dueDay, rates: { onTimeRate } });
  const months = [month(9, "2013-10-05", 0.7), month(10, "2013-11-05", 0.8), month(11, "2013-12-05", 0.75), month(12, "2014-01-05", null)];

  it("picks the latest month whose due day has passed, counting the due day itself", () => {
    expect(latestDueMonth(months, "2013-12-31")?.month).toBe(11);
    expect(latestDueMonth(months, "2013-12-05")?.month).toBe(11);
    expect(latestDueMonth(months, "2013-12-04")?.month).toBe(10);
  });

  it("falls back to the latest month with anything due, and to null when nothing was ever due", () => {
    expect(latestDueMonth([month(1, "2013-02-05", 0.5)], "2013-01-20")?.month).toBe(1);
    expect(latestDueMonth([month(1, "2013-02-05", null)], "2013-03-01")).toBeNull();
  });
});
