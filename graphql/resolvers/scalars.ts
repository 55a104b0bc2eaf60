import { GraphQLScalarType, Kind } from "graphql";
import { toDate } from "../../lib/domain";
import { AppError } from "../../lib/server/errors";
import { msg } from "../../lib/i18n/message-text";

function checkDate(value: unknown): string {
  if (typeof value === "string") {
    try {
      toDate(value);
      return value;
    } catch {
      /* fall through */
    }
  }
  throw new AppError("BAD_USER_INPUT", msg("request.dateScalar", { value: String(value) }));
}

export const DateScalar = new GraphQLScalarType({
  name: "Date",
  description: "A calendar date, YYYY-MM-DD.",
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : checkDate(v)),
  parseValue: checkDate,
  parseLiteral: (ast) => checkDate(ast.kind === Kind.STRING ? ast.value : null),
});

export const DateTimeScalar = new GraphQLScalarType({
  name: "DateTime",
  description: "An instant, ISO 8601.",
  serialize: (v) => (v instanceof Date ? v.toISOString() : String(v)),
  parseValue: (v) => new Date(String(v)),
});

export const parseDateArg = (v: string | null | undefined) => v ?? null;
