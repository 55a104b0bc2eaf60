import { auditAbout, auditAboutText, auditActionLabel, auditCsvTime, auditLines, auditLineText } from "../../i18n/audit";
import { labelled } from "../../i18n/render-message";
import { messages } from "../../i18n/messages";
import type { AuditEntryView } from "./find-audit-log";

/** Excel opens a UTF-8 CSV as UTF-8 (and shows Chinese) only when the file starts with this mark. */
export const CSV_BOM = "\uFEFF";

export type CsvValue = string | number | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, comma, line break or edge spaces; quotes are
 * doubled. Text starting with = + - @ or a tab is prefixed with ' so a spreadsheet does not run it as a
 * formula (a note typed as "=HYPERLINK(…)" stays text).
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, one line per row, CRLF line ends as Excel writes them. */
export function toCsv(rows: CsvValue[][]): string {
  return CSV_BOM + rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** 时间, 操作人, 操作, 指标编号, 指标, 变更内容, 原因 — the log as the page shows it, in Chinese. */
export function auditCsv(entries: AuditEntryView[]): string {
  const t = messages.zh;
  const header = [t.audit.at, t.audit.user, t.audit.action, t.audit.targetCode, t.audit.target, t.audit.changesCsv, t.audit.reason];
  return toCsv([
    header,
    ...entries.map((e) => [
      auditCsvTime(e.at),
      e.user?.displayName ?? t.audit.system,
      auditActionLabel(e.action, t),
      e.target?.code ?? "",
      [
        e.target?.title ?? (e.subject ? labelled(t.audit.subject, e.subject.displayName, t) : null),
        auditAbout(e) ? auditAboutText(auditAbout(e)!, t, "zh") : null,
      ]
        .filter(Boolean)
        .join("\n"),
      auditLines(e, t, "zh")
        .map((line) => auditLineText(line, t))
        .join("\n"),
      e.reason ?? "",
    ]),
  ]);
}

/** 操作日志-20131205.csv */
export function auditCsvFileName(today: string): string {
  return `${messages.zh.audit.fileName}-${today.replace(/-/g, "")}.csv`;
}

/**
 * Content-Disposition for a download with a non-ASCII name (RFC 6266 + RFC 5987): an ASCII fallback for
 * old clients, filename* in UTF-8 for everyone else.
 */
export function attachmentDisposition(fileName: string, asciiFallback: string, type: "attachment" | "inline" = "attachment"): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${asciiFallback.replace(/["\\]/g, "")}"; filename*=UTF-8''${encoded}`;
}
