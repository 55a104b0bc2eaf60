import type { Shape } from "./shape";

/**
 * Messages of the shared form fields (components/forms): the evidence file input. Merged into
 * lib/i18n/messages.ts at the top level; the English object must have the same keys (typecheck fails otherwise).
 */
export const fieldsZh = {
  fileField: {
    chosen: "已选择：{names}",
    separator: "、",
  },
} as const;

export const fieldsEn: Shape<typeof fieldsZh> = {
  fileField: {
    chosen: "Chosen: {names}",
    separator: ", ",
  },
};
