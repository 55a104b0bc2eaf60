import { messageOf, msg, type MessageValues } from "../i18n/message-text";
import type { Locale } from "../i18n/messages";
import type { ErrorKey } from "../i18n/errors";
import { renderMessage, renderMessages } from "../i18n/render-message";

/**
 * The one application error. Services throw it with a stable code and a message of the error catalogue
 * (lib/i18n/errors.ts, named with msg(id, values)); GraphQL maps the code to `extensions.code` and answers
 * the message in the request's language (graphql/errors.ts), as do the route handlers (app/api/_lib).
 * `message` is the Chinese rendering, for logs and for code that reads it.
 */
export type AppErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "NEEDS_CONFIRMATION"
  /** the month a write is for is locked (lib/domain/period-lock.ts); an administrator may reopen it */
  | "PERIOD_LOCKED"
  /** too many failed attempts (sign-in, current password); details.retryAfterSeconds says how long to wait */
  | "RATE_LIMITED"
  /** the user must change a temporary or expired password before anything else */
  | "PASSWORD_CHANGE_REQUIRED";

export class AppError extends Error {
  /** the message as thrown: catalogue messages (msg) not yet in words; `message` is its Chinese rendering */
  readonly text: string;

  constructor(
    readonly code: AppErrorCode,
    /** msg(id, values), or text that is already what the reader sees (another error's message) */
    text: string,
    /** machine-readable detail, e.g. field → message (msg too), or the newer value on a conflict */
    readonly details?: Record<string, unknown>,
  ) {
    super(renderMessage(text, "zh"));
    this.text = text;
    this.name = "AppError";
  }

  /** the catalogue id and values of the message, when it is one message (null for composed or plain text) */
  get messageId(): { key: ErrorKey; values?: MessageValues } | null {
    return messageOf(this.text);
  }
}

/** The message and details of `e` (an AppError of any copy of this module) in `locale`. */
export function localizedError(e: AppError, locale: Locale): { message: string; details: Record<string, unknown> | undefined } {
  const text = typeof e.text === "string" ? e.text : e.message;
  return { message: renderMessage(text, locale), details: e.details && renderMessages(e.details, locale) };
}

/** 指标不存在: `what` is a noun of the catalogue (noun.target …). */
export const notFound = (what: ErrorKey) => new AppError("NOT_FOUND", msg("notFound", { what: msg(what) }));

/**
 * An AppError from any copy of this module. Next bundles server code separately for route handlers and
 * pages while the GraphQL schema is shared on globalThis, so an error thrown by a resolver the pages built
 * can reach /api/graphql's formatError as another copy's class: `instanceof` alone would hide its message.
 */
export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError || (e instanceof Error && e.name === "AppError" && typeof (e as { code?: unknown }).code === "string");
}
