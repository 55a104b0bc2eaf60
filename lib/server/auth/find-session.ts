import { instantText, type Dialect } from "../sql/dialect";
import { readRows, sqlDialect } from "../sql/read-rows";

/** A session row with what a request needs of its user. */
export interface SessionWithUser {
  id: string;
  sessionVersion: number;
  lastSeenAt: Date;
  expiresAt: Date;
  user: SessionUserRow & { active: boolean; sessionVersion: number };
}

/** What a session carries of its user (session.ts toSessionUser). */
export interface SessionUserRow {
  id: string;
  username: string;
  displayName: string;
  role: string;
  unitId: string;
  sectionId: string | null;
  mustChangePassword: boolean;
  passwordChangedAt: Date;
}

/** As the driver returns them: SQLite's booleans are 0/1; instants are text on both engines (dialect.instant). */
interface Row {
  id: string;
  sessionVersion: number;
  lastSeenAt: string;
  expiresAt: string;
  user_id: string;
  user_username: string;
  user_displayName: string;
  user_role: string;
  user_unitId: string;
  user_sectionId: string | null;
  user_active: boolean | number;
  user_sessionVersion: number;
  user_mustChangePassword: boolean | number;
  user_passwordChangedAt: string;
}

const statements = new Map<Dialect, string>();

const statementFor = (d: Dialect) =>
  `SELECT s."id", s."sessionVersion", ${d.instant(`s."lastSeenAt"`)} AS "lastSeenAt", ${d.instant(`s."expiresAt"`)} AS "expiresAt",
    u."id" AS "user_id", u."username" AS "user_username", u."displayName" AS "user_displayName", u."role" AS "user_role",
    u."unitId" AS "user_unitId", u."sectionId" AS "user_sectionId", u."active" AS "user_active",
    u."sessionVersion" AS "user_sessionVersion", u."mustChangePassword" AS "user_mustChangePassword",
    ${d.instant(`u."passwordChangedAt"`)} AS "user_passwordChangedAt"
  FROM "Session" s JOIN "User" u ON u."id" = s."userId"
  WHERE s."id" = $1`;

const instant = (value: string) => new Date(instantText(value));

/**
 * The session and its user in one statement: every signed-in request asks. Prisma's `include` sent two, and
 * even one statement through Prisma costs ~0.1 ms on SQLite and ~0.6 ms on PostgreSQL (#12), so this goes
 * straight to the driver (lib/server/sql/read-rows.ts: a connection of its own that sees every committed write
 * at once — a sign-out or a password change anywhere, in any instance, counts on the very next request).
 */
export async function findSessionWithUser(sessionId: string): Promise<SessionWithUser | null> {
  const dialect = sqlDialect();
  let sql = statements.get(dialect);
  if (!sql) statements.set(dialect, (sql = statementFor(dialect)));
  const row = (await readRows<Row>(sql, [sessionId]))[0];
  if (!row) return null;
  return {
    id: row.id,
    sessionVersion: Number(row.sessionVersion),
    lastSeenAt: instant(row.lastSeenAt),
    expiresAt: instant(row.expiresAt),
    user: {
      id: row.user_id,
      username: row.user_username,
      displayName: row.user_displayName,
      role: row.user_role,
      unitId: row.user_unitId,
      sectionId: row.user_sectionId,
      active: Boolean(row.user_active),
      sessionVersion: Number(row.user_sessionVersion),
      mustChangePassword: Boolean(row.user_mustChangePassword),
      passwordChangedAt: instant(row.user_passwordChangedAt),
    },
  };
}
