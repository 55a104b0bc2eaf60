import { capRows } from "../../domain/search";
import { matchesAll } from "../../domain/text-search";
import { resolveDatabase } from "../database-url";

/**
 * How the search filters in the database and confirms in JS, whatever the provider:
 * - each term must occur in one of the record's text columns (`contains`, an OR over the columns), every term
 *   (an AND of those); PostgreSQL is asked to ignore case (ILIKE), SQLite's LIKE already ignores the case of
 *   ASCII letters — and Chinese has none;
 * - Prisma passes `%` and `_` to LIKE unescaped, where they are wildcards: a term holding one is narrowed in the
 *   database by its pieces between them ("10%" by "10"), and matched whole in JS only;
 * - every row the database returns is confirmed with text-search's matchesAll (what the page highlights), page by
 *   page, until the cap is passed or the rows run out. A query that the database cannot narrow (only wildcard
 *   terms) reads at most MAX_PAGES pages and then says there may be more.
 */
const onPostgres = resolveDatabase().provider === "postgresql";
const PAGE = 50;
const MAX_PAGES = 10;

/** The pieces of a term the database may look for as they are: those between LIKE's wildcards. */
const likeSafePieces = (term: string) => term.split(/[%_]/).filter((piece) => piece.length > 0);

/** The `where` parts (to AND with the scope) requiring every term (or its pieces) in one of `columns`. */
export function termsWhere<W>(terms: readonly string[], columns: readonly (keyof W & string)[]): W[] {
  const contains = (piece: string) => (onPostgres ? { contains: piece, mode: "insensitive" } : { contains: piece });
  return [...new Set(terms.flatMap(likeSafePieces))].map((piece) => ({ OR: columns.map((c) => ({ [c]: contains(piece) })) }) as W);
}

/**
 * The first `cap` rows (in the fetch's order) whose texts hold every term, and whether more exist. `fetch`
 * reads one page of candidates, already filtered by termsWhere.
 */
export async function collectMatches<R>(options: {
  fetch: (page: { skip: number; take: number }) => Promise<R[]>;
  texts: (row: R) => readonly (string | null | undefined)[];
  terms: readonly string[];
  cap: number;
}): Promise<{ rows: R[]; more: boolean }> {
  const found: R[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const rows = await options.fetch({ skip: page * PAGE, take: PAGE });
    found.push(...rows.filter((r) => matchesAll(options.texts(r), options.terms)));
    if (found.length > options.cap || rows.length < PAGE) return capRows(found, options.cap);
  }
  return { rows: found.slice(0, options.cap), more: true };
}
