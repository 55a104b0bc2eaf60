// The server's modules (lib/server/<module>/…) depend on each other in one direction: no cycle between any
// two of them (plans ↔ progress, plans ↔ items and reviews ↔ export once were), and the shared plan state
// depends on no domain module above it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../../lib/server");
/** single files at the top of lib/server (db.ts, errors.ts …) are the base every module may use */
const moduleOf = (file: string) => {
  const first = path.relative(ROOT, file).split(path.sep)[0];
  return first.endsWith(".ts") ? null : first;
};

function graph(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const rel of fs.readdirSync(ROOT, { recursive: true }) as string[]) {
    if (!rel.endsWith(".ts")) continue;
    const file = path.join(ROOT, rel);
    const from = moduleOf(file);
    if (!from) continue;
    for (const [, spec] of fs.readFileSync(file, "utf8").matchAll(/from "(\.[^"]+)"/g)) {
      const resolved = path.resolve(path.dirname(file), spec);
      const target = fs.existsSync(`${resolved}.ts`) ? `${resolved}.ts` : resolved;
      if (!target.startsWith(ROOT + path.sep)) continue;
      const to = moduleOf(target);
      if (to && to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return edges;
}

/** Modules that reach themselves again, as "a → b → a" paths. */
function cycles(edges: Map<string, Set<string>>): string[] {
  const found: string[] = [];
  for (const start of edges.keys()) {
    const seen = new Set<string>();
    const walk = (at: string, trail: string[]) => {
      for (const next of edges.get(at) ?? []) {
        if (next === start) found.push([...trail, next].join(" → "));
        else if (!seen.has(next)) {
          seen.add(next);
          walk(next, [...trail, next]);
        }
      }
    };
    walk(start, [start]);
  }
  return found;
}

describe("lib/server module dependencies", () => {
  it("have no cycles", () => {
    expect(cycles(graph())).toEqual([]);
  });

  it("keep the shared plan state below the domain modules", () => {
    // sql: the hand-written reads' driver access (read-rows, dialect), a base like db.ts
    const below = new Set(["access", "auth", "plan-state", "locks", "audit", "concurrency", "sheets", "sql"]);
    const up = [...(graph().get("plan-state") ?? [])].filter((m) => !below.has(m));
    expect(up).toEqual([]);
  });

  it("finds the modules it checks", () => {
    const edges = graph();
    for (const m of ["plans", "progress", "items", "reviews", "scores"]) expect(edges.get(m)).toContain("plan-state");
  });
});
