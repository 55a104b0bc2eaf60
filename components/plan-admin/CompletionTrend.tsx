"use client";
import { Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "../../lib/i18n/messages";
import { labelled, listSeparator } from "../../lib/i18n/punctuation";

const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;

/** A small line of a target's year-end completion, one point per year (100% marked). */
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
  const max = Math.max(1.1, ...points.map((d) => d.ratio));
  return (
    <div
      role="img"
      aria-label={labelled(label, points.map((d) => `${d.year} ${pct(d.ratio)}`).join(listSeparator(locale, "semicolon")), locale)}
    >
      <LineChart width={180} height={56} data={points} margin={{ top: 6, right: 8, bottom: 0, left: 0 }}>
        <XAxis dataKey="year" hide />
        <YAxis domain={[0, max]} hide />
        <ReferenceLine y={1} stroke="#1a7f37" strokeDasharray="3 3" />
        <Tooltip formatter={(v) => pct(Number(v))} labelFormatter={(y) => `${y}`} />
        <Line type="monotone" dataKey="ratio" stroke="#0b5cad" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
