"use client";
import dynamic from "next/dynamic";
import type { Locale } from "../../lib/i18n/messages";
import { labelled, listSeparator } from "../../lib/i18n/punctuation";
import { ChartFrame } from "./ChartFrame";
import { signedGap } from "./score-gap-label";

const ScoreGapPlot = dynamic(() => import("./plots/ScoreGapPlot").then((m) => m.ScoreGapPlot), { ssr: false });

export interface ScoreGapDatum {
  name: string;
  /** self total − awarded total over the compared targets */
  gap: number;
  compared: number;
}

/** Per section, how far its self-assessment lies above (amber) or below (blue) the awarded scores. */
export function ScoreGapChart({ data, label, locale }: { data: ScoreGapDatum[]; label: string; locale: Locale }) {
  return (
    <ChartFrame
      testId="score-gap-chart"
      height={Math.max(140, data.length * 40 + 40)}
      label={labelled(label, data.map((d) => `${d.name} ${signedGap(d.gap)}`).join(listSeparator(locale, "semicolon")), locale)}
    >
      <ScoreGapPlot data={data} label={label} />
    </ChartFrame>
  );
}
