import { describe, expect, it } from "vitest";
import {
  countItemPoints,
  isCountedItem,
  itemCountAsOf,
  itemsFromTypedCounts,
  sameItemName,
  type CountItemFact,
} from "../../lib/domain/count-items";
import { targetStatus } from "../../lib/domain/status";
import { engineeringCentres } from "./yiyang-2013";

/** a named item (e.g. one 市级工程技术研究中心) approved on `date`, entered at `recordedAt` */
const item = (date: string, status = "ACTIVE", recordedAt = `${date}T12:00:00+08:00`): CountItemFact => ({ date, status, recordedAt });

describe("isCountedItem", () => {
  it("counts ACTIVE items only", () => {
    expect(isCountedItem({ status: "ACTIVE" })).toBe(true);
    expect(isCountedItem({ status: "WITHDRAWN" })).toBe(false);
    expect(isCountedItem({ status: "active" })).toBe(false);
  });
});

describe("countItemPoints — 组建市级工程技术研究中心 4 家 as named items", () => {
  it("gives no points without items", () => {
    expect(countItemPoints([])).toEqual([]);
  });
  it("gives one cumulative point per day that has items, sorted by day whatever the input order", () => {
    const points = countItemPoints([item("2013-09-20"), item("2013-07-15"), item("2013-11-30")]);
    expect(points).toEqual([
      { value: 1, reportedFor: "2013-07-15", recordedAt: "2013-07-15T12:00:00+08:00" },
      { value: 2, reportedFor: "2013-09-20", recordedAt: "2013-09-20T12:00:00+08:00" },
      { value: 3, reportedFor: "2013-11-30", recordedAt: "2013-11-30T12:00:00+08:00" },
    ]);
  });
  it("merges items of the same day into one point, taking the latest recordedAt", () => {
    const points = countItemPoints([
      item("2013-08-31", "ACTIVE", "2013-09-02T09:00:00+08:00"),
      item("2013-08-31", "ACTIVE", "2013-09-05T16:30:00+08:00"),
      item("2013-08-31", "ACTIVE", "2013-09-01T08:00:00+08:00"),
      item("2013-06-30"),
    ]);
    expect(points).toEqual([
      { value: 1, reportedFor: "2013-06-30", recordedAt: "2013-06-30T12:00:00+08:00" },
      { value: 4, reportedFor: "2013-08-31", recordedAt: "2013-09-05T16:30:00+08:00" },
    ]);
  });
  it("leaves withdrawn items out of the count (and out of the days)", () => {
    const points = countItemPoints([
      item("2013-07-15"),
      item("2013-08-10", "WITHDRAWN"),
      item("2013-09-20"),
      item("2013-09-20", "WITHDRAWN", "2013-12-01T10:00:00+08:00"),
    ]);
    expect(points).toEqual([
      { value: 1, reportedFor: "2013-07-15", recordedAt: "2013-07-15T12:00:00+08:00" },
      // the withdrawn item's later recordedAt does not move the day's tie-break
      { value: 2, reportedFor: "2013-09-20", recordedAt: "2013-09-20T12:00:00+08:00" },
    ]);
  });
  it("gives no points when every item was withdrawn", () => {
    expect(countItemPoints([item("2013-07-15", "WITHDRAWN"), item("2013-08-15", "WITHDRAWN")])).toEqual([]);
  });
  it("feeds the ordinary status rules: 4 centres make the target DONE, 3 leave it OVERDUE after December", () => {
    const four = [item("2013-06-18"), item("2013-08-31"), item("2013-10-09"), item("2013-12-20")];
    const points = countItemPoints(four);
    const status = (asOf: string, pts = points) =>
      targetStatus({ measure: engineeringCentres.measure, window: engineeringCentres.window, points: pts, asOf });
    expect(status("2013-12-20")).toBe("DONE");
    expect(status("2013-12-19")).not.toBe("DONE");
    const withdrawnFourth = countItemPoints([...four.slice(0, 3), item("2013-12-20", "WITHDRAWN")]);
    expect(status("2014-01-01", withdrawnFourth)).toBe("OVERDUE");
  });
});

describe("itemCountAsOf", () => {
  const items = [item("2013-06-18"), item("2013-08-31"), item("2013-08-31", "WITHDRAWN"), item("2013-10-09")];
  it("counts items dated on or before the day (the day itself included)", () => {
    expect(itemCountAsOf(items, "2013-06-17")).toBe(0);
    expect(itemCountAsOf(items, "2013-06-18")).toBe(1);
    expect(itemCountAsOf(items, "2013-08-30")).toBe(1);
    expect(itemCountAsOf(items, "2013-08-31")).toBe(2);
    expect(itemCountAsOf(items, "2013-10-08")).toBe(2);
    expect(itemCountAsOf(items, "2013-12-31")).toBe(3);
  });
  it("is 0 without items", () => {
    expect(itemCountAsOf([], "2013-12-31")).toBe(0);
  });
  it("agrees with the last point of countItemPoints up to that day", () => {
    const points = countItemPoints(items);
    for (const day of ["2013-06-18", "2013-09-01", "2013-12-31"]) {
      const last = points.filter((p) => p.reportedFor <= day).at(-1);
      expect(last?.value ?? 0).toBe(itemCountAsOf(items, day));
    }
  });
});

describe("sameItemName", () => {
  it("ignores spaces, including full-width and tabs", () => {
    expect(sameItemName("益阳 黑茶中心", "益阳黑茶中心")).toBe(true);
    expect(sameItemName("益阳\u3000黑茶中心", "益阳黑茶中心")).toBe(true);
    expect(sameItemName(" 益阳黑茶\t中心 ", "益阳黑茶中心")).toBe(true);
  });
  it("ignores case", () => {
    expect(sameItemName("湖南 ABC 工程技术研究中心", "湖南abc工程技术研究中心")).toBe(true);
  });
  it("tells different names apart", () => {
    expect(sameItemName("益阳黑茶中心", "益阳竹业中心")).toBe(false);
    expect(sameItemName("益阳黑茶中心", "益阳黑茶中心二期")).toBe(false);
  });
});

describe("itemsFromTypedCounts (upgrading typed counts to placeholder items)", () => {
  const at = (reportedFor: string, value: number, recordedAt = `${reportedFor}T01:00:00.000Z`) => ({ reportedFor, value, recordedAt });

  it("dates one item per unit the running figure rose by, on the day it rose", () => {
    expect(itemsFromTypedCounts([at("2013-11-20", 2), at("2013-08-30", 1)])).toEqual(["2013-08-30", "2013-11-20"]);
    expect(itemsFromTypedCounts([at("2013-04-15", 1), at("2013-08-20", 4)])).toEqual([
      "2013-04-15",
      "2013-08-20",
      "2013-08-20",
      "2013-08-20",
    ]);
  });

  it("keeps the running maximum when a later figure falls, and the later record of a day", () => {
    expect(itemsFromTypedCounts([at("2013-05-01", 3), at("2013-06-01", 2), at("2013-07-01", 4)])).toEqual([
      "2013-05-01",
      "2013-05-01",
      "2013-05-01",
      "2013-07-01",
    ]);
    expect(
      itemsFromTypedCounts([at("2013-05-01", 5, "2013-05-01T01:00:00.000Z"), at("2013-05-01", 2, "2013-05-02T01:00:00.000Z")]),
    ).toEqual(["2013-05-01", "2013-05-01"]);
  });

  it("turns the converted items back into the same figures", () => {
    const typed = [at("2013-06-30", 3), at("2013-09-30", 6), at("2013-12-20", 10)];
    const points = countItemPoints(
      itemsFromTypedCounts(typed).map((date) => ({ date, status: "ACTIVE", recordedAt: `${date}T01:00:00.000Z` })),
    );
    expect(points.map((p) => [p.reportedFor, p.value])).toEqual(typed.map((p) => [p.reportedFor, p.value]));
  });

  it("makes nothing of zeros and drops fractions", () => {
    expect(itemsFromTypedCounts([at("2013-03-01", 0)])).toEqual([]);
    expect(itemsFromTypedCounts([at("2013-03-01", 1.9)])).toEqual(["2013-03-01"]);
  });
});
