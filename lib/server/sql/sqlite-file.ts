// better-sqlite3 opened directly (it comes with @prisma/adapter-better-sqlite3; there is no @types package
// here), for the app's fast reads (read-rows.ts) and for the backup and restore scripts: its online backup API and
// plain reads. Only what they use is typed.
import { createRequire } from "node:module";

export interface SqliteStatement {
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  raw(on?: boolean): SqliteStatement;
  safeIntegers(on?: boolean): SqliteStatement;
  columns(): { name: string }[];
}

export interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): void;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  /** SQLite's online backup into `destination` (a file path): consistent while other connections write. */
  backup(
    destination: string,
    options?: { progress?: (info: { totalPages: number; remainingPages: number }) => number },
  ): Promise<{ totalPages: number; remainingPages: number }>;
  close(): void;
}

type Constructor = new (file: string, options?: { readonly?: boolean; fileMustExist?: boolean; timeout?: number }) => SqliteDatabase;

const Database = createRequire(import.meta.url)("better-sqlite3") as Constructor;

/** Waits up to 5 s for a lock held by another connection, like the app's own connection. */
export function openSqlite(file: string, options: { readonly?: boolean; fileMustExist?: boolean } = {}): SqliteDatabase {
  return new Database(file, { timeout: 5000, ...options });
}
