// The operation table is the one declaration of every GraphQL root field and route handler: these tests keep
// it complete and keep each declaration honest against the schema it serves.
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { undeclaredRoutes } from "../../app/api/_lib/route-check";
import { OPERATIONS } from "../../graphql/operations";
import { isInputWrapper } from "../../graphql/operations/resolver";
import { getSchema } from "../../graphql/schema";
import { auditActionLabel } from "../../lib/i18n/audit";
import { messages } from "../../lib/i18n/messages";

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
};
type GqlType = {
  toString(): string;
  ofType?: GqlType;
  getFields?: () => Record<string, { type: GqlType }>;
  getValues?: () => { name: string }[];
};

const roots = () =>
  (["Query", "Mutation"] as const).flatMap((type) =>
    Object.values(
      (
        getSchema().getType(type) as unknown as { getFields(): Record<string, { name: string; args: { name: string; type: GqlType }[] }> }
      ).getFields(),
    ).map((field) => ({ name: `${type}.${field.name}`, field })),
  );

/** The non-null variant of a JSON schema (zod's nullish → anyOf [T, null]). */
function nonNull(s: JsonSchema): JsonSchema {
  if (s.anyOf) return nonNull(s.anyOf.find((x) => x.type !== "null") ?? {});
  if (Array.isArray(s.type)) return { ...s, type: s.type.find((t) => t !== "null") };
  return s;
}

/** Differences between a zod object (as JSON schema) and a list of GraphQL arguments or input fields. */
function compare(path: string, json: JsonSchema, fields: Record<string, GqlType>): string[] {
  const problems: string[] = [];
  const props = json.properties ?? {};
  const required = new Set(json.required ?? []);
  for (const [name, type] of Object.entries(fields)) {
    const at = `${path}.${name}`;
    const prop = props[name];
    if (!prop) {
      problems.push(`${at}: in GraphQL, not in the zod input`);
      continue;
    }
    const gqlRequired = String(type).endsWith("!");
    if (gqlRequired !== required.has(name))
      problems.push(
        `${at}: GraphQL ${gqlRequired ? "requires" : "allows omitting"} it, zod ${required.has(name) ? "requires" : "does not require"} it`,
      );
    problems.push(...compareType(at, nonNull(prop), gqlRequired ? type.ofType! : type));
  }
  for (const name of Object.keys(props)) if (!(name in fields)) problems.push(`${path}.${name}: in the zod input, not in GraphQL`);
  return problems;
}

function compareType(at: string, json: JsonSchema, type: GqlType): string[] {
  const shown = String(type).replace(/!$/, "");
  const inner = String(type).endsWith("!") ? type.ofType! : type;
  if (shown.startsWith("["))
    return json.type === "array" ? compareType(`${at}[]`, nonNull(json.items ?? {}), inner.ofType!) : [`${at}: a list in GraphQL`];
  if (inner.getFields)
    return json.type === "object"
      ? compare(at, json, Object.fromEntries(Object.entries(inner.getFields()).map(([k, f]) => [k, f.type])))
      : [`${at}: an input object in GraphQL`];
  if (inner.getValues) {
    const values = inner
      .getValues()
      .map((v) => v.name)
      .sort();
    return JSON.stringify([...(json.enum ?? [])].sort()) === JSON.stringify(values) ? [] : [`${at}: enum ${values} vs ${json.enum}`];
  }
  const expected: Record<string, string[]> = {
    ID: ["string"],
    String: ["string"],
    Date: ["string"],
    Int: ["integer", "number"],
    Float: ["number"],
    Boolean: ["boolean"],
  };
  const types = expected[shown];
  if (!types) return [];
  return json.type === undefined || types.includes(String(json.type)) ? [] : [`${at}: ${shown} in GraphQL, ${json.type} in zod`];
}

describe("operation definitions", () => {
  it("declares every root field exactly once, and nothing else", () => {
    const names = roots()
      .map((r) => r.name)
      .sort();
    const graphqlOps = [...OPERATIONS.keys()].sort();
    expect(graphqlOps).toEqual(names);
    expect(names.length).toBeGreaterThan(60);
  });

  it("declares every route handler under app/api with route(…)", () => {
    expect(undeclaredRoutes()).toEqual([]);
  });

  it("accepts in zod exactly the arguments GraphQL declares, with the same required-ness and types", () => {
    const problems = roots().flatMap(({ name, field }) => {
      const json = z.toJSONSchema(OPERATIONS.get(name)!.input as z.ZodType, { io: "input", unrepresentable: "any" }) as JsonSchema;
      // a field whose only argument is `input` is declared by the input object's fields (graphql/operations/resolver.ts)
      if (isInputWrapper(field.args)) return compareType(name, json, field.args[0].type);
      return compare(name, json, Object.fromEntries(field.args.map((a) => [a.name, a.type])));
    });
    expect(problems).toEqual([]);
  });

  it("requires the version on every write that claims one, and declares an audit action with a label for every mutation", () => {
    const problems: string[] = [];
    for (const [name, op] of OPERATIONS) {
      const json = z.toJSONSchema(op.input as z.ZodType, { io: "input", unrepresentable: "any" }) as JsonSchema;
      const required = new Set([
        ...(json.required ?? []),
        ...Object.values(json.properties ?? {}).flatMap((p) => nonNull(nonNull(p).items ?? {}).required ?? []),
      ]);
      if (op.version && !required.has("expectedVersion"))
        problems.push(`${name}: claims a ${op.version} version but expectedVersion is optional`);
      if (name.startsWith("Mutation.")) {
        const actions = op.audit === undefined ? [] : ([] as string[]).concat(op.audit);
        if (actions.length === 0) problems.push(`${name}: no audit action declared`);
        for (const a of actions)
          if (auditActionLabel(a, messages.zh) === a || auditActionLabel(a, messages.en) === a)
            problems.push(`${name}: audit action ${a} has no label`);
      }
    }
    expect(problems).toEqual([]);
  });
});
