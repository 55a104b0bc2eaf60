import Link from "next/link";
import { graphql } from "../../graphql/generated/client";
import { runOperation } from "../../graphql/execute";
import type { AuditLogQuery as AuditLogData } from "../../graphql/generated/client/graphql";
import { AuditTable } from "../../components/audit/AuditTable";
import { DateField } from "../../components/forms/DateField";
import { auditActionLabel } from "../../lib/i18n/audit";
import { isAppError, localizedError } from "../../lib/server/errors";
import { AUDIT_PAGE_SIZE } from "../../lib/validation/audit";
import { requirePageContext } from "../_lib/request-context";
import { fill } from "../../lib/i18n/format";
import { aside, labelled, listSeparator } from "../../lib/i18n/punctuation";

const AuditFilterOptionsQuery = graphql(`
  query AuditFilterOptions($unitId: ID!) {
    auditFilterOptions {
      users {
        id
        displayName
      }
      targets {
        id
        code
        title
        planYear
      }
      actions
    }
    sections(unitId: $unitId) {
      id
      name
    }
  }
`);

const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $offset: Int, $limit: Int) {
    auditLog(filter: $filter, offset: $offset, limit: $limit) {
      totalCount
      offset
      limit
      entries {
        ...AuditEntryFields
      }
    }
  }
`);

// Not .toolbar: the filter summary stays on paper (print hides forms and toolbars).
const summaryRow = {
  display: "flex",
  justifyContent: "space-between",
  alignItems: "center",
  gap: 12,
  flexWrap: "wrap",
  margin: "12px 0",
} as const;

const FILTERS = ["userId", "sectionId", "targetId", "from", "to", "action"] as const;
type FilterKey = (typeof FILTERS)[number];
type SearchParams = Partial<Record<FilterKey | "page", string | string[]>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || null;

/** 操作日志: the bureau's audit log with a GET filter form (shareable URLs), pages of 50 and a CSV export. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { user, t, locale } = await requirePageContext("/audit");
  const filter = Object.fromEntries(FILTERS.map((k) => [k, first(params[k])])) as Record<FilterKey, string | null>;
  const page = Math.min(1_000_000, Math.max(1, Math.floor(Number(first(params.page) ?? 1)) || 1));

  const { auditFilterOptions: options, sections } = await runOperation(AuditFilterOptionsQuery, { unitId: user.unitId }, user);
  let log: AuditLogData["auditLog"] | null = null;
  let error: string | null = null;
  try {
    ({ auditLog: log } = await runOperation(AuditLogQuery, { filter, offset: (page - 1) * AUDIT_PAGE_SIZE, limit: AUDIT_PAGE_SIZE }, user));
  } catch (e) {
    if (!isAppError(e) || e.code !== "BAD_USER_INPUT") throw e;
    // in the page's language, as the API would answer it (e.message is the Chinese, for logs)
    error = localizedError(e, locale).message;
  }

  const query = new URLSearchParams(FILTERS.flatMap((k) => (filter[k] ? [[k, filter[k]!]] : [])));
  const pageHref = (n: number) => {
    const q = new URLSearchParams(query);
    if (n > 1) q.set("page", String(n));
    return `/audit${q.size ? `?${q}` : ""}`;
  };
  const years = new Set(options.targets.map((o) => o.planYear));
  const actions = [...new Set([...Object.keys(t.audit.actions), ...options.actions])];
  const pages = log ? Math.max(1, Math.ceil(log.totalCount / AUDIT_PAGE_SIZE)) : 1;

  const chosen = [
    filter.userId && labelled(t.audit.user, options.users.find((u) => u.id === filter.userId)?.displayName ?? filter.userId, t),
    filter.sectionId && labelled(t.audit.section, sections.find((s) => s.id === filter.sectionId)?.name ?? filter.sectionId, t),
    filter.targetId && labelled(t.audit.target, targetLabel(options.targets.find((o) => o.id === filter.targetId)) ?? filter.targetId, t),
    (filter.from || filter.to) && `${filter.from ?? "…"} – ${filter.to ?? "…"}`,
    filter.action && labelled(t.audit.action, auditActionLabel(filter.action, t), t),
  ].filter(Boolean);

  function targetLabel(o: { code: string; title: string; planYear: number } | undefined) {
    if (!o) return undefined;
    return `${years.size > 1 ? `${o.planYear} ` : ""}${o.code} ${o.title}`;
  }

  return (
    <>
      <h1>{t.audit.title}</h1>
      <p className="subtitle">{t.audit.intro}</p>
      <form method="get" className="toolbar" aria-label={t.audit.filters} data-testid="audit-filters">
        <label>
          {t.audit.user}
          <select name="userId" defaultValue={filter.userId ?? ""}>
            <option value="">{t.audit.any}</option>
            {options.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.audit.section}
          <select name="sectionId" defaultValue={filter.sectionId ?? ""}>
            <option value="">{t.audit.any}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.audit.target}
          <select name="targetId" defaultValue={filter.targetId ?? ""} style={{ maxWidth: 320 }}>
            <option value="">{t.audit.any}</option>
            {options.targets.map((o) => (
              <option key={o.id} value={o.id}>
                {targetLabel(o)}
              </option>
            ))}
          </select>
        </label>
        <DateField label={t.audit.from} name="from" m={t.dateField} defaultValue={filter.from ?? ""} />
        <DateField label={t.audit.to} name="to" m={t.dateField} defaultValue={filter.to ?? ""} />
        <label>
          {t.audit.action}
          <select name="action" defaultValue={filter.action ?? ""}>
            <option value="">{t.audit.any}</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {auditActionLabel(a, t)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t.audit.apply}</button>
        {query.size ? (
          <Link href="/audit" className="button secondary">
            {t.audit.clear}
          </Link>
        ) : null}
      </form>

      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : log ? (
        <>
          <div style={summaryRow}>
            <span data-testid="audit-count">
              {labelled(t.audit.filters, chosen.length ? chosen.join(listSeparator(t, "semicolon")) : t.audit.noFilters, t)} ·{" "}
              {fill(t.audit.count, { count: log.totalCount })}
              {log.totalCount > log.entries.length && log.entries.length > 0 ? (
                <span className="muted">
                  {aside(fill(t.audit.shown, { from: log.offset + 1, to: log.offset + log.entries.length }), t)}
                </span>
              ) : null}
            </span>
            <a href={`/api/audit/export${query.size ? `?${query}` : ""}`} className="button secondary no-print" download>
              {t.audit.export}
            </a>
          </div>
          <AuditTable entries={log.entries} t={t} locale={locale} />
          {pages > 1 ? (
            <nav className="toolbar no-print" aria-label={t.audit.pagination} data-testid="audit-pages">
              {page > 1 ? (
                <Link href={pageHref(page - 1)} rel="prev">
                  ← {t.audit.prev}
                </Link>
              ) : null}
              <span className="muted">{fill(t.audit.page, { page, pages })}</span>
              {page < pages ? (
                <Link href={pageHref(page + 1)} rel="next">
                  {t.audit.next} →
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}
