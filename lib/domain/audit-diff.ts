/**
 * Reading the audit log's before/after snapshots (JSON text written by lib/server/audit/write-audit.ts) as
 * a list of "field: old → new". Pure: the log page, the GraphQL API and the CSV export all use it.
 */

export type AuditSnapshot = Record<string, unknown>;

/** One changed field; values are as written (numbers, strings, booleans, null). */
export interface AuditFieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** A changed field with its values as display text; null means absent or empty (shown as —). */
export interface AuditFieldChangeText {
  field: string;
  before: string | null;
  after: string | null;
}

/**
 * Parses one stored snapshot. An object is returned as is; null/empty text gives null; any other JSON
 * value is kept under "value"; text that is not JSON is kept under "raw" rather than lost.
 */
export function parseAuditSnapshot(text: string | null | undefined): AuditSnapshot | null {
  if (text == null || text.trim() === "") return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { raw: text };
  }
  if (parsed === null) return null;
  if (typeof parsed === "object" && !Array.isArray(parsed)) return parsed as AuditSnapshot;
  return { value: parsed };
}

/**
 * Fields that say which record a row is about rather than what changed (the month a lock decision is for):
 * kept, once, even when before and after hold the same value.
 */
export const AUDIT_IDENTIFYING_FIELDS: ReadonlySet<string> = new Set(["month", "months"]);

/** Separates the levels of a nested field: CONFIGURE_SCORING's `targets` → `targets/二.(一).1.(1)/scoringRule`. */
export const AUDIT_PATH_SEPARATOR = "/";

/**
 * The fields whose value differs between before and after, in the order of `after` and then the fields
 * only `before` has. A missing field counts as null, so "absent → null" is no change. `version` is an
 * ordinary field: its change is kept (it shows which write bumped the target). A nested object (per-target
 * settings keyed by code) is read field by field, `parent/key/field`, so each change is a value, never JSON;
 * arrays stay whole. Identifying fields (AUDIT_IDENTIFYING_FIELDS) are kept when unchanged.
 */
export function diffAuditSnapshots(before: AuditSnapshot | null | undefined, after: AuditSnapshot | null | undefined): AuditFieldChange[] {
  const b = flatten(before ?? {});
  const a = flatten(after ?? {});
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const changes: AuditFieldChange[] = [];
  for (const field of fields) {
    const old = b[field] ?? null;
    const now = a[field] ?? null;
    const same = stableJson(old) === stableJson(now);
    if (!same || (AUDIT_IDENTIFYING_FIELDS.has(field) && now !== null)) changes.push({ field, before: old, after: now });
  }
  return changes;
}

function flatten(snapshot: AuditSnapshot, prefix = ""): AuditSnapshot {
  const out: AuditSnapshot = {};
  for (const [key, value] of Object.entries(snapshot)) {
    const field = prefix + key;
    if (value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length > 0) {
      Object.assign(out, flatten(value as AuditSnapshot, field + AUDIT_PATH_SEPARATOR));
    } else out[field] = value;
  }
  return out;
}

/** A stored value as text: strings as they are, numbers and booleans as written, objects as JSON. */
export function auditValueText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return stableJson(value);
}

/** Parse both snapshots and list their changes as text: what the API and the export show. */
export function auditChanges(beforeText: string | null | undefined, afterText: string | null | undefined): AuditFieldChangeText[] {
  return diffAuditSnapshots(parseAuditSnapshot(beforeText), parseAuditSnapshot(afterText)).map((c) => ({
    field: c.field,
    before: auditValueText(c.before),
    after: auditValueText(c.after),
  }));
}

/** JSON with object keys sorted, so {a,b} and {b,a} compare equal. */
function stableJson(value: unknown): string {
  if (value === undefined) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  const entries = Object.keys(value as object)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(",")}}`;
}

/**
 * The fields that differ between two versions of a record, each side with only those fields (null for
 * absent): what an audit row of an edit keeps. A call that changes nothing gives two empty objects.
 */
export function changedOnly<T extends Record<string, unknown>>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const keys = Object.keys(after).filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k] ?? null])) as Partial<T>,
    after: Object.fromEntries(keys.map((k) => [k, after[k] ?? null])) as Partial<T>,
  };
}

/** Drops the keys an input left out (undefined), keeping explicit nulls: "omitted = unchanged, null = cleared". */
export function given<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
