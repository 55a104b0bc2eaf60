"use client";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface CompletionDatum {
  name: string;
  /** 0–1 */
  completion: number;
}

const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;

/** Horizontal bars of points-weighted completion, one per area or section. */
export function CompletionBarChart({ id, label, data }: { id: string; label: string; data: CompletionDatum[] }) {
  const height = Math.max(160, data.length * 44 + 40);
  return (
    <figure style={{ margin: 0 }} data-testid={id}>
      <div
        style={{ width: "100%", height }}
        role="img"
        aria-label={`${label}: ${data.map((d) => `${d.name} ${pct(d.completion)}`).join("；")}`}
      >
        <ResponsiveContainer>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 48, top: 8, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 1]} tickFormatter={pct} />
            <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => pct(Number(v))} />
            <Bar dataKey="completion" name={label} fill="#0b5cad" isAnimationActive={false}>
              <LabelList dataKey="completion" position="right" formatter={(v: unknown) => pct(Number(v))} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
