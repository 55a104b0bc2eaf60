import { describe, expect, it } from "vitest";
import { normalizeDateText, typingDateText } from "../../lib/domain/date-text";
import { dateInWords, dateProblemText } from "../../lib/i18n/date-words";
import { messages } from "../../lib/i18n/messages";
import { dateTextProblem } from "../../lib/validation/date-field";

describe("typing a date", () => {
  it("groups digits as YYYY-MM-DD as they come (a phone's numeric keyboard has no dash)", () => {
    expect(["2", "2013", "20130", "201309", "2013093", "20130930"].map(typingDateText)).toEqual([
      "2",
      "2013",
      "2013-0",
      "2013-09",
      "2013-09-3",
      "2013-09-30",
    ]);
  });

  it("takes in a dash typed where the grouping puts one, and keeps what is already grouped", () => {
    expect(typingDateText("2013-")).toBe("2013");
    expect(typingDateText("2013-09-")).toBe("2013-09");
    expect(typingDateText("2013-09-30")).toBe("2013-09-30");
    expect(typingDateText("")).toBe("");
  });

  it("leaves anything else as typed, for the check or the normalisation", () => {
    expect(typingDateText("2013-9-30")).toBe("2013-9-30");
    expect(typingDateText("2013/9/30")).toBe("2013/9/30");
    expect(typingDateText("201309301")).toBe("201309301");
    expect(typingDateText("-")).toBe("-");
  });
});

describe("normalising a date when the field is left", () => {
  it("reads the usual spellings", () => {
    for (const s of ["2013-9-30", "2013/9/30", "2013.9.30", "20130930", "2013年9月30日", " 2013 年 9 月 30 日 ", "２０１３－０９－３０"]) {
      expect(normalizeDateText(s)).toBe("2013-09-30");
    }
  });

  it("does not decide whether the day exists, and leaves the rest trimmed", () => {
    expect(normalizeDateText("2013/2/30")).toBe("2013-02-30");
    expect(normalizeDateText(" 30/09/2013 ")).toBe("30/09/2013");
    expect(normalizeDateText("")).toBe("");
  });
});

describe("the date field's check (the API's date primitive and the field's bounds)", () => {
  it("takes a day that exists, inside the bounds, the bounds included", () => {
    expect(dateTextProblem("2013-09-30")).toBeNull();
    expect(dateTextProblem("2013-01-01", { min: "2013-01-01", max: "2013-12-31" })).toBeNull();
    expect(dateTextProblem("2013-12-31", { min: "2013-01-01", max: "2013-12-31" })).toBeNull();
    expect(dateTextProblem("")).toBeNull();
  });

  it("names what is wrong", () => {
    expect(dateTextProblem("2013-9-30")).toEqual({ kind: "format" });
    expect(dateTextProblem("09/30/2013")).toEqual({ kind: "format" });
    expect(dateTextProblem("2013-02-29")).toEqual({ kind: "invalid" });
    expect(dateTextProblem("2013-13-01")).toEqual({ kind: "invalid" });
    expect(dateTextProblem("2014-01-01", { min: "2013-01-01", max: "2013-12-31" })).toEqual({
      kind: "range",
      min: "2013-01-01",
      max: "2013-12-31",
    });
    expect(dateTextProblem("2012-12-31", { min: "2013-01-01" })).toEqual({ kind: "range", min: "2013-01-01", max: "2100-12-31" });
    // the years any date may name bound every field
    expect(dateTextProblem("1999-12-31")).toEqual({ kind: "range", min: "2000-01-01", max: "2100-12-31" });
    expect(dateTextProblem("2012-02-29")).toBeNull();
  });
});

describe("a day in words, in the interface language", () => {
  it("writes the day the zh-CN way, or in English", () => {
    expect(dateInWords("2013-09-30", messages.zh.dateField)).toBe("2013年9月30日");
    expect(dateInWords("2013-01-05", messages.zh.dateField)).toBe("2013年1月5日");
    expect(dateInWords("2013-09-30", messages.en.dateField)).toBe("September 30, 2013");
  });

  it("says why a text is refused", () => {
    expect(dateProblemText({ kind: "format" }, messages.zh.dateField)).toBe("请按 YYYY-MM-DD 填写，如 2013-09-30");
    expect(dateProblemText({ kind: "invalid" }, messages.en.dateField)).toBe("There is no such day");
    expect(dateProblemText({ kind: "range", min: "2013-01-01", max: "2013-12-31" }, messages.zh.dateField)).toBe(
      "应在 2013年1月1日 到 2013年12月31日 之间",
    );
  });
});
