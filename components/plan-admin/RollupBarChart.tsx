"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "../../lib/i18n/messages";
import { labelled, listSeparator } from "../../lib/i18n/punctuation";

export interface RollupDatum {
  name: string;
  value: number | null;
  target: number | null;
}

/** Each county's latest value next to its own target (a bar pair per county). */
export function RollupBarChart({
  id,
  valueLabel,
  targetLabel,
  unit,
  data,
  locale,
}: {
  id: string;
  valueLabel: string;
  targetLabel: string;
  unit: string;
  data: RollupDatum[];
  locale: Locale;
}) {
  const fmt = (v: unknown) => (v === null || v === undefined ? "—" : `${Number(v).toLocaleString("zh-CN")}${unit}`);
  return (
    <figure style={{ margin: 0 }} data-testid={id}>
      <div
        style={{ width: "100%", height: Math.max(220, data.length * 40 + 100) }}
        role="img"
        aria-label={data
          .map((d) =>
            labelled(d.name, `${valueLabel} ${fmt(d.value)}${listSeparator(locale, "comma")}${targetLabel} ${fmt(d.target)}`, locale),
          )
          .join(listSeparator(locale, "semicolon"))}
      >
        <ResponsiveContainer>
          <BarChart data={data} margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
            <YAxis tickFormatter={(v) => Number(v).toLocaleString("zh-CN")} width={64} />
            <Tooltip formatter={(v) => fmt(v)} />
            <Legend />
            <Bar dataKey="value" name={valueLabel} fill="#0b5cad" isAnimationActive={false} />
            <Bar dataKey="target" name={targetLabel} fill="#b6c6d8" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
