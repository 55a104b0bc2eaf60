import { startServerAndCreateNextHandler } from "@as-integrations/next";
import type { NextRequest } from "next/server";
import { createContext, type GraphQLContext } from "../../../graphql/context";
import { getApolloServer } from "../../../graphql/server";
import { sessionUser } from "../_lib/operation-route";

/**
 * The GraphQL endpoint is a mount: every root field behind it is an operation of graphql/operations, run by the
 * same runner as the other routes. The session is read by the one helper that reads it (app/api/_lib/route.ts).
 */
const handler = startServerAndCreateNextHandler<NextRequest, GraphQLContext>(getApolloServer(), {
  context: async (req) => createContext(await sessionUser(req)),
});

// Next 16's route type check wants (request, context) handlers; the integration's overloads don't match it.
export const GET = (req: NextRequest) => handler(req);
export const POST = (req: NextRequest) => handler(req);
