"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { RollupDatum } from "./RollupBarChart";

/** RollupBarChart's drawing: a bar pair per county, its value and its target. */
export function RollupBarPlot({
  valueLabel,
  targetLabel,
  data,
  format,
}: {
  valueLabel: string;
  targetLabel: string;
  data: RollupDatum[];
  format: (v: unknown) => string;
}) {
  return (
    <ResponsiveContainer>
      <BarChart data={data} margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
        <YAxis tickFormatter={(v) => Number(v).toLocaleString("zh-CN")} width={64} />
        <Tooltip formatter={(v) => format(v)} />
        <Legend />
        <Bar dataKey="value" name={valueLabel} fill="#0b5cad" isAnimationActive={false} />
        <Bar dataKey="target" name={targetLabel} fill="#b6c6d8" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
