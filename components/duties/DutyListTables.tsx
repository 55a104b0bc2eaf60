import Link from "next/link";
import type { DutyListPageQuery } from "../../graphql/generated/client/graphql";
import type { Messages } from "../../lib/i18n/messages";
import { Highlight } from "./Highlight";
import { LinkedTargets } from "./LinkedTargets";
import { fill } from "../../lib/i18n/format";
import { labelled, listSeparator } from "../../lib/i18n/punctuation";

type DutyList = DutyListPageQuery["dutyList"];

interface Props {
  list: DutyList;
  view: "duty" | "section";
  viewHref: { duty: string; section: string };
  /** link section names to their section pages (only when the unit has a plan those pages show) */
  sectionLinks: boolean;
  t: Messages;
}

/** The four parts of a 责任清单, with the search's matches marked. */
export function DutyListTables({ list, view, viewHref, sectionLinks, t }: Props) {
  const terms = list.terms;
  const searching = list.search !== null;
  const empty = (count: number) => <p className="muted">{searching && count === 0 ? t.duties.noMatch : t.duties.notListed}</p>;
  return (
    <>
      <section id="duties" aria-labelledby="duties-title" className="duty-part">
        <h2 id="duties-title">{t.duties.parts.duties}</h2>
        <nav className="duty-tabs no-print" aria-label={t.duties.viewLabel}>
          <Link href={`${viewHref.duty}#duties`} aria-current={view === "duty" ? "page" : undefined} data-testid="view-duty">
            {t.duties.byDuty}
          </Link>
          <Link href={`${viewHref.section}#duties`} aria-current={view === "section" ? "page" : undefined} data-testid="view-section">
            {t.duties.bySection}
          </Link>
        </nav>
        {list.duties.length === 0 ? (
          empty(list.totals.duties && list.shown.duties)
        ) : view === "duty" ? (
          <ByDuty list={list} t={t} />
        ) : list.bySection.length === 0 ? (
          empty(0)
        ) : (
          <BySection list={list} sectionLinks={sectionLinks} t={t} />
        )}
      </section>

      <section id="boundaries" aria-labelledby="boundaries-title" className="duty-part">
        <h2 id="boundaries-title">{t.duties.parts.boundaries}</h2>
        {list.boundaries.length === 0 ? (
          empty(list.totals.boundaries && list.shown.boundaries)
        ) : (
          <table className="data duty-table" data-testid="boundary-table">
            <thead>
              <tr>
                <th scope="col" className="seq">
                  {t.duties.col.seq}
                </th>
                <th scope="col" className="col-matter">
                  {t.duties.col.matter}
                </th>
                <th scope="col" className="col-department">
                  {t.duties.col.department}
                </th>
                <th scope="col" className="col-division">
                  {t.duties.col.division}
                </th>
                <th scope="col">{t.duties.col.legalBasis}</th>
                <th scope="col">{t.duties.col.caseText}</th>
              </tr>
            </thead>
            {list.boundaries.map((b) => {
              const span = Math.max(1, b.parties.length);
              const parties = b.parties.length ? b.parties : [null];
              return (
                <tbody key={b.id} data-testid="boundary" data-seq={b.seq}>
                  {parties.map((p, i) => (
                    <tr key={p?.id ?? i}>
                      {i === 0 ? (
                        <>
                          <td rowSpan={span} className="seq">
                            {b.seq}
                          </td>
                          <td rowSpan={span}>
                            <Highlight text={b.matter} terms={terms} />
                          </td>
                        </>
                      ) : null}
                      <td>
                        <Highlight text={p?.department ?? ""} terms={terms} />
                      </td>
                      <td className="pre-line">
                        <Highlight text={p?.division ?? ""} terms={terms} />
                      </td>
                      {i === 0 ? (
                        <>
                          <td rowSpan={span} className="pre-line">
                            <Highlight text={b.legalBasis ?? ""} terms={terms} />
                          </td>
                          <td rowSpan={span} className="pre-line">
                            <Highlight text={b.caseText ?? ""} terms={terms} />
                          </td>
                        </>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              );
            })}
          </table>
        )}
      </section>

      <section id="procedures" aria-labelledby="procedures-title" className="duty-part">
        <h2 id="procedures-title">{t.duties.parts.procedures}</h2>
        {list.procedures.length === 0
          ? empty(list.totals.procedures && list.shown.procedures)
          : [...new Set(list.procedures.map((p) => p.part))].map((part) => (
              <div key={part} className="procedure-part">
                <h3>
                  <Highlight text={part} terms={terms} />
                </h3>
                <table className="data duty-table procedure-table" data-testid="procedure-table">
                  <tbody>
                    {list.procedures
                      .filter((p) => p.part === part)
                      .map((p) => (
                        <tr key={p.id} data-testid="procedure">
                          <th scope="row">
                            <Highlight text={p.heading} terms={terms} />
                          </th>
                          <td className="pre-line">
                            <Highlight text={p.body} terms={terms} />
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            ))}
      </section>

      <section id="services" aria-labelledby="services-title" className="duty-part">
        <h2 id="services-title">{t.duties.parts.services}</h2>
        {list.publicServices.length === 0 ? (
          empty(list.totals.publicServices && list.shown.publicServices)
        ) : (
          <table className="data duty-table" data-testid="service-table">
            <thead>
              <tr>
                <th scope="col" className="seq">
                  {t.duties.col.seq}
                </th>
                <th scope="col" className="col-service">
                  {t.duties.col.service}
                </th>
                <th scope="col">{t.duties.col.content}</th>
                <th scope="col">{t.duties.col.handler}</th>
                <th scope="col">{t.duties.col.servicePhone}</th>
              </tr>
            </thead>
            <tbody>
              {list.publicServices.map((s) => (
                <tr key={s.id} data-testid="service-row" data-seq={s.seq}>
                  <td className="seq">{s.seq}</td>
                  <td>
                    <Highlight text={s.name} terms={terms} />
                  </td>
                  <td className="pre-line">
                    <Highlight text={s.content} terms={terms} />
                  </td>
                  <td className="nowrap">
                    <Highlight text={s.section?.name ?? ""} terms={terms} />
                  </td>
                  <td className="nowrap">
                    <Highlight text={s.phone ?? ""} terms={terms} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

/**
 * 按职责: the source's table — duty (merged over its rows) → work item → 责任科室 → 联系方式. A list without
 * any work items (益阳's 主要职责 from its plan) is just 序号 and 主要职责.
 */
function ByDuty({ list, t }: { list: DutyList; t: Messages }) {
  const terms = list.terms;
  const canUnlink = list.viewerCanLink;
  const withItems = list.totals.workItems > 0;
  return (
    <table className="data duty-table" data-testid="duty-table">
      <thead>
        <tr>
          <th scope="col" className="seq">
            {t.duties.col.seq}
          </th>
          <th scope="col" className={withItems ? "duty-col" : undefined}>
            {t.duties.col.duty}
          </th>
          {withItems ? (
            <>
              <th scope="col">{t.duties.col.item}</th>
              <th scope="col" className="nowrap">
                {t.duties.col.section}
              </th>
              <th scope="col" className="nowrap">
                {t.duties.col.phone}
              </th>
            </>
          ) : null}
        </tr>
      </thead>
      {list.duties.map((d) => {
        const span = Math.max(1, d.items.length);
        const dutyCells = (
          <>
            <td rowSpan={span} className="seq">
              {d.seq}
            </td>
            <td rowSpan={span} className="duty-text" data-testid="duty-text">
              <Highlight text={d.text} terms={terms} />
              <LinkedTargets links={d.links} canUnlink={canUnlink} t={t} />
            </td>
          </>
        );
        return (
          <tbody key={d.id} data-testid="duty" data-seq={d.seq}>
            {d.items.length === 0 ? (
              <tr data-testid="duty-row" data-duty={d.seq}>
                {dutyCells}
                {withItems ? (
                  <td colSpan={3} className="muted">
                    {list.search && d.itemCount > 0 ? fill(t.duties.dutyOnlyMatch, { count: d.itemCount }) : t.duties.noItems}
                  </td>
                ) : null}
              </tr>
            ) : (
              d.items.map((item, i) => (
                <tr key={item.id} data-testid="duty-item-row" data-duty={d.seq}>
                  {i === 0 ? dutyCells : null}
                  <td className="pre-line" data-testid="item-text">
                    <Highlight text={item.text} terms={terms} />
                    <LinkedTargets links={item.links} canUnlink={canUnlink} t={t} />
                  </td>
                  <td className="nowrap">
                    <Highlight text={item.section?.name ?? ""} terms={terms} />
                  </td>
                  <td className="nowrap">
                    <Highlight text={item.phone ?? ""} terms={terms} />
                  </td>
                </tr>
              ))
            )}
          </tbody>
        );
      })}
    </table>
  );
}

/** 按科室: each section with its phone and its work items under their duties. */
function BySection({ list, sectionLinks, t }: { list: DutyList; sectionLinks: boolean; t: Messages }) {
  const terms = list.terms;
  return (
    <div className="section-groups">
      {list.bySection.map((g) => {
        const titleId = `section-${g.section.id}`;
        const byDuty = new Map<string, (typeof g.items)[number][]>();
        for (const item of g.items) byDuty.set(item.duty.id, [...(byDuty.get(item.duty.id) ?? []), item]);
        return (
          <section
            key={g.section.id}
            id={titleId}
            aria-labelledby={`${titleId}-title`}
            className="duty-section"
            data-testid="section-group"
            data-section={g.section.name}
          >
            <h3 id={`${titleId}-title`}>
              {sectionLinks ? (
                <Link href={`/sections/${g.section.id}`}>{g.section.name}</Link>
              ) : (
                <Highlight text={g.section.name} terms={terms} />
              )}
            </h3>
            <p className="section-facts">
              {labelled(t.duties.col.phone, "", t)}
              <strong data-testid="section-phone">
                <Highlight text={g.section.phone ?? ""} terms={terms} />
              </strong>
              <span className="muted">
                {" · "}
                {fill(t.duties.itemsCount, { count: list.search ? `${g.items.length} / ${g.itemCount}` : g.itemCount })}
              </span>
            </p>
            {g.items.length ? (
              <table className="data duty-table compact">
                <thead>
                  <tr>
                    <th scope="col" className="duty-col">
                      {t.duties.col.duty}
                    </th>
                    <th scope="col">{t.duties.col.item}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...byDuty.values()].flatMap((items) =>
                    items.map((item, i) => (
                      <tr key={item.id} data-testid="section-item-row" data-duty={item.duty.seq}>
                        {i === 0 ? (
                          <td rowSpan={items.length} className="duty-text small">
                            {item.duty.seq}. <Highlight text={item.duty.text} terms={terms} />
                          </td>
                        ) : null}
                        <td className="pre-line" data-testid="item-text">
                          <Highlight text={item.text} terms={terms} />
                          <LinkedTargets links={item.links} canUnlink={list.viewerCanLink} t={t} />
                        </td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            ) : null}
            {g.publicServices.length ? (
              <p className="small">
                {labelled(t.duties.handledServices, "", t)}
                {g.publicServices.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 ? listSeparator(t, "semicolon") : ""}
                    {s.seq}. <Highlight text={s.name} terms={terms} />
                  </span>
                ))}
              </p>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
