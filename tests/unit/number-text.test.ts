import { describe, expect, it } from "vitest";
import { normalizeNumberText, numberFromText, parseNumberText } from "../../lib/domain/number-text";
import { numberOrNull } from "../../lib/validation/plan-edit";

describe("numbers as people type them (#14.5)", () => {
  it("reads thousands separators as the app displays them", () => {
    expect(parseNumberText("1,000")).toBe(1000);
    expect(parseNumberText("3,800")).toBe(3800);
    expect(parseNumberText("1,234,567.89")).toBe(1234567.89);
    expect(parseNumberText("-12,345.6")).toBe(-12345.6);
  });
  it("reads full-width digits, point, comma and minus as Chinese input methods type them", () => {
    expect(parseNumberText("１２３")).toBe(123);
    expect(parseNumberText("１，０００．５")).toBe(1000.5);
    expect(parseNumberText("－３")).toBe(-3);
    expect(parseNumberText("\u3000１２３\u3000")).toBe(123);
    expect(normalizeNumberText(" １，０００ ")).toBe("1,000");
  });
  it("refuses commas that do not group thousands rather than guess", () => {
    expect(parseNumberText("1,00")).toBe("invalid");
    expect(parseNumberText("1,5")).toBe("invalid");
    expect(parseNumberText("1,0000")).toBe("invalid");
    expect(parseNumberText(",100")).toBe("invalid");
  });
  it("keeps plain decimal notation and refuses what Number() would wrongly accept", () => {
    expect(parseNumberText("131")).toBe(131);
    expect(parseNumberText(".5")).toBe(0.5);
    expect(parseNumberText("1e3")).toBe(1000);
    expect(parseNumberText("0x10")).toBe("invalid");
    expect(parseNumberText("Infinity")).toBe("invalid");
    expect(parseNumberText("1_000")).toBe("invalid");
    expect(parseNumberText(".")).toBe("invalid");
    expect(parseNumberText("")).toBeNull();
    expect(parseNumberText("   ")).toBeNull();
  });
  it("gives the forms NaN for empty or wrong text (their schemas say why), null only where empty means none", () => {
    expect(numberFromText("1,000")).toBe(1000);
    expect(numberFromText("")).toBeNaN();
    expect(numberFromText("abc")).toBeNaN();
    expect(numberOrNull("")).toBeNull();
    expect(numberOrNull("２６７．９")).toBe(267.9);
    expect(numberOrNull("1,00")).toBeNaN();
  });
});
