import type { ReactNode } from "react";

/**
 * A chart's figure, drawn with the page: the height the chart will take (the chart itself loads after the first
 * paint, next/dynamic, so recharts stays out of every page's first-load scripts, #12 — and nothing moves when it
 * arrives) and the chart's figures read out as the image's label, so they are there before, and without, the chart.
 */
export function ChartFrame({
  testId,
  height,
  label,
  points,
  children,
}: {
  testId: string;
  height: number;
  label: string;
  /** data-points: how many reported values the chart draws (the tests read it) */
  points?: number;
  children: ReactNode;
}) {
  return (
    <figure style={{ margin: 0 }} data-testid={testId} data-points={points}>
      <div style={{ width: "100%", height }} role="img" aria-label={label}>
        {children}
      </div>
    </figure>
  );
}
