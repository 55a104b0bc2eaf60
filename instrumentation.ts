/**
 * Runs once when the server starts: builds the GraphQL schema (a root field without an operation definition
 * throws here) and checks that every route handler under app/api is declared with route(…), so an undeclared
 * door stops the server at start-up instead of answering requests.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getSchema } = await import("./graphql/schema");
  const { undeclaredRoutes } = await import("./app/api/_lib/route-check");
  getSchema();
  const problems = undeclaredRoutes();
  if (problems.length) throw new Error(`Undeclared route handlers:\n${problems.join("\n")}`);
}
