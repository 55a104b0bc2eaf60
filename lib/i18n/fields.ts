import type { Shape } from "./shape";

/**
 * Messages of the shared form fields (components/forms): the date field (YYYY-MM-DD in every browser, the day
 * in words beside it) and the evidence file input. Merged into lib/i18n/messages.ts at the top level; the
 * English object must have the same keys (typecheck fails otherwise).
 */
export const fieldsZh = {
  dateField: {
    format: "格式 YYYY-MM-DD",
    /** the day in words, as a date-fns pattern (no locale: the month names, if any, are English) */
    words: "yyyy年M月d日",
    notFormat: "请按 YYYY-MM-DD 填写，如 2013-09-30",
    notDate: "没有这一天",
    range: "应在 {min} 到 {max} 之间",
  },
  fileField: {
    chosen: "已选择：{names}",
    separator: "、",
  },
} as const;

export const fieldsEn: Shape<typeof fieldsZh> = {
  dateField: {
    format: "format YYYY-MM-DD",
    words: "MMMM d, yyyy",
    notFormat: "Write it as YYYY-MM-DD, e.g. 2013-09-30",
    notDate: "There is no such day",
    range: "Must be between {min} and {max}",
  },
  fileField: {
    chosen: "Chosen: {names}",
    separator: ", ",
  },
};
