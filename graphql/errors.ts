import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { isAppError } from "../lib/server/errors";
import { log } from "../lib/server/log";
import { GRAPHQL_LIMITS, TOKEN_LIMIT_MESSAGE } from "./limits";

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
 * Every error leaves the API with a stable `extensions.code` and a Chinese message. Application errors
 * pass through; database constraint errors are translated; anything else is logged and hidden.
 */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isAppError(original)) {
    return { message: original.message, path: formatted.path, extensions: { code: original.code, ...original.details } };
  }
  const prismaCode = (original as { code?: string } | null)?.code;
  if (prismaCode === "P2002") {
    return { message: "数据已存在（重复）", path: formatted.path, extensions: { code: "CONFLICT" } };
  }
  if (prismaCode === "P2025") {
    return { message: "记录不存在", path: formatted.path, extensions: { code: "NOT_FOUND" } };
  }
  const code = formatted.extensions?.code;
  // The parser's token limit (graphql/limits): said like the other limits, with the limit named.
  if (code === "GRAPHQL_PARSE_FAILED" && TOKEN_LIMIT_MESSAGE.test(formatted.message)) {
    return {
      message: `查询过长：最多 ${GRAPHQL_LIMITS.tokens} 个词法单元`,
      extensions: { code: "GRAPHQL_PARSE_FAILED", limit: "tokens", max: GRAPHQL_LIMITS.tokens },
    };
  }
  // graphql-js stops coercing variables after 50 errors (a list of 2,000 bad items) with an error of its own that
  // carries no code, which Apollo labels INTERNAL_SERVER_ERROR; it is the caller's input like the 50 before it.
  if (TOO_MANY_VARIABLE_ERRORS.test(formatted.message)) {
    return { message: "变量中的错误过多，已停止检查", extensions: { code: "BAD_USER_INPUT" } };
  }
  // Validation and parse errors from graphql-js itself, and Apollo's refusals of a malformed request
  // (BAD_REQUEST: no query, variables not an object, a GET mutation, CSRF), are about the request and safe to show.
  if (typeof code === "string" && REQUEST_ERRORS.has(code)) return formatted;
  if (original instanceof GraphQLError && !(original.originalError instanceof Error)) return formatted;
  log().error({ err: original }, "graphql: unexpected error");
  return { message: "服务器内部错误，请稍后重试", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
