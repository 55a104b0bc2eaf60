import { AUDIT_IDENTIFYING_FIELDS, AUDIT_PATH_SEPARATOR } from "../domain/audit-diff";
import type { ReviewKind } from "../domain";
import { fill, formatDate, formatNumber, formatPercent } from "./format";
import type { Locale, Messages } from "./messages";
import { labelled, listSeparator } from "./punctuation";
import { periodLabel, reviewTitle } from "./review-title";

/** What an id in an entry names, as the API resolves it (graphql AuditRef, lib/server/audit/audit-references.ts). */
export interface AuditRefText {
  kind: string;
  id: string;
  name?: string | null;
  type?: string | null;
  year?: number | null;
  index?: number | null;
  date?: string | null;
  value?: number | null;
  unit?: string | null;
}

/** A change as the API returns it (graphql FieldChange, lib/domain/audit-diff AuditFieldChangeText). */
export interface AuditChangeText {
  field: string;
  before?: string | null;
  after?: string | null;
  /** what an id before/after names (reviewId, sectionId, entryId …) */
  beforeRef?: AuditRefText | null;
  afterRef?: AuditRefText | null;
}

/** An entry as the table and the CSV read it. */
export interface AuditEntryText {
  action: string;
  entityType: string;
  target?: { id: string } | null;
  about?: AuditRefText | null;
  changes: readonly AuditChangeText[];
}

/**
 * What a value is read in: the entry's record (a status or a kind means different things on a review, a notice and
 * an item), its other changes (a period's index needs the review's kind) and the page's language.
 */
export interface AuditContext {
  entityType?: string;
  changes?: readonly AuditChangeText[];
  locale?: Locale;
}

/** One line of an entry's changes: old → new, a fact that did not change (which month), or a sentence. */
export type AuditLine =
  | { kind: "change"; field: string; label: string; before: string; after: string }
  | { kind: "fact"; field: string; label: string; value: string }
  | { kind: "sentence"; field: string; text: string };

/** 报送进度 for RECORD_PROGRESS; an action without a label shows its code. */
export function auditActionLabel(action: string, t: Messages): string {
  return (t.audit.actions as Record<string, string>)[action] ?? action;
}

/**
 * 完成值 for value; a record's own word first (考核组意见 for a review's remarks, 备注 for a target's). A nested field
 * (targets/二.(一).1.(1)/scoringRule) is the key it sits under and its field's label: "二.(一).1.(1) 计分规则".
 */
export function auditFieldLabel(field: string, t: Messages, context: AuditContext = {}): string {
  const path = field.split(AUDIT_PATH_SEPARATOR);
  if (path.length > 1) return [...path.slice(1, -1), auditFieldLabel(path[path.length - 1], t, context)].join(" ");
  const own = context.entityType ? (t.audit.fieldsOn as Record<string, Record<string, string>>)[context.entityType]?.[field] : undefined;
  return own ?? (t.audit.fields as Record<string, string>)[field] ?? field;
}

const lookup = (table: Record<string, string>, value: string) => table[value] ?? value;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const MONTH_SPAN = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/;
/** Fields stored as a share (0.9) and read as a percentage (90%). */
const SHARES = new Set(["greenAt", "amberAt", "scoreFloor", "excellentAt", "goodAt", "passAt"]);

/**
 * A value as people read it: — for empty, 是/否 for flags, the record an id names, words for codes (领导, 半年点评,
 * 已撤回, 文件 …), China time for instants, 2013年3月 for a month, 90% for a share.
 */
export function auditValueLabel(
  field: string,
  value: string | null | undefined,
  t: Messages,
  context: AuditContext = {},
  ref?: AuditRefText | null,
): string {
  if (value == null || value === "") return "—";
  if (ref) return auditRefLabel(ref, t, context.locale ?? "zh");
  const locale = context.locale ?? "zh";
  const key = field.split(AUDIT_PATH_SEPARATOR).pop()!;
  if (value === "true") return t.audit.yes;
  if (value === "false") return t.audit.no;
  switch (key) {
    case "role":
      return lookup(t.roles, value);
    case "checkStatus":
      return lookup(t.checks.status, value);
    case "lockReason":
      return lookup(t.lockReason, value);
    case "applicability":
      return lookup(t.applicability, value);
    case "result":
      return lookup(t.grade.result, value);
    case "inactivePointsRule":
      return lookup(t.pointsRule, value);
    case "direction":
      return lookup(t.direction, value);
    case "scoringRule":
      return lookup(t.score.rule, value);
    case "category":
      return lookup(t.category, value);
    case "kind":
      return kindLabel(value, t, context.entityType);
    case "status":
      return statusLabel(value, t, context.entityType);
    case "periodIndex":
      return periodIndexLabel(value, t, context);
    case "links":
      return listLabel(value, t);
  }
  if (SHARES.has(key) && Number.isFinite(Number(value))) return formatPercent(Number(value), locale);
  if (ISO_INSTANT.test(value)) return formatAuditTime(value, locale);
  const month = YEAR_MONTH.exec(value) ?? MONTH_SPAN.exec(value);
  if (month && (key === "month" || key === "months")) return monthLabel(month, t, locale);
  return value;
}

function kindLabel(value: string, t: Messages, entityType?: string): string {
  if (entityType === "Evidence") return lookup(t.audit.evidenceKinds, value);
  const review = (t.review.kinds as Record<string, string>)[value];
  return review ?? lookup(t.kind, value);
}

function statusLabel(value: string, t: Messages, entityType?: string): string {
  switch (entityType) {
    case "Review":
      return value === "OPEN" ? t.review.statusOpen : value === "CLOSED" ? t.review.statusClosed : value;
    case "Rectification":
      return lookup(t.review.rectState, value);
    case "CountItem":
      return value === "ACTIVE" || value === "WITHDRAWN" ? t.items[value] : value;
  }
  return value;
}

/** A review's period index with its kind and year from the same entry: 上半年 → 2013年上半年. */
function periodIndexLabel(value: string, t: Messages, context: AuditContext): string {
  const other = (f: string) => context.changes?.find((c) => c.field === f);
  const kind = other("kind")?.after ?? other("kind")?.before;
  const year = Number(other("year")?.after ?? other("year")?.before);
  if (!kind || !(kind in t.review.kinds) || !Number.isInteger(year)) return value;
  return periodLabel(kind as ReviewKind, year, Number(value), context.locale ?? "zh");
}

/** A stored list (["https://…","https://…"]) as its items. */
function listLabel(value: string, t: Messages): string {
  try {
    const list: unknown = JSON.parse(value);
    if (Array.isArray(list)) return list.map(String).join(listSeparator(t)) || "—";
  } catch {
    // not a list: as written
  }
  return value;
}

/** 2013-03 → 2013年3月; 2013-01/2013-12 → 2013年1月–12月 */
function monthLabel(m: RegExpExecArray, t: Messages, locale: Locale): string {
  const one = (year: string, month: string) => fill(t.audit.monthValue, { year, month: monthName(Number(month), locale) });
  if (m.length === 3) return one(m[1], m[2]);
  if (m[1] !== m[3]) return `${one(m[1], m[2])} – ${one(m[3], m[4])}`;
  return fill(t.audit.monthSpan, { year: m[1], from: monthName(Number(m[2]), locale), to: monthName(Number(m[4]), locale) });
}

const monthName = (month: number, locale: Locale) =>
  locale === "zh" ? String(month) : new Date(2000, month - 1, 1).toLocaleString("en-US", { month: "short" });

/**
 * What an id names, in words: a person, a section, a target, an item; a review (2013年上半年 · 半年点评); a report
 * (2013年11月30日 填报 132家); a notice (its first words). A record since removed says so.
 */
export function auditRefLabel(ref: AuditRefText, t: Messages, locale: Locale): string {
  const a = t.audit;
  switch (ref.kind) {
    case "REVIEW":
      return ref.type && ref.type in t.review.kinds && ref.year != null && ref.index != null
        ? reviewTitle({ kind: ref.type as ReviewKind, year: ref.year, periodIndex: ref.index }, t, locale)
        : a.gone;
    case "REPORT": {
      if (!ref.date) return a.gone;
      const template = (a.reportRef as Record<string, string>)[ref.type ?? "RECORD"] ?? a.reportRef.RECORD;
      return fill(template, { date: formatDate(ref.date, locale), value: `${formatNumber(ref.value, locale, 4)}${ref.unit ?? ""}` });
    }
    case "RECTIFICATION":
      return ref.name ? excerpt(ref.name) : a.gone;
  }
  return ref.name ?? a.gone;
}

const excerpt = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** The record an entry is about, with its kind: 考核：2013年上半年 · 半年点评, 事项：…, 计划：… (Review: …) */
export function auditAboutText(about: AuditRefText, t: Messages, locale: Locale): string {
  return labelled(lookup(t.audit.aboutKinds, about.kind), auditRefLabel(about, t, locale), t);
}

/** Entries that create the record they are about: their changes already say what it is. */
const DESCRIBES_ITS_RECORD = new Set(["RECORD_PROGRESS", "CORRECT_PROGRESS", "WITHDRAW_PROGRESS", "CONFIRM_NO_CHANGE", "ADD_COUNT_ITEM"]);

/** The record an entry is about, when its target column and its changes do not already say it. */
export function auditAbout(entry: AuditEntryText): AuditRefText | null {
  return entry.about && !DESCRIBES_ITS_RECORD.has(entry.action) ? entry.about : null;
}

/** Fields naming the record a change belongs to (the report corrected, the review commented on): said once, not as old → new. */
const CONTEXT_FIELDS = new Set(["entryId", "itemId", "rectificationId", "reviewId", "targetId"]);

/**
 * An entry's changes as lines, in the entry's terms:
 * - a report back-filled for an earlier day than the latest one is what happened ("新增 2013年11月30日 填报 132，最新值仍为
 *   2013年12月5日 的 133"), not a change of the latest figure from 133 to 132;
 * - ids are the records they name; one that repeats the entry's target or the record it is about is left out, as is a
 *   section's id written beside its name;
 * - a field that says which record (the month of a lock, the report a correction replaces) is a fact, not old → new;
 * - a change that reads the same on both sides (no links → an empty list) is left out.
 */
export function auditLines(entry: AuditEntryText, t: Messages, locale: Locale = "zh"): AuditLine[] {
  const context: AuditContext = { entityType: entry.entityType, changes: entry.changes, locale };
  const about = auditAbout(entry);
  const has = (field: string) => entry.changes.some((c) => c.field === field);
  // a withdrawal names the report it takes back; its figure and day going to nothing say the same again
  const namesItsReport = entry.changes.some((c) => c.field === "entryId" && c.after == null && c.beforeRef);
  const backfill = backfilled(entry);
  const lines: AuditLine[] = [];
  if (backfill) lines.push({ kind: "sentence", field: "value", text: backfillText(backfill, entry, t, locale) });
  for (const c of entry.changes) {
    if (backfill && (c.field === "value" || c.field === "reportedFor")) continue;
    const ref = c.afterRef ?? c.beforeRef;
    if (ref && ((about && ref.kind === about.kind && ref.id === about.id) || (ref.kind === "TARGET" && ref.id === entry.target?.id)))
      continue;
    if (c.field === "sectionId" && has("sectionName")) continue;
    if (namesItsReport && (c.field === "value" || c.field === "reportedFor") && c.after == null) continue;
    // an item withdrawn names itself before: the row's record says which, not a name going away
    if (about?.name && c.after == null && c.before === about.name) continue;
    const label = auditFieldLabel(c.field, t, context);
    const before = auditValueLabel(c.field, c.before, t, context, c.beforeRef);
    const after = auditValueLabel(c.field, c.after, t, context, c.afterRef);
    const oneSided = c.before == null || c.after == null;
    if ((AUDIT_IDENTIFYING_FIELDS.has(c.field) && c.before === c.after) || (CONTEXT_FIELDS.has(c.field) && oneSided)) {
      lines.push({ kind: "fact", field: c.field, label, value: c.after == null ? before : after });
    } else if (before !== after) lines.push({ kind: "change", field: c.field, label, before, after });
    // (values that read the same, no links → an empty list of links, are no change to a reader)
  }
  return lines;
}

/** A RECORD_PROGRESS whose day is before the latest report's: the new figure and the latest one, which stays. */
function backfilled(entry: AuditEntryText) {
  if (entry.action !== "RECORD_PROGRESS") return null;
  const day = entry.changes.find((c) => c.field === "reportedFor");
  const value = entry.changes.find((c) => c.field === "value");
  if (!day?.before || !day.after || !value || day.after >= day.before) return null;
  return { day: day.after, value: value.after ?? null, latestDay: day.before, latest: value.before ?? value.after ?? null };
}

function backfillText(b: NonNullable<ReturnType<typeof backfilled>>, entry: AuditEntryText, t: Messages, locale: Locale): string {
  const context: AuditContext = { entityType: entry.entityType, locale };
  return fill(t.audit.backfill, {
    date: formatDate(b.day, locale),
    value: auditValueLabel("value", b.value, t, context),
    latestDate: formatDate(b.latestDay, locale),
    latest: auditValueLabel("value", b.latest, t, context),
  });
}

/** One line as text in the language of `t`: "完成值：2 → 3", "月份：2013年3月", or the sentence ("Value: 2 → 3"). */
export function auditLineText(line: AuditLine, t: Messages): string {
  if (line.kind === "sentence") return line.text;
  if (line.kind === "fact") return labelled(line.label, line.value, t);
  return labelled(line.label, `${line.before} → ${line.after}`, t);
}

/** 完成值：2 → 3 (Value: 2 → 3), for a change read alone (the conflict message names the newer save's fields so). */
export function auditChangeLine(change: AuditChangeText, t: Messages, context: AuditContext = {}): string {
  const before = auditValueLabel(change.field, change.before, t, context, change.beforeRef);
  const after = auditValueLabel(change.field, change.after, t, context, change.afterRef);
  return labelled(auditFieldLabel(change.field, t, context), `${before} → ${after}`, t);
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
