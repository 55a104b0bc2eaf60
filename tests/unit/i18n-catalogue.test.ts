import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { errorsEn, errorsZh } from "../../lib/i18n/errors";
import { messages } from "../../lib/i18n/messages";
import { msg, msgList } from "../../lib/i18n/message-text";
import { renderMessage } from "../../lib/i18n/render-message";

const HAN = /[\u4e00-\u9fff]/;
/** Chinese (full-width) punctuation, which has no place in English text; curly quotes are English too */
const FULL_WIDTH = /[：（），。、；！？「」『』【】《》～]/;

/**
 * The only English texts that may hold Chinese, each for a reason: the language switch names the other language
 * in its own words; the duty search's example is what the list holds (its names are Chinese); the month sheet's
 * hint names what its Chinese cells take (是 in the confirmation column, amounts in 万元 or 亿元).
 */
const EXCEPTIONS = new Set(["nav.language", "duties.searchPlaceholder", "monthSheet.hint"]);

function leaves(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === "string") return [[path.join("."), value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, [...path, k]));
}

describe("the message catalogue (lib/i18n)", () => {
  it("has every error message in both languages", () => {
    const zh = Object.keys(errorsZh.errors).sort();
    expect(Object.keys(errorsEn.errors).sort()).toEqual(zh);
    for (const [key, text] of Object.entries(errorsEn.errors)) expect(text.trim(), key).not.toBe("");
    for (const [key, text] of Object.entries(errorsZh.errors)) expect(text.trim(), key).not.toBe("");
  });

  it("gives each English message the placeholders of its Chinese one", () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, zh] of Object.entries(errorsZh.errors)) {
      expect(names((errorsEn.errors as Record<string, string>)[key]), key).toEqual(names(zh));
    }
  });

  it("has no Chinese characters and no full-width punctuation anywhere in English", () => {
    const found = leaves(messages.en).filter(([path, text]) => !EXCEPTIONS.has(path) && (HAN.test(text) || FULL_WIDTH.test(text)));
    expect(found).toEqual([]);
  });

  it("puts a message into words in the reader's language, its values too", () => {
    const m = msg("notFound", { what: msg("noun.target") });
    expect(renderMessage(m, "zh")).toBe("指标不存在");
    expect(renderMessage(m, "en")).toBe("This target does not exist");
    const list = msgList([msg("reason.required"), "x"]);
    expect(renderMessage(list, "zh")).toBe("请填写原因；x");
    expect(renderMessage(list, "en")).toBe("Please give a reason; x");
    expect(renderMessage(`前缀 ${m}`, "en")).toBe("前缀 This target does not exist");
    expect(renderMessage("计划原文", "en")).toBe("计划原文");
  });
});

describe("table headers in English", () => {
  /** Column groups: the target tables (table), the score sheet (score.col), the responsibility list (duties.col). */
  const COLUMNS = ["table", "score.col", "duties.col"];
  const at = (root: unknown, path: string) =>
    path.split(".").reduce((v, k) => (v as Record<string, unknown>)[k], root) as Record<string, unknown>;

  it("never heads two columns alike where the Chinese heads them apart (指标 Target, 目标值 Target value)", () => {
    for (const group of COLUMNS) {
      const zh = at(messages.zh, group);
      const en = at(messages.en, group);
      const keys = Object.keys(zh).filter((k) => typeof zh[k] === "string");
      for (const a of keys) {
        for (const b of keys) {
          if (a < b && zh[a] !== zh[b]) expect(en[a], `${group}.${a} and ${group}.${b}`).not.toBe(en[b]);
        }
      }
    }
    expect([messages.en.table.target, messages.en.table.targetValue]).toEqual(["Target", "Target value"]);
  });
});

describe("one catalogue, no way around it", () => {
  const SOURCES = ["app", "components", "lib", "graphql"];
  const files = SOURCES.flatMap((dir) =>
    (fs.readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => /\.tsx?$/.test(f) && !f.split(path.sep).includes("generated"))
      .map((f) => path.join(dir, f)),
  );
  const outsideI18n = files.filter((f) => !f.startsWith(path.join("lib", "i18n") + path.sep));
  const lines = (pattern: RegExp) =>
    outsideI18n.flatMap((file) =>
      fs
        .readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}`] : [])),
    );

  it('fills templates with lib/i18n fill(), never .replace("{…}", …)', () => {
    expect(lines(/\.replace\("\{/)).toEqual([]);
  });

  it('asks lib/i18n about the language (htmlLang, listSeparator, formatMonth …) instead of testing locale === "zh"', () => {
    expect(lines(/locale\s*[!=]==\s*"(zh|en)"|"(zh|en)"\s*[!=]==\s*locale/)).toEqual([]);
  });
});

describe("enum labels once", () => {
  type Group = { path: string; zh: Record<string, string>; en: Record<string, string> };
  /** every object of the catalogue keyed by an enum's values (QUARTER, DONE …), with its labels in both languages */
  function enumGroups(): Group[] {
    const out: Group[] = [];
    const at = (root: unknown, path: string[]) => path.reduce((v, k) => (v as Record<string, unknown>)[k], root) as Record<string, unknown>;
    const walk = (value: unknown, path: string[]) => {
      if (!value || typeof value !== "object") return;
      const entries = Object.entries(value as Record<string, unknown>);
      const labels = entries.filter(([k, v]) => /^[A-Z][A-Z0-9_]*$/.test(k) && typeof v === "string");
      if (labels.length >= 2) {
        const en = at(messages.en, path);
        out.push({ path: path.join("."), zh: Object.fromEntries(labels) as Record<string, string>, en: en as Record<string, string> });
      }
      for (const [k, v] of entries) walk(v, [...path, k]);
    };
    walk(messages.zh, []);
    return out;
  }
  /**
   * Two enums that share words without being one: a grade (优秀 良好 合格 不合格) and the city government's external
   * result (合格 / 不合格) are different things recorded apart.
   */
  const DIFFERENT_ENUMS = [["grade.label", "grade.result"]];

  it("writes no enum's labels twice, not even once more in another case (bulletin.kindName was review.kinds in lower case)", () => {
    const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
    const groups = enumGroups();
    expect(groups.map((g) => g.path)).toContain("review.kinds");
    const twice: string[] = [];
    for (const a of groups) {
      for (const b of groups) {
        if (a === b || Object.keys(a.zh).length > Object.keys(b.zh).length) continue;
        if (DIFFERENT_ENUMS.some(([x, y]) => (x === a.path && y === b.path) || (x === b.path && y === a.path))) continue;
        const repeats = Object.keys(a.zh).every((k) => k in b.zh && same(a.zh[k], b.zh[k]) && same(a.en[k], b.en[k]));
        if (repeats && (a.path < b.path || Object.keys(a.zh).length < Object.keys(b.zh).length)) twice.push(`${a.path} repeats ${b.path}`);
      }
    }
    expect(twice).toEqual([]);
  });

  it('keeps enum labels out of the code: no ENUM: "中文" outside lib/i18n (exports, the month sheet and the plan document read messages.zh)', () => {
    const files = ["app", "components", "lib", "graphql"].flatMap((dir) =>
      (fs.readdirSync(dir, { recursive: true }) as string[])
        .filter((f) => /\.tsx?$/.test(f) && !f.split(path.sep).includes("generated"))
        .map((f) => path.join(dir, f))
        .filter((f) => !f.startsWith(path.join("lib", "i18n") + path.sep)),
    );
    const found = files.flatMap((file) =>
      fs
        .readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (/\b[A-Z][A-Z0-9_]+: ["'`][^"'`]*[\u4e00-\u9fff]/.test(line) ? [`${file}:${i + 1}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
