"use client";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { SHARE_TICKS, shareLabel } from "../../../lib/domain/chart-scale";
import { BarShape } from "../bar-shape";
import { useNarrowScreen, WrappedTick } from "../narrow-axis";
import type { CompletionDatum } from "../CompletionBarChart";

/** On a phone the names take a narrower axis, in lines of their own, and leave the bars room (wrapLabel's width, in ems). */
const NARROW_AXIS = 136;
const NARROW_NAME_EM = 11;

/** CompletionBarChart's drawing: every 25% tick, every bar's value (0% too). */
export function CompletionBarPlot({ label, data }: { label: string; data: CompletionDatum[] }) {
  const narrow = useNarrowScreen();
  return (
    <ResponsiveContainer>
      <BarChart data={data} layout="vertical" margin={{ left: narrow ? 0 : 8, right: narrow ? 46 : 48, top: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 1]}
          ticks={[...SHARE_TICKS]}
          interval={0}
          tickFormatter={shareLabel}
          tick={{ fontSize: narrow ? 10 : 12 }}
        />
        {narrow ? (
          <YAxis
            type="category"
            dataKey="name"
            width={NARROW_AXIS}
            interval={0}
            tick={(props: object) => <WrappedTick {...props} maxEm={NARROW_NAME_EM} />}
          />
        ) : (
          <YAxis type="category" dataKey="name" width={190} interval={0} tick={{ fontSize: 12 }} />
        )}
        <Tooltip formatter={(v) => shareLabel(Number(v))} />
        <Bar dataKey="completion" name={label} fill="#0b5cad" isAnimationActive={false} shape={BarShape}>
          <LabelList
            dataKey="completion"
            position="right"
            fontSize={narrow ? 12 : undefined}
            formatter={(v: unknown) => shareLabel(Number(v))}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
