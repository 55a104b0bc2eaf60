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
  statusRules: {
    labelled: "{status}：{rule}",
    legendTitle: "状态说明",
    legendIntro:
      "状态按截至日期判定。完成度 = 完成值 ÷ 目标值（增幅类为实际增幅 ÷ 要求增幅）；时间进度 = 时间窗口内已过天数 ÷ 窗口天数（最后一天为 100%）。",
    NOT_STARTED: "未开始：时间窗口尚未开始，且尚未完成。",
    ON_TRACK: "正常：完成度不低于时间进度减去本计划的容差（{margin} 个百分点）；设了颜色阈值的指标须在绿色阈值以上。",
    BEHIND:
      "滞后：完成度低于时间进度减去容差（{margin} 个百分点），或未达绿色阈值；时间窗口最后一天仍未完成的，差多少都为滞后。里程碑、年末申报类在窗口最后一个月未完成即为滞后。",
    OVERDUE: "逾期：时间窗口已结束，仍未完成。",
    DONE: "已完成：已达到目标值（提前或逾期完成均为已完成）。",
    INACTIVE: "不计分：已标为不适用或暂停。",
    cap: "越小越好的指标：窗口内不超过上限为正常、超过为滞后；窗口结束后不超过为已完成、超过为逾期。",
    thresholds: "设了颜色阈值的指标：完成度 ÷ 时间进度 ≥ 绿色阈值为绿，≥ 黄色阈值为黄，其余为红；逾期的不显示绿色。",
    rule: {
      INACTIVE: "已标为不适用或暂停，不计分。",
      MET: "已达到目标值（完成度 {ratio}）。",
      BEFORE_WINDOW: "时间窗口 {start} 开始，尚未开始。",
      AFTER_WINDOW: "时间窗口已于 {end} 结束，完成度 {ratio}，未达目标：逾期。",
      WINDOW_END: "截至日期是时间窗口最后一天（{end}）：完成度 {ratio}，应达 100%，未达目标即为滞后，容差不再适用。",
      ALL_OR_NOTHING: "里程碑、年末申报类：窗口最后一个月（{month}）仍未完成为滞后，此前为正常。",
      THRESHOLDS: "按本指标的颜色阈值（绿 {green}、黄 {amber}）判定：完成度 {ratio}，时间进度 {expected}。",
      PACE: "完成度 {ratio}，时间进度 {expected}，容差 {margin} 个百分点：低于 {line} 为滞后。",
      CAP: "越小越好：完成值不超过上限 {target} 为达标。",
    },
  },
  itemWindow: {
    confirm: "日期无误，仍然登记",
    before: "窗口前",
    after: "窗口后",
    beforeTitle: "日期在指标时间窗口（{window}）开始之前：按规则仍计入完成数（提前完成）",
    afterTitle: "日期在指标时间窗口（{window}）结束之后：按规则仍计入完成数（逾期完成，此前为逾期）",
  },
  rollupGap: {
    agrees: "市局报送值（{city}）与各县合计一致。",
    cityHigher: "市局报送值 {city} 比各县合计 {total} 多 {difference}（{share}），请核对。",
    cityLower: "市局报送值 {city} 比各县合计 {total} 少 {difference}（{share}），请核对。",
    missing: "尚有 {n} 个县（市、区）未报送，合计不全。",
    differs: "与合计不符",
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
  statusRules: {
    labelled: "{status}: {rule}",
    legendTitle: "What the statuses mean",
    legendIntro:
      "Statuses are judged at the as-of date. Completion = figure ÷ target (growth targets: growth reached ÷ growth required); pace = share of the target's window elapsed (100% on its last day).",
    NOT_STARTED: "Not started: the window has not opened and the target is not reached.",
    ON_TRACK:
      "On track: completion is at least the pace less the plan's margin ({margin} points); a target with colour thresholds must be at or above green.",
    BEHIND:
      "Behind: completion trails the pace by more than the margin ({margin} points), or is below the green threshold; on the window's last day any shortfall is behind. Milestones and year-end declarations not done are behind in their window's last month.",
    OVERDUE: "Overdue: the window has closed and the target is not reached.",
    DONE: "Done: the target is reached (early or late).",
    INACTIVE: "Not scored: marked not applicable or suspended.",
    cap: "Caps (lower is better): on track within the cap and behind above it while the window runs; done within it and overdue above it once the window has closed.",
    thresholds:
      "With colour thresholds: completion ÷ pace at or above green is green, at or above amber is amber, else red; an overdue target is never green.",
    rule: {
      INACTIVE: "Marked not applicable or suspended: not scored.",
      MET: "The target is reached (completion {ratio}).",
      BEFORE_WINDOW: "The window opens on {start}.",
      AFTER_WINDOW: "The window closed on {end} at {ratio} completion: overdue.",
      WINDOW_END:
        "The as-of date is the window's last day ({end}): completion {ratio} against 100%; any shortfall is behind, the margin no longer applies.",
      ALL_OR_NOTHING: "Milestones and declarations: behind if not done in the window's last month ({month}), on track before it.",
      THRESHOLDS: "Judged by this target's colour thresholds (green {green}, amber {amber}): completion {ratio}, pace {expected}.",
      PACE: "Completion {ratio}, pace {expected}, margin {margin} points: below {line} is behind.",
      CAP: "Lower is better: met while the figure stays at or below the cap of {target}.",
    },
  },
  itemWindow: {
    confirm: "The date is right: record it",
    before: "Before the window",
    after: "After the window",
    beforeTitle: "Dated before the target's window ({window}): it counts all the same (early work)",
    afterTitle: "Dated after the target's window ({window}): it counts all the same (completed late, overdue until then)",
  },
  rollupGap: {
    agrees: "The city's figure ({city}) equals the counties' sum.",
    cityHigher: "The city reported {city}, {difference} ({share}) more than the counties' sum of {total}: please check.",
    cityLower: "The city reported {city}, {difference} ({share}) less than the counties' sum of {total}: please check.",
    missing: " {n} counties have not reported, so the sum is incomplete.",
    differs: "differs from the sum",
  },
};
