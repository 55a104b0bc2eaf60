/**
 * The one application error. Services throw it with a stable code and a Chinese message meant for the
 * bureau's staff; GraphQL maps the code to `extensions.code` and the UI shows the message.
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
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** machine-readable detail, e.g. field → message, or the newer value on a conflict */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what}不存在`);

/**
 * An AppError from any copy of this module. Next bundles server code separately for route handlers and
 * pages while the GraphQL schema is shared on globalThis, so an error thrown by a resolver the pages built
 * can reach /api/graphql's formatError as another copy's class: `instanceof` alone would hide its message.
 */
export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError || (e instanceof Error && e.name === "AppError" && typeof (e as { code?: unknown }).code === "string");
}
