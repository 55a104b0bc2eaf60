import Link from "next/link";
import type { SectionDutiesPanelQuery } from "../../graphql/generated/client/graphql";
import type { Messages } from "../../lib/i18n/messages";
import { fill } from "../../lib/i18n/format";

/**
 * 责任清单 on a section's page: the work items the section is responsible for (under their duties), the
 * public services it handles, and the plan targets linked to its duties.
 */
export function SectionDutiesPanel({ data, t }: { data: SectionDutiesPanelQuery["sectionDuties"]; t: Messages }) {
  const byDuty = new Map<string, (typeof data.items)[number][]>();
  for (const item of data.items) byDuty.set(item.duty.id, [...(byDuty.get(item.duty.id) ?? []), item]);
  const fullList = `/units/${data.section.unitId}/duties?view=section#section-${data.section.id}`;
  return (
    <section className="panel section-duties" style={{ marginTop: 20 }} aria-labelledby="section-duties-title" data-testid="section-duties">
      <h2 id="section-duties-title">{t.duties.sectionTitle}</h2>
      <p className="small no-print">
        <Link href={fullList}>{fill(t.duties.fullList, { unit: data.unitName })}</Link>
      </p>
      <h3>{t.duties.sectionItems}</h3>
      {data.items.length ? (
        <table className="data compact">
          <thead>
            <tr>
              <th scope="col">{t.duties.col.duty}</th>
              <th scope="col">{t.duties.col.item}</th>
            </tr>
          </thead>
          <tbody>
            {[...byDuty.values()].flatMap((items) =>
              items.map((item, i) => (
                <tr key={item.id} data-testid="section-duty-item">
                  {i === 0 ? (
                    <td rowSpan={items.length} className="small" style={{ maxWidth: "28em" }}>
                      {item.duty.seq}. {item.duty.text}
                    </td>
                  ) : null}
                  <td className="pre-line">{item.text}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t.duties.sectionNoItems}</p>
      )}
      {data.publicServices.length ? (
        <>
          <h3>{t.duties.sectionServices}</h3>
          <ul className="review-list">
            {data.publicServices.map((s) => (
              <li key={s.id}>
                {s.seq}. {s.name}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t.duties.sectionLinks}</h3>
      {data.links.length ? (
        <table className="data compact" data-testid="section-duty-links">
          <thead>
            <tr>
              <th scope="col" style={{ whiteSpace: "nowrap" }}>
                {t.duties.linkTarget}
              </th>
              <th scope="col">{t.duties.col.duty}</th>
              <th scope="col" style={{ whiteSpace: "nowrap" }}>
                {t.duties.col.item}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.links.map((l) => (
              <tr key={l.id}>
                <td>
                  <Link href={`/targets/${l.target.id}`}>
                    {l.target.code} {l.target.title}
                  </Link>
                  <span className="muted small"> · {l.target.planYear}</span>
                </td>
                <td className="small">
                  {l.duty.seq}. {l.duty.text}
                </td>
                <td className="small">{l.workItem ? `${l.duty.seq}.${l.workItem.seq} ${l.workItem.text}` : t.duties.wholeDuty}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t.duties.sectionNoLinks}</p>
      )}
    </section>
  );
}
