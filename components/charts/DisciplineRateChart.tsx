"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { SHARE_TICKS, shareLabel } from "../../lib/domain/chart-scale";
import type { Locale } from "../../lib/i18n/messages";
import { listSeparator } from "../../lib/i18n/punctuation";

export interface DisciplineRateDatum {
  month: number;
  /** the month as shown on the axis: 1月 / M1 */
  label: string;
  /** 0–1; null when nothing was due that month (or the month has not begun) */
  completeness: number | null;
  onTimeRate: number | null;
}

const pct = shareLabel;

/**
 * 报送完整率 and 按时报送率 per month over the plan year: two lines on a 0–100% scale; a month with nothing
 * due leaves a gap rather than a misleading zero.
 */
export function DisciplineRateChart({
  data,
  labels,
  locale,
}: {
  data: DisciplineRateDatum[];
  labels: { completeness: string; onTimeRate: string };
  locale: Locale;
}) {
  const summary = data
    .filter((d) => d.completeness !== null || d.onTimeRate !== null)
    .map(
      (d) =>
        `${d.label} ${labels.completeness} ${d.completeness === null ? "—" : pct(d.completeness)}${listSeparator(locale, "comma")}${labels.onTimeRate} ${d.onTimeRate === null ? "—" : pct(d.onTimeRate)}`,
    )
    .join(listSeparator(locale, "semicolon"));
  return (
    <figure style={{ margin: 0 }} data-testid="discipline-chart">
      <div style={{ width: "100%", height: 280 }} role="img" aria-label={summary || "—"}>
        <ResponsiveContainer>
          <LineChart data={data} margin={{ left: 8, right: 24, top: 12, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis domain={[0, 1]} ticks={[...SHARE_TICKS]} interval={0} tickFormatter={pct} width={48} />
            <Tooltip formatter={(v) => (v === null || v === undefined ? "—" : pct(Number(v)))} />
            <Legend />
            <Line dataKey="completeness" name={labels.completeness} stroke="#0b5cad" strokeWidth={2} isAnimationActive={false} />
            <Line
              dataKey="onTimeRate"
              name={labels.onTimeRate}
              stroke="#1a7f37"
              strokeWidth={2}
              strokeDasharray="6 3"
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
