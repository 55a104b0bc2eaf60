import { describe, expect, it } from "vitest";
import { countItemPoints, itemOutsideWindow } from "../../lib/domain/count-items";
import { statusDetail } from "../../lib/domain/status";
import { countItemSchema } from "../../lib/validation/count-item";
import { fieldErrors, needsConfirmation } from "../../lib/validation/progress";

// 农村科普基地 2 个, 4–12月
const aprilToDecember = { year: 2013, startMonth: 4, endMonth: 12, specified: true };
// 引进农业新品种 5 项, 3–10月 (11月前完成)
const marchToOctober = { year: 2013, startMonth: 3, endMonth: 10, specified: true };

describe("an item dated outside its target's window (#14.4)", () => {
  it("is BEFORE up to the day before the window opens and inside from its first day", () => {
    expect(itemOutsideWindow("2013-02-01", aprilToDecember)).toBe("BEFORE");
    expect(itemOutsideWindow("2013-03-31", aprilToDecember)).toBe("BEFORE");
    expect(itemOutsideWindow("2013-04-01", aprilToDecember)).toBeNull();
  });
  it("is inside on the window's last day and AFTER from the day after", () => {
    expect(itemOutsideWindow("2013-10-31", marchToOctober)).toBeNull();
    expect(itemOutsideWindow("2013-11-01", marchToOctober)).toBe("AFTER");
  });
  it("is never outside a window the plan left unspecified (the whole year)", () => {
    expect(itemOutsideWindow("2013-01-01", { year: 2013, startMonth: 1, endMonth: 12, specified: false })).toBeNull();
  });

  it("counts all the same: early items reach the target (DONE before the window), a late one completes it late", () => {
    const measure = { kind: "COUNT" as const, targetValue: 2, baselineValue: null };
    const window = { year: 2013, startMonth: 4, endMonth: 12 };
    const items = [
      { date: "2013-02-01", status: "ACTIVE", recordedAt: "2013-02-01T08:00:00Z" },
      { date: "2013-03-15", status: "ACTIVE", recordedAt: "2013-03-15T08:00:00Z" },
    ];
    const points = countItemPoints(items);
    expect(points.at(-1)?.value).toBe(2);
    expect(statusDetail({ measure, window, points, asOf: "2013-03-31" }).status).toBe("DONE");
    const late = countItemPoints([items[0], { date: "2014-01-05", status: "ACTIVE", recordedAt: "2014-01-05T08:00:00Z" }]);
    expect(statusDetail({ measure, window, points: late, asOf: "2014-01-04" }).status).toBe("OVERDUE");
    expect(statusDetail({ measure, window, points: late, asOf: "2014-01-05" }).status).toBe("DONE");
  });

  it("asks for confirmation when saved (the form and the API share the schema), then takes it", () => {
    const schema = countItemSchema({ planYear: 2013, today: "2013-12-31", sectionIds: ["s"], window: aprilToDecember });
    const refused = schema.safeParse({ name: "某镇农村科普基地", date: "2013-02-01" });
    expect(refused.success).toBe(false);
    expect(needsConfirmation(refused.error!)).toBe(true);
    expect(fieldErrors(refused.error!, "zh").date).toBe(
      "日期 2013-02-01 在指标时间窗口（4–12月）开始之前：该事项仍计入完成数，请确认日期无误后再登记",
    );
    expect(schema.safeParse({ name: "某镇农村科普基地", date: "2013-02-01", confirmOutsideWindow: true }).success).toBe(true);
    expect(schema.safeParse({ name: "某镇农村科普基地", date: "2013-04-01" }).success).toBe(true);
    // without a window to check (an edit that keeps the date) nothing is asked
    const noCheck = countItemSchema({ planYear: 2013, today: "2013-12-31", sectionIds: ["s"] });
    expect(noCheck.safeParse({ name: "某镇农村科普基地", date: "2013-02-01" }).success).toBe(true);
  });
});
