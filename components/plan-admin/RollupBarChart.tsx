"use client";
import dynamic from "next/dynamic";
import type { Locale } from "../../lib/i18n/messages";
import { labelled, listSeparator } from "../../lib/i18n/punctuation";
import { ChartFrame } from "../charts/ChartFrame";

const RollupBarPlot = dynamic(() => import("./RollupBarPlot").then((m) => m.RollupBarPlot), { ssr: false });

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
  const format = (v: unknown) => (v === null || v === undefined ? "—" : `${Number(v).toLocaleString("zh-CN")}${unit}`);
  return (
    <ChartFrame
      testId={id}
      height={Math.max(220, data.length * 40 + 100)}
      label={data
        .map((d) =>
          labelled(d.name, `${valueLabel} ${format(d.value)}${listSeparator(locale, "comma")}${targetLabel} ${format(d.target)}`, locale),
        )
        .join(listSeparator(locale, "semicolon"))}
    >
      <RollupBarPlot valueLabel={valueLabel} targetLabel={targetLabel} data={data} format={format} />
    </ChartFrame>
  );
}
