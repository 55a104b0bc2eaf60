import type { Shape } from "./shape";

/**
 * Messages of the sections' self-assessment (自评分) set against the awarded score.
 * Merged into lib/i18n/messages.ts at the top level; the English object must have the same keys (typecheck fails otherwise).
 */
export const selfAssessmentZh = {
  selfScore: {
    self: "自评分",
    awarded: "考核得分",
    gap: "差值",
    justification: "自评说明",
    by: "自评人",
    enter: "自评",
    edit: "修改自评",
    formTitle: "{code} 自评",
    score: "自评分（0–{points} 分）",
    save: "保存自评",
    withdraw: "撤回自评",
    cancel: "取消",
    saved: "自评已保存",
    withdrawn: "自评已撤回",
    openHint: "科室负责人可在年终考评结束前，为本科室负责的指标填写自评分和说明，与考核得分对照。",
    closed: "年终考评已结束，自评分不能再修改。",
    chartTitle: "各科室自评分与考核得分差值",
    chartHint: "差值 = 自评分 − 考核得分，只计同时有自评分和考核得分的指标；正值为自评偏高。",
    noGaps: "尚无科室填写自评分。",
    section: "科室",
    compared: "对照指标",
    selfTotal: "自评合计",
    awardedTotal: "考核合计",
    inactive: "不计分",
    maxPoints: "实际满分 {max} 分",
  },
} as const;

export const selfAssessmentEn: Shape<typeof selfAssessmentZh> = {
  selfScore: {
    self: "Self score",
    awarded: "Awarded",
    gap: "Gap",
    justification: "Justification",
    by: "Self-assessed by",
    enter: "Self-assess",
    edit: "Edit self-assessment",
    formTitle: "{code} self-assessment",
    score: "Self score (0–{points})",
    save: "Save self-assessment",
    withdraw: "Withdraw",
    cancel: "Cancel",
    saved: "Self-assessment saved",
    withdrawn: "Self-assessment withdrawn",
    openHint:
      "Section heads may enter a self score with a justification for their section's targets until the year-end assessment closes, to set against the awarded score.",
    closed: "The year-end assessment is closed: self scores can no longer change.",
    chartTitle: "Self score minus awarded score, by section",
    chartHint: "Gap = self score − awarded score, over targets with both; positive means the section rated itself higher.",
    noGaps: "No section has entered a self score yet.",
    section: "Section",
    compared: "Targets compared",
    selfTotal: "Self total",
    awardedTotal: "Awarded total",
    inactive: "Not scored",
    maxPoints: "max now {max}",
  },
};
