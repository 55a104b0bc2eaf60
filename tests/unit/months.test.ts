// Months in the reader's language (#14 item 17): English pages said "On-time rate, month 8", grouped locked months as
// M1–8 and drew the target chart's axis as 1月 … 12月. Every month is named by one formatter (lib/i18n/format.ts).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { groupLocks, lockedMonthMessage, type MonthLock } from "../../components/targets/month-locks";
import { fill, formatMonth, formatMonthRuns, formatWindow } from "../../lib/i18n/format";
import { messages } from "../../lib/i18n/messages";

const lock = (month: number): MonthLock => ({ month, locked: true, reason: "AUTO", reopenedUntil: null }) as MonthLock;

describe("months", () => {
  it("are named by one formatter: 8月 / Aug / August, runs 1–8月 / Jan–Aug", () => {
    expect([formatMonth(8, "zh"), formatMonth(8, "en"), formatMonth(8, "en", "long")]).toEqual(["8月", "Aug", "August"]);
    expect(formatMonth(12, messages.en)).toBe("Dec");
    expect([formatWindow(3, 10, "zh"), formatWindow(3, 10, "en"), formatWindow(5, 5, "en")]).toEqual(["3–10月", "Mar–Oct", "May"]);
    expect(formatMonthRuns([1, 2, 3, 5], "zh")).toBe("1–3月、5月");
    expect(formatMonthRuns([1, 2, 3, 5], "en")).toBe("Jan–Mar, May");
  });

  it("group locked months as Jan–Aug in English (was M1–8) and 1–8月 in Chinese", () => {
    const locks = [1, 2, 3, 4, 5, 6, 7, 8].map(lock);
    expect(groupLocks(locks, messages.en, "en")[0].months).toBe("Jan–Aug");
    expect(groupLocks(locks, messages.zh, "zh")[0].months).toBe("1–8月");
  });

  it("say the latest on-time rate and a locked month by name", () => {
    expect(fill(messages.en.discipline.latestCard, { month: formatMonth(8, "en", "long") })).toBe("On-time rate, August");
    expect(fill(messages.zh.discipline.latestCard, { month: formatMonth(8, "zh", "long") })).toBe("8月按时报送率");
    expect(lockedMonthMessage("2013-08-15", 2013, [lock(8)], messages.en)).toMatch(/^August is locked/);
    expect(lockedMonthMessage("2013-08-15", 2013, [lock(8)], messages.zh)).toMatch(/^8月的数据已锁定/);
  });

  it("leave no month number for English to read as 'month 8' or 'M8'", () => {
    const texts: string[] = [];
    const walk = (v: unknown) => (typeof v === "string" ? texts.push(v) : Object.values(v as object).forEach(walk));
    walk(messages.en);
    expect(texts.filter((s) => /\bmonth \{month\}|\bM\{month\}|\{month\}\/\{year\}/i.test(s))).toEqual([]);
  });

  it("are never spelt 月 in components or pages: they ask lib/i18n", () => {
    const files = ["components", "app"].flatMap((dir) =>
      (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(dir, f)),
    );
    const found = files.flatMap((file) =>
      fs
        .readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line: line.trim(), at: `${file}:${i + 1}` }))
        .filter(({ line }) => /[0-9}]月|`月|"月/.test(line) && !/^(\/\/|\*|\/\*|\{\/\*)/.test(line))
        .map(({ at, line }) => `${at}: ${line}`),
    );
    expect(found).toEqual([]);
  });
});
