import { describe, expect, it } from "vitest";
import { effectiveEntries } from "../../lib/domain/corrections";

const e = (id: string, action: string, replacesId: string | null = null) => ({ id, action, replacesId });

describe("effectiveEntries — the reports whose figures count", () => {
  it("keeps records nobody replaced, and a correction instead of the record it replaces", () => {
    const entries = [e("a", "RECORD"), e("b", "RECORD"), e("c", "CORRECTION", "b")];
    expect(effectiveEntries(entries).map((x) => x.id)).toEqual(["a", "c"]);
  });

  it("drops a withdrawn record and the withdrawal itself", () => {
    expect(effectiveEntries([e("a", "RECORD"), e("w", "WITHDRAWAL", "a")])).toEqual([]);
  });

  it("never counts a 本月无新进展 confirmation as a figure, while the record before it still counts", () => {
    const entries = [e("a", "RECORD"), e("n", "NO_CHANGE")];
    expect(effectiveEntries(entries).map((x) => x.id)).toEqual(["a"]);
  });

  it("follows a chain of corrections to the last one", () => {
    const entries = [e("a", "RECORD"), e("b", "CORRECTION", "a"), e("c", "CORRECTION", "b")];
    expect(effectiveEntries(entries).map((x) => x.id)).toEqual(["c"]);
  });
});
