import { describe, expect, it } from "vitest";
import { normalizeDateText, typingDateText } from "../../lib/domain/date-text";
import { dateInWords, dateProblemText } from "../../lib/i18n/date-words";
import { messages } from "../../lib/i18n/messages";
import { dateTextProblem } from "../../lib/validation/date-field";
import { isoDate } from "../../lib/validation/primitives";

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

// The field checks in the browser without zod; the API checks with isoDate. A text one takes and the other refuses
// would be a form that submits and fails, or one that refuses what the API would store.
describe("the date field's check and the API's isoDate agree", () => {
  const fieldTakes = (text: string) => dateTextProblem(text) === null;
  const apiTakes = (text: string) => isoDate.safeParse(text).success;

  it("on hand-picked edges, each with the answer written out", () => {
    const cases: [string, boolean][] = [
      ["2012-02-29", true],
      ["2013-02-29", false],
      ["2000-02-29", true], // divisible by 400
      ["2100-02-29", false], // divisible by 100, not by 400
      ["2013-13-01", false],
      ["2013-00-10", false],
      ["2013-01-00", false],
      ["2013-04-31", false],
      ["2013-12-32", false],
      ["2000-01-01", true], // EARLIEST_DATE
      ["1999-12-31", false], // the day before it
      ["2100-12-31", true], // LATEST_DATE
      ["2101-01-01", false], // the day after it
      ["0000-01-01", false],
      ["9999-12-31", false],
      ["２０１３-０９-３０", false], // full-width digits: the field's normalisation turns them into ASCII first
      ["٢٠١٣-٠٩-٣٠", false], // Arabic-Indic digits
      ["2013-09-3０", false],
      [" 2013-09-30", false],
      ["2013-09-30 ", false],
      ["2013-09-30\n", false],
      ["2013-09-30\t", false],
      ["2013-09-30T00:00", false],
      ["2013/09/30", false],
      ["2013-9-30", false],
      ["+2013-09-30", false],
      ["20130930", false],
    ];
    for (const [text, takes] of cases) {
      expect([text, fieldTakes(text)]).toEqual([text, takes]);
      expect([text, apiTakes(text)]).toEqual([text, takes]);
    }
  });

  it("on every YYYY-MM-DD with months 00–13 and days 00–32, in the years around the bounds and two leap rules", () => {
    const disagree: string[] = [];
    let taken = 0;
    for (const year of [1999, 2000, 2001, 2012, 2013, 2099, 2100, 2101]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          if (fieldTakes(text) !== apiTakes(text)) disagree.push(text);
          if (fieldTakes(text)) taken++;
        }
      }
    }
    expect(disagree).toEqual([]);
    // 2000 and 2012 have 366 days, 2001, 2013, 2099 and 2100 have 365; 1999 and 2101 lie outside the bounds
    expect(taken).toBe(2 * 366 + 4 * 365);
  });

  it("on every day from 1999-12-01 to 2101-01-31", () => {
    const disagree: string[] = [];
    let days = 0;
    for (let t = Date.UTC(1999, 11, 1); t <= Date.UTC(2101, 0, 31); t += 86_400_000) {
      const text = new Date(t).toISOString().slice(0, 10);
      if (fieldTakes(text) !== apiTakes(text)) disagree.push(text);
      days++;
    }
    expect(disagree).toEqual([]);
    // 31 days of December 1999, 2000–2100 (101 years, 25 of them leap: 2000 is, 2100 is not), 31 of January 2101
    expect(days).toBe(31 + 101 * 365 + 25 + 31);
  });

  it("refusing a real day outside the years any date may name as out of range, not as no such day", () => {
    expect(dateTextProblem("1999-12-31")).toEqual({ kind: "range", min: "2000-01-01", max: "2100-12-31" });
    expect(dateTextProblem("2101-01-01")).toEqual({ kind: "range", min: "2000-01-01", max: "2100-12-31" });
    expect(dateTextProblem("2101-02-29")).toEqual({ kind: "invalid" });
    expect(dateTextProblem(" 2013-09-30")).toEqual({ kind: "format" });
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
