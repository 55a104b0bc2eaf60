"use client";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { symmetricTicks } from "../../lib/domain/chart-scale";
import { BarShape } from "./bar-shape";
import type { Locale } from "../../lib/i18n/messages";
import { labelled, listSeparator } from "../../lib/i18n/punctuation";

export interface ScoreGapDatum {
  name: string;
  /** self total − awarded total over the compared targets */
  gap: number;
  compared: number;
}

const two = (v: number) => Math.round(v * 100) / 100;
const signed = (v: number) => (v > 0 ? `+${two(v)}` : `${two(v)}`);

/** Per section, how far its self-assessment lies above (amber) or below (blue) the awarded scores. */
export function ScoreGapChart({ data, label, locale }: { data: ScoreGapDatum[]; label: string; locale: Locale }) {
  const height = Math.max(140, data.length * 40 + 40);
  // the axis reaches the largest gap, rounded up to 1, 2 or 5 × a power of ten (at least 1)
  const ticks = symmetricTicks(data.map((d) => d.gap));
  const extent = ticks[ticks.length - 1];
  return (
    <figure style={{ margin: 0 }} data-testid="score-gap-chart">
      <div
        style={{ width: "100%", height }}
        role="img"
        aria-label={labelled(label, data.map((d) => `${d.name} ${signed(d.gap)}`).join(listSeparator(locale, "semicolon")), locale)}
      >
        <ResponsiveContainer>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 48, top: 8, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[-extent, extent]} ticks={ticks} interval={0} tickFormatter={(v) => String(two(Number(v)))} />
            <YAxis type="category" dataKey="name" width={90} interval={0} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => signed(Number(v))} />
            <ReferenceLine x={0} stroke="#57606a" />
            <Bar dataKey="gap" name={label} maxBarSize={28} isAnimationActive={false} shape={BarShape}>
              {data.map((d) => (
                <Cell key={d.name} fill={d.gap > 0 ? "#9a6700" : "#0b5cad"} />
              ))}
              <LabelList dataKey="gap" position="right" formatter={(v: unknown) => signed(Number(v))} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
