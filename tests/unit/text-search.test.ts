import { describe, expect, it } from "vitest";
import { highlightParts, matchesAll, matchesAny, searchTerms } from "../../lib/domain/text-search";

describe("text search (责任清单)", () => {
  it("splits the query on any whitespace, lower-cased, without duplicates", () => {
    expect(searchTerms("  专利  执法\u3000专利 ")).toEqual(["专利", "执法"]);
    expect(searchTerms("")).toEqual([]);
    expect(searchTerms(null)).toEqual([]);
    expect(searchTerms("IP")).toEqual(["ip"]);
  });

  it("matches when every term occurs somewhere in the texts", () => {
    expect(matchesAll(["负责专利执法工作", "知识产权办公室"], ["专利", "知识产权"])).toBe(true);
    expect(matchesAll(["负责专利执法工作"], ["专利", "地震"])).toBe(false);
    expect(matchesAll(["anything"], [])).toBe(true);
    expect(matchesAll([null, undefined, "12330举报"], ["12330"])).toBe(true);
    expect(matchesAny("负责专利执法工作", ["地震", "专利"])).toBe(true);
    expect(matchesAny("负责专利执法工作", [])).toBe(false);
  });

  it("cuts a text into plain and highlighted parts that join back to the text", () => {
    const text = "指导专利运营，推进专利质押融资";
    const parts = highlightParts(text, ["专利"]);
    expect(parts).toEqual([
      { text: "指导", match: false },
      { text: "专利", match: true },
      { text: "运营，推进", match: false },
      { text: "专利", match: true },
      { text: "质押融资", match: false },
    ]);
    expect(parts.map((p) => p.text).join("")).toBe(text);
    // overlapping terms merge; case-insensitive
    expect(highlightParts("ABCD", ["bc", "cd"])).toEqual([
      { text: "A", match: false },
      { text: "BCD", match: true },
    ]);
    expect(highlightParts("无匹配", ["专利"])).toEqual([{ text: "无匹配", match: false }]);
  });
});
