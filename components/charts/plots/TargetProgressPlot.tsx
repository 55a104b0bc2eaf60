"use client";
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatMonth } from "../../../lib/i18n/format";
import type { Locale } from "../../../lib/i18n/messages";
import type { TargetProgressProps } from "../TargetProgressChart";

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** TargetProgressChart's drawing: reported values (steps) against the linear pace, the window shaded, asOf marked. */
export function TargetProgressPlot({ window, asOf, pace, entries, labels, locale }: TargetProgressProps & { locale: Locale }) {
  const monthTick = (ms: number) => formatMonth(new Date(ms).getUTCMonth() + 1, locale);
  const year = Number(window.start.slice(0, 4));
  const points = new Map<number, { t: number; actual?: number; pace?: number }>();
  const at = (t: number) => points.get(t) ?? points.set(t, { t }).get(t)!;
  for (const p of pace) if (p.expected != null) at(dayNumber(p.date)).pace = p.expected;
  for (const e of [...entries].sort((a, b) => a.date.localeCompare(b.date))) at(dayNumber(e.date)).actual = e.value;
  const data = [...points.values()].sort((a, b) => a.t - b.t);
  return (
    <ResponsiveContainer>
      <ComposedChart data={data} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={[Date.UTC(year, 0, 1), Date.UTC(year, 11, 31)]}
          ticks={Array.from({ length: 12 }, (_, m) => Date.UTC(year, m, 1))}
          tickFormatter={monthTick}
        />
        <YAxis />
        <Tooltip labelFormatter={(v) => new Date(Number(v)).toISOString().slice(0, 10)} />
        <Legend />
        <ReferenceArea x1={dayNumber(window.start)} x2={dayNumber(window.end)} fill="#0b5cad" fillOpacity={0.08} label={labels.window} />
        <ReferenceLine x={dayNumber(asOf)} stroke="#9a6700" strokeDasharray="4 2" />
        <Line dataKey="pace" name={labels.pace} stroke="#6e7781" strokeDasharray="6 4" dot={false} connectNulls isAnimationActive={false} />
        <Line
          dataKey="actual"
          name={labels.actual}
          type="stepAfter"
          stroke="#1a7f37"
          strokeWidth={2}
          connectNulls
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
