import type { NextRequest } from "next/server";
import { SESSION_COOKIE, userFromSealedSession } from "../../lib/server/auth/session";
import { addEvidence } from "../../lib/server/evidence/add-evidence";
import { isAppError } from "../../lib/server/errors";

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, PERIOD_LOCKED: 409, CONFLICT: 409 };

/**
 * Multipart upload of evidence files for a report or a named item (GraphQL has no file type; the rules are
 * the service's, lib/server/evidence/add-evidence.ts). Refusals answer with the service's code and message.
 */
export async function uploadEvidence(req: NextRequest, parent: { entryId: string } | { itemId: string }): Promise<Response> {
  const user = await userFromSealedSession(req.cookies.get(SESSION_COOKIE)?.value);
  if (!user) return Response.json({ error: { code: "UNAUTHENTICATED", message: "请先登录" } }, { status: 401 });
  const form = await req.formData();
  const files = form.getAll("file").filter((f): f is File => typeof f !== "string");
  if (files.length === 0) return Response.json({ error: { code: "BAD_USER_INPUT", message: "请选择文件" } }, { status: 400 });
  try {
    const saved = [];
    for (const file of files) {
      saved.push(await addEvidence({ ...parent, user, kind: "FILE", fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }));
    }
    return Response.json({ evidence: saved.map((e) => ({ id: e.id, title: e.title, sizeBytes: e.sizeBytes })) });
  } catch (e) {
    if (!isAppError(e)) throw e;
    return Response.json({ error: { code: e.code, message: e.message } }, { status: STATUS[e.code] ?? 400 });
  }
}
