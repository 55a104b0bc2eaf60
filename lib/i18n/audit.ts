import type { Messages } from "./messages";

/** A change as the API returns it (graphql FieldChange, lib/domain/audit-diff AuditFieldChangeText). */
export interface AuditChangeText {
  field: string;
  before?: string | null;
  after?: string | null;
}

/** 报送进度 for RECORD_PROGRESS; an action without a label shows its code. */
export function auditActionLabel(action: string, t: Messages): string {
  return (t.audit.actions as Record<string, string>)[action] ?? action;
}

export function auditFieldLabel(field: string, t: Messages): string {
  return (t.audit.fields as Record<string, string>)[field] ?? field;
}

/** A value as people read it: — for empty, 是/否 for flags, 领导 for a role code. */
export function auditValueLabel(field: string, value: string | null | undefined, t: Messages): string {
  if (value == null || value === "") return "—";
  if (value === "true") return t.audit.yes;
  if (value === "false") return t.audit.no;
  if (field === "role") return (t.roles as Record<string, string>)[value] ?? value;
  if (field === "checkStatus") return (t.checks.status as Record<string, string>)[value] ?? value;
  return value;
}

/** 完成值：2 → 3 */
export function auditChangeLine(change: AuditChangeText, t: Messages): string {
  return `${auditFieldLabel(change.field, t)}：${auditValueLabel(change.field, change.before, t)} → ${auditValueLabel(change.field, change.after, t)}`;
}

const TIME_ZONE = "Asia/Shanghai";

/** 2013/12/05 14:03:22 in China time (zh-CN), to the second: the log's time column. */
export function formatAuditTime(at: string | Date, locale: "zh" | "en"): string {
  return new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-CA", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(typeof at === "string" ? new Date(at) : at);
}

/** 2013-12-05 14:03:22 in China time: a fixed, sortable form Excel reads as a date-time. */
export function auditCsvTime(at: string | Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: TIME_ZONE,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(typeof at === "string" ? new Date(at) : at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}
