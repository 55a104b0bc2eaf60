import type { GraphQLResolveInfo } from "graphql";
import type { Operation } from "../../lib/server/operations/define-operation";
import { runOperation } from "../../lib/server/operations/run-operation";
import type { GraphQLContext } from "../context";

/**
 * A root field's resolver from its operation definition: the runner does authentication, roles, input,
 * resources; this adapter adds one more guard — every ID the caller sent must be one the definition claims,
 * so an id argument cannot pass unscoped (the hole the old argument-name inference left open).
 */
export function resolverOf(op: Operation<never, unknown>) {
  return async (_parent: unknown, args: Record<string, unknown>, context: GraphQLContext, info: GraphQLResolveInfo) => {
    const field = info.parentType.getFields()[info.fieldName];
    const raw = isInputWrapper(field.args) ? args.input : args;
    assertIdsClaimed(
      op,
      raw,
      field.args.map((a) => ({ name: a.name, type: a.type as InputTypeLike })),
      args,
    );
    return runOperation(op as unknown as Operation<unknown, unknown>, context.user, raw);
  };
}

/**
 * A field whose only argument is `input: SomethingInput!` is declared by the input's own fields: the operation's
 * zod schema describes the input object, so the definition reads like the form that fills it.
 */
export function isInputWrapper(args: readonly { name: string }[]): boolean {
  return args.length === 1 && args[0].name === "input";
}

function assertIdsClaimed(
  op: Operation<never, unknown>,
  raw: unknown,
  argTypes: { name: string; type: InputTypeLike }[],
  args: Record<string, unknown>,
): void {
  const sent: string[] = [];
  for (const arg of argTypes) collectIds(arg.type, args[arg.name], sent);
  if (sent.length === 0) return;
  // The claims are computed from the raw args here only to compare ids; the runner recomputes them from the
  // parsed input, which is what it checks.
  let claimed: Set<string>;
  try {
    claimed = new Set(
      op
        .resources(raw as never)
        .map((c) => c.id)
        .filter((x): x is string => typeof x === "string"),
    );
  } catch {
    return; // malformed input: the runner's parse step refuses it with BAD_USER_INPUT
  }
  const unclaimed = sent.filter((v) => !claimed.has(v));
  if (unclaimed.length) throw new Error(`${op.name}: id argument(s) not declared as resources`);
}

// Types are read structurally (toString, ofType, getFields), not with graphql's instanceof helpers: the schema
// may come from another copy of the graphql package (graphql-tools loads its CommonJS build, tests the ESM one).
type InputTypeLike = { toString(): string; ofType?: InputTypeLike; getFields?: () => Record<string, { type: InputTypeLike }> };

const namedOf = (t: InputTypeLike): InputTypeLike => (t.ofType ? namedOf(t.ofType) : t);

function collectIds(type: InputTypeLike, value: unknown, out: string[]): void {
  if (value === null || value === undefined) return;
  const shown = String(type);
  if (shown.endsWith("!")) return collectIds(type.ofType!, value, out);
  if (shown.startsWith("[")) {
    if (Array.isArray(value)) for (const v of value) collectIds(type.ofType!, v, out);
    return;
  }
  if (type.getFields) {
    for (const [k, f] of Object.entries(type.getFields())) collectIds(f.type, (value as Record<string, unknown>)[k], out);
    return;
  }
  if (shown === "ID" && typeof value === "string") out.push(value);
}

/** Whether a field's arguments include an ID anywhere (directly, in a list or inside an input object). */
export function takesId(types: readonly InputTypeLike[], seen = new Set<string>()): boolean {
  return types.some((t) => {
    const named = namedOf(t);
    const name = String(named);
    if (name === "ID") return true;
    if (!named.getFields || seen.has(name)) return false;
    seen.add(name);
    return takesId(
      Object.values(named.getFields()).map((f) => f.type),
      seen,
    );
  });
}
