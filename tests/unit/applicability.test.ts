import { describe, expect, it } from "vitest";
import { APPLICABILITIES, effectiveAreaPoints, INACTIVE_POINTS_RULES, isActive, type PointsTarget } from "../../lib/domain/applicability";
import { pointsSumMatches } from "../../lib/domain/points";

const target = (id: string, over: Partial<PointsTarget> = {}): PointsTarget => ({
  id,
  pointsOverride: null,
  applicability: "ACTIVE",
  inactivePointsRule: "REDISTRIBUTE",
  ...over,
});
const five = (over: Record<string, Partial<PointsTarget>> = {}) => ["a", "b", "c", "d", "e"].map((id) => target(id, over[id]));

describe("isActive", () => {
  it("is true for ACTIVE and for an unset applicability, false otherwise", () => {
    expect(isActive("ACTIVE")).toBe(true);
    expect(isActive(null)).toBe(true);
    expect(isActive(undefined)).toBe(true);
    expect(isActive("NOT_APPLICABLE")).toBe(false);
    expect(isActive("SUSPENDED")).toBe(false);
  });
  it("lists the applicabilities and rules", () => {
    expect(APPLICABILITIES).toEqual(["ACTIVE", "NOT_APPLICABLE", "SUSPENDED"]);
    expect(INACTIVE_POINTS_RULES).toEqual(["REDISTRIBUTE", "REMOVE"]);
  });
});

describe("effectiveAreaPoints", () => {
  it("leaves everything as planned when all targets are active", () => {
    const r = effectiveAreaPoints(100, five());
    expect(Object.fromEntries(r.points)).toEqual({ a: 20, b: 20, c: 20, d: 20, e: 20 });
    expect(Object.fromEntries(r.nominal)).toEqual({ a: 20, b: 20, c: 20, d: 20, e: 20 });
    expect(r).toMatchObject({ areaMax: 100, removed: 0, redistributed: 0 });
  });
  it("REDISTRIBUTE: 100 over 5, one suspended → the other four carry 25 each, area still 100", () => {
    const r = effectiveAreaPoints(100, five({ c: { applicability: "SUSPENDED" } }));
    expect(Object.fromEntries(r.points)).toEqual({ a: 25, b: 25, c: 0, d: 25, e: 25 });
    expect(Object.fromEntries(r.nominal)).toEqual({ a: 20, b: 20, c: 20, d: 20, e: 20 });
    expect(r).toMatchObject({ areaMax: 100, removed: 0, redistributed: 20 });
    expect(pointsSumMatches(100, r.points.values())).toBe(true);
  });
  it("REDISTRIBUTE is proportional to the nominal points, overrides included (60/20/20, one 20 suspended → 75/25/0)", () => {
    const r = effectiveAreaPoints(100, [
      target("centres", { pointsOverride: 60 }),
      target("varieties"),
      target("postdoc", { applicability: "NOT_APPLICABLE" }),
    ]);
    expect(Object.fromEntries(r.nominal)).toEqual({ centres: 60, varieties: 20, postdoc: 20 });
    expect(Object.fromEntries(r.points)).toEqual({ centres: 75, varieties: 25, postdoc: 0 });
    expect(r).toMatchObject({ areaMax: 100, removed: 0, redistributed: 20 });
  });
  it("REDISTRIBUTE of an overridden target's points goes to the others by their shares (40/30/30, the 40 suspended → 50/50)", () => {
    const r = effectiveAreaPoints(100, [target("a", { pointsOverride: 40, applicability: "SUSPENDED" }), target("b"), target("c")]);
    expect(Object.fromEntries(r.points)).toEqual({ a: 0, b: 50, c: 50 });
    expect(r).toMatchObject({ areaMax: 100, removed: 0, redistributed: 40 });
  });
  it("REDISTRIBUTE gives nothing to an active target that carries 0 points", () => {
    const r = effectiveAreaPoints(100, [
      target("a", { pointsOverride: 0 }),
      target("b", { pointsOverride: 50 }),
      target("c", { pointsOverride: 50, applicability: "SUSPENDED" }),
    ]);
    expect(Object.fromEntries(r.points)).toEqual({ a: 0, b: 100, c: 0 });
    expect(r).toMatchObject({ areaMax: 100, removed: 0, redistributed: 50 });
  });
  it("REMOVE: the area is assessed out of fewer points, the others keep their own", () => {
    const r = effectiveAreaPoints(100, five({ c: { applicability: "NOT_APPLICABLE", inactivePointsRule: "REMOVE" } }));
    expect(Object.fromEntries(r.points)).toEqual({ a: 20, b: 20, c: 0, d: 20, e: 20 });
    expect(r).toMatchObject({ areaMax: 80, removed: 20, redistributed: 0 });
    expect(pointsSumMatches(r.areaMax, r.points.values())).toBe(true);
  });
  it("REMOVE of an overridden target takes its override out of the total", () => {
    const r = effectiveAreaPoints(100, [
      target("a", { pointsOverride: 40, applicability: "SUSPENDED", inactivePointsRule: "REMOVE" }),
      target("b"),
      target("c"),
    ]);
    expect(Object.fromEntries(r.points)).toEqual({ a: 0, b: 30, c: 30 });
    expect(r).toMatchObject({ areaMax: 60, removed: 40, redistributed: 0 });
  });
  it("mixes the rules: one REMOVE and one REDISTRIBUTE in the same area", () => {
    const r = effectiveAreaPoints(
      100,
      five({
        a: { applicability: "SUSPENDED", inactivePointsRule: "REMOVE" },
        b: { applicability: "NOT_APPLICABLE", inactivePointsRule: "REDISTRIBUTE" },
      }),
    );
    // 20 removed; 20 shared over c, d, e (20 each) → 26.666…
    expect(r.points.get("a")).toBe(0);
    expect(r.points.get("b")).toBe(0);
    for (const id of ["c", "d", "e"]) expect(r.points.get(id)).toBeCloseTo(80 / 3, 9);
    expect(r).toMatchObject({ areaMax: 80, removed: 20, redistributed: 20 });
    expect(pointsSumMatches(80, r.points.values())).toBe(true);
  });
  it("removes the points when nothing in the area is left to take them", () => {
    const r = effectiveAreaPoints(100, [target("a", { applicability: "SUSPENDED" }), target("b", { applicability: "NOT_APPLICABLE" })]);
    expect(Object.fromEntries(r.points)).toEqual({ a: 0, b: 0 });
    expect(r).toMatchObject({ areaMax: 0, removed: 100, redistributed: 0 });
  });
  it("removes the points when the only active targets carry 0 points", () => {
    const r = effectiveAreaPoints(100, [
      target("a", { pointsOverride: 0 }),
      target("b", { pointsOverride: 100, applicability: "SUSPENDED" }),
    ]);
    expect(Object.fromEntries(r.points)).toEqual({ a: 0, b: 0 });
    expect(r).toMatchObject({ areaMax: 0, removed: 100, redistributed: 0 });
  });
  it("rounds areaMax, removed and redistributed like points (100 over 3, one removed → 66.666667)", () => {
    const r = effectiveAreaPoints(100, [
      target("a", { applicability: "SUSPENDED", inactivePointsRule: "REMOVE" }),
      target("b"),
      target("c"),
    ]);
    expect(r.areaMax).toBe(66.666667);
    expect(r.removed).toBe(33.333333);
    expect(r.redistributed).toBe(0);
    const s = effectiveAreaPoints(100, [target("a", { applicability: "SUSPENDED" }), target("b"), target("c")]);
    expect(s.redistributed).toBe(33.333333);
    expect(s.areaMax).toBe(100);
    expect(s.points.get("b")).toBeCloseTo(50, 9);
    expect(s.points.get("c")).toBeCloseTo(50, 9);
  });
  it("handles an empty area", () => {
    const r = effectiveAreaPoints(100, []);
    expect(r.points.size).toBe(0);
    expect(r).toMatchObject({ areaMax: 100, removed: 0, redistributed: 0 });
  });
});
