import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
  type GraphQLResolveInfo,
} from "graphql";
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
    assertIdsClaimed(op, args, info);
    return runOperation(op as unknown as Operation<unknown, unknown>, context.user, args);
  };
}

function assertIdsClaimed(op: Operation<never, unknown>, args: Record<string, unknown>, info: GraphQLResolveInfo): void {
  const field = info.parentType.getFields()[info.fieldName];
  const sent: string[] = [];
  for (const arg of field.args) collectIds(arg.type, args[arg.name], sent);
  if (sent.length === 0) return;
  // The claims are computed from the raw args here only to compare ids; the runner recomputes them from the
  // parsed input, which is what it checks.
  let claimed: Set<string>;
  try {
    claimed = new Set(op.resources(args as never).map((c) => c.id).filter((x): x is string => typeof x === "string"));
  } catch {
    return; // malformed input: the runner's parse step refuses it with BAD_USER_INPUT
  }
  const unclaimed = sent.filter((v) => !claimed.has(v));
  if (unclaimed.length) throw new Error(`${op.name}: id argument(s) not declared as resources`);
}

function collectIds(type: GraphQLInputType, value: unknown, out: string[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return collectIds(type.ofType, value, out);
  if (isListType(type)) {
    if (Array.isArray(value)) for (const v of value) collectIds(type.ofType, v, out);
    return;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    for (const [k, f] of Object.entries(fields)) collectIds(f.type, (value as Record<string, unknown>)[k], out);
    return;
  }
  if (getNamedType(type).name === "ID" && typeof value === "string") out.push(value);
}

/** Whether a field's arguments include an ID anywhere (directly, in a list or inside an input object). */
export function takesId(types: readonly GraphQLInputType[], seen = new Set<string>()): boolean {
  return types.some((t) => {
    const named = getNamedType(t);
    if (named.name === "ID") return true;
    if (!isInputObjectType(named) || seen.has(named.name)) return false;
    seen.add(named.name);
    return takesId(Object.values(named.getFields()).map((f) => f.type), seen);
  });
}
