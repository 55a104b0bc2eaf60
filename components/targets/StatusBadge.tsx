import type { Messages } from "../../lib/i18n/messages";
import type { Band, TargetStatus } from "../../graphql/generated/client/graphql";
import { defaultBand } from "../../lib/domain/bands";

/**
 * Colour plus the word itself, so the status never depends on colour alone. With a band (the target's own
 * thresholds, lib/domain/bands.ts) the colour follows the band; when the band differs from what the status
 * alone would give, its word is added too (「正常 · 黄」). `hint` (status-hint.ts) says on hover which rule
 * decided it, with its tolerance; the page's StatusLegend says it for every status.
 */
export function StatusBadge({ status, band, hint, t }: { status: TargetStatus; band?: Band | null; hint?: string; t: Messages }) {
  const refined = band != null && band !== "NONE" && band !== defaultBand(status);
  return (
    <span
      className={`badge status-${status}${band ? ` band-${band}` : ""}`}
      data-status={status}
      data-band={band ?? undefined}
      title={hint}
      data-testid={hint ? "status-badge" : undefined}
    >
      {t.status[status]}
      {refined ? ` · ${t.band[band]}` : null}
    </span>
  );
}
