import { describe, expect, it } from "vitest";
import { effectiveEntries } from "../../lib/domain/corrections";
import { countItemPoints, isCountedItem, itemCountAsOf } from "../../lib/domain/count-items";
import {
  checkChange,
  checkCounts,
  initialCheckStatus,
  mayCheck,
  pendingAuditMark,
  returnedEntryAnswered,
  standsChecked,
  type CheckedEntryFact,
} from "../../lib/domain/figure-check";

const e = (id: string, action: string, checkStatus: string, replacesId: string | null = null) => ({ id, action, replacesId, checkStatus });
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe("standsChecked — what counts under 数据审核", () => {
  it("counts accepted reports, and reports written before checks existed", () => {
    expect(standsChecked("ACCEPTED")).toBe(true);
    expect(standsChecked(undefined)).toBe(true);
    expect(standsChecked(null)).toBe(true);
  });
  it("never counts pending or returned ones as checked; read as reported, pending ones count and returned ones still do not", () => {
    expect(standsChecked("PENDING")).toBe(false);
    expect(standsChecked("RETURNED")).toBe(false);
    expect(standsChecked("PENDING", { asReported: true })).toBe(true);
    expect(standsChecked("RETURNED", { asReported: true })).toBe(false);
  });
  it("a new report starts pending only where the plan checks figures", () => {
    expect(initialCheckStatus({ checkFigures: true })).toBe("PENDING");
    expect(initialCheckStatus({ checkFigures: false })).toBe("ACCEPTED");
  });
  it("nobody checks their own report", () => {
    expect(mayCheck("u1", "u1")).toBe(false);
    expect(mayCheck("u1", "u2")).toBe(true);
  });
  it("marks a pending report in the audit, and an accepted one not at all", () => {
    expect(pendingAuditMark("PENDING")).toEqual({ checkStatus: "PENDING" });
    expect(pendingAuditMark("ACCEPTED")).toEqual({});
    expect(checkChange("RETURNED", "PENDING")).toEqual({ before: { checkStatus: "RETURNED" }, after: { checkStatus: "PENDING" } });
    expect(checkChange("ACCEPTED", "ACCEPTED")).toEqual({ before: {}, after: {} });
  });
});

describe("effectiveEntries under 数据审核", () => {
  it("a pending report does not count until accepted; read as reported it does", () => {
    const entries = [e("a", "RECORD", "ACCEPTED"), e("b", "RECORD", "PENDING")];
    expect(ids(effectiveEntries(entries))).toEqual(["a"]);
    expect(ids(effectiveEntries(entries, { asReported: true }))).toEqual(["a", "b"]);
  });
  it("a returned report never counts", () => {
    expect(ids(effectiveEntries([e("a", "RECORD", "RETURNED")], { asReported: true }))).toEqual([]);
  });
  it("a pending correction leaves the original counting; accepted, it replaces it", () => {
    expect(ids(effectiveEntries([e("a", "RECORD", "ACCEPTED"), e("c", "CORRECTION", "PENDING", "a")]))).toEqual(["a"]);
    expect(ids(effectiveEntries([e("a", "RECORD", "ACCEPTED"), e("c", "CORRECTION", "ACCEPTED", "a")]))).toEqual(["c"]);
    expect(ids(effectiveEntries([e("a", "RECORD", "ACCEPTED"), e("c", "CORRECTION", "RETURNED", "a")]))).toEqual(["a"]);
  });
  it("correcting a returned correction retires the original too, so two figures never count", () => {
    const entries = [e("a", "RECORD", "ACCEPTED"), e("c1", "CORRECTION", "RETURNED", "a"), e("c2", "CORRECTION", "ACCEPTED", "c1")];
    expect(ids(effectiveEntries(entries))).toEqual(["c2"]);
    // while c2 waits, a still counts
    entries[2].checkStatus = "PENDING";
    expect(ids(effectiveEntries(entries))).toEqual(["a"]);
  });
  it("withdrawing a pending correction leaves the original standing", () => {
    const entries = [e("a", "RECORD", "ACCEPTED"), e("c", "CORRECTION", "PENDING", "a"), e("w", "WITHDRAWAL", "ACCEPTED", "c")];
    expect(ids(effectiveEntries(entries))).toEqual(["a"]);
    // read as reported the correction stood and replaced a, and its withdrawal retires it as without checks
    expect(ids(effectiveEntries(entries, { asReported: true }))).toEqual([]);
  });
  it("ends on a cycle of replacements written by hand into the database", () => {
    const entries = [e("a", "CORRECTION", "PENDING", "b"), e("b", "CORRECTION", "PENDING", "a"), e("c", "CORRECTION", "ACCEPTED", "a")];
    expect(ids(effectiveEntries(entries))).toEqual(["c"]);
  });
});

describe("named items under 数据审核", () => {
  const item = (date: string, checkStatus: string, status = "ACTIVE") => ({
    date,
    status,
    checkStatus,
    recordedAt: `${date}T01:00:00.000Z`,
  });
  it("count only when on record and accepted (pending too, read as reported)", () => {
    expect(isCountedItem(item("2013-08-30", "ACCEPTED"))).toBe(true);
    expect(isCountedItem(item("2013-08-30", "PENDING"))).toBe(false);
    expect(isCountedItem(item("2013-08-30", "PENDING"), { asReported: true })).toBe(true);
    expect(isCountedItem(item("2013-08-30", "RETURNED"), { asReported: true })).toBe(false);
    expect(isCountedItem(item("2013-08-30", "ACCEPTED", "WITHDRAWN"))).toBe(false);
  });
  it("the running count skips pending items: 2 accepted and 1 pending are 2, or 3 as reported", () => {
    const items = [item("2013-08-30", "ACCEPTED"), item("2013-11-20", "ACCEPTED"), item("2013-12-10", "PENDING")];
    expect(countItemPoints(items).map((p) => p.value)).toEqual([1, 2]);
    expect(countItemPoints(items, { asReported: true }).map((p) => p.value)).toEqual([1, 2, 3]);
    expect(itemCountAsOf(items, "2013-12-31")).toBe(2);
  });
});

describe("checkCounts — “3 项待审核”", () => {
  const fact = (
    id: string,
    reportedFor: string,
    createdAt: string,
    checkStatus: string,
    replacesId: string | null = null,
  ): CheckedEntryFact => ({
    id,
    replacesId,
    targetId: "t",
    reportedFor,
    createdAt,
    checkStatus,
  });
  it("a returned report waits for its section until a later report for the same day, or its correction, answers it", () => {
    const returned = fact("r", "2013-06-30", "2013-07-02T01:00:00.000Z", "RETURNED");
    expect(returnedEntryAnswered(returned, [returned])).toBe(false);
    // a report for another day is no answer; one for the same day entered earlier is none either
    expect(returnedEntryAnswered(returned, [returned, fact("x", "2013-07-31", "2013-08-01T01:00:00.000Z", "PENDING")])).toBe(false);
    expect(returnedEntryAnswered(returned, [returned, fact("y", "2013-06-30", "2013-07-01T01:00:00.000Z", "ACCEPTED")])).toBe(false);
    expect(returnedEntryAnswered(returned, [returned, fact("z", "2013-06-30", "2013-07-03T01:00:00.000Z", "PENDING")])).toBe(true);
    expect(returnedEntryAnswered(returned, [returned, fact("c", "2013-06-15", "2013-07-03T01:00:00.000Z", "PENDING", "r")])).toBe(true);
  });
  it("counts pending reports and active items, unanswered returns, and no withdrawn item", () => {
    const entries = [
      fact("p1", "2013-06-30", "2013-07-01T01:00:00.000Z", "PENDING"),
      fact("a1", "2013-05-31", "2013-06-01T01:00:00.000Z", "ACCEPTED"),
      fact("r1", "2013-04-30", "2013-05-01T01:00:00.000Z", "RETURNED"),
    ];
    const items = [
      { status: "ACTIVE", checkStatus: "PENDING" },
      { status: "WITHDRAWN", checkStatus: "PENDING" },
      { status: "ACTIVE", checkStatus: "RETURNED" },
      { status: "WITHDRAWN", checkStatus: "RETURNED" },
    ];
    expect(checkCounts(entries, items)).toEqual({ pending: 2, returned: 2 });
  });
});
