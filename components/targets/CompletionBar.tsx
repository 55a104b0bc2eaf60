import { formatPercent } from "../../lib/i18n/format";
import type { Locale } from "../../lib/i18n/messages";

export function CompletionBar({ ratio, locale }: { ratio: number | null | undefined; locale: Locale }) {
  const width = Math.max(0, Math.min(1, ratio ?? 0)) * 100;
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 6 }}>
      <div className="bar" aria-hidden="true" style={{ flex: 1 }}>
        <span style={{ width: `${width}%` }} />
      </div>
      <span>{formatPercent(ratio, locale)}</span>
    </div>
  );
}
