"use client";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { roundForLabel } from "../../lib/domain/chart-scale";
import { BarShape } from "./bar-shape";
import type { Locale } from "../../lib/i18n/messages";
import { listSeparator } from "../../lib/i18n/punctuation";

export const STATUS_COLORS: Record<string, string> = {
  DONE: "#1a7f37",
  ON_TRACK: "#0b5cad",
  BEHIND: "#9a6700",
  OVERDUE: "#cf222e",
  NOT_STARTED: "#6e7781",
};

const ROW = 36;

/**
 * Points at stake by status: what the year-end score risks if nothing changes. One row per status, its name on
 * the left and its points beside the bar (0 included), so no name is dropped for want of room at any width or language.
 */
export function PointsByStatusChart({
  data,
  locale,
}: {
  data: { status: string; label: string; points: number; count: number }[];
  locale: Locale;
}) {
  return (
    <figure style={{ margin: 0 }} data-testid="points-status-chart">
      <div
        style={{ width: "100%", height: data.length * ROW + 48 }}
        role="img"
        aria-label={data.map((d) => `${d.label} ${roundForLabel(d.points)}`).join(listSeparator(locale, "semicolon"))}
      >
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
      </div>
    </figure>
  );
}
