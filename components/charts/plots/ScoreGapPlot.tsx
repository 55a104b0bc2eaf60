"use client";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { symmetricTicks } from "../../../lib/domain/chart-scale";
import { BarShape } from "../bar-shape";
import type { ScoreGapDatum } from "../ScoreGapChart";
import { signedGap, twoPlaces } from "../score-gap-label";

/** ScoreGapChart's drawing: above (amber) or below (blue) zero, on an axis symmetric about it. */
export function ScoreGapPlot({ data, label }: { data: ScoreGapDatum[]; label: string }) {
  // the axis reaches the largest gap, rounded up to 1, 2 or 5 × a power of ten (at least 1)
  const ticks = symmetricTicks(data.map((d) => d.gap));
  const extent = ticks[ticks.length - 1];
  return (
    <ResponsiveContainer>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 48, top: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[-extent, extent]} ticks={ticks} interval={0} tickFormatter={(v) => String(twoPlaces(Number(v)))} />
        <YAxis type="category" dataKey="name" width={90} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(v) => signedGap(Number(v))} />
        <ReferenceLine x={0} stroke="#57606a" />
        <Bar dataKey="gap" name={label} maxBarSize={28} isAnimationActive={false} shape={BarShape}>
          {data.map((d) => (
            <Cell key={d.name} fill={d.gap > 0 ? "#9a6700" : "#0b5cad"} />
          ))}
          <LabelList dataKey="gap" position="right" formatter={(v: unknown) => signedGap(Number(v))} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
