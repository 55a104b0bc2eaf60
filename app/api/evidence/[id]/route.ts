import fs from "node:fs/promises";
import path from "node:path";
import type { NextRequest } from "next/server";
import { SESSION_COOKIE, userFromSealedSession } from "../../../../lib/server/auth/session";
import { evidenceDir } from "../../../../lib/server/evidence/add-evidence";
import { findEvidenceFile } from "../../../../lib/server/evidence/find-evidence";

/** Serves a stored evidence file to signed-in users; PDFs and pictures open inline, others download. */
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await userFromSealedSession(req.cookies.get(SESSION_COOKIE)?.value);
  if (!user) return new Response("请先登录", { status: 401 });
  const { id } = await params;
  const file = await findEvidenceFile(id);
  if (!file?.storagePath) return new Response("文件不存在", { status: 404 });
  const bytes = await fs.readFile(path.join(evidenceDir(), file.storagePath)).catch(() => null);
  if (!bytes) return new Response("文件不存在", { status: 404 });
  const inline = file.mimeType === "application/pdf" || file.mimeType?.startsWith("image/");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": file.mimeType ?? "application/octet-stream",
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.title)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=3600",
    },
  });
}
