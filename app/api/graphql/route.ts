import { startServerAndCreateNextHandler } from "@as-integrations/next";
import type { NextRequest } from "next/server";
import { createContext, type GraphQLContext } from "../../../graphql/context";
import { getApolloServer } from "../../../graphql/server";
import { SESSION_COOKIE, userFromSealedSession } from "../../../lib/server/auth/session";

const handler = startServerAndCreateNextHandler<NextRequest, GraphQLContext>(getApolloServer(), {
  context: async (req) => createContext(await userFromSealedSession(req.cookies.get(SESSION_COOKIE)?.value)),
});

// Next 16's route type check wants (request, context) handlers; the integration's overloads don't match it.
export const GET = (req: NextRequest) => handler(req);
export const POST = (req: NextRequest) => handler(req);
