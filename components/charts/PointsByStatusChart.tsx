"use client";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export const STATUS_COLORS: Record<string, string> = {
  DONE: "#1a7f37",
  ON_TRACK: "#0b5cad",
  BEHIND: "#9a6700",
  OVERDUE: "#cf222e",
  NOT_STARTED: "#6e7781",
};

/** Points at stake by status: what the year-end score risks if nothing changes. */
export function PointsByStatusChart({ data }: { data: { status: string; label: string; points: number; count: number }[] }) {
  return (
    <figure style={{ margin: 0 }} data-testid="points-status-chart">
      <div
        style={{ width: "100%", height: 240 }}
        role="img"
        aria-label={data.map((d) => `${d.label} ${Math.round(d.points * 10) / 10}`).join("；")}
      >
        <ResponsiveContainer>
          <BarChart data={data} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" />
            <YAxis />
            <Tooltip formatter={(v) => Math.round(Number(v) * 100) / 100} />
            <Bar dataKey="points" isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.status} fill={STATUS_COLORS[d.status]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
