// Text composed in pages and components (#14 item 17): English read "Month locks：Locked Jan–Aug（until …）" and
// "Value：2 → 3" because pages joined their words with Chinese marks of their own. They now compose through the
// locale helpers of lib/i18n/punctuation.ts (labelled, aside, brackets, listSeparator) and the catalogue's templates;
// this test keeps it so by reading every string literal, template part and JSX text of components/ and app/.
import fs from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { DueAndLaggingLists } from "../../components/reviews/DueAndLaggingLists";
import { MonthLockSummary } from "../../components/targets/MonthLockSummary";
import { auditLines, auditLineText, type AuditEntryText } from "../../lib/i18n/audit";
import { messages } from "../../lib/i18n/messages";
import { aside, brackets, labelled, listSeparator } from "../../lib/i18n/punctuation";

/** Full-width marks and Chinese characters: neither belongs in text a page composes itself. */
const CHINESE = /[（）：，、。；\u4e00-\u9fff]/;

/**
 * The only files that may spell Chinese, each for a reason. Nothing else: a new one needs a reason here.
 */
const EXCEPTIONS: Record<string, string> = {
  // the 绩效计划书 as the document it came from: its own text IS the Chinese document, whatever the page's language
  "components/plan-document/": "the plan document's text",
  // the browser tab's title names the app in both languages at once
  "app/layout.tsx": "the bilingual title",
  // the downloaded workbook's file name, Chinese like every export (lib/server/export)
  "app/api/units/[unitId]/province/route.ts": "the export's file name",
};

function sourceFiles(): string[] {
  return ["components", "app"].flatMap((dir) =>
    (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(dir, f)),
  );
}

/** Every piece of text a file spells: string literals, template parts and JSX text (comments and regular expressions are not text). */
function spelt(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      out.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

describe("text composed in components and pages", () => {
  it("spells no full-width mark (（）：，、。；) and no Chinese outside lib/i18n, but the named exceptions", () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    const found = files
      .filter((f) => !Object.keys(EXCEPTIONS).some((e) => f.split(path.sep).join("/").startsWith(e)))
      .flatMap((f) => spelt(f).flatMap(({ line, text }) => (CHINESE.test(text) ? [`${f}:${line} ${JSON.stringify(text.trim())}`] : [])));
    expect(found).toEqual([]);
  });

  it("finds what it looks for: a mark in JSX text, a template and an attribute, not in a comment", () => {
    const file = path.join(fs.mkdtempSync(path.join(fs.realpathSync("/tmp"), "composed-")), "Probe.tsx");
    fs.writeFileSync(
      file,
      ["// 注释：不算", "export const a = (x: string) => <p title={`甲：${x}`} lang='乙'>", "  丙（{x}）", "</p>;", ""].join("\n"),
    );
    expect(
      spelt(file)
        .filter((s) => CHINESE.test(s.text))
        .map((s) => [s.line, s.text.trim()]),
    ).toEqual([
      [2, "甲："],
      [2, "乙"],
      [3, "丙（"],
      [3, "）"],
    ]);
  });
});

describe("the locale helpers", () => {
  it("join with Chinese marks in Chinese and English ones in English", () => {
    expect(labelled("完成值", 3, "zh")).toBe("完成值：3");
    expect(labelled("Value", 3, "en")).toBe("Value: 3");
    expect(`计划科${aside(3, "zh")}`).toBe("计划科（3）");
    expect(`Planning${aside(3, messages.en)}`).toBe("Planning (3)");
    expect(brackets("en")).toEqual({ open: " (", close: ")" });
    expect(["甲", "乙"].join(listSeparator("zh"))).toBe("甲、乙");
    expect(["A", "B"].join(listSeparator(messages.en, "semicolon"))).toBe("A; B");
    expect(["A", "B"].join(listSeparator("en", "comma"))).toBe("A, B");
  });
});

describe("composed text in English, rendered", () => {
  /** the rendered text, each element's edge a space */
  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim();

  it("groups the month locks with English marks (MonthLockSummary)", () => {
    const locks = [
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((month) => ({ month, locked: true, reason: "ADMIN_LOCKED" })),
      ...[9, 10].map((month) => ({ month, locked: false, reason: "REOPENED", reopenedUntil: "2013-11-15" })),
    ];
    const en = text(renderToStaticMarkup(createElement(MonthLockSummary, { locks, t: messages.en, locale: "en" })));
    expect(en).toBe("Month locks: Locked by administrator Jan–Aug Reopened Sep–Oct (until Nov 15, 2013)");
    expect(en).not.toMatch(CHINESE);
    const zh = text(renderToStaticMarkup(createElement(MonthLockSummary, { locks, t: messages.zh, locale: "zh" })));
    expect(zh).toBe("月份锁定： 管理员锁定 1–8月 已重新开放 9–10月（至 2013年11月15日）");
  });

  it("counts and remarks in brackets of the page's language (DueAndLaggingLists)", () => {
    const row = {
      code: "二.(一).1.(1)",
      title: "高企数量增长",
      value: 129,
      ratio: 0.75,
      status: "BEHIND" as const,
      owners: [
        { id: "a", name: "高新办" },
        { id: "b", name: "计划科" },
      ],
      target: {
        id: "t1",
        kind: "COUNT" as const,
        measureUnit: "家",
        baselineValue: null,
        window: { startMonth: 1, endMonth: 12, specified: true },
      },
    };
    const en = text(renderToStaticMarkup(createElement(DueAndLaggingLists, { due: [row], lagging: [], t: messages.en, locale: "en" })));
    expect(en).toContain("Due in the period (1)");
    expect(en).toContain("Overdue or behind (0)");
    expect(en).toContain("高新办, 计划科 · Jan–Dec · 129 家 (75%)");
    // only the plan's own words stay Chinese
    expect(en.replace(/二\.\(一\)\.1\.\(1\)|高企数量增长|高新办|计划科|家/g, "")).not.toMatch(CHINESE);
    const zh = text(renderToStaticMarkup(createElement(DueAndLaggingLists, { due: [row], lagging: [], t: messages.zh, locale: "zh" })));
    expect(zh).toContain("本期到期（1）");
    expect(zh).toContain("高新办、计划科 · 1–12月 · 129 家（75%）");
  });

  it("words an audit line with the language's colon", () => {
    const entry: AuditEntryText = {
      action: "RECORD_PROGRESS",
      entityType: "ProgressEntry",
      changes: [{ field: "value", before: "2", after: "3" }],
    };
    expect(auditLines(entry, messages.en, "en").map((l) => auditLineText(l, messages.en))).toEqual(["Value: 2 → 3"]);
    expect(auditLines(entry, messages.zh, "zh").map((l) => auditLineText(l, messages.zh))).toEqual(["完成值：2 → 3"]);
  });
});
