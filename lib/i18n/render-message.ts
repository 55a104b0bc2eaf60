import { fill } from "./format";
import { messages, type Locale } from "./messages";
import { MESSAGE_CLOSE, MESSAGE_OPEN, type ListSeparator, type MessagePayload, type MessageValue } from "./message-text";
import { listSeparator, type Language } from "./punctuation";

export { aside, brackets, labelled, listSeparator } from "./punctuation";
export type { Language };

const TOKEN = new RegExp(`${MESSAGE_OPEN}([^${MESSAGE_OPEN}${MESSAGE_CLOSE}]*)${MESSAGE_CLOSE}`, "g");

const catalogue = (language: Language) => (typeof language === "string" ? messages[language] : language).errors as Record<string, string>;

/** Messages handed to a client component are a copy: they say which language they are. */
const localeOf = (language: Language): Locale =>
  typeof language === "string" ? language : (catalogue(language)["language.code"] as Locale);

/** The label at a dotted path of the messages (review.kinds.QUARTER); the path itself when there is none. */
function labelAt(path: string, language: Language): string {
  let at: unknown = typeof language === "string" ? messages[language] : language;
  for (const part of path.split(".")) at = at && typeof at === "object" ? (at as Record<string, unknown>)[part] : undefined;
  return typeof at === "string" ? at : path;
}

/** Items (text, or catalogue messages) as a list in `language`: 甲、乙 / A, B. */
export const joinList = (items: readonly MessageValue[], language: Language, kind: ListSeparator = "enumeration") =>
  items.map((v) => value(v, language)).join(listSeparator(language, kind));

const value = (v: MessageValue, language: Language) => (typeof v === "string" ? renderMessage(v, language) : String(v));

function renderPayload(payload: MessagePayload, language: Language): string {
  if ("l" in payload) return joinList(payload.l, language, payload.s);
  if ("t" in payload) return labelAt(payload.t, language);
  if ("b" in payload) return payload.b[localeOf(language)];
  const template = catalogue(language)[payload.k] ?? payload.k;
  if (!payload.p) return template;
  return fill(template, Object.fromEntries(Object.entries(payload.p).map(([k, v]) => [k, value(v, language)])));
}

/**
 * `text` in words in `language`: each catalogue message it holds (lib/i18n/message-text.ts msg) rendered with its
 * values, the rest as it is. Plain text — a plan's wording, a message from graphql-js — comes back unchanged.
 */
export function renderMessage(text: string, language: Language): string {
  if (!text.includes(MESSAGE_OPEN)) return text;
  return text.replace(TOKEN, (_, json: string) => renderPayload(JSON.parse(json) as MessagePayload, language));
}

/**
 * Every string inside `value` (an error's details: fields, problems, …) rendered in `language`; other values as
 * they are. Arrays and plain objects are copied, anything else (a Date) kept.
 */
export function renderMessages<T>(value: T, language: Language): T {
  if (typeof value === "string") return renderMessage(value, language) as T;
  if (Array.isArray(value)) return value.map((v) => renderMessages(v, language)) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderMessages(v, language)])) as T;
  }
  return value;
}
