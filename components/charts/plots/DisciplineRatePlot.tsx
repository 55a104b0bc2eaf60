"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { SHARE_TICKS, shareLabel } from "../../../lib/domain/chart-scale";
import type { DisciplineRateDatum } from "../DisciplineRateChart";

/** DisciplineRateChart's drawing: two lines on a 0–100% scale; a month with nothing due leaves a gap. */
export function DisciplineRatePlot({
  data,
  labels,
}: {
  data: DisciplineRateDatum[];
  labels: { completeness: string; onTimeRate: string };
}) {
  return (
    <ResponsiveContainer>
      <LineChart data={data} margin={{ left: 8, right: 24, top: 12, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis domain={[0, 1]} ticks={[...SHARE_TICKS]} interval={0} tickFormatter={shareLabel} width={48} />
        <Tooltip formatter={(v) => (v === null || v === undefined ? "—" : shareLabel(Number(v)))} />
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
  );
}
