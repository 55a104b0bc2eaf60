import { graphql } from "../../graphql/generated/client";
import { runOperation } from "../../graphql/execute";
import { SearchResults } from "../../components/search/SearchResults";
import { SEARCH_MAX_LENGTH, SEARCH_MAX_TERMS, parseSearchQuery } from "../../lib/domain/search";
import { searchTerms } from "../../lib/domain/text-search";
import { fill } from "../../lib/i18n/format";
import { requirePageContext } from "../_lib/request-context";
import "../../components/search/search.css";

const SearchPageQuery = graphql(`
  query SearchPage($query: String!) {
    search(query: $query) {
      query
      terms
      total
      more
      groups {
        kind
        more
        hits {
          kind
          id
          title
          snippet
          field
          date
          unitId
          unitName
          planTitle
          targetCode
          targetTitle
          dutySeq
          workItemSeq
          withdrawn
          url
        }
      }
    }
  }
`);

/**
 * 站内搜索 (GET /search?q=…): the results of the header's box, grouped by kind with the terms marked. A query out
 * of bounds (lib/domain/search.ts: too long, too many terms) is said so here, in words, before anything is asked
 * of the API; an empty one shows what the box is for.
 */
export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const { user, t, locale } = await requirePageContext(q ? `/search?q=${encodeURIComponent(q)}` : "/search");
  const parsed = parseSearchQuery(q);
  const result = parsed.ok ? (await runOperation(SearchPageQuery, { query: parsed.query }, user)).search : null;
  const problem =
    !parsed.ok && parsed.problem !== "EMPTY"
      ? fill(t.search.problems[parsed.problem], {
          max: parsed.problem === "TOO_LONG" ? SEARCH_MAX_LENGTH : SEARCH_MAX_TERMS,
          length: [...q.trim()].length,
          count: searchTerms(q).length,
        })
      : null;

  return (
    <div className="search-page">
      <h1>{result ? fill(t.search.titleFor, { q: result.query }) : t.search.title}</h1>
      <p className="subtitle">{t.search.intro}</p>
      <form method="get" action="/search" role="search" aria-label={t.search.refine} className="search-form no-print">
        <label>
          {t.search.queryLabel}
          <input type="search" name="q" defaultValue={q} placeholder={t.search.placeholder} />
        </label>
        <button type="submit">{t.search.submit}</button>
      </form>
      {problem ? (
        <p role="alert" className="search-problem" data-testid="search-problem">
          {problem}
        </p>
      ) : null}
      {!result && !problem ? (
        <p className="muted" data-testid="search-prompt">
          {t.search.prompt}
        </p>
      ) : null}
      {result ? <SearchResults result={result} t={t} locale={locale} /> : null}
    </div>
  );
}
