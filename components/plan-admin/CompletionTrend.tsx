"use client";
import dynamic from "next/dynamic";
import type { Locale } from "../../lib/i18n/messages";
import { labelled, listSeparator } from "../../lib/i18n/punctuation";

const CompletionTrendPlot = dynamic(() => import("./CompletionTrendPlot").then((m) => m.CompletionTrendPlot), { ssr: false });

const WIDTH = 180;
const HEIGHT = 56;
const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;

/**
 * A small line of a target's year-end completion, one point per year (100% marked). The line loads after the
 * page (recharts stays out of the first-load scripts, #12); its box and its label, the years' figures, are there at once.
 */
export function CompletionTrend({
  label,
  data,
  locale,
}: {
  label: string;
  data: { year: number; ratio: number | null }[];
  locale: Locale;
}) {
  const points = data.filter((d) => d.ratio !== null) as { year: number; ratio: number }[];
  if (points.length < 2) return null;
  return (
    <div
      style={{ height: HEIGHT }}
      role="img"
      aria-label={labelled(label, points.map((d) => `${d.year} ${pct(d.ratio)}`).join(listSeparator(locale, "semicolon")), locale)}
    >
      <CompletionTrendPlot points={points} width={WIDTH} height={HEIGHT} format={pct} />
    </div>
  );
}
