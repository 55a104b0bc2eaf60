import fs from "node:fs";
import path from "node:path";

/**
 * Every route handler under app/api must be made by `route(…)` (or a helper built on it), so that it is an
 * operation with roles, input and resources like every GraphQL field. The GraphQL endpoint is the one mount;
 * its fields are checked when the schema is built. Returns the offending exports, e.g.
 * "app/api/x/route.ts: GET is not declared with route(…)".
 */
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
const MOUNTS = new Set(["app/api/graphql/route.ts"]);
const DECLARED = /^export const (\w+) = (route|evidenceUploadRoute)\(/;

export function routeFiles(root = process.cwd()): string[] {
  const dir = path.join(/*turbopackIgnore: true*/ root, "app", "api");
  if (!fs.existsSync(dir)) return [];
  return (
    (fs.readdirSync(dir, { recursive: true }) as string[])
      // folders starting with "_" are private in the App Router: they hold helpers, not routes
      .filter((f) => path.basename(f) === "route.ts" && !f.split(path.sep).some((part) => part.startsWith("_")))
      .map((f) => path.posix.join("app/api", f.split(path.sep).join("/")))
      .sort()
  );
}

export function undeclaredRoutes(root = process.cwd()): string[] {
  const problems: string[] = [];
  for (const file of routeFiles(root)) {
    if (MOUNTS.has(file)) continue;
    const lines = fs.readFileSync(path.join(/*turbopackIgnore: true*/ root, file), "utf8").split("\n");
    const exported = lines.flatMap((line) => {
      const m = line.match(/^export\s+(?:async\s+)?(?:const|function|let|var)\s+(\w+)/) ?? line.match(/^export\s*\{([^}]*)\}/);
      return m
        ? m[1].split(",").map((s) =>
            s
              .trim()
              .split(/\s+as\s+/)
              .pop()!,
          )
        : [];
    });
    const declared = new Set(lines.map((l) => l.match(DECLARED)?.[1]).filter(Boolean));
    for (const name of exported) {
      if (METHODS.includes(name) && !declared.has(name)) problems.push(`${file}: ${name} is not declared with route(…)`);
    }
    if (!exported.some((n) => METHODS.includes(n))) problems.push(`${file}: exports no handler`);
  }
  return problems;
}
