import type { Shape } from "./shape";

/**
 * Messages of a target's own settings: colour bands and thresholds, applicability (不适用 / 暂停) with its
 * points rule, and the direction of its figure.
 * Merged into lib/i18n/messages.ts at the top level; the English object must have the same keys (typecheck fails otherwise).
 */
export const targetSettingsZh = {
  band: { GREEN: "绿", AMBER: "黄", RED: "红", NONE: "—" },
  applicability: { ACTIVE: "正常计分", NOT_APPLICABLE: "不适用", SUSPENDED: "暂停" },
  pointsRule: { REDISTRIBUTE: "分值在本领域内重新分配", REMOVE: "分值从总分中扣除" },
  direction: { HIGHER_IS_BETTER: "越大越好", LOWER_IS_BETTER: "越小越好（上限）" },
  applicabilityForm: {
    title: "适用状态",
    notice: "本指标{state}，不计分",
    reason: "原因",
    pointsRule: "分值处理",
    nominalPoints: "原定分值",
    change: "调整适用状态",
    save: "保存",
    saved: "适用状态已保存",
    cancel: "取消",
    reasonRequired: "标记为不适用或暂停时必须填写原因",
  },
  thresholds: {
    title: "阈值设置",
    hint: "按完成度相对应达进度的比例着色（越小越好的指标按完成值相对上限的比例）；两项都留空则按计划的滞后规则着色。",
    greenAt: "绿色阈值（%）",
    amberAt: "黄色阈值（%）",
    direction: "方向",
    current: "当前",
    planRule: "按计划的滞后规则",
    save: "保存阈值",
    saved: "阈值已保存",
    invalid: "阈值须为数字",
  },
} as const;

export const targetSettingsEn: Shape<typeof targetSettingsZh> = {
  band: { GREEN: "Green", AMBER: "Amber", RED: "Red", NONE: "—" },
  applicability: { ACTIVE: "Scored", NOT_APPLICABLE: "Not applicable", SUSPENDED: "Suspended" },
  pointsRule: { REDISTRIBUTE: "Points redistributed within the area", REMOVE: "Points removed from the total" },
  direction: { HIGHER_IS_BETTER: "Higher is better", LOWER_IS_BETTER: "Lower is better (cap)" },
  applicabilityForm: {
    title: "Applicability",
    notice: "This target is {state} and carries no points",
    reason: "Reason",
    pointsRule: "Points",
    nominalPoints: "Points as planned",
    change: "Change applicability",
    save: "Save",
    saved: "Applicability saved",
    cancel: "Cancel",
    reasonRequired: "A reason is required for not applicable or suspended",
  },
  thresholds: {
    title: "Thresholds",
    hint: "Colours by completion against the expected pace (for caps: figure against the cap); leave both empty to use the plan's margin rule.",
    greenAt: "Green at (%)",
    amberAt: "Amber at (%)",
    direction: "Direction",
    current: "Current",
    planRule: "The plan's margin rule",
    save: "Save thresholds",
    saved: "Thresholds saved",
    invalid: "Thresholds must be numbers",
  },
};
