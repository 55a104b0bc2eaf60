import type { ListSeparator } from "./message-text";
import type { Locale, Messages } from "./messages";

/**
 * The marks text is put together with, once per language: Chinese joins with full-width marks and no spaces
 * (计划科、高新办；完成值：3；计划科（3）), English with its own and a space after (Planning, Hi-tech; Value: 3;
 * Planning (3)). Pages and components compose through these helpers, never with a mark of their own
 * (tests/unit/i18n-catalogue.test.ts scans for them). No run-time imports: charts and the domain's messages may use it.
 */
const MARKS = {
  zh: { enumeration: "、", semicolon: "；", comma: "，", colon: "：", open: "（", close: "）" },
  en: { enumeration: ", ", semicolon: "; ", comma: ", ", colon: ": ", open: " (", close: ")" },
} as const satisfies Record<Locale, Record<ListSeparator | "open" | "close", string>>;

/** A language, or its messages (what a client component is handed: they say which language they are). */
export type Language = Locale | Messages;

const marksOf = (language: Language) => MARKS[typeof language === "string" ? language : (language.errors["language.code"] as Locale)];

/** The separator of a list in `language`: 、 / ", " (enumeration); ； / "; "; ，/ ", "; ： / ": " (a label and its value). */
export const listSeparator = (language: Language, kind: ListSeparator = "enumeration") => marksOf(language)[kind];

/** A label and its value in `language`: 完成值：3 / Value: 3. */
export const labelled = (label: string, value: string | number, language: Language) => `${label}${marksOf(language).colon}${value}`;

/** The brackets of a remark after what it is about: （ ） / " (" ")" — the English one opens with its space. */
export const brackets = (language: Language) => ({ open: marksOf(language).open, close: marksOf(language).close });

/** A remark after what it is about, in `language`'s brackets: 计划科（3） / Planning (3), appended as it is. */
export const aside = (text: string | number, language: Language) => `${marksOf(language).open}${text}${marksOf(language).close}`;
