/**
 * Reads the completion-time column of a 绩效计划书 ("3-10月", "11月前", "年底") into a month range.
 * `reading` states how the wording was understood so a reviewer can check the interpretation.
 */
export interface ParsedWindowText {
  startMonth: number;
  endMonth: number;
  reading: string;
}

/**
 * Plan tables are typed by hand: spaces between characters ("11 月 前 完 成"), full-width digits and
 * brackets, and any dash (hyphen, en/em dash, full-width hyphen, 至/到) all occur, so they are normalized first.
 */
function normalize(text: string): string {
  return text
    .replace(/\s+/g, "")
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[()（）[\]【】]/g, "")
    .replace(/[‐‑‒–—―－−~～〜至到]/g, "-");
}

function monthsLabel(start: number, end: number): string {
  return start === end ? `${start}月` : `${start}–${end}月`;
}

/** "3-10月", "1-12月份", "4-12月完成": the months as written. */
const RANGE = /^(\d{1,2})-(\d{1,2})月份?(?:完成)?$/;
/** "11月前" / "11月以前完成": before November starts, i.e. done by the end of October. */
const BEFORE_MONTH = /^(\d{1,2})月份?以?前(?:完成)?$/;
/** "11月底前" / "11月末完成": by the end of November, so November itself still counts. */
const BY_MONTH_END = /^(\d{1,2})月[底末](?:以?前)?(?:完成)?$/;
/** "年底前": by the end of the year, i.e. any time in the year (same logic as "N月底前"). */
const BY_YEAR_END = /^年[底末]以?前(?:完成)?$/;
/** "年底" / "年末申报"-style wording: happens at year end, i.e. in December. */
const AT_YEAR_END = /^年[底末](?:完成)?$/;

/** Returns null for wording it does not recognise, so callers can ask for the window explicitly. */
export function parseWindowText(text: string): ParsedWindowText | null {
  const t = normalize(text);
  let m: RegExpMatchArray | null;
  if ((m = t.match(RANGE))) {
    const [start, end] = [Number(m[1]), Number(m[2])];
    if (start < 1 || start > end || end > 12) return null;
    return { startMonth: start, endMonth: end, reading: monthsLabel(start, end) };
  }
  if ((m = t.match(BEFORE_MONTH))) {
    const n = Number(m[1]);
    // "1月前" leaves no month of the plan year, so it cannot be a window
    if (n < 2 || n > 12) return null;
    return {
      startMonth: 1,
      endMonth: n - 1,
      reading: `“${n}月前”按${n}月1日前完成理解，即${monthsLabel(1, n - 1)}`,
    };
  }
  if ((m = t.match(BY_MONTH_END))) {
    const n = Number(m[1]);
    if (n < 1 || n > 12) return null;
    return { startMonth: 1, endMonth: n, reading: `“${n}月底前”按${n}月底前完成理解，即${monthsLabel(1, n)}` };
  }
  if (BY_YEAR_END.test(t)) return { startMonth: 1, endMonth: 12, reading: "“年底前”按全年完成理解，即1–12月" };
  if (AT_YEAR_END.test(t)) return { startMonth: 12, endMonth: 12, reading: "“年底”按年末（12月）完成理解，即12月" };
  return null;
}
