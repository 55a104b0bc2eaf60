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
  | "NEEDS_CONFIRMATION";

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
