import type { NextRequest } from "next/server";
import { SESSION_COOKIE, userFromSealedSession } from "../../../../../lib/server/auth/session";
import { addEvidence } from "../../../../../lib/server/evidence/add-evidence";
import { AppError } from "../../../../../lib/server/errors";

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/** Multipart upload of evidence files for one named item of a count target (逐项登记); the rules are the service's. */
export async function POST(req: NextRequest, { params }: { params: Promise<{ itemId: string }> }) {
  const { itemId } = await params;
  const user = await userFromSealedSession(req.cookies.get(SESSION_COOKIE)?.value);
  if (!user) return Response.json({ error: { code: "UNAUTHENTICATED", message: "请先登录" } }, { status: 401 });
  const form = await req.formData();
  const files = form.getAll("file").filter((f): f is File => typeof f !== "string");
  if (files.length === 0) return Response.json({ error: { code: "BAD_USER_INPUT", message: "请选择文件" } }, { status: 400 });
  try {
    const saved = [];
    for (const file of files) {
      saved.push(await addEvidence({ user, itemId, kind: "FILE", fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }));
    }
    return Response.json({ evidence: saved.map((e) => ({ id: e.id, title: e.title, sizeBytes: e.sizeBytes })) });
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return Response.json({ error: { code: e.code, message: e.message } }, { status: STATUS[e.code] ?? 400 });
  }
}
