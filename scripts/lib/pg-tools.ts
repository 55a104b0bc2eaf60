// pg_dump and pg_restore for DATABASE_URL. The password goes through PGPASSWORD, not the command line (where
// `ps` would show it), and query parameters libpq does not know (Prisma's schema, connection_limit …) are
// dropped, since libpq refuses a URI with unknown parameters.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

const LIBPQ_PARAMETERS = new Set([
  "host",
  "hostaddr",
  "port",
  "dbname",
  "user",
  "options",
  "application_name",
  "connect_timeout",
  "sslmode",
  "sslcert",
  "sslkey",
  "sslrootcert",
  "sslcrl",
  "sslpassword",
  "sslcompression",
  "gssencmode",
  "channel_binding",
  "target_session_attrs",
  "keepalives",
  "keepalives_idle",
  "keepalives_interval",
  "keepalives_count",
]);

export interface LibpqTarget {
  /** the URL without its password and without parameters libpq would refuse */
  url: string;
  env: NodeJS.ProcessEnv;
}

export function libpqTarget(databaseUrl: string): LibpqTarget {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  for (const key of [...url.searchParams.keys()]) if (!LIBPQ_PARAMETERS.has(key)) url.searchParams.delete(key);
  return { url: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env } };
}

/** The URL without its password, for messages. */
export function describePostgres(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = "***";
  url.search = "";
  return url.toString();
}

/** Runs pg_dump / pg_restore (from $PG_BIN when set, else from PATH); a failure carries the tool's stderr. */
export async function pgTool(tool: "pg_dump" | "pg_restore", args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const command = process.env.PG_BIN ? path.join(process.env.PG_BIN, tool) : tool;
  try {
    await run(command, args, { env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stderr?: string; code?: string; message: string };
    if (e.code === "ENOENT") throw new Error(`${tool} not found (install the PostgreSQL client tools, or set PG_BIN to their folder)`);
    throw new Error(`${tool} failed: ${(e.stderr || e.message).trim()}`);
  }
}
