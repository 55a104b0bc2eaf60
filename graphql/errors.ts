import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { isAppError } from "../lib/server/errors";

/**
 * Every error leaves the API with a stable `extensions.code` and a Chinese message. Application errors
 * pass through; database constraint errors are translated; anything else is logged and hidden.
 */
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
  // Validation and parse errors from graphql-js itself are about the request and safe to show.
  if (code === "GRAPHQL_VALIDATION_FAILED" || code === "GRAPHQL_PARSE_FAILED" || code === "BAD_USER_INPUT") {
    return formatted;
  }
  if (original instanceof GraphQLError && !(original.originalError instanceof Error)) return formatted;
  console.error(original);
  return { message: "服务器内部错误，请稍后重试", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
