import { describe, expect, it } from "vitest";
import { readSnapshotRow, storedOwners, type StoredSnapshotRow } from "../../lib/server/reviews/snapshot-row";

const SECTIONS = [
  { id: "s-jihua", name: "计划科" },
  { id: "s-gaoxin", name: "高新办" },
  { id: "s-nongshe", name: "农社科" },
];

const stored = (owners: string, extra: Partial<StoredSnapshotRow> = {}): StoredSnapshotRow => ({
  targetId: "t1",
  code: "二.(一).3.(3)",
  title: "市级工程技术研究中心",
  areaName: "科技创新",
  owners,
  value: 1,
  ratio: 0.25,
  status: "BEHIND",
  expectedRatio: 122 / 214,
  forecastValue: 1.75,
  forecastRatio: 0.4375,
  points: 10,
  computedScore: null,
  ...extra,
});

describe("readSnapshotRow: rows written now (owners as data)", () => {
  it("reads the owners back as the sections they were, and every figure as it was stored", () => {
    const text = storedOwners([
      { id: "s-nongshe", name: "农社科" },
      { id: "s-gaoxin", name: "高新办" },
    ]);
    expect(JSON.parse(text)).toEqual([
      { id: "s-nongshe", name: "农社科" },
      { id: "s-gaoxin", name: "高新办" },
    ]);
    expect(readSnapshotRow(stored(text), SECTIONS)).toEqual({
      targetId: "t1",
      code: "二.(一).3.(3)",
      title: "市级工程技术研究中心",
      areaName: "科技创新",
      owners: [
        { id: "s-nongshe", name: "农社科" },
        { id: "s-gaoxin", name: "高新办" },
      ],
      value: 1,
      ratio: 0.25,
      status: "BEHIND",
      expectedRatio: 122 / 214,
      forecastValue: 1.75,
      forecastRatio: 0.4375,
      points: 10,
      computedScore: null,
    });
  });

  it("stores no owner as an empty list and reads it as one", () => {
    expect(storedOwners([])).toBe("[]");
    expect(readSnapshotRow(stored("[]"), SECTIONS).owners).toEqual([]);
  });

  it("keeps the recorded id and name even when the section has been renamed since", () => {
    const text = storedOwners([{ id: "s-jihua", name: "计划科（旧称）" }]);
    expect(readSnapshotRow(stored(text), SECTIONS).owners).toEqual([{ id: "s-jihua", name: "计划科（旧称）" }]);
  });

  it("keeps nulls and year-end scores as numbers", () => {
    const row = readSnapshotRow(
      stored("[]", { value: null, ratio: null, forecastValue: null, forecastRatio: null, computedScore: 8.5, status: "NOT_STARTED" }),
    );
    expect(row).toMatchObject({
      value: null,
      ratio: null,
      forecastValue: null,
      forecastRatio: null,
      computedScore: 8.5,
      status: "NOT_STARTED",
    });
  });
});

describe("readSnapshotRow: rows written before (owners as display text)", () => {
  it("reads 未指定 as no owner", () => {
    expect(readSnapshotRow(stored("未指定"), SECTIONS).owners).toEqual([]);
    expect(readSnapshotRow(stored(""), SECTIONS).owners).toEqual([]);
  });

  it("reads a joined list as those names, with the ids of the sections that still carry them", () => {
    expect(readSnapshotRow(stored("农社科、高新办"), SECTIONS).owners).toEqual([
      { id: "s-nongshe", name: "农社科" },
      { id: "s-gaoxin", name: "高新办" },
    ]);
    expect(readSnapshotRow(stored("计划科"), SECTIONS).owners).toEqual([{ id: "s-jihua", name: "计划科" }]);
  });

  it("keeps a name no section carries any more, without an id; without sections no ids at all", () => {
    expect(readSnapshotRow(stored("计划科、已撤销科室"), SECTIONS).owners).toEqual([
      { id: "s-jihua", name: "计划科" },
      { id: null, name: "已撤销科室" },
    ]);
    expect(readSnapshotRow(stored("农社科、高新办")).owners).toEqual([
      { id: null, name: "农社科" },
      { id: null, name: "高新办" },
    ]);
  });

  it("reads text that merely starts with a bracket as a name, not as a broken list", () => {
    expect(readSnapshotRow(stored("[演示]科室")).owners).toEqual([{ id: null, name: "[演示]科室" }]);
  });

  it("leaves every other field as it was stored", () => {
    const { owners: _owners, ...rest } = readSnapshotRow(stored("计划科"), SECTIONS);
    const { owners: _stored, ...expected } = stored("计划科");
    expect(rest).toEqual(expected);
  });
});

describe("readSnapshotRow: damaged rows", () => {
  it("refuses a status that is not one of the enum's values", () => {
    expect(() => readSnapshotRow(stored("计划科", { status: "滞后" }))).toThrow(/状态无法识别：滞后/);
  });
});
