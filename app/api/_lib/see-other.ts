import { requestOrigin, safeNextPath } from "../../../lib/server/auth/safe-redirect";

/**
 * A 303 redirect to a path on this site, on the host the browser used. Next rewrites relative Locations
 * against its own idea of the origin ("localhost"), which would leave the host the browser used (e.g.
 * 127.0.0.1) — and the session cookie set for it — behind. The path is checked again (safeNextPath).
 */
export function seeOther(req: Request, path: string): Response {
  return new Response(null, { status: 303, headers: { Location: new URL(safeNextPath(path), requestOrigin(req)).toString() } });
}
