import type { Shape } from "./shape";

/**
 * Messages of the figure rules users asked to see (#14): what a month already holds in 本月快速填报, records
 * dated after a page's as-of day.
 * Merged into lib/i18n/messages.ts at the top level; the English object must have the same keys (typecheck fails otherwise).
 */
export const figureRulesZh = {
  monthReports: {
    title: "本月已报：",
    separator: "；",
    none: "本月尚未填报",
    figure: "{date} 填报 {value}",
    item: "{date} 登记“{name}”",
    noChange: "{date} 确认本月无新进展",
    by: "（{who}）",
    byPending: "（{who}，待审核）",
    confirmed: "本月已确认无新进展（{date}）",
  },
  asOfMarks: {
    after: "截至日期后",
    afterTitle: "日期晚于截至日期（{asOf}），不计入本页的数字",
    chartNote: "图中只画截至日期（{asOf}）及以前的数字；之后的 {n} 条见下方列表（标为“截至日期后”）。",
  },
} as const;

export const figureRulesEn: Shape<typeof figureRulesZh> = {
  monthReports: {
    title: "Reported this month: ",
    separator: "; ",
    none: "Nothing reported this month yet",
    figure: "{date}: figure {value}",
    item: "{date}: item “{name}”",
    noChange: "{date}: no change confirmed",
    by: " ({who})",
    byPending: " ({who}, awaiting check)",
    confirmed: "No change already confirmed this month ({date})",
  },
  asOfMarks: {
    after: "After the as-of date",
    afterTitle: "Dated after the as-of date ({asOf}); not counted in this page's figures",
    chartNote:
      "The chart draws the figures up to the as-of date ({asOf}); the {n} after it are listed below, marked “After the as-of date”.",
  },
};
