/**
 * Text into the XML of an Office package. XML 1.0 cannot carry most control characters (U+0000–U+0008, U+000B,
 * U+000C, U+000E–U+001F) nor U+FFFE / U+FFFF, even as character references; a workbook holding one does not open.
 * Text typed by users may hold them (pasted from another program), so they are escaped the way Excel itself writes
 * them in a cell's text: `_xHHHH_` (ECMA-376 part 1, 22.9.2.19 ST_Xstring), which Excel, LibreOffice and ExcelJS
 * read back as the character. A literal `_x0041_` in the text is then escaped too (`_x005F_x0041_`), or it would
 * read back as "A". A carriage return is written as a character reference: a raw one is read as a line feed.
 */
// eslint-disable-next-line no-control-regex -- the control characters are exactly what is escaped
const TEXT_SPECIALS = /[&<>\r\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

const hex4 = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");

function textEscape(c: string): string {
  switch (c) {
    case "&":
      return "&amp;";
    case "<":
      return "&lt;";
    case ">":
      return "&gt;";
    case "\r":
      return "&#13;";
    case "_":
      return "_x005F_";
    default:
      return `_x${hex4(c)}_`;
  }
}

/** A cell's text (a shared string's <t>). */
export function xmlText(s: string): string {
  return s.replace(TEXT_SPECIALS, textEscape);
}

// eslint-disable-next-line no-control-regex -- the control characters are exactly what is left out
const ATTR_SPECIALS = /[&<>"\t\n\r\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
const ATTR_ESCAPE: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * An attribute's value, or the text of an element that is not a cell's text (a formula, a header line, a
 * document property). Tabs and line breaks are character references (a parser turns raw ones into spaces); the
 * characters XML forbids are left out: nothing decodes `_xHHHH_` there.
 */
export function xmlAttr(s: string): string {
  return s.replace(ATTR_SPECIALS, (c) => ATTR_ESCAPE[c] ?? "");
}
