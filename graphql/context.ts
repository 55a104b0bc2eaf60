import type { Locale } from "../lib/i18n/messages";
import type { SessionUser } from "../lib/server/auth/session-user";
import { createLoaders, type Loaders } from "./loaders";

export interface GraphQLContext {
  user: SessionUser | null;
  loaders: Loaders;
  /** the language errors are answered in: the request's language cookie (LOCALE_COOKIE), Chinese by default */
  locale: Locale;
}

/** One context per request: fresh loaders so batching never serves another request's data. */
export function createContext(user: SessionUser | null, locale: Locale = "zh"): GraphQLContext {
  return { user, loaders: createLoaders(user), locale };
}
