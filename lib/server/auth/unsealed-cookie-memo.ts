import { createHash } from "node:crypto";

/**
 * Unsealing a session cookie (iron-session: two PBKDF2 key derivations and WebCrypto imports) was about a third of
 * the CPU a signed-in `{ __typename }` costs (#12). What it yields — the session id — is a pure function of the
 * cookie and the secret, so it is remembered per process: it cannot go stale and no other instance can change it.
 * Whether that session still counts (signed out, revoked, expired, idle, password changed) is NOT remembered: the
 * caller reads the session row on every request, so an ended session is refused on the very next one.
 *
 * Bounded (least recently used goes first) and short-lived, and keyed by a hash of the cookie so the memo holds
 * no cookie. Only cookies that unsealed are remembered: a stream of garbage cookies cannot evict real ones.
 */
export class UnsealedCookieMemo {
  private readonly entries = new Map<string, { sessionId: string; until: number }>();

  constructor(
    readonly capacity: number,
    readonly ttlMs: number,
  ) {}

  get(sealed: string, now = Date.now()): string | null {
    const key = keyOf(sealed);
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    if (entry.until <= now) return null;
    this.entries.set(key, entry); // most recently used goes last
    return entry.sessionId;
  }

  /** Remembers a cookie that unsealed to `sessionId`, never past the seal's own expiry. */
  set(sealed: string, sessionId: string, now = Date.now()): void {
    const key = keyOf(sealed);
    this.entries.delete(key);
    const expires = sealExpiry(sealed);
    this.entries.set(key, { sessionId, until: Math.min(now + this.ttlMs, expires ?? Infinity) });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}

const keyOf = (sealed: string) => createHash("sha256").update(sealed).digest("base64url");

/**
 * The expiry (ms since the epoch) an iron seal carries in its sixth field
 * (`Fe26.2*id*salt*iv*data*expiry*hmacSalt*hmac`, then iron-session's `~version`); null when it has none.
 */
export function sealExpiry(sealed: string): number | null {
  const field = sealed.split("~")[0].split("*")[5];
  return field && /^\d+$/.test(field) ? Number(field) : null;
}
