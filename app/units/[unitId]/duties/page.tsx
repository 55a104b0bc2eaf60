import Link from "next/link";
import { graphql } from "../../../../graphql/generated/client";
import { runOperation } from "../../../../graphql/execute";
import { DutyListTables } from "../../../../components/duties/DutyListTables";
import { LinkTargetForm } from "../../../../components/duties/LinkTargetForm";
import { PrintButton } from "../../../../components/scores/PrintButton";
import { requirePageContext } from "../../../_lib/request-context";
import "./duties.css";
import { fill } from "../../../../lib/i18n/format";
import { labelled } from "../../../../lib/i18n/punctuation";

const DutyListPageQuery = graphql(`
  query DutyListPage($unitId: ID!, $search: String) {
    units {
      id
      name
    }
    dutyList(unitId: $unitId, search: $search) {
      unit {
        id
        name
        level
        region
        plans {
          id
        }
      }
      search
      terms
      viewerCanLink
      totals {
        ...DutyListCountFields
      }
      shown {
        ...DutyListCountFields
      }
      duties {
        id
        seq
        text
        itemCount
        links {
          ...DutyLinkFields
        }
        items {
          id
          seq
          text
          phone
          section {
            id
            name
            phone
          }
          links {
            ...DutyLinkFields
          }
        }
      }
      bySection {
        section {
          id
          name
          phone
        }
        itemCount
        items {
          id
          seq
          text
          duty {
            id
            seq
            text
          }
          links {
            ...DutyLinkFields
          }
        }
        publicServices {
          id
          seq
          name
        }
      }
      boundaries {
        id
        seq
        matter
        legalBasis
        caseText
        parties {
          id
          seq
          department
          division
        }
      }
      procedures {
        id
        part
        seq
        heading
        body
      }
      publicServices {
        id
        seq
        name
        content
        phone
        section {
          id
          name
        }
      }
      linkableTargets {
        id
        code
        title
        planYear
      }
    }
  }
`);

type View = "duty" | "section";

/**
 * 责任清单 of a unit, laid out like the published list: 一、部门职责 (按职责 as the source's table, or 按科室),
 * 二、职责边界, 三、事中事后监管制度, 四、公共服务事项. A GET search filters every part and marks the matches;
 * the page prints on A4 portrait; 导出 Excel writes the same (filtered) list. Administrators of the unit
 * link plan targets to duties and work items here.
 */
export default async function DutyListPage({
  params,
  searchParams,
}: {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<{ q?: string | string[]; view?: string | string[] }>;
}) {
  const { unitId } = await params;
  const query = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const q = first(query.q).trim();
  const view: View = first(query.view) === "section" ? "section" : "duty";
  const { user, t } = await requirePageContext(`/units/${unitId}/duties`);
  const { units, dutyList: list } = await runOperation(DutyListPageQuery, { unitId, search: q || null }, user);
  const title = fill(t.duties.title, { unit: list.unit.name });
  const href = (changes: { view?: View; q?: string | null }) => {
    const p = new URLSearchParams();
    const nextQ = changes.q === undefined ? q : changes.q;
    const nextView = changes.view ?? view;
    if (nextQ) p.set("q", nextQ);
    if (nextView === "section") p.set("view", "section");
    return `/units/${list.unit.id}/duties${p.size ? `?${p}` : ""}`;
  };
  const exportHref = `/api/units/${list.unit.id}/duties${q ? `?search=${encodeURIComponent(q)}` : ""}`;
  const targets = list.linkableTargets ?? [];

  return (
    <div className="duty-page">
      <nav className="duty-units no-print" aria-label={t.duties.units}>
        <span className="muted">{labelled(t.duties.units, "", t)}</span>
        {units.map((u) => (
          <Link key={u.id} href={`/units/${u.id}/duties`} aria-current={u.id === list.unit.id ? "page" : undefined}>
            {u.name}
          </Link>
        ))}
      </nav>
      <h1>{title}</h1>
      <p className="subtitle">
        {[list.unit.region, t.duties.level[list.unit.level]].filter(Boolean).join(" · ")} ·{" "}
        {list.totals.workItems > 0
          ? fill(t.duties.counts, { duties: list.totals.duties, items: list.totals.workItems, sections: list.totals.sections })
          : fill(t.duties.dutyCount, { duties: list.totals.duties })}
      </p>
      <p className="subtitle no-print">{t.duties.intro}</p>

      <div className="toolbar no-print">
        <form method="get" action={`/units/${list.unit.id}/duties`} role="search" className="duty-search">
          {view === "section" ? <input type="hidden" name="view" value="section" /> : null}
          <label>
            {t.duties.searchLabel}
            <input type="search" name="q" defaultValue={q} placeholder={t.duties.searchPlaceholder} />
          </label>
          <button type="submit">{t.duties.search}</button>
          {q ? (
            <Link href={href({ q: null })} className="button secondary">
              {t.duties.clear}
            </Link>
          ) : null}
        </form>
        <a className="button secondary" href={exportHref} download data-testid="export-xlsx">
          {t.duties.exportXlsx}
        </a>
        <PrintButton label={t.duties.print} />
      </div>

      {q ? (
        <p role="status" className="duty-search-result" data-testid="search-result">
          {fill(t.duties.searchResult, {
            q,
            duties: list.shown.duties,
            items: list.shown.workItems,
            boundaries: list.shown.boundaries,
            procedures: list.shown.procedures,
            services: list.shown.publicServices,
          })}
        </p>
      ) : null}

      <nav className="duty-contents no-print" aria-label={t.duties.contents}>
        <a href="#duties">{t.duties.parts.duties}</a>
        <a href="#boundaries">{t.duties.parts.boundaries}</a>
        <a href="#procedures">{t.duties.parts.procedures}</a>
        <a href="#services">{t.duties.parts.services}</a>
      </nav>

      {list.viewerCanLink ? (
        <details className="panel no-print duty-link-panel">
          <summary>{t.duties.linkTitle}</summary>
          <p className="muted small">{t.duties.linkIntro}</p>
          {targets.length ? (
            <LinkTargetForm
              duties={list.duties.map((d) => ({
                id: d.id,
                seq: d.seq,
                text: d.text,
                items: d.items.map((i) => ({ id: i.id, seq: i.seq, text: i.text })),
              }))}
              targets={targets}
              t={t}
            />
          ) : (
            <p className="muted">{t.duties.noPlan}</p>
          )}
        </details>
      ) : null}

      <DutyListTables
        list={list}
        view={view}
        viewHref={{ duty: href({ view: "duty" }), section: href({ view: "section" }) }}
        sectionLinks={list.unit.plans.length > 0}
        t={t}
      />
    </div>
  );
}
