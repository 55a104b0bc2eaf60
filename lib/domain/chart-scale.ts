/**
 * Axis ticks and value labels of the charts. Every tick is named, and the charts draw every one of them
 * (recharts otherwise drops ticks it thinks would crowd, which is how 75% and 已完成 went missing); a bar's
 * value is written beside it even when it is 0, which is a figure too.
 */

/** A share axis (completion, rates): 0, 25, 50, 75 and 100%. */
export const SHARE_TICKS: readonly number[] = [0, 0.25, 0.5, 0.75, 1];

/** The extent of an axis reaching `max`, rounded up to 1, 2 or 5 × a power of ten, and at least 1. */
export function niceExtent(max: number): number {
  if (!(max > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 5, 10].find((f) => f * power >= max) ?? 10) * power;
}

/** A signed axis around 0 (the gap between two scores): −extent, −extent/2, 0, extent/2, extent for the largest |value|. */
export function symmetricTicks(values: readonly number[]): number[] {
  const extent = niceExtent(Math.max(0, ...values.map(Math.abs)));
  return [-extent, -extent / 2, 0, extent / 2, extent];
}

/** A value as a bar's label shows it: rounded to `digits` decimals, no "-0". */
export function roundForLabel(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f + 0;
}

/** 0.756 → "75.6%": a share as the axes and bars of the charts write it. */
export function shareLabel(value: number): string {
  return `${Math.round(value * 1000) / 10 + 0}%`;
}

/** How wide a character is, in ems: a CJK or full-width character one em, anything else about half. */
const charWidth = (c: string) => (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(c) ? 1 : 0.56);
const textWidth = (text: string) => [...text].reduce((w, c) => w + charWidth(c), 0);

/**
 * A category name in lines no wider than `maxEm`: broken before its bracket first (创新能力建设 / （100分）), then
 * between words, then between characters (a Chinese name has no spaces).
 */
export function wrapLabel(name: string, maxEm: number): string[] {
  const bracket = name.search(/\s?[（(]/);
  const parts = bracket > 0 && textWidth(name) > maxEm ? [name.slice(0, bracket), name.slice(bracket).trim()] : [name];
  const lines: string[] = [];
  for (const part of parts) {
    let line = "";
    for (const token of part.split(/(?<=\s)|(?=[\u2e80-\u9fff\uff00-\uffef])|(?<=[\u2e80-\u9fff\uff00-\uffef])/u)) {
      if (line && textWidth((line + token).trimEnd()) > maxEm) {
        lines.push(line.trimEnd());
        line = token.trimStart();
      } else line += token;
      // a single word wider than a line: cut it
      while (textWidth(line.trimEnd()) > maxEm && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && textWidth(line.slice(0, cut)) > maxEm) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    if (line.trim()) lines.push(line.trimEnd());
  }
  return lines;
}
