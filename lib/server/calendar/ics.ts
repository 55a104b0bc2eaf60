/**
 * A small iCalendar (RFC 5545) writer for all-day events: CRLF line endings, TEXT escaping (\ ; , and line
 * breaks), content lines folded at 75 octets without splitting a UTF-8 character. Pure: the caller passes
 * every value, including DTSTAMP, so the same input always gives the same text.
 */
export interface IcsEvent {
  /** globally unique and stable across downloads, so calendar apps update rather than duplicate */
  uid: string;
  /** first day, YYYY-MM-DD */
  start: string;
  /** day AFTER the last day (DTEND is exclusive for all-day events), YYYY-MM-DD */
  endExclusive: string;
  summary: string;
  description?: string | null;
  /** when the event's information was last changed (UTC) */
  stamp: Date;
  categories?: string[];
}

export interface IcsCalendar {
  prodId: string;
  name: string;
  events: IcsEvent[];
}

const CRLF = "\r\n";

/** TEXT values: backslash first, then ; and , and any line break as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/** Splits a content line into pieces of at most 75 octets (continuations start with one space). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** 2013-06-01 → 20130601 */
export function icsDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${iso}`);
  return iso.replace(/-/g, "");
}

/** An instant in UTC: 20260101T120000Z */
export function icsStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

export function buildIcs(calendar: IcsCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${calendar.prodId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ];
  for (const e of calendar.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${icsStamp(e.stamp)}`,
      `DTSTART;VALUE=DATE:${icsDate(e.start)}`,
      `DTEND;VALUE=DATE:${icsDate(e.endExclusive)}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(",")}`);
    lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
