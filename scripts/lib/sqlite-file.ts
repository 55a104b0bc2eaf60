// The scripts' better-sqlite3 handle is the app's own (lib/server/sql/sqlite-file.ts).
export { openSqlite, type SqliteDatabase, type SqliteStatement } from "../../lib/server/sql/sqlite-file";
