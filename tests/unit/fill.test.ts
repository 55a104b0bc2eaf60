import { describe, expect, it } from "vitest";
import { fill } from "../../lib/i18n/format";
import { messages } from "../../lib/i18n/messages";

describe("fill (message templates)", () => {
  it("puts every value in, as often as its placeholder appears", () => {
    expect(fill("{count} 项具体工作事项", { count: 13 })).toBe("13 项具体工作事项");
    expect(fill("{a}/{b}，共 {a} 项", { a: 3, b: 4 })).toBe("3/4，共 3 项");
  });

  it("leaves a placeholder without a value visible instead of dropping it", () => {
    expect(fill("{month}月 {missing}", { month: 11 })).toBe("11月 {missing}");
  });

  it("fills the real messages the duty list uses", () => {
    expect(fill(messages.zh.duties.itemsCount, { count: 72 })).toBe("72 项具体工作事项");
    expect(fill(messages.en.duties.dutyN, { seq: 14 })).toBe("Duty 14");
  });
});
