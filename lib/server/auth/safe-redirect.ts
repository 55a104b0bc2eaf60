/** Where a user with a temporary or expired password is sent first (after sign-in, and by every page until then). */
export const PASSWORD_PAGE = "/account/password";

/**
 * Where a redirect after sign-in may go: a path on this site only. Browsers read `/\evil.example` as
 * `//evil.example` and drop tabs and newlines inside URLs, so a prefix check on "/" is not enough: the value is
 * resolved against a placeholder origin and must stay on it; anything else (another origin, backslashes,
 * control characters, an overlong value) goes to "/".
 */
const PLACEHOLDER = "http://same-site.invalid";

export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return "/";
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(value) || !value.startsWith("/") || value.startsWith("//")) return "/";
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER);
  } catch {
    return "/";
  }
  return url.origin === PLACEHOLDER ? `${url.pathname}${url.search}${url.hash}` : "/";
}

/**
 * The origin the browser used, for absolute redirects. X-Forwarded-Host / -Proto are believed only when
 * TRUST_PROXY=true (the app runs behind a reverse proxy that sets them); otherwise a forged header would
 * choose where the redirect goes. A Host that is not a plain host[:port] falls back to the request URL's.
 */
export function requestOrigin(req: Request, trustProxy = process.env.TRUST_PROXY === "true"): string {
  const url = new URL(req.url);
  const forwardedHost = trustProxy ? req.headers.get("x-forwarded-host")?.split(",")[0].trim() : null;
  const forwardedProto = trustProxy ? req.headers.get("x-forwarded-proto")?.split(",")[0].trim() : null;
  const host = forwardedHost || req.headers.get("host") || url.host;
  if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)) return url.origin;
  const proto = (forwardedProto || url.protocol.replace(":", "")) === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

/**
 * The client's address for the sign-in throttle and the audit row: the last X-Forwarded-For entry, which is the
 * one the nearest hop added — the reverse proxy's view of the client with TRUST_PROXY=true, Next's own socket
 * address when the app is reached directly. (A client reaching Next directly can put its own entry first, which
 * is why the last one is taken; the per-account throttle does not depend on the address at all.)
 */
export function clientAddress(req: Request): string {
  const entries = (req.headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim());
  const last = entries[entries.length - 1] ?? "";
  return /^[0-9A-Fa-f:.]{2,45}$/.test(last) ? last : "unknown";
}
