import type { SessionUser } from "../lib/server/auth/session-user";
import { createLoaders, type Loaders } from "./loaders";

export interface GraphQLContext {
  user: SessionUser | null;
  loaders: Loaders;
}

/** One context per request: fresh loaders so batching never serves another request's data. */
export function createContext(user: SessionUser | null): GraphQLContext {
  return { user, loaders: createLoaders(user) };
}
