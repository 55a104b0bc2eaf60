"use client";
import dynamic from "next/dynamic";
import { shareLabel } from "../../lib/domain/chart-scale";
import type { Locale } from "../../lib/i18n/messages";
import { listSeparator } from "../../lib/i18n/punctuation";
import { ChartFrame } from "./ChartFrame";

const DisciplineRatePlot = dynamic(() => import("./plots/DisciplineRatePlot").then((m) => m.DisciplineRatePlot), { ssr: false });

export interface DisciplineRateDatum {
  month: number;
  /** the month as shown on the axis: 1月 / M1 */
  label: string;
  /** 0–1; null when nothing was due that month (or the month has not begun) */
  completeness: number | null;
  onTimeRate: number | null;
}

const pct = (v: number | null) => (v === null ? "—" : shareLabel(v));

/**
 * 报送完整率 and 按时报送率 per month over the plan year: two lines on a 0–100% scale; a month with nothing
 * due leaves a gap rather than a misleading zero.
 */
export function DisciplineRateChart({
  data,
  labels,
  locale,
}: {
  data: DisciplineRateDatum[];
  labels: { completeness: string; onTimeRate: string };
  locale: Locale;
}) {
  const summary = data
    .filter((d) => d.completeness !== null || d.onTimeRate !== null)
    .map(
      (d) =>
        `${d.label} ${labels.completeness} ${pct(d.completeness)}${listSeparator(locale, "comma")}${labels.onTimeRate} ${pct(d.onTimeRate)}`,
    )
    .join(listSeparator(locale, "semicolon"));
  return (
    <ChartFrame testId="discipline-chart" height={280} label={summary || "—"}>
      <DisciplineRatePlot data={data} labels={labels} />
    </ChartFrame>
  );
}
