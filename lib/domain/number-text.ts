/**
 * Numbers as people type them (#14): with thousands separators, as the app itself shows 3,800; in full-width
 * characters, as Chinese input methods type them (１２３, １，０００．５, －３); with spaces around (the ideographic
 * space too). Every form and every import reads typed numbers through here, so "1,000" is 1000 wherever it is typed.
 *
 * - Commas must group thousands ("1,000", "12,345.6", "1,234,567"): "1,00" or "1,5" is refused rather than guessed
 *   (it is 1.5 in some locales, a typo in others).
 * - Decimal notation only: "0x10" (which Number() reads as 16), "Infinity", "1_000" and a lone "." are refused;
 *   "1e6" and ".5" are numbers.
 */
const FULL_WIDTH: Record<string, string> = { "．": ".", "，": ",", "－": "-", "＋": "+", "−": "-", ｅ: "e", Ｅ: "E" };

/** The text with full-width digits and signs made ASCII and the spaces around it trimmed ("１，０００" → "1,000"). */
export function normalizeNumberText(raw: string): string {
  return raw
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．，－＋−ｅＥ]/g, (c) => FULL_WIDTH[c]);
}

/** "12", "-3.5", ".5", "1e6": plain decimal notation. */
export const DECIMAL_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** "1,000", "-12,345.67": digits grouped by three with commas, then an optional fraction. */
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** Typed text as a number: empty → null; text that is no number → "invalid". */
export function parseNumberText(raw: string): number | null | "invalid" {
  const s = normalizeNumberText(raw);
  if (s === "") return null;
  const plain = GROUPED_NUMBER.test(s) ? s.replace(/,/g, "") : s;
  const n = DECIMAL_NUMBER.test(plain) ? Number(plain) : NaN;
  return Number.isFinite(n) ? n : "invalid";
}

/** A form field's number: NaN when empty or not a number, for the form's schema to say why. */
export function numberFromText(raw: string): number {
  const n = parseNumberText(raw);
  return typeof n === "number" ? n : Number.NaN;
}
