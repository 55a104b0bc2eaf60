"use client";
import { useSyncExternalStore } from "react";
import { wrapLabel } from "../../lib/domain/chart-scale";

/** The width at which the app's layout turns to a phone's (app/globals.css: max-width 640px). */
const PHONE = "(max-width: 640px)";

function subscribe(notify: () => void) {
  const query = window.matchMedia(PHONE);
  query.addEventListener("change", notify);
  return () => query.removeEventListener("change", notify);
}

/** Whether the screen is a phone's; false while rendering on the server (the charts then draw their desktop axes). */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(PHONE).matches,
    () => false,
  );
}

const TICK_FONT = 11;
const LINE = 13;

/** A category axis tick on a phone: the name in lines of its own (wrapLabel) instead of one line running off the chart. */
export function WrappedTick({ x = 0, y = 0, payload, maxEm }: { x?: number; y?: number; payload?: { value?: unknown }; maxEm: number }) {
  const lines = wrapLabel(String(payload?.value ?? ""), maxEm);
  const first = TICK_FONT * 0.355 - ((lines.length - 1) * LINE) / 2;
  return (
    <text x={x} y={y} textAnchor="end" fontSize={TICK_FONT} fill="#666" className="recharts-text recharts-cartesian-axis-tick-value">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? first : LINE}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
