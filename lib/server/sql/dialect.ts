// The few SQL expressions that differ between SQLite and PostgreSQL, for the statements the app writes by hand
// (read-rows.ts) and the bench's floors. Everything else is written once, with $1… parameters.

export interface Dialect {
  /** which engine: compare this, not the object (a production build may hold two copies of this module) */
  name: "sqlite" | "postgres";
  /** the calendar day (YYYY-MM-DD) of a DateTime column */
  day(column: string): string;
  /** a DateTime column as an ISO instant (normalised in JS by instantText) */
  instant(column: string): string;
  /** a parameter compared with a DateTime column (passed as YYYY-MM-DD) */
  stamp(parameter: string): string;
  /** text values of a group joined by commas */
  joined(expression: string): string;
  /**
   * a text column kept off its index: SQLite has no statistics and takes the index on checkStatus (nearly every
   * row ACCEPTED) over the plan's targets; PostgreSQL has them and needs no hint
   */
  unindexed(column: string): string;
  /** LEFT JOIN LATERAL (PostgreSQL); SQLite has none, and joins on a correlated subquery's id instead */
  lateral: boolean;
}

// SQLite keeps DateTime as ISO text (2013-03-31T09:00:00.000+00:00), calendar dates at UTC midnight
export const SQLITE: Dialect = {
  name: "sqlite",
  day: (c) => `substr(${c}, 1, 10)`,
  instant: (c) => c,
  stamp: (p) => p,
  joined: (e) => `group_concat(${e}, ',')`,
  unindexed: (c) => `(${c} || '')`,
  lateral: false,
};

// timestamp(3) without time zone holds UTC; to_char keeps pg from reading it in the process's zone
export const POSTGRES: Dialect = {
  name: "postgres",
  day: (c) => `to_char(${c}, 'YYYY-MM-DD')`,
  instant: (c) => `to_char(${c}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  stamp: (p) => `${p}::timestamp`,
  joined: (e) => `string_agg(${e}, ',')`,
  unindexed: (c) => c,
  lateral: true,
};

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(Z|\+00:00)$/;

/**
 * An instant as Date.toISOString writes it (2013-03-31T09:00:00.000Z), from what dialect.instant returns: the
 * usual spellings are cut to shape without a Date; anything else (a row written by other software: epoch
 * milliseconds, `2013-03-31 09:00:00` in UTC as SQLite's CURRENT_TIMESTAMP writes it) goes through one.
 */
export function instantText(value: string | number | Date): string {
  if (typeof value === "string" && ISO_UTC.test(value)) return `${value.slice(0, 23)}Z`;
  if (typeof value === "string" && !/[zZ]|[+-]\d{2}:?\d{2}$/.test(value)) return new Date(`${value.replace(" ", "T")}Z`).toISOString();
  return new Date(value).toISOString();
}
