import { searchTerms } from "./text-search";

/**
 * The site-wide search (#13): one box that finds, within the user's scope, targets, named items, report notes,
 * rectification notices and duties. These are its bounds and the shape of what it shows; the matching itself is
 * text-search.ts's (every term, case-insensitive).
 *
 * - A query has 1–50 characters once the spaces around it are trimmed (counted as characters, so 50 汉字 or
 *   50 letters), at most 5 different terms (split on any whitespace, the ideographic space among it), and no
 *   control characters.
 * - Each kind shows at most SEARCH_KIND_CAP hits; the page says when there are more, so the user refines the
 *   query instead of paging through hundreds of rows.
 */
export const SEARCH_MAX_LENGTH = 50;
export const SEARCH_MAX_TERMS = 5;
export const SEARCH_KIND_CAP = 20;
/** The characters a snippet shows around its first match (plus an ellipsis on each cut side). */
export const SEARCH_SNIPPET_LENGTH = 80;

export type SearchProblem = "EMPTY" | "TOO_LONG" | "TOO_MANY_TERMS" | "CONTROL_CHARACTERS";

export type ParsedSearch = { ok: true; query: string; terms: string[] } | { ok: false; problem: SearchProblem };

const hasControl = (s: string) => [...s].some((c) => c < " " || c === "\u007f");

/** Whether a query is within the bounds, and its trimmed text and terms when it is. */
export function parseSearchQuery(raw: string | null | undefined): ParsedSearch {
  const source = raw ?? "";
  if (hasControl(source)) return { ok: false, problem: "CONTROL_CHARACTERS" };
  const query = source.trim();
  if (query.length === 0) return { ok: false, problem: "EMPTY" };
  if ([...query].length > SEARCH_MAX_LENGTH) return { ok: false, problem: "TOO_LONG" };
  const terms = searchTerms(query);
  if (terms.length > SEARCH_MAX_TERMS) return { ok: false, problem: "TOO_MANY_TERMS" };
  return { ok: true, query, terms };
}

/** The first `cap` rows and whether any were left out. */
export function capRows<T>(rows: readonly T[], cap = SEARCH_KIND_CAP): { rows: T[]; more: boolean } {
  return { rows: rows.slice(0, cap), more: rows.length > cap };
}

/**
 * A short piece of `text` around the first occurrence of any term (whitespace runs shown as one space), with
 * "…" where it was cut; the whole text when it is short enough; the start of it when no term occurs.
 */
export function snippetOf(text: string, terms: readonly string[], length = SEARCH_SNIPPET_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const lower = flat.toLowerCase();
  const hits = terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0);
  const first = hits.length ? Math.min(...hits) : 0;
  // a quarter of the room before the match, so the reader sees what leads to it
  let start = Math.max(0, Math.min(first - Math.floor(length / 4), flat.length - length));
  if (isLowSurrogate(flat, start)) start--;
  let end = start + length;
  if (isLowSurrogate(flat, end)) end++;
  return `${start > 0 ? "…" : ""}${flat.slice(start, end)}${end < flat.length ? "…" : ""}`;
}

const isLowSurrogate = (s: string, i: number) => i > 0 && i < s.length && /[\uDC00-\uDFFF]/.test(s[i]);

export interface SearchableText<F extends string> {
  field: F;
  text: string | null | undefined;
}

/**
 * The field to show a hit by: the one holding the most of the terms (the first of those in the order given,
 * so a name beats a description), cut to a snippet; null when no field holds any term. `besides` names a field
 * the page shows anyway (the hit's title): another field holding a term is preferred to it, so the snippet adds
 * something ("组建市级工程技术研究中心4家。" under the title 市级工程技术研究中心).
 */
export function bestSnippet<F extends string>(
  texts: readonly SearchableText<F>[],
  terms: readonly string[],
  options: { length?: number; besides?: F } = {},
): { field: F; snippet: string } | null {
  if (options.besides !== undefined) {
    const other = bestSnippet(
      texts.filter((t) => t.field !== options.besides),
      terms,
      { length: options.length },
    );
    if (other) return other;
  }
  let best: { field: F; text: string; found: number } | null = null;
  for (const { field, text } of texts) {
    if (!text) continue;
    const lower = text.toLowerCase();
    const found = terms.filter((t) => lower.includes(t)).length;
    if (found > 0 && (!best || found > best.found)) best = { field, text, found };
  }
  return best ? { field: best.field, snippet: snippetOf(best.text, terms, options.length) } : null;
}
