/**
 * A 303 redirect to a same-site path on the host the browser used. Next rewrites relative Locations
 * against its own idea of the origin ("localhost"), which would leave the host the browser used
 * (e.g. 127.0.0.1) — and the session cookie set for it — behind.
 */
export function seeOther(req: Request, path: string): Response {
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  const proto = req.headers.get("x-forwarded-proto") ?? new URL(req.url).protocol.replace(":", "");
  const location = host ? new URL(path, `${proto}://${host}`).toString() : path;
  return new Response(null, { status: 303, headers: { Location: location } });
}
