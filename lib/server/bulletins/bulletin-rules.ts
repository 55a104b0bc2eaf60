import { formatAuditTime } from "../../i18n/audit";
import { AppError } from "../errors";
import { msg } from "../../i18n/message-text";

/**
 * Once issued, a 通报's 主送 and remarks never change again, and it is not issued twice: CONFLICT, saying when it
 * was issued and what is refused (主送和考核组意见不能再修改 / 不能重复印发).
 */
/** `refused` says what is refused, a catalogue message (bulletin.noReissue …). */
export function assertNotIssued(review: { bulletinIssuedAt: Date | null }, refused: string): void {
  if (review.bulletinIssuedAt) {
    throw new AppError("CONFLICT", msg("bulletin.issued", { at: formatAuditTime(review.bulletinIssuedAt, "zh"), refused }), {
      issuedAt: review.bulletinIssuedAt.toISOString(),
    });
  }
}
