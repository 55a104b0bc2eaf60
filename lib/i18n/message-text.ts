import type { ErrorKey } from "./errors";

/**
 * A message of the error catalogue (lib/i18n/errors.ts) as it travels: a plain string holding its id and its
 * values, so it can pass through everything that carries messages as text — zod issues (forms and API share
 * the schemas), the domain's problem functions, AppError and its `fields` — and be put into words where it
 * meets a reader, in the reader's language (lib/i18n/render-message.ts renderMessage: the API in the request's,
 * a form in the page's). A value may be such a message itself (a field's name, a reason), rendered in the same
 * language. This module imports nothing at run time, so the domain may use it.
 *
 * The id and values are JSON between U+0001 and U+0002: JSON escapes both characters inside strings, so a
 * message inside another's values, or inside text joined around it, is still found whole.
 */
export type MessageValue = string | number;
export type MessageValues = Record<string, MessageValue>;

export const MESSAGE_OPEN = "\u0001";
export const MESSAGE_CLOSE = "\u0002";

/** What a message holds: a catalogue id with its values, or a list of messages joined by the language's separator. */
export type MessagePayload =
  | { k: ErrorKey; p?: MessageValues }
  | { l: MessageValue[]; s: ListSeparator }
  /** a label elsewhere in the catalogue (review.kinds.QUARTER, status.BEHIND): enum labels are defined once */
  | { t: string }
  /** text a helper of lib/i18n composed in each language (an audit change, a date) */
  | { b: { zh: string; en: string } };

/**
 * The separators a list is joined with: 、 / ", " (enumeration); ； / "; " (sentences); ，/ ", " (clauses);
 * ： / ": " (a label and its value).
 */
export type ListSeparator = "enumeration" | "semicolon" | "comma" | "colon";

const wrap = (payload: MessagePayload) => MESSAGE_OPEN + JSON.stringify(payload) + MESSAGE_CLOSE;

/** The catalogue's message `key` with `values` for its {placeholders}. */
export function msg(key: ErrorKey, values?: MessageValues): string {
  return wrap(values ? { k: key, p: values } : { k: key });
}

/** Messages (or plain text) joined as a list, with the separator of the language it is read in. */
export function msgList(items: readonly MessageValue[], separator: ListSeparator = "semicolon"): string {
  return wrap({ l: [...items], s: separator });
}

/** The label at `path` in lib/i18n/messages.ts (review.kinds.QUARTER → 季度督查 / Quarterly inspection). */
export function msgAt(path: string): string {
  return wrap({ t: path });
}

/** Text composed in each language by a helper of lib/i18n (an audit line, a review's title). */
export function msgEach(text: { zh: string; en: string }): string {
  return wrap({ b: text });
}

/** Whether `text` is or holds a catalogue message (not yet put into words). */
export const holdsMessage = (text: string) => text.includes(MESSAGE_OPEN);

/** The id and values of `text` when it is exactly one catalogue message; null for anything else. */
export function messageOf(text: string): { key: ErrorKey; values?: MessageValues } | null {
  if (!text.startsWith(MESSAGE_OPEN) || !text.endsWith(MESSAGE_CLOSE) || text.indexOf(MESSAGE_CLOSE) !== text.length - 1) return null;
  const payload = JSON.parse(text.slice(1, -1)) as MessagePayload;
  return "k" in payload ? { key: payload.k, ...(payload.p ? { values: payload.p } : {}) } : null;
}

type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
const monthKey = (n: number) => `monthName.${n as MonthNumber}` as const;

/** A month as a message: 4月 / Apr. */
export const monthMsg = (month: number) => msg("month.one", { month: msg(monthKey(month)) });

/** Months as a message: 4–12月 / Apr–Dec; one month when they are the same. */
export const monthSpanMsg = (start: number, end: number) =>
  start === end ? monthMsg(start) : msg("month.span", { start: msg(monthKey(start)), end: msg(monthKey(end)) });
