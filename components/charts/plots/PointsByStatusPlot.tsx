"use client";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { roundForLabel } from "../../../lib/domain/chart-scale";
import { BarShape } from "../bar-shape";
import type { PointsByStatusDatum } from "../PointsByStatusChart";

const STATUS_COLORS: Record<string, string> = {
  DONE: "#1a7f37",
  ON_TRACK: "#0b5cad",
  BEHIND: "#9a6700",
  OVERDUE: "#cf222e",
  NOT_STARTED: "#6e7781",
};

/** PointsByStatusChart's drawing: one row per status, its name on the left and its points beside the bar (0 included). */
export function PointsByStatusPlot({ data }: { data: PointsByStatusDatum[] }) {
  return (
    <ResponsiveContainer>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 48, top: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={96} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(v) => roundForLabel(Number(v), 2)} />
        <Bar dataKey="points" maxBarSize={24} isAnimationActive={false} shape={BarShape}>
          {data.map((d) => (
            <Cell key={d.status} fill={STATUS_COLORS[d.status] ?? "#8c959f"} />
          ))}
          <LabelList dataKey="points" position="right" formatter={(v: unknown) => roundForLabel(Number(v))} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
