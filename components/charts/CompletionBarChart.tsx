"use client";
import dynamic from "next/dynamic";
import { shareLabel } from "../../lib/domain/chart-scale";
import type { Locale } from "../../lib/i18n/messages";
import { labelled, listSeparator } from "../../lib/i18n/punctuation";
import { ChartFrame } from "./ChartFrame";

const CompletionBarPlot = dynamic(() => import("./plots/CompletionBarPlot").then((m) => m.CompletionBarPlot), { ssr: false });

export interface CompletionDatum {
  name: string;
  /** 0–1 */
  completion: number;
}

/** Horizontal bars of points-weighted completion, one per area or section. */
export function CompletionBarChart({ id, label, data, locale }: { id: string; label: string; data: CompletionDatum[]; locale: Locale }) {
  return (
    <ChartFrame
      testId={id}
      height={Math.max(160, data.length * 44 + 40)}
      label={labelled(label, data.map((d) => `${d.name} ${shareLabel(d.completion)}`).join(listSeparator(locale, "semicolon")), locale)}
    >
      <CompletionBarPlot label={label} data={data} />
    </ChartFrame>
  );
}
