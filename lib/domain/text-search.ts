/**
 * Plain-text search as the 责任清单 uses it: the query is split on whitespace into terms, a text matches
 * when it contains every term (case-insensitive, so Latin letters and digits match either way), and the
 * page highlights each occurrence of any term.
 */
export function searchTerms(query: string | null | undefined): string[] {
  const terms = (query ?? "")
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t.length > 0);
  return [...new Set(terms)];
}

/** Every term occurs in at least one of the texts (no terms: everything matches). */
export function matchesAll(texts: readonly (string | null | undefined)[], terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const haystack = texts
    .filter((t): t is string => !!t)
    .join("\n")
    .toLowerCase();
  return terms.every((t) => haystack.includes(t));
}

/** Any term occurs in the text. */
export function matchesAny(text: string | null | undefined, terms: readonly string[]): boolean {
  if (!text || terms.length === 0) return false;
  const lower = text.toLowerCase();
  return terms.some((t) => lower.includes(t));
}

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * The text cut into plain and matching parts, for highlighting: overlapping or adjacent occurrences merge
 * into one part; the parts joined give back the text unchanged.
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  if (terms.length === 0 || text.length === 0) return [{ text, match: false }];
  const lower = text.toLowerCase();
  const hit = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
      for (let i = at; i < at + term.length; i++) hit[i] = true;
    }
  }
  const parts: TextPart[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.match === hit[i]) last.text += text[i];
    else parts.push({ text: text[i], match: hit[i] });
  }
  return parts;
}
