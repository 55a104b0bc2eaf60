/**
 * Runs once when the server starts: builds the GraphQL schema (a root field without an operation definition
 * throws here) and checks that every route handler under app/api is declared with route(…), so an undeclared
 * door stops the server at start-up instead of answering requests. An unknown EVIDENCE_STORE stops it too; on
 * PostgreSQL without SESSION_SECRET it warns, since each instance would then seal sessions with its own secret.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getSchema } = await import("./graphql/schema");
  const { undeclaredRoutes } = await import("./app/api/_lib/route-check");
  const { evidenceStoreKind } = await import("./lib/server/evidence/store-kind");
  const { resolveDatabase } = await import("./lib/server/database-url");
  getSchema();
  evidenceStoreKind();
  if (resolveDatabase().provider === "postgresql" && (process.env.SESSION_SECRET ?? "").length < 32) {
    const { log } = await import("./lib/server/log");
    log().warn(
      "SESSION_SECRET is not set (32+ characters): this instance seals sessions with its own secret file, so " +
        "sessions opened on other instances are not valid here. Give every instance the same SESSION_SECRET.",
    );
  }
  const problems = undeclaredRoutes();
  if (problems.length) throw new Error(`Undeclared route handlers:\n${problems.join("\n")}`);
}
