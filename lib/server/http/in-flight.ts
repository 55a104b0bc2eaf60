/**
 * A cap on requests in flight at once, per key (a signed-in user, or a client address), plus a ceiling on all
 * anonymous requests together. It lives in this process's memory: each server instance counts its own, so
 * behind N instances a user can have N × the cap in flight. A request over the cap is refused at once (the
 * caller answers 429 with Retry-After) rather than queued, so a burst cannot pile up work behind it.
 */
export class InFlightLimiter {
  private readonly counts = new Map<string, number>();
  private anonymous = 0;

  constructor(
    readonly perKey: number,
    readonly anonymousTotal: number,
  ) {}

  /** A release function when a slot is free, otherwise null. Releasing twice is harmless. */
  tryAcquire(key: string, anonymous: boolean): (() => void) | null {
    const held = this.counts.get(key) ?? 0;
    if (held >= this.perKey || (anonymous && this.anonymous >= this.anonymousTotal)) return null;
    this.counts.set(key, held + 1);
    if (anonymous) this.anonymous++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.counts.get(key) ?? 1) - 1;
      if (left > 0) this.counts.set(key, left);
      else this.counts.delete(key);
      if (anonymous) this.anonymous--;
    };
  }

  /** Requests in flight for `key` (all keys when omitted). */
  inFlight(key?: string): number {
    if (key !== undefined) return this.counts.get(key) ?? 0;
    let total = 0;
    for (const n of this.counts.values()) total += n;
    return total;
  }
}

/**
 * The client address for an anonymous caller's key: the last X-Forwarded-For hop. Next sets that header to the
 * socket's address when the client sent none; behind a reverse proxy (TRUST_PROXY=true) the proxy appends
 * the address it saw. Without a proxy a client can forge the header — which is why anonymous requests also
 * share one ceiling (InFlightLimiter.anonymousTotal).
 */
export function clientAddress(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const last = hops.at(-1) ?? headers.get("x-real-ip") ?? "unknown";
  return last.slice(0, 64);
}

/** The key a request counts against: its user, or its address when anonymous. */
export function inFlightKey(userId: string | null, headers: Headers): { key: string; anonymous: boolean } {
  return userId ? { key: `user:${userId}`, anonymous: false } : { key: `addr:${clientAddress(headers)}`, anonymous: true };
}
