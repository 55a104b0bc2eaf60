"use client";
import dynamic from "next/dynamic";
import { roundForLabel } from "../../lib/domain/chart-scale";
import type { Locale } from "../../lib/i18n/messages";
import { listSeparator } from "../../lib/i18n/punctuation";
import { ChartFrame } from "./ChartFrame";

const PointsByStatusPlot = dynamic(() => import("./plots/PointsByStatusPlot").then((m) => m.PointsByStatusPlot), { ssr: false });

export interface PointsByStatusDatum {
  status: string;
  label: string;
  points: number;
  count: number;
}

const ROW = 36;

/**
 * Points at stake by status: what the year-end score risks if nothing changes. One row per status, its name on
 * the left and its points beside the bar (0 included), so no name is dropped for want of room at any width or language.
 */
export function PointsByStatusChart({ data, locale }: { data: PointsByStatusDatum[]; locale: Locale }) {
  return (
    <ChartFrame
      testId="points-status-chart"
      height={data.length * ROW + 48}
      label={data.map((d) => `${d.label} ${roundForLabel(d.points)}`).join(listSeparator(locale, "semicolon"))}
    >
      <PointsByStatusPlot data={data} />
    </ChartFrame>
  );
}
