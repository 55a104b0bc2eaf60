import { randomUUID } from "node:crypto";
import pino, { type DestinationStream, type Logger } from "pino";

/**
 * Structured JSON logs (pino), one object per line on stdout — no transports, so no worker threads inside
 * Next's server. The level comes from LOG_LEVEL (trace … fatal, silent); without it tests are silent and
 * everything else logs from "info". Log what identifies a request, never what it carries: no variables,
 * bodies, cookies, passwords or tokens (calendar feeds carry theirs in the path, so routes log their declared
 * name, not the URL).
 */
export type { Logger };

function defaultLevel(): string {
  if (process.env.LOG_LEVEL) return process.env.LOG_LEVEL;
  if (process.env.NODE_ENV === "test" || process.env.VITEST) return "silent";
  return "info";
}

export function createLogger(destination?: DestinationStream, level = defaultLevel()): Logger {
  return pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // The request lines name their fields explicitly; this only catches a careless `log.info({ … })` elsewhere.
      redact: {
        paths: ["password", "*.password", "cookie", "*.cookie", "headers.cookie", "headers.authorization", "token", "*.token", "variables"],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

const holder = globalThis as typeof globalThis & { __trackerLog?: Logger };

/** The process's logger (kept across dev reloads). */
export function log(): Logger {
  return (holder.__trackerLog ??= createLogger());
}

/** Replaces the process's logger, e.g. with one writing to a test's stream; undefined restores the default. */
export function setLogger(logger: Logger | undefined): void {
  holder.__trackerLog = logger;
}

/** What one request line says. */
export interface RequestLogLine {
  requestId: string;
  method: string;
  /** the declared route ("GET /api/calendar/[sectionId]", "POST /api/graphql"), never the URL */
  route: string;
  /** the GraphQL operation name (or its root fields), or the route's declared name */
  operation: string | null;
  /** the signed-in user's id; null when anonymous or not yet known */
  user: string | null;
  status: number;
  durationMs: number;
  /** GraphQL error codes (extensions.code), never their messages */
  errors?: string[];
}

export function logRequest(line: RequestLogLine): void {
  const logger = log();
  if (line.status >= 500) logger.error(line, "request");
  else logger.info(line, "request");
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The request id to use and echo: the caller's X-Request-Id when it is a short safe token, else a new one. */
export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get("x-request-id");
  return incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Milliseconds since `started` (performance.now()), to a tenth. */
export function elapsedMs(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
