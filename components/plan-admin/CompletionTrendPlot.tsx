"use client";
import { Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

/** CompletionTrend's drawing: the line of the years' completion, 100% marked. */
export function CompletionTrendPlot({
  points,
  width,
  height,
  format,
}: {
  points: { year: number; ratio: number }[];
  width: number;
  height: number;
  format: (ratio: number) => string;
}) {
  const max = Math.max(1.1, ...points.map((d) => d.ratio));
  return (
    <LineChart width={width} height={height} data={points} margin={{ top: 6, right: 8, bottom: 0, left: 0 }}>
      <XAxis dataKey="year" hide />
      <YAxis domain={[0, max]} hide />
      <ReferenceLine y={1} stroke="#1a7f37" strokeDasharray="3 3" />
      <Tooltip formatter={(v) => format(Number(v))} labelFormatter={(y) => `${y}`} />
      <Line type="monotone" dataKey="ratio" stroke="#0b5cad" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
    </LineChart>
  );
}
