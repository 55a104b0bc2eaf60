import { describe, expect, it } from "vitest";
import { autoLockDay, monthLockState, monthOfDate, snapshotLocksMonth, type MonthLockInput } from "../../lib/domain/period-lock";

/** March 2013 (ends 2013-03-31) under a 10-day rule: locks on 2013-04-11 */
const march = (over: Partial<MonthLockInput> = {}): MonthLockInput => ({
  year: 2013,
  month: 3,
  lockAfterDays: 10,
  today: "2013-04-01",
  snapshotDays: [],
  override: null,
  ...over,
});

describe("autoLockDay", () => {
  it("is the month's last day + lockAfterDays + 1 (10 days: March locks on 11 April)", () => {
    expect(autoLockDay(2013, 3, 10)).toBe("2013-04-11");
  });
  it("uses the real length of the month", () => {
    expect(autoLockDay(2013, 1, 10)).toBe("2013-02-11"); // 31 days
    expect(autoLockDay(2013, 2, 10)).toBe("2013-03-11"); // 28 days in 2013
    expect(autoLockDay(2013, 4, 10)).toBe("2013-05-11"); // 30 days
    expect(autoLockDay(2013, 2, 0)).toBe("2013-03-01");
    expect(autoLockDay(2013, 2, 30)).toBe("2013-03-31"); // 2013-02-28 + 31
    expect(autoLockDay(2012, 2, 0)).toBe("2012-03-01"); // leap year: 2012-02-29 + 1
  });
  it("rolls December into the next year", () => {
    expect(autoLockDay(2013, 12, 10)).toBe("2014-01-11");
    expect(autoLockDay(2013, 12, 0)).toBe("2014-01-01");
  });
});

describe("snapshotLocksMonth", () => {
  const q1 = { start: "2013-01-01", end: "2013-03-31" };
  const h1 = { start: "2013-01-01", end: "2013-06-30" };
  it("locks every month of the period that had ended on the snapshot day", () => {
    expect([1, 2, 3].map((m) => snapshotLocksMonth(q1, "2013-04-01", 2013, m))).toEqual([true, true, true]);
  });
  it("does not lock a month still running on the snapshot day (its last day included)", () => {
    expect(snapshotLocksMonth(q1, "2013-03-31", 2013, 3)).toBe(false);
    expect(snapshotLocksMonth(q1, "2013-03-31", 2013, 2)).toBe(true);
    expect(snapshotLocksMonth(q1, "2013-02-28", 2013, 2)).toBe(false);
    expect(snapshotLocksMonth(q1, "2013-03-01", 2013, 2)).toBe(true);
  });
  it("a mid-period snapshot locks only the months already over", () => {
    expect([1, 2, 3, 4, 5, 6].map((m) => snapshotLocksMonth(h1, "2013-04-15", 2013, m))).toEqual([true, true, true, false, false, false]);
  });
  it("never locks a month outside the period", () => {
    expect(snapshotLocksMonth(q1, "2013-12-31", 2013, 4)).toBe(false);
    expect(snapshotLocksMonth({ start: "2013-04-01", end: "2013-06-30" }, "2013-07-01", 2013, 3)).toBe(false);
    expect(snapshotLocksMonth(q1, "2014-01-05", 2012, 3)).toBe(false);
  });
  it("a month snapshot locks its own month once it ended", () => {
    const m = { start: "2013-03-01", end: "2013-03-31" };
    expect(snapshotLocksMonth(m, "2013-04-01", 2013, 3)).toBe(true);
    expect(snapshotLocksMonth(m, "2013-03-31", 2013, 3)).toBe(false);
  });
});

describe("monthLockState — March 2013, 10-day rule", () => {
  it("is OPEN until the day before the auto-lock day", () => {
    expect(monthLockState(march({ today: "2013-04-10" }))).toEqual({
      month: 3,
      locked: false,
      reason: "OPEN",
      autoLockOn: "2013-04-11",
      reopenedUntil: null,
    });
    expect(monthLockState(march({ today: "2013-03-15" })).reason).toBe("OPEN");
  });
  it("is AUTO-locked from 11 April onwards", () => {
    expect(monthLockState(march({ today: "2013-04-11" }))).toEqual({
      month: 3,
      locked: true,
      reason: "AUTO",
      autoLockOn: "2013-04-11",
      reopenedUntil: null,
    });
    expect(monthLockState(march({ today: "2013-12-31" })).reason).toBe("AUTO");
  });
  it("is SNAPSHOT-locked by a snapshot taken after the month ended, before the days rule", () => {
    const s = monthLockState(march({ today: "2013-04-06", snapshotDays: ["2013-04-05"] }));
    expect(s).toMatchObject({ locked: true, reason: "SNAPSHOT", autoLockOn: "2013-04-11" });
  });
  it("a snapshot taken on the month's last day does not lock it", () => {
    expect(monthLockState(march({ today: "2013-04-06", snapshotDays: ["2013-03-31", "2013-03-15"] })).reason).toBe("OPEN");
  });
  it("SNAPSHOT wins over AUTO when both apply", () => {
    expect(monthLockState(march({ today: "2013-04-20", snapshotDays: ["2013-04-02"] })).reason).toBe("SNAPSHOT");
  });
  it("ADMIN_LOCKED locks early, and beats snapshots and the days rule", () => {
    const locked = { state: "LOCKED" as const, untilDay: null };
    expect(monthLockState(march({ today: "2013-03-20", override: locked }))).toEqual({
      month: 3,
      locked: true,
      reason: "ADMIN_LOCKED",
      autoLockOn: "2013-04-11",
      reopenedUntil: null,
    });
    expect(monthLockState(march({ today: "2013-04-20", snapshotDays: ["2013-04-02"], override: locked })).reason).toBe("ADMIN_LOCKED");
    // an untilDay on a LOCKED override is meaningless: still locked after it
    expect(monthLockState(march({ today: "2013-05-01", override: { state: "LOCKED", untilDay: "2013-04-15" } })).reason).toBe(
      "ADMIN_LOCKED",
    );
  });

  describe("reopened through 2013-04-20", () => {
    const reopened = { state: "REOPENED" as const, untilDay: "2013-04-20" };
    it("beats the days rule until untilDay, inclusive", () => {
      expect(monthLockState(march({ today: "2013-04-15", override: reopened }))).toEqual({
        month: 3,
        locked: false,
        reason: "REOPENED",
        autoLockOn: "2013-04-11",
        reopenedUntil: "2013-04-20",
      });
      expect(monthLockState(march({ today: "2013-04-20", override: reopened }))).toMatchObject({ locked: false, reason: "REOPENED" });
    });
    it("locks again (AUTO) the day after the reopening lapses", () => {
      expect(monthLockState(march({ today: "2013-04-21", override: reopened }))).toEqual({
        month: 3,
        locked: true,
        reason: "AUTO",
        autoLockOn: "2013-04-11",
        reopenedUntil: null,
      });
    });
    it("beats a snapshot until it lapses, then the snapshot locks again", () => {
      const snap = { snapshotDays: ["2013-04-05"] };
      expect(monthLockState(march({ ...snap, today: "2013-04-08", override: reopened }))).toMatchObject({
        locked: false,
        reason: "REOPENED",
        reopenedUntil: "2013-04-20",
      });
      expect(monthLockState(march({ ...snap, today: "2013-04-21", override: reopened }))).toMatchObject({
        locked: true,
        reason: "SNAPSHOT",
        reopenedUntil: null,
      });
    });
    it("is plain OPEN while nothing would lock the month anyway", () => {
      expect(monthLockState(march({ today: "2013-04-05", override: reopened }))).toEqual({
        month: 3,
        locked: false,
        reason: "OPEN",
        autoLockOn: "2013-04-11",
        reopenedUntil: null,
      });
    });
    it("a lapsed reopening of a month no rule locks yet leaves it OPEN", () => {
      const early = { state: "REOPENED" as const, untilDay: "2013-04-05" };
      expect(monthLockState(march({ today: "2013-04-08", override: early })).reason).toBe("OPEN");
      expect(monthLockState(march({ today: "2013-04-11", override: early })).reason).toBe("AUTO");
    });
  });

  it("a reopening without untilDay lasts indefinitely", () => {
    const indefinite = { state: "REOPENED" as const, untilDay: null };
    expect(monthLockState(march({ today: "2013-12-31", snapshotDays: ["2013-04-05", "2013-07-01"], override: indefinite }))).toEqual({
      month: 3,
      locked: false,
      reason: "REOPENED",
      autoLockOn: "2013-04-11",
      reopenedUntil: null,
    });
    expect(monthLockState(march({ today: "2014-06-30", override: indefinite })).locked).toBe(false);
  });

  it("works on February 2013 (28 days) and December 2013 (locks in 2014)", () => {
    const feb = monthLockState({ year: 2013, month: 2, lockAfterDays: 10, today: "2013-03-10", snapshotDays: [], override: null });
    expect(feb).toMatchObject({ month: 2, locked: false, reason: "OPEN", autoLockOn: "2013-03-11" });
    expect(monthLockState({ year: 2013, month: 2, lockAfterDays: 10, today: "2013-03-11", snapshotDays: [], override: null }).reason).toBe(
      "AUTO",
    );
    expect(
      monthLockState({ year: 2013, month: 2, lockAfterDays: 10, today: "2013-03-02", snapshotDays: ["2013-03-01"], override: null }).reason,
    ).toBe("SNAPSHOT");
    const dec = monthLockState({ year: 2013, month: 12, lockAfterDays: 10, today: "2014-01-10", snapshotDays: [], override: null });
    expect(dec).toMatchObject({ month: 12, locked: false, reason: "OPEN", autoLockOn: "2014-01-11" });
    expect(monthLockState({ year: 2013, month: 12, lockAfterDays: 10, today: "2014-01-11", snapshotDays: [], override: null }).reason).toBe(
      "AUTO",
    );
  });
});

describe("monthOfDate", () => {
  it("gives the month (1–12) of a date in the plan year", () => {
    expect(monthOfDate("2013-01-01", 2013)).toBe(1);
    expect(monthOfDate("2013-02-28", 2013)).toBe(2);
    expect(monthOfDate("2013-03-31", 2013)).toBe(3);
    expect(monthOfDate("2013-12-31", 2013)).toBe(12);
  });
  it("is null for a date of another year", () => {
    expect(monthOfDate("2012-12-31", 2013)).toBeNull();
    expect(monthOfDate("2014-01-01", 2013)).toBeNull();
  });
});
