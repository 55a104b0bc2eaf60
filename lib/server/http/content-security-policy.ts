/**
 * The Content-Security-Policy of a page (#11), built per request by proxy.ts. Pure and without imports: the proxy
 * runs before routing, apart from the app's modules, and the unit test calls it directly.
 *
 * Scripts run only with this response's nonce: Next reads it from the request's CSP header and puts it on its
 * bootstrap, chunk and inline (flight data) scripts; 'strict-dynamic' lets those load the chunks they import.
 * No 'unsafe-inline' for scripts, so injected markup — a <script>, an on…= handler, even a <script src> of the
 * site's own — does not run: browsers that know 'strict-dynamic' ignore 'self', which is only the fallback of
 * older ones. 'strict-dynamic' does trust every script element that trusted code creates (createElement),
 * inline ones included, so the app must never build a <script> from data. No 'unsafe-eval' in production: zod 4
 * probes for eval once (`new Function("")` in a try) and takes its non-JIT path when it is refused.
 *
 * Styles: style-src keeps 'unsafe-inline'. The server HTML carries style attributes wherever React renders a
 * `style={{…}}` prop (the pages' own, recharts' chart wrappers, legends and tooltips), and Next's built-in 404
 * and error pages write an unnonced <style> element (a nonce-only style-src-elem blocked it, with a violation on
 * every unknown URL). Injected CSS cannot send anything away: images, fonts and connections are 'self' only.
 */

export interface PolicyOptions {
  /** this response's nonce (base64) */
  nonce: string;
  /** served over HTTPS (HSTS=true): ask browsers to upgrade any http: subresource */
  https?: boolean;
  /** `next dev`: React reconstructs server error stacks with eval() (never in production builds) */
  development?: boolean;
}

/** A fresh, unpredictable nonce: 16 random bytes from the platform's CSPRNG, base64 (24 characters). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The directives as [name, …sources] in the order they are sent. */
export function policyDirectives({ nonce, https = false, development = false }: PolicyOptions): string[][] {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(nonce)) throw new Error("CSP nonce must be base64");
  return [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"]] : []),
  ];
}

/** The header value: directives joined by "; ". */
export function contentSecurityPolicy(options: PolicyOptions): string {
  return policyDirectives(options)
    .map((d) => d.join(" "))
    .join("; ");
}
