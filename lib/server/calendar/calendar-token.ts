import { createHmac, timingSafeEqual } from "node:crypto";
import { sessionSecretKey } from "../auth/session";

/**
 * Calendar apps cannot send the session cookie, so a section's feed URL carries a token: HMAC-SHA256 of the
 * section id with the session secret. It grants reading that one feed and nothing else; changing the
 * secret revokes every subscription.
 */
export function calendarToken(sectionId: string): string {
  return createHmac("sha256", sessionSecretKey()).update(sectionId).digest("base64url");
}

export function isValidCalendarToken(sectionId: string, token: string | null | undefined): boolean {
  if (!token) return false;
  const expected = Buffer.from(calendarToken(sectionId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Relative feed path; pages prefix their own origin. */
export function calendarPath(sectionId: string): string {
  return `/api/calendar/${encodeURIComponent(sectionId)}?token=${calendarToken(sectionId)}`;
}
