"use client";
import dynamic from "next/dynamic";
import { fill } from "../../lib/i18n/format";
import { listSeparator } from "../../lib/i18n/render-message";
import { type Locale } from "../../lib/i18n/messages";
import { ChartFrame } from "./ChartFrame";

const TargetProgressPlot = dynamic(() => import("./plots/TargetProgressPlot").then((m) => m.TargetProgressPlot), { ssr: false });

export interface TargetProgressProps {
  window: { start: string; end: string };
  asOf: string;
  pace: { date: string; expected?: number | null }[];
  entries: { date: string; value: number }[];
  labels: { actual: string; pace: string; window: string; summary: string };
}

/** Reported values (steps) against the linear pace of the window, the window shaded, asOf marked. */
export function TargetProgressChart({
  locale,
  ...chart
}: TargetProgressProps & {
  kind: string;
  /** the axis's months in this language: 1月 / Jan */
  locale: Locale;
}) {
  const summary = chart.entries.map((e) => `${e.date}: ${e.value}`).join(listSeparator(locale, "semicolon"));
  return (
    <ChartFrame
      testId="target-chart"
      height={300}
      points={chart.entries.length}
      label={fill(chart.labels.summary, { label: chart.labels.actual, summary: summary || "—" })}
    >
      <TargetProgressPlot
        window={chart.window}
        asOf={chart.asOf}
        pace={chart.pace}
        entries={chart.entries}
        labels={chart.labels}
        locale={locale}
      />
    </ChartFrame>
  );
}
