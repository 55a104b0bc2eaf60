import { addDaysIso } from "../../lib/domain";
import { todayIso } from "../../lib/server/db-dates";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { FormattedExecutionResult } from "graphql";
import { createContext } from "../../graphql/context";
import type { Locale } from "../../lib/i18n/messages";
import { getApolloServer } from "../../graphql/server";
import { findSessionUser, userFromSealedSession } from "../../lib/server/auth/session";
import { signIn } from "../../lib/server/users/sign-in";
import type { SessionUser } from "../../lib/server/auth/session-user";
import { db, sqlStatementCount } from "../../lib/server/db";

/** Runs an operation through the real Apollo pipeline (schema, authorization, error mapping). */
export async function gql<TData = Record<string, unknown>, TVars = Record<string, unknown>>(
  query: string | TypedDocumentNode<TData, TVars>,
  variables: TVars,
  user: SessionUser | null,
  /** the request's language (the lang cookie's): what resolvers word their text in */
  locale: Locale = "zh",
): Promise<FormattedExecutionResult<TData>> {
  const response = await getApolloServer().executeOperation<TData>(
    { query: query as string, variables: variables as Record<string, unknown> },
    { contextValue: createContext(user, locale) },
  );
  if (response.body.kind !== "single") throw new Error("incremental delivery not expected");
  return response.body.singleResult;
}

export async function userNamed(username: string): Promise<SessionUser> {
  const row = await db.user.findUniqueOrThrow({ where: { username } });
  return (await findSessionUser(row.id))!;
}

/** Counts every SQL statement the driver runs while `fn` executes. */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const before = sqlStatementCount();
  const result = await fn();
  return { result, queries: sqlStatementCount() - before };
}

/** The version a form showing the record now would send as expectedVersion (score kinds: by target; 0 = none yet). */
export async function versionOf(
  kind: "target" | "countItem" | "score" | "selfScore" | "provinceScore" | "review" | "rectification" | "user",
  id: string,
): Promise<number> {
  switch (kind) {
    case "target":
      return (await db.target.findUniqueOrThrow({ where: { id } })).version;
    case "countItem":
      return (await db.countItem.findUniqueOrThrow({ where: { id } })).version;
    case "score":
      return (await db.targetScore.findUnique({ where: { targetId: id } }))?.version ?? 0;
    case "selfScore":
      return (await db.targetScore.findUnique({ where: { targetId: id } }))?.selfVersion ?? 0;
    case "provinceScore":
      return (await db.targetScore.findUnique({ where: { targetId: id } }))?.provinceVersion ?? 0;
    case "review":
      return (await db.review.findUniqueOrThrow({ where: { id } })).version;
    case "rectification":
      return (await db.rectification.findUniqueOrThrow({ where: { id } })).version;
    case "user":
      return (await db.user.findUniqueOrThrow({ where: { id } })).version;
  }
}

/**
 * A write's input as a form showing the record now would send it: with the current version of the target
 * (reports, items, settings) or of its score entry ("score") or self-assessment ("selfScore").
 */
export async function asLoaded<T extends { targetId?: string | null }>(
  input: T,
  kind: "target" | "score" | "selfScore" | "provinceScore" = "target",
): Promise<T & { expectedVersion: number }> {
  return { ...input, expectedVersion: await versionOf(kind, input.targetId!) };
}

/** Signs in as the form would (throttle, audit, a new session) and returns the user that session carries. */
export async function signInUser(username: string, password: string, address = "192.0.2.1"): Promise<SessionUser> {
  const { sealed } = await signIn({ username, password, address });
  return (await userFromSealedSession(sealed))!;
}

/** A rectification deadline that is valid today: notices may not be due before the day they are issued (#13). */
export const daysFromToday = (days: number): string => addDaysIso(todayIso(), days);
