import { xmlAttr } from "./xml-text";

/**
 * A cell's look, as the sheets of this app use it: one font (bold or not), a solid fill, a thin border on all four
 * sides, a number format, the alignment and whether the cell stays editable on a protected sheet. Colours are ARGB
 * ("FFDDE6F0"). Treat a style as read-only: the writer remembers the id it gave each object, so change a cell's
 * look by giving it a new object ({ ...cell.style, fill }).
 */
export interface CellStyle {
  bold?: boolean;
  fill?: string;
  border?: string;
  numFmt?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** editable when the sheet is protected (cells are locked by default, as in Excel) */
  unlocked?: boolean;
}

/**
 * Excel's built-in number formats, which a workbook uses by id without declaring them (ECMA-376 part 1,
 * 18.8.30); every other format is declared in styles.xml from id 164 on.
 */
export const BUILTIN_NUMFMT: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "# ?/?": 12,
  "# ??/??": 13,
  "mm-dd-yy": 14,
  "d-mmm-yy": 15,
  "d-mmm": 16,
  "mmm-yy": 17,
  "h:mm AM/PM": 18,
  "h:mm:ss AM/PM": 19,
  "h:mm": 20,
  "h:mm:ss": 21,
  "m/d/yy h:mm": 22,
  "mm:ss": 45,
  "[h]:mm:ss": 46,
  "mmss.0": 47,
  "##0.0E+0": 48,
  "@": 49,
};
const FIRST_CUSTOM_NUMFMT = 164;

const VERTICAL = { top: "top", middle: "center", bottom: "bottom" } as const;

/**
 * The workbook's cell formats (cellXfs): each distinct style gets an index, the `s` of a cell; index 0 is the
 * plain default. Fonts, fills, borders and number formats are pooled the same way, then written as styles.xml.
 */
export class StyleTable {
  private readonly byObject = new WeakMap<CellStyle, number>();
  private readonly byKey = new Map<string, number>();
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly numFmts = new Map<string, number>();
  // fills 0 and 1 are reserved by Excel (none, gray125); border 0 is "none"
  private readonly fills = new Map<string, number>();
  private readonly borders = new Map<string, number>();

  private readonly attrs = new WeakMap<CellStyle, string>();
  private lastStyle: CellStyle | undefined;
  private lastAttr = "";

  /** A cell's ` s="…"` attribute for a style, "" for the default; a run of cells sharing a style looks it up once. */
  attrOf(style: CellStyle | undefined): string {
    if (style === this.lastStyle) return this.lastAttr;
    let attr = style && this.attrs.get(style);
    if (attr === undefined) {
      const id = this.idOf(style);
      attr = id ? ` s="${id}"` : "";
      if (style) this.attrs.set(style, attr);
    }
    this.lastStyle = style;
    this.lastAttr = attr;
    return attr;
  }

  /** The cellXfs index of a style; 0 for none. */
  idOf(style: CellStyle | undefined): number {
    if (!style) return 0;
    const known = this.byObject.get(style);
    if (known !== undefined) return known;
    const key = `${style.bold ? 1 : 0}|${style.fill ?? ""}|${style.border ?? ""}|${style.numFmt ?? ""}|${style.horizontal ?? ""}|${
      style.vertical ?? ""
    }|${style.wrap ? 1 : 0}|${style.unlocked ? 1 : 0}`;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.xfs.length;
      this.xfs.push(this.xf(style));
      this.byKey.set(key, id);
    }
    this.byObject.set(style, id);
    return id;
  }

  numFmtId(format: string | undefined): number {
    if (format === undefined) return 0;
    const builtin = BUILTIN_NUMFMT[format];
    if (builtin !== undefined) return builtin;
    return pooled(this.numFmts, format, FIRST_CUSTOM_NUMFMT);
  }

  private xf(s: CellStyle): string {
    const numFmtId = this.numFmtId(s.numFmt);
    const fillId = s.fill ? pooled(this.fills, s.fill, 2) : 0;
    const borderId = s.border ? pooled(this.borders, s.border, 1) : 0;
    const applied = [
      numFmtId ? ' applyNumberFormat="1"' : "",
      s.bold ? ' applyFont="1"' : "",
      fillId ? ' applyFill="1"' : "",
      borderId ? ' applyBorder="1"' : "",
    ].join("");
    const alignment =
      s.horizontal || s.vertical || s.wrap
        ? `<alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ""}${s.vertical ? ` vertical="${VERTICAL[s.vertical]}"` : ""}${
            s.wrap ? ' wrapText="1"' : ""
          }/>`
        : "";
    const protection = s.unlocked ? '<protection locked="0"/>' : "";
    const open = `<xf numFmtId="${numFmtId}" fontId="${s.bold ? 1 : 0}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}${
      alignment ? ' applyAlignment="1"' : ""
    }${protection ? ' applyProtection="1"' : ""}`;
    return alignment || protection ? `${open}>${alignment}${protection}</xf>` : `${open}/>`;
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`);
    const fills = [...this.fills.keys()].map(
      (argb) => `<fill><patternFill patternType="solid"><fgColor rgb="${xmlAttr(argb)}"/></patternFill></fill>`,
    );
    const borders = [...this.borders.keys()].map((argb) => {
      const side = (name: string) => `<${name} style="thin"><color rgb="${xmlAttr(argb)}"/></${name}>`;
      return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
    });
    const font = (bold: boolean) => `<font>${bold ? "<b/>" : ""}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
    return [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "",
      `<fonts count="2">${font(false)}${font(true)}</fonts>`,
      `<fills count="${2 + fills.length}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fills.join("")}</fills>`,
      `<borders count="${1 + borders.length}"><border><left/><right/><top/><bottom/><diagonal/></border>${borders.join("")}</borders>`,
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>`,
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      "</styleSheet>",
    ].join("");
  }
}

/** The id of `value` in `pool`, adding it with the next id from `first` on. */
function pooled(pool: Map<string, number>, value: string, first: number): number {
  let id = pool.get(value);
  if (id === undefined) {
    id = first + pool.size;
    pool.set(value, id);
  }
  return id;
}
