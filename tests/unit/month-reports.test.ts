import { describe, expect, it } from "vitest";
import { monthReports, standingNoChange, type MonthEntryFact } from "../../lib/domain/month-reports";

const entry = (id: string, action: string, reportedFor: string, more: Partial<MonthEntryFact> = {}): MonthEntryFact => ({
  id,
  action,
  reportedFor,
  replacesId: null,
  createdAt: `${reportedFor}T08:00:00.000Z`,
  checkStatus: "ACCEPTED",
  ...more,
});

describe("本月无新进展 once per target and month", () => {
  it("finds the confirmation standing for the month of any of its days, on its first and its last day", () => {
    const entries = [entry("a", "NO_CHANGE", "2013-12-31")];
    expect(standingNoChange(entries, "2013-12-01")?.id).toBe("a");
    expect(standingNoChange(entries, "2013-12-31")?.id).toBe("a");
    // the day before the month and the day after it are other months
    expect(standingNoChange(entries, "2013-11-30")).toBeNull();
    expect(standingNoChange(entries, "2014-01-01")).toBeNull();
  });

  it("counts a pending one as standing and a returned one not", () => {
    expect(standingNoChange([entry("p", "NO_CHANGE", "2013-12-15", { checkStatus: "PENDING" })], "2013-12-31")?.id).toBe("p");
    expect(standingNoChange([entry("r", "NO_CHANGE", "2013-12-15", { checkStatus: "RETURNED" })], "2013-12-31")).toBeNull();
  });

  it("is about confirmations only: a figure in the month is no confirmation", () => {
    expect(standingNoChange([entry("f", "RECORD", "2013-12-31")], "2013-12-31")).toBeNull();
  });

  it("names the earliest of several (a database from before the rule)", () => {
    const entries = [
      entry("late", "NO_CHANGE", "2013-12-31", { createdAt: "2014-01-03T08:00:00.000Z" }),
      entry("first", "NO_CHANGE", "2013-12-31", { createdAt: "2014-01-02T08:00:00.000Z" }),
    ];
    expect(standingNoChange(entries, "2013-12-31")?.id).toBe("first");
  });
});

describe("what a month already holds", () => {
  it("lists standing and pending figures, items and the confirmation in date order; not replaced, returned or other months' ones", () => {
    const entries = [
      entry("nov", "RECORD", "2013-11-30"),
      entry("old", "RECORD", "2013-12-10"),
      entry("fix", "CORRECTION", "2013-12-10", { replacesId: "old", createdAt: "2013-12-11T08:00:00.000Z" }),
      entry("wait", "RECORD", "2013-12-20", { checkStatus: "PENDING" }),
      entry("back", "RECORD", "2013-12-21", { checkStatus: "RETURNED" }),
      entry("none", "NO_CHANGE", "2013-12-31"),
    ];
    const items = [
      { date: "2013-12-05", status: "ACTIVE", checkStatus: "ACCEPTED", createdAt: "2013-12-05T08:00:00.000Z", name: "甲" },
      { date: "2013-12-06", status: "WITHDRAWN", checkStatus: "ACCEPTED", createdAt: "2013-12-06T08:00:00.000Z", name: "撤回的" },
      { date: "2013-12-07", status: "ACTIVE", checkStatus: "RETURNED", createdAt: "2013-12-07T08:00:00.000Z", name: "退回的" },
      { date: "2014-01-01", status: "ACTIVE", checkStatus: "ACCEPTED", createdAt: "2014-01-01T08:00:00.000Z", name: "下月" },
    ];
    const listed = monthReports(entries, items, "2013-12-31").map((r) =>
      r.kind === "ITEM" ? `ITEM ${r.item.name}` : `${r.kind} ${r.entry.id}`,
    );
    expect(listed).toEqual(["ITEM 甲", "FIGURE fix", "FIGURE wait", "NO_CHANGE none"]);
  });

  it("is empty for a month with nothing", () => {
    expect(monthReports([entry("nov", "RECORD", "2013-11-30")], [], "2013-12-31")).toEqual([]);
  });
});
