import { describe, expect, it } from "vitest";
import {
  SEARCH_KIND_CAP,
  SEARCH_MAX_LENGTH,
  SEARCH_MAX_TERMS,
  bestSnippet,
  capRows,
  parseSearchQuery,
  snippetOf,
} from "../../lib/domain/search";

describe("site search bounds (#13)", () => {
  it("takes 1 to 50 characters after trimming, counted as characters", () => {
    expect(SEARCH_MAX_LENGTH).toBe(50);
    expect(parseSearchQuery("  黑茶  ")).toEqual({ ok: true, query: "黑茶", terms: ["黑茶"] });
    expect(parseSearchQuery("茶".repeat(50))).toMatchObject({ ok: true });
    expect(parseSearchQuery("茶".repeat(51))).toEqual({ ok: false, problem: "TOO_LONG" });
    // spaces around the query do not count
    expect(parseSearchQuery(`   ${"a".repeat(50)}   `)).toMatchObject({ ok: true, query: "a".repeat(50) });
    // an emoji is one character, not two UTF-16 units
    expect(parseSearchQuery("😀".repeat(50))).toMatchObject({ ok: true });
  });

  it("refuses an empty or blank query", () => {
    expect(parseSearchQuery("")).toEqual({ ok: false, problem: "EMPTY" });
    expect(parseSearchQuery(" \u3000 ")).toEqual({ ok: false, problem: "EMPTY" });
    expect(parseSearchQuery(null)).toEqual({ ok: false, problem: "EMPTY" });
  });

  it("takes at most 5 different terms (a repeated term counts once)", () => {
    expect(SEARCH_MAX_TERMS).toBe(5);
    expect(parseSearchQuery("一 二 三 四 五")).toMatchObject({ ok: true, terms: ["一", "二", "三", "四", "五"] });
    expect(parseSearchQuery("一 二 三 四 五 六")).toEqual({ ok: false, problem: "TOO_MANY_TERMS" });
    expect(parseSearchQuery("一\u3000二\u3000三\u3000四\u3000五\u3000六")).toEqual({ ok: false, problem: "TOO_MANY_TERMS" });
    expect(parseSearchQuery("茶 茶 茶 茶 茶 茶 茶")).toEqual({ ok: true, query: "茶 茶 茶 茶 茶 茶 茶", terms: ["茶"] });
  });

  it("refuses control characters, NUL and DEL among them; a tab or line break is one too on one line", () => {
    for (const c of ["\u0000", "\u001b", "\u007f", "\t", "\n"])
      expect(parseSearchQuery(`黑${c}茶`)).toEqual({ ok: false, problem: "CONTROL_CHARACTERS" });
    expect(parseSearchQuery("R&D 100% a_b")).toMatchObject({ ok: true, terms: ["r&d", "100%", "a_b"] });
  });

  it("caps each kind at 20 rows and says whether more were left out", () => {
    expect(SEARCH_KIND_CAP).toBe(20);
    const rows = Array.from({ length: 21 }, (_, i) => i);
    expect(capRows(rows.slice(0, 20))).toEqual({ rows: rows.slice(0, 20), more: false });
    expect(capRows(rows)).toEqual({ rows: rows.slice(0, 20), more: true });
    expect(capRows([], 20)).toEqual({ rows: [], more: false });
  });
});

describe("snippets", () => {
  it("shows a short text whole, with whitespace runs as one space", () => {
    expect(snippetOf("组建市级\n工程技术   研究中心4家。", ["研究中心"])).toBe("组建市级 工程技术 研究中心4家。");
  });

  it("cuts a long text around the first match, marking both cuts", () => {
    const text = `${"甲".repeat(100)}黑茶${"乙".repeat(100)}`;
    const s = snippetOf(text, ["黑茶"], 20);
    expect(s.startsWith("…")).toBe(true);
    expect(s.endsWith("…")).toBe(true);
    expect(s).toContain("黑茶");
    expect(s.replace(/…/g, "")).toHaveLength(20);
    // a quarter of the room leads to the match
    expect(s).toBe(`…${"甲".repeat(5)}黑茶${"乙".repeat(13)}…`);
  });

  it("keeps the start when the match is near it, and the end when the match is near the end", () => {
    const text = `黑茶${"乙".repeat(100)}绿茶`;
    expect(snippetOf(text, ["黑茶"], 10)).toBe(`黑茶${"乙".repeat(8)}…`);
    expect(snippetOf(text, ["绿茶"], 10)).toBe(`…${"乙".repeat(8)}绿茶`);
    expect(snippetOf(text, ["红茶"], 10)).toBe(`黑茶${"乙".repeat(8)}…`);
  });

  it("does not split a character outside the BMP", () => {
    const text = `${"😀".repeat(30)}黑茶`;
    const s = snippetOf(text, ["黑茶"], 9).replace(/…/g, "");
    expect([...s].every((c) => c === "😀" || c === "黑" || c === "茶")).toBe(true);
  });

  it("picks the field holding the most terms, the first of equals, case-insensitively", () => {
    const texts = [
      { field: "NAME" as const, text: "演示：益阳市黑茶加工工程技术研究中心" },
      { field: "DOC_NUMBER" as const, text: "益科发〔2013〕45号（演示）" },
      { field: "DESCRIPTION" as const, text: null },
    ];
    expect(bestSnippet(texts, ["45号"])).toEqual({ field: "DOC_NUMBER", snippet: "益科发〔2013〕45号（演示）" });
    expect(bestSnippet(texts, ["演示"])).toEqual({ field: "NAME", snippet: "演示：益阳市黑茶加工工程技术研究中心" });
    expect(bestSnippet(texts, ["演示", "2013"])?.field).toBe("DOC_NUMBER");
    expect(bestSnippet([{ field: "TITLE", text: "全社会研发投入(R&D)" }], ["r&d"])?.field).toBe("TITLE");
    expect(bestSnippet(texts, ["红茶"])).toBeNull();
    expect(bestSnippet(texts, ["益阳"], { length: 6 })).toEqual({ field: "NAME", snippet: "…：益阳市黑茶…" });
  });

  it("prefers a field the page does not show anyway, falling back to it", () => {
    const target = [
      { field: "TITLE" as const, text: "市级工程技术研究中心" },
      { field: "WORDING" as const, text: "组建市级工程技术研究中心4家。" },
      { field: "REMARKS" as const, text: null },
    ];
    expect(bestSnippet(target, ["工程技术"], { besides: "TITLE" })).toEqual({ field: "WORDING", snippet: "组建市级工程技术研究中心4家。" });
    expect(bestSnippet(target, ["4家"], { besides: "TITLE" })?.field).toBe("WORDING");
    expect(bestSnippet([target[0]], ["工程技术"], { besides: "TITLE" })).toEqual({ field: "TITLE", snippet: "市级工程技术研究中心" });
    expect(bestSnippet(target, ["红茶"], { besides: "TITLE" })).toBeNull();
  });
});
