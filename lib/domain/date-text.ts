/**
 * A day typed as text, the zh-CN way: YYYY-MM-DD. A browser's own date input follows the browser's locale
 * (mm/dd/yyyy in an English Chromium), so the forms use a plain text field and these two rules.
 */

/** Digits grouped as YYYY-MM-DD: "2013" → "2013", "201309" → "2013-09", "20130930" → "2013-09-30". */
function grouped(digits: string): string {
  if (digits.length <= 4) return digits;
  if (digits.length <= 6) return `${digits.slice(0, 4)}-${digits.slice(4)}`;
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`;
}

/**
 * What the field holds after a keystroke. Phones' numeric keyboards have no "-", so digits are grouped as they
 * come (20130930 → 2013-09-30), and a dash typed where the grouping puts one is taken in. Anything else —
 * "2013-9-30", "2013/9/30", a ninth digit — stays exactly as typed, for normalizeDateText to read when the
 * field is left, or for the check to name.
 */
export function typingDateText(text: string): string {
  if (!/^[\d-]*$/.test(text)) return text;
  const digits = text.replace(/-/g, "");
  if (digits.length > 8) return text;
  for (let i = 0; i < text.length; i++) if (text[i] === "-" && i !== 4 && i !== 7) return text;
  return grouped(digits);
}

/**
 * The day a person wrote, as YYYY-MM-DD, when it is written one of the usual ways: 2013-9-30, 2013/9/30,
 * 2013.9.30, 20130930, 2013年9月30日, with full-width digits or spaces too. Whether the day exists is not
 * decided here (2013-02-30 stays 2013-02-30 for the check to refuse); anything else comes back trimmed, as it was.
 */
export function normalizeDateText(text: string): string {
  const t = text.normalize("NFKC").trim();
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (parts) return `${parts[1]}-${parts[2].padStart(2, "0")}-${parts[3].padStart(2, "0")}`;
  if (/^\d{8}$/.test(t)) return grouped(t);
  return t;
}
