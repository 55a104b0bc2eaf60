// #11 (numbers, text): the one table of ranges (lib/domain/value-ranges.ts), the text primitives and the
// upgrade of typed counts, which must end whatever a legacy figure holds.
import { describe, expect, it } from "vitest";
import { itemsFromTypedCounts } from "../../lib/domain/count-items";
import {
  baselineRange,
  describeRange,
  enteredAmountRange,
  figureRange,
  finiteOrNull,
  finiteSum,
  isTinyNonZero,
  POINTS_RANGE,
  pointsInRange,
  rangeProblem,
  targetValueRange,
} from "../../lib/domain/value-ranges";
import { ANY_FIGURE_MAX, anyFigure, inRange, lockAfterDays, reportDueDays } from "../../lib/validation/numbers";
import { hasControlCharacters, multiLine, singleLine } from "../../lib/validation/primitives";
import { point } from "./yiyang-2013";
import { zh } from "../factories/zh-text";

describe("the ranges table", () => {
  it("bounds every money unit at the same amount, 1 万亿元", () => {
    const yuan = figureRange("AMOUNT", "元").max;
    expect(yuan).toBe(1e12);
    // 1 万元 = 1e4 元, 1 亿元 = 1e8 元
    expect(figureRange("AMOUNT", "万元").max * 1e4).toBe(yuan);
    expect(figureRange("AMOUNT", "亿元").max * 1e8).toBe(yuan);
    expect(enteredAmountRange("亿元").max).toBe(figureRange("AMOUNT", "亿元").max);
    // an amount without a money unit is read as 万元, as the plans state amounts
    expect(figureRange("AMOUNT", null).max).toBe(1e8);
    expect(ANY_FIGURE_MAX).toBe(yuan);
  });

  it("gives counts whole numbers 0 – 1,000,000 and their targets 1 – 1,000,000", () => {
    expect(figureRange("COUNT", "家")).toEqual({ min: 0, max: 1_000_000, integer: true, unit: "家" });
    expect(targetValueRange("COUNT", "家")).toEqual({ min: 1, max: 1_000_000, integer: true, unit: "家" });
  });

  it("measures a growth target's figure and baseline in its own unit, its target in %", () => {
    expect(figureRange("GROWTH_PCT", "亿元").max).toBe(1e4);
    expect(figureRange("GROWTH_PCT", "家").max).toBe(1e9);
    expect(baselineRange("亿元")).toMatchObject({ min: 0.0001, max: 1e4 });
    expect(targetValueRange("GROWTH_PCT", "家")).toMatchObject({ min: 0.01, max: 1000, unit: "%" });
  });

  it("takes no target value for milestones and declarations, figures 0–1", () => {
    expect(targetValueRange("MILESTONE", null)).toBeNull();
    expect(targetValueRange("DECLARATION", null)).toBeNull();
    expect(figureRange("MILESTONE", null)).toMatchObject({ min: 0, max: 1 });
  });

  it("words a range with its unit and thousands separators", () => {
    expect(zh(describeRange(figureRange("AMOUNT", "万元")))).toBe("0 到 100,000,000 万元");
    expect(zh(describeRange(targetValueRange("GROWTH_PCT", null)!))).toBe("0.01% 到 1,000%");
    expect(zh(rangeProblem("目标值", 0.00001, targetValueRange("AMOUNT", "亿元")!))).toBe("目标值应在 0.0001 到 10,000 亿元 之间");
    expect(zh(rangeProblem("数量", 2.5, figureRange("COUNT", "项")))).toBe("数量应为整数");
    expect(zh(rangeProblem("数量", Number.NaN, figureRange("COUNT", "项")))).toBe("数量应为有限的数字");
    expect(zh(rangeProblem("数量", 3, figureRange("COUNT", "项")))).toBeNull();
  });

  it("turns non-finite results into null and keeps sums finite or null", () => {
    expect(finiteOrNull(Number.POSITIVE_INFINITY)).toBeNull();
    expect(finiteOrNull(Number.NaN)).toBeNull();
    expect(finiteOrNull(undefined)).toBeNull();
    expect(finiteOrNull(0)).toBe(0);
    expect(finiteSum([1.7e308, 1.7e308])).toBeNull();
    expect(finiteSum([690, 420.5])).toBe(1110.5);
    expect(finiteSum([])).toBe(0);
  });

  it("counts stored points within 0–1000", () => {
    expect(pointsInRange(1.7e308)).toBe(1000);
    expect(pointsInRange(-5)).toBe(0);
    expect(pointsInRange(Number.NaN)).toBe(0);
    expect(pointsInRange(16.67)).toBe(16.67);
  });
});

describe("operation number schemas", () => {
  it("refuses what no target takes before the target is known, and leaves sign to the services", () => {
    expect(anyFigure("完成值").safeParse(1e12).success).toBe(true);
    expect(anyFigure("完成值").safeParse(-1).success).toBe(true);
    expect(zh(anyFigure("完成值").safeParse(1e12 + 1).error?.issues[0].message)).toBe("完成值不能超过 1,000,000,000,000");
    expect(anyFigure("完成值").safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
    expect(anyFigure("完成值").safeParse(Number.NaN).success).toBe(false);
  });

  it("holds reporting days to whole 0–60 and 0–120", () => {
    expect(reportDueDays.safeParse(60).success).toBe(true);
    expect(zh(reportDueDays.safeParse(61).error?.issues[0].message)).toBe("报送期限（天）应在 0 到 60 天 之间");
    expect(zh(lockAfterDays.safeParse(10.5).error?.issues[0].message)).toBe("锁定期限（天）应为整数");
    expect(inRange("x", { min: 0, max: 1, integer: false, unit: "" }).safeParse(0.5).success).toBe(true);
  });
});

describe("text primitives", () => {
  it("refuses every C0 control character and DEL on one line", () => {
    for (let c = 0; c < 0x20; c++) expect(hasControlCharacters(`a${String.fromCharCode(c)}b`), `U+${c.toString(16)}`).toBe(true);
    expect(hasControlCharacters("a\u007fb")).toBe(true);
    expect(hasControlCharacters("益阳市科技局 2013")).toBe(false);
  });

  it("allows \\n, \\r\\n and \\t in multi-line text, but not a lone \\r or the others", () => {
    expect(hasControlCharacters("一\n二\r\n\t三", true)).toBe(false);
    expect(hasControlCharacters("一\r二", true)).toBe(true);
    expect(hasControlCharacters("一\r", true)).toBe(true);
    expect(hasControlCharacters("一\u0000", true)).toBe(true);
    expect(hasControlCharacters("一\u000b", true)).toBe(true);
  });

  it("measures the length before trimming and names the field", () => {
    expect(zh(singleLine(3, "编号").safeParse("abcd").error?.issues[0].message)).toBe("编号不能超过 3 字");
    expect(zh(singleLine(3, "编号").safeParse("a\tb").error?.issues[0].message)).toBe("编号不能包含控制字符");
    expect(multiLine(3, "说明").safeParse("a\tb").success).toBe(true);
    expect(zh(singleLine(3, "编号").safeParse(undefined).error?.issues[0].message)).toBe("请填写编号");
    expect(zh(singleLine(3, "编号").safeParse(5).error?.issues[0].message)).toBe("编号应为文字");
  });
});

describe("typed counts become items (upgrade)", () => {
  it("makes one item per unit the count rose by", () => {
    expect(itemsFromTypedCounts([point("2013-03-31", 2), point("2013-06-30", 3)])).toEqual(["2013-03-31", "2013-03-31", "2013-06-30"]);
  });

  it("ends for a legacy figure of 1e20 (at most 1,000,000 items) and makes none for NaN", () => {
    const days = itemsFromTypedCounts([point("2013-03-31", 1e20)]);
    expect(days.length).toBe(1_000_000);
    expect(itemsFromTypedCounts([point("2013-03-31", Number.NaN)])).toEqual([]);
  });
});

describe("numbers too close to 0 (#11: 5e-324 slipped through ranges that start at 0)", () => {
  it("refuses a non-zero number smaller in size than 1e-9 and keeps 0 and 1e-9 itself", () => {
    expect([5e-324, -5e-324, 1e-10, -1e-300].map(isTinyNonZero)).toEqual([true, true, true, true]);
    expect([0, -0, 1e-9, 0.5, -2].map(isTinyNonZero)).toEqual([false, false, false, false, false]);
    expect(zh(rangeProblem("分值", 5e-324, POINTS_RANGE))).toBe("分值过小：不为 0 时绝对值至少为 0.000000001");
    expect(zh(rangeProblem("分值", 0, POINTS_RANGE))).toBeNull();
    expect(zh(rangeProblem("分值", 1e-9, POINTS_RANGE))).toBeNull();
  });
});
