import { graphql } from "../../../graphql/generated/client";
import { runOperation } from "../../../graphql/execute";
import { ImportPlanForm } from "../../../components/plan-admin/ImportPlanForm";
import { TEMPLATE_COLUMNS } from "../../../lib/validation/plan-template";
import { canImportPlansPage } from "../../_lib/permissions";
import { requirePageContext } from "../../_lib/request-context";

const ImportPagePlansQuery = graphql(`
  query ImportPagePlans {
    plans {
      id
      unitId
      year
    }
  }
`);

/** 导入计划: the template, its columns, and the upload → check → confirm flow (administrators). */
export default async function ImportPlanPage() {
  const { user, t, locale } = await requirePageContext("/plans/import");
  const p = t.plans;
  if (!canImportPlansPage(user)) {
    return (
      <>
        <h1>{p.importTitle}</h1>
        <p role="alert" className="error">
          {p.importForbidden}
        </p>
      </>
    );
  }
  const { plans } = await runOperation(ImportPagePlansQuery, {}, user);
  const years = plans.filter((x) => x.unitId === user.unitId).map((x) => x.year);
  const defaultYear = years.length ? Math.max(...years) + 1 : new Date().getFullYear();
  return (
    <>
      <h1>{p.importTitle}</h1>
      <p className="subtitle">{p.importIntro}</p>
      <p className="plan-links">
        <a href="/api/plan-template?format=xlsx" data-testid="template-xlsx">
          {p.templateXlsx}
        </a>
        <a href="/api/plan-template?format=csv" data-testid="template-csv">
          {p.templateCsv}
        </a>
      </p>
      <section className="panel">
        <ImportPlanForm defaultYear={defaultYear} t={t} locale={locale} />
      </section>
      <details style={{ marginTop: 16 }}>
        <summary>{p.templateColumns}</summary>
        <table className="data compact" style={{ marginTop: 8 }}>
          <thead>
            <tr>
              <th scope="col">{p.column}</th>
              <th scope="col">{p.required}</th>
              <th scope="col">{p.help}</th>
            </tr>
          </thead>
          <tbody>
            {TEMPLATE_COLUMNS.map((c) => (
              <tr key={c.key}>
                <td>{c.header}</td>
                <td>{c.required ? p.yes : p.no}</td>
                <td>{c.help}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
