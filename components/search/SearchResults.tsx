import Link from "next/link";
import type { SearchPageQuery } from "../../graphql/generated/client/graphql";
import { SEARCH_KIND_CAP } from "../../lib/domain/search";
import { fill, formatDate } from "../../lib/i18n/format";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { Highlight } from "../duties/Highlight";

type Result = SearchPageQuery["search"];
type Group = Result["groups"][number];
type Hit = Group["hits"][number];

/** The search's answer: a count, the kinds with their counts (links to each group), then each group's hits. */
export function SearchResults({ result, t, locale }: { result: Result; t: Messages; locale: Locale }) {
  const m = t.search;
  const heading = (g: Group) =>
    fill(m.heading, { kind: m.kinds[g.kind], count: fill(g.more ? m.countMore : m.count, { n: g.hits.length }) });
  if (result.total === 0)
    return (
      <div role="status" data-testid="search-empty">
        <p>{fill(m.empty, { q: result.query })}</p>
        <p className="muted">{m.emptyHint}</p>
      </div>
    );
  return (
    <>
      <p role="status" data-testid="search-summary">
        {fill(result.more ? m.foundSome : m.found, { total: result.total })}
      </p>
      {result.more ? (
        <p className="search-note" data-testid="search-more">
          {fill(m.more, { cap: SEARCH_KIND_CAP })}
        </p>
      ) : null}
      <nav className="search-groups" aria-label={m.groups}>
        {result.groups.map((g) =>
          g.hits.length ? (
            <a key={g.kind} href={`#search-${g.kind}`}>
              {heading(g)}
            </a>
          ) : (
            <span key={g.kind} className="empty">
              {heading(g)}
            </span>
          ),
        )}
      </nav>
      {result.groups
        .filter((g) => g.hits.length > 0)
        .map((g) => (
          <section
            key={g.kind}
            id={`search-${g.kind}`}
            aria-labelledby={`search-${g.kind}-title`}
            data-testid="search-group"
            data-kind={g.kind}
          >
            <h2 id={`search-${g.kind}-title`}>{heading(g)}</h2>
            <ol className="search-hits">
              {g.hits.map((h) => (
                <SearchHitRow key={h.id} hit={h} terms={result.terms} t={t} locale={locale} />
              ))}
            </ol>
            {g.more ? (
              <p className="search-note" data-testid="search-group-more">
                {fill(m.groupMore, { cap: SEARCH_KIND_CAP })}
              </p>
            ) : null}
          </section>
        ))}
    </>
  );
}

function SearchHitRow({ hit, terms, t, locale }: { hit: Hit; terms: string[]; t: Messages; locale: Locale }) {
  const m = t.search;
  const where =
    hit.kind === "DUTY"
      ? [
          hit.workItemSeq === null || hit.workItemSeq === undefined
            ? fill(m.duty, { seq: hit.dutySeq ?? "" })
            : fill(m.workItem, { seq: hit.dutySeq ?? "", item: hit.workItemSeq }),
          fill(m.dutyList, { unit: hit.unitName }),
        ]
      : [hit.kind === "TARGET" ? hit.targetCode : `${hit.targetCode} ${hit.targetTitle}`, hit.planTitle];
  const dateLabel = hit.kind === "ITEM" || hit.kind === "NOTE" || hit.kind === "RECTIFICATION" ? m.dates[hit.kind] : null;
  return (
    <li className="search-hit" data-testid="search-hit" data-kind={hit.kind}>
      <Link href={hit.url} className="hit-title">
        <Highlight text={hit.title} terms={terms} />
      </Link>
      {hit.withdrawn ? (
        <span className="hit-withdrawn" data-testid="search-withdrawn">
          {m.withdrawn}
        </span>
      ) : null}
      <div className="hit-meta">
        {where.filter(Boolean).join(" · ")}
        {dateLabel && hit.date ? ` · ${fill(m.dated, { label: dateLabel, date: formatDate(hit.date, locale) })}` : null}
      </div>
      {/* a snippet that only repeats the title (an item found by its name alone) says nothing more */}
      {hit.snippet !== hit.title ? (
        <div className="hit-snippet" data-testid="search-snippet">
          <span className="muted">{fill(m.fieldLabel, { field: m.fields[hit.field] })}</span>
          <Highlight text={hit.snippet} terms={terms} />
        </div>
      ) : null}
    </li>
  );
}
