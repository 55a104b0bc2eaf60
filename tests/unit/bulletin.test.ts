// 通报 (#13): the pure assembly (lib/domain/bulletin.ts) and its wording (lib/i18n/bulletin-text.ts) on the 2013
// plan as seeded (prisma/seed-data/yiyang-2013.ts: 20 targets in 6 areas, 480 + 200 points, owners per area), with
// figures worked out by hand.
import { describe, expect, it } from "vitest";
import { YIYANG_2013 } from "../../prisma/seed-data/yiyang-2013";
import { assembleBulletin, fullUnitName, periodMonths, type BulletinInput, type BulletinSnapshotRow } from "../../lib/domain/bulletin";
import type { TargetStatus } from "../../lib/domain/types";
import { bulletinBlocks, bulletinPlainText, bulletinTitle } from "../../lib/i18n/bulletin-text";
import { messages } from "../../lib/i18n/messages";
import { blackTeaPlatform, engineeringCentres } from "./yiyang-2013";

/** Each target's completion and status at the end of 2013 Q3, chosen for the test (codes as the plan numbers them). */
const Q3: Record<string, [number | null, TargetStatus]> = {
  "二.(一).1.(1)": [0.75, "ON_TRACK"],
  "二.(一).1.(2)": [0.5, "BEHIND"],
  "二.(一).2.(1)①": [0.8, "ON_TRACK"],
  "二.(一).2.(1)②": [0.8, "ON_TRACK"],
  "二.(一).2.(2)": [0.5, "BEHIND"],
  "二.(一).2.(3)①": [1, "DONE"],
  "二.(一).2.(3)②": [0.6, "ON_TRACK"],
  "二.(一).2.(3)③": [0, "BEHIND"],
  "二.(一).3.(1)": [1, "DONE"], // 推进中国黑茶产业联盟创新服务平台建设, done 09-26
  "二.(一).3.(2)": [0.4, "BEHIND"],
  "二.(一).3.(3)": [0.25, "BEHIND"], // 组建市级工程技术研究中心4家: 1 of 4
  "二.(一).4.(1)": [0.5, "OVERDUE"],
  "二.(一).4.(2)": [1.5, "DONE"], // over-fulfilled: capped at 100% in the completion
  "二.(一).4.(3)": [0.5, "ON_TRACK"],
  "二.(一).5": [null, "NOT_STARTED"],
  "二.(二).1①": [0.75, "ON_TRACK"],
  "二.(二).1②": [0.5, "BEHIND"],
  "二.(二).2": [0.4, "BEHIND"],
  "二.(二).3": [null, "BEHIND"],
  "二.(二).4": [0.7, "ON_TRACK"],
};

/** The seeded plan's targets as a snapshot holds them: area points split equally, owners from 三.2 (per area). */
function rows(): BulletinSnapshotRow[] {
  return YIYANG_2013.areas.flatMap((area) =>
    area.targets.map((t) => {
      const [ratio, status] = Q3[t.code];
      return {
        code: t.code,
        title: t.title,
        kind: t.kind,
        measureUnit: t.measureUnit ?? null,
        targetValue: t.targetValue ?? null,
        areaName: area.name,
        owners: (area.owners ?? []).map((name) => ({ id: `s-${name}`, name })),
        status,
        value: ratio === null || t.targetValue == null ? null : ratio * t.targetValue,
        ratio,
        expectedRatio: 0.6,
        points: area.points / area.targets.length,
      };
    }),
  );
}

const input = (over: Partial<BulletinInput> = {}): BulletinInput => ({
  unit: { name: YIYANG_2013.unit.name, region: YIYANG_2013.unit.region ?? null },
  plan: { title: YIYANG_2013.plan.title, year: 2013 },
  review: { kind: "QUARTER", year: 2013, periodIndex: 3, periodStart: "2013-07-01", periodEnd: "2013-09-30" },
  rows: rows(),
  discipline: {
    asOf: "2013-10-08",
    cells: [
      { month: 6, status: "MISSING" }, // before the quarter: not counted
      { month: 7, status: "ON_TIME" },
      { month: 7, status: "LATE" },
      { month: 8, status: "ON_TIME" },
      { month: 9, status: "MISSING" },
      { month: 9, status: "PENDING" },
    ],
    sections: [
      {
        id: "s-计划科",
        name: "计划科",
        cells: [
          { month: 7, status: "ON_TIME" },
          { month: 9, status: "MISSING" },
        ],
      },
      { id: "s-成果科", name: "成果科", cells: [{ month: 5, status: "LATE" }] }, // nothing owed in Q3: left out
    ],
  },
  notices: [
    { code: "二.(一).3.(3)", title: "市级工程技术研究中心", notice: "加快组建", deadline: "2013-10-31" },
    { code: "二.(一).2.(3)③", title: "农村科普基地", notice: "落实选址", deadline: "2013-10-15" },
  ],
  addressee: null,
  remarks: null,
  issuedOn: null,
  today: "2013-10-20",
  ...over,
});

describe("the 2013 plan as seeded", () => {
  it("has the figures the hand calculations below start from", () => {
    expect(rows()).toHaveLength(20);
    expect(rows().reduce((s, r) => s + r.points, 0)).toBeCloseTo(680, 9);
    expect(rows().find((r) => r.code === "二.(一).3.(3)")).toMatchObject({ kind: engineeringCentres.measure.kind, targetValue: 4 });
    expect(rows().find((r) => r.code === "二.(一).3.(1)")!.kind).toBe(blackTeaPlatform.measure.kind);
  });
});

describe("assembleBulletin", () => {
  const b = assembleBulletin(input());

  it("totals the plan: points-weighted completion with over-fulfilment capped, and the count per status", () => {
    // area by area, Σ points × min(ratio, 1):
    //   高新技术产业发展        50 × 0.75 + 50 × 0.5                               = 62.5
    //   科技支撑农业与民生建设  100/6 × (0.8 + 0.8 + 0.5 + 1 + 0.6 + 0)            = 61.666…
    //   创新能力建设            100/3 × (1 + 0.4 + 0.25)                           = 55
    //   产学研协同创新          100/3 × (0.5 + 1 (1.5 capped) + 0.5)               = 66.666…
    //   创新创优                80 × 0 (no figure)                                 = 0
    //   科技投入与保障          40 × (0.75 + 0.5 + 0.4 + 0 + 0.7)                  = 94
    // total 339.8333… of 680
    expect(b.overall).toMatchObject({ count: 20, points: 680, done: 3, onTrack: 7, behind: 8, overdue: 1, notStarted: 1, inactive: 0 });
    expect(b.overall.completion).toBeCloseTo((62.5 + 370 / 6 + 55 + 200 / 3 + 0 + 94) / 680, 12);
    expect(b.overall.completion).toBeCloseTo(0.49975, 5);
  });

  it("gives each area in plan order and each section in the order it first owns a target, the unowned last", () => {
    expect(b.areas.map((a) => [a.name, a.count, a.points])).toEqual([
      ["高新技术产业发展", 2, 100],
      ["科技支撑农业与民生建设", 6, 100],
      ["创新能力建设", 3, 100],
      ["产学研协同创新", 3, 100],
      ["创新创优", 1, 80],
      ["科技投入与保障", 5, 200],
    ]);
    expect(b.areas[0].completion).toBeCloseTo(0.625, 12);
    expect(b.areas[2]).toMatchObject({ done: 1, behind: 2, overdue: 0 });
    expect(b.areas[2].completion).toBeCloseTo(0.55, 12);
    expect(b.areas[5].completion).toBeCloseTo(94 / 200, 12);
    // 高新办 owns 高新技术产业发展, 科技支撑农业与民生建设 (with 农社科) and 产学研协同创新 (with 成果科)
    expect(b.sections.map((s) => [s.name, s.count, s.points])).toEqual([
      ["高新办", 11, 300],
      ["农社科", 6, 100],
      ["计划科", 3, 100],
      ["成果科", 3, 100],
      [null, 6, 280],
    ]);
    expect(b.sections[0].completion).toBeCloseTo((62.5 + 370 / 6 + 200 / 3) / 300, 12);
    expect(b.sections[4].completion).toBeCloseTo(94 / 280, 12);
  });

  it("lists the 滞后 and 逾期 targets in plan order with their figures", () => {
    expect(b.behind.map((l) => l.code)).toEqual([
      "二.(一).1.(2)",
      "二.(一).2.(2)",
      "二.(一).2.(3)③",
      "二.(一).3.(2)",
      "二.(一).3.(3)",
      "二.(二).1②",
      "二.(二).2",
      "二.(二).3",
    ]);
    expect(b.behind.find((l) => l.code === "二.(一).3.(3)")).toMatchObject({
      owners: ["计划科"],
      value: 1,
      ratio: 0.25,
      measureUnit: "家",
    });
    expect(b.overdue).toEqual([expect.objectContaining({ code: "二.(一).4.(1)", owners: ["高新办", "成果科"], ratio: 0.5 })]);
  });

  it("counts the reporting discipline of the period's months only, bureau-wide and per section owing anything", () => {
    expect(b.disciplineMonths).toEqual([7, 8, 9]);
    expect(b.discipline).toMatchObject({ name: null, owed: 5, due: 4, onTime: 2, late: 1, missing: 1, pending: 1 });
    expect(b.discipline.completeness).toBeCloseTo(3 / 4, 12);
    expect(b.discipline.onTimeRate).toBeCloseTo(2 / 4, 12);
    expect(b.disciplineBySection).toEqual([expect.objectContaining({ name: "计划科", owed: 2, onTime: 1, missing: 1, onTimeRate: 0.5 })]);
  });

  it("orders the open notices by deadline, overdue against the notice's day", () => {
    expect(b.notices.map((n) => [n.code, n.overdue])).toEqual([
      ["二.(一).2.(3)③", true], // 10-15 < 10-20
      ["二.(一).3.(3)", false],
    ]);
    const issued = assembleBulletin(input({ issuedOn: "2013-10-10" }));
    expect(issued.notices.map((n) => n.overdue)).toEqual([false, false]);
  });

  it("is a draft dated today until issued, then carries the issue date", () => {
    expect(b).toMatchObject({ issued: false, date: "2013-10-20", addressee: null, remarks: null });
    expect(assembleBulletin(input({ issuedOn: "2013-10-10" }))).toMatchObject({ issued: true, date: "2013-10-10" });
  });

  it("trims 主送 and remarks; blank ones are none", () => {
    expect(assembleBulletin(input({ addressee: "  各科室 ", remarks: "  意见\n第二段  " }))).toMatchObject({
      addressee: "各科室",
      remarks: "意见\n第二段",
    });
    expect(assembleBulletin(input({ addressee: "   ", remarks: "\n" }))).toMatchObject({ addressee: null, remarks: null });
  });

  it("signs with the unit's name and titles with its full name", () => {
    expect(b).toMatchObject({ unitFullName: "湖南省益阳市科技局", signature: "益阳市科技局" });
  });
});

describe("fullUnitName and periodMonths", () => {
  it("joins the region to a name that repeats its end, and leaves other names alone", () => {
    expect(fullUnitName("益阳市科技局", "湖南省益阳市")).toBe("湖南省益阳市科技局");
    expect(fullUnitName("赫山区科技局（演示）", "湖南省益阳市赫山区")).toBe("湖南省益阳市赫山区科技局（演示）");
    expect(fullUnitName("湘阴县科技局", "湖南省岳阳市湘阴县")).toBe("湖南省岳阳市湘阴县科技局");
    expect(fullUnitName("湖南省益阳市科技局", "湖南省益阳市")).toBe("湖南省益阳市科技局");
    expect(fullUnitName("科学技术局", "湖南省益阳市")).toBe("科学技术局");
    expect(fullUnitName("益阳市科技局", null)).toBe("益阳市科技局");
  });

  it("covers the months of a month, quarter, half year and year", () => {
    expect(periodMonths("2013-09-01", "2013-09-30")).toEqual([9]);
    expect(periodMonths("2013-07-01", "2013-09-30")).toEqual([7, 8, 9]);
    expect(periodMonths("2013-01-01", "2013-06-30")).toEqual([1, 2, 3, 4, 5, 6]);
    expect(periodMonths("2013-01-01", "2013-12-31")).toHaveLength(12);
  });
});

describe("the notice's wording", () => {
  const zh = messages.zh;
  const en = messages.en;
  const titleOf = (kind: "MONTH" | "QUARTER" | "HALF_YEAR" | "YEAR", periodIndex: number, t = zh, locale: "zh" | "en" = "zh") =>
    bulletinTitle({ unitFullName: "湖南省益阳市科技局", kind, year: 2013, periodIndex }, t, locale);

  it("titles each kind of review as an official notice", () => {
    expect(titleOf("MONTH", 9)).toBe("关于湖南省益阳市科技局2013年9月绩效目标调度情况的通报");
    expect(titleOf("QUARTER", 3)).toBe("关于湖南省益阳市科技局2013年第三季度绩效目标督查情况的通报");
    expect(titleOf("HALF_YEAR", 1)).toBe("关于湖南省益阳市科技局2013年上半年绩效目标点评情况的通报");
    expect(titleOf("YEAR", 1)).toBe("关于湖南省益阳市科技局2013年度绩效目标考评情况的通报");
    expect(titleOf("QUARTER", 3, en, "en")).toBe("Notice on the Q3 2013 quarterly inspection of performance targets, 湖南省益阳市科技局");
    expect(titleOf("MONTH", 9, en, "en")).toBe("Notice on the September 2013 monthly dispatch of performance targets, 湖南省益阳市科技局");
    expect(titleOf("HALF_YEAR", 2, en, "en")).toBe(
      "Notice on the second half of 2013 half-year review of performance targets, 湖南省益阳市科技局",
    );
  });

  it("reads, in Chinese, from the draft label to the 落款 and date", () => {
    const blocks = bulletinBlocks(assembleBulletin(input({ remarks: "总体进度基本正常。\n请各科室抓紧补报。" })), zh, "zh");
    const text = bulletinPlainText(blocks).split("\n");
    expect(text.slice(0, 4)).toEqual([
      "草稿（未印发）",
      "关于湖南省益阳市科技局2013年第三季度绩效目标督查情况的通报",
      "局机关各科室：",
      "根据《湖南省益阳市科技局2013年绩效计划书》和绩效考核工作安排，局绩效考核小组对截至2013年9月30日各项绩效目标的完成情况进行了季度督查。现将有关情况通报如下：",
    ]);
    expect(text).toContain("一、总体完成情况");
    expect(text).toContain(
      "纳入本次季度督查的绩效目标共20项，总分值680分，期末总体完成度为50%。其中已完成3项，正常推进7项，滞后8项，逾期1项，未开始1项。",
    );
    expect(text).toContain("创新能力建设\t3\t100\t55%\t1\t2\t0");
    expect(text).toContain("未指定\t6\t280\t33.6%\t0\t3\t0");
    expect(text).toContain("（一）滞后目标（8项）");
    expect(text).toContain("5. 二.(一).3.(3) 市级工程技术研究中心（计划科）：期末值1家（目标4家），完成度25%，应达进度60%。");
    expect(text).toContain("3. 二.(一).2.(3)③ 农村科普基地（农社科、高新办）：期末值0个（目标2个），完成度0%，应达进度60%。");
    expect(text).toContain("（二）逾期目标（1项）");
    expect(text).toContain(
      "本期（7–9月）应报送月度进展5项次，已到报送期限4项次：按时2项次，迟报1项次，未报1项次，未到期1项次；报送完整率75%，按时报送率50%（统计截至2013年10月8日）。",
    );
    expect(text).toContain("计划科\t2\t1\t0\t1\t50%");
    expect(text).toContain("截至2013年10月20日，尚未销号的整改通知2项，请责任科室按期整改到位：");
    expect(text).toContain("1. 二.(一).2.(3)③ 农村科普基地：落实选址（整改期限：2013年10月15日，已逾期）");
    expect(text).toContain("2. 二.(一).3.(3) 市级工程技术研究中心：加快组建（整改期限：2013年10月31日）");
    expect(text.slice(-4)).toEqual(["总体进度基本正常。", "请各科室抓紧补报。", "益阳市科技局", "2013年10月20日"]);
    expect(blocks.filter((x) => x.kind === "heading" && x.level === 1).map((x) => (x as { text: string }).text)).toEqual([
      "一、总体完成情况",
      "二、各领域完成情况",
      "三、各科室完成情况",
      "四、滞后和逾期目标",
      "五、报送纪律",
      "六、整改落实",
      "七、考核组意见",
    ]);
  });

  it("says so when there is nothing to list, and leaves the draft label off once issued", () => {
    const quiet = assembleBulletin(
      input({
        rows: rows().map((r) => ({ ...r, status: "ON_TRACK" as const })),
        discipline: { asOf: "2013-10-08", cells: [], sections: [] },
        notices: [],
        addressee: "各县（市、区）科技局",
        issuedOn: "2013-10-10",
      }),
    );
    const text = bulletinPlainText(bulletinBlocks(quiet, zh, "zh")).split("\n");
    expect(text[0]).toBe("关于湖南省益阳市科技局2013年第三季度绩效目标督查情况的通报");
    expect(text[1]).toBe("各县（市、区）科技局：");
    expect(text).toContain("期末无滞后目标。");
    expect(text).toContain("期末无逾期目标。");
    expect(text).toContain("本期（7–9月）无应报送的月度进展。");
    expect(text).toContain("截至2013年10月10日，无未销号的整改通知。");
    expect(text.slice(-3)).toEqual(["（无）", "益阳市科技局", "2013年10月10日"]);
  });

  it("reads in English with the same figures", () => {
    const text = bulletinPlainText(bulletinBlocks(assembleBulletin(input()), en, "en")).split("\n");
    expect(text[0]).toBe("Draft (not issued)");
    expect(text[2]).toBe("To: All sections of the bureau");
    expect(text).toContain("1. Overall completion");
    expect(text.join("\n")).toMatch(
      /overall completion at the period end is 50%: 3 done, 7 on track, 8 behind, 1 overdue, 1 not started\./,
    );
    expect(text.slice(-2)).toEqual(["益阳市科技局", "Oct 20, 2013"]);
  });
});
