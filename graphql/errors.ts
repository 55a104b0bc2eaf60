import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { msg } from "../lib/i18n/message-text";
import { DEFAULT_LOCALE, type Locale } from "../lib/i18n/messages";
import { renderMessage } from "../lib/i18n/render-message";
import { isAppError, localizedError } from "../lib/server/errors";
import { log } from "../lib/server/log";
import { GRAPHQL_LIMITS, limitMessage, TOKEN_LIMIT_MESSAGE } from "./limits";

const REQUEST_ERRORS = new Set([
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/**
 * Every error leaves the API with a stable `extensions.code` and a message in the request's language
 * (`locale`, from the language cookie: graphql/context.ts; Chinese unless English was chosen). Application
 * errors pass through, their catalogue messages and field messages put into words (lib/i18n/errors.ts);
 * database constraint errors are translated; anything else is logged and hidden.
 */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  locale: Locale = "zh",
  /** the same error again in another language: logged the first time */
  again = false,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const say = (text: string) => renderMessage(text, locale);
  if (isAppError(original)) {
    const { message, details } = localizedError(original, locale);
    return { message, path: formatted.path, extensions: { code: original.code, ...details } };
  }
  const prismaCode = (original as { code?: string } | null)?.code;
  if (prismaCode === "P2002") {
    return { message: say(msg("request.duplicate")), path: formatted.path, extensions: { code: "CONFLICT" } };
  }
  if (prismaCode === "P2025") {
    return { message: say(msg("request.recordMissing")), path: formatted.path, extensions: { code: "NOT_FOUND" } };
  }
  const code = formatted.extensions?.code;
  // The parser's token limit (graphql/limits): said like the other limits, with the limit named.
  if (code === "GRAPHQL_PARSE_FAILED" && TOKEN_LIMIT_MESSAGE.test(formatted.message)) {
    return {
      message: say(limitMessage("tokens", GRAPHQL_LIMITS.tokens)),
      extensions: { code: "GRAPHQL_PARSE_FAILED", limit: "tokens", max: GRAPHQL_LIMITS.tokens },
    };
  }
  // graphql-js stops coercing variables after 50 errors (a list of 2,000 bad items) with an error of its own that
  // carries no code, which Apollo labels INTERNAL_SERVER_ERROR; it is the caller's input like the 50 before it.
  if (TOO_MANY_VARIABLE_ERRORS.test(formatted.message)) {
    return { message: say(msg("request.tooManyVariableErrors")), extensions: { code: "BAD_USER_INPUT" } };
  }
  // Validation and parse errors from graphql-js itself, and Apollo's refusals of a malformed request
  // (BAD_REQUEST: no query, variables not an object, a GET mutation, CSRF), are about the request and safe to show;
  // the app's own (graphql/limits) are catalogue messages.
  if (typeof code === "string" && REQUEST_ERRORS.has(code)) return { ...formatted, message: say(formatted.message) };
  if (original instanceof GraphQLError && !(original.originalError instanceof Error))
    return { ...formatted, message: say(formatted.message) };
  if (!again) log().error({ err: original }, "graphql: unexpected error");
  return { message: say(msg("request.internal")), path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/**
 * Apollo's formatError knows no request, so it answers in Chinese and remembers how each error was made; the
 * plugin in graphql/server.ts puts the errors of a request whose language is another into that one.
 */
const pending = new WeakMap<object, { formatted: GraphQLFormattedError; error: unknown }>();

export function formatErrorForApollo(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const out = formatError(formatted, error, "zh");
  pending.set(out, { formatted, error });
  return out;
}

/** `out` (an error formatErrorForApollo made) in `locale`, in place. */
export function relocalizeError(out: GraphQLFormattedError, locale: Locale): void {
  const made = pending.get(out);
  if (!made || locale === DEFAULT_LOCALE) return;
  const again = formatError(made.formatted, made.error, locale, true) as unknown as Record<string, unknown>;
  const target = out as unknown as Record<string, unknown>;
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, again);
}
