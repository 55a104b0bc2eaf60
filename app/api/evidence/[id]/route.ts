import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { evidenceDir } from "../../../../lib/server/evidence/add-evidence";
import { findEvidenceFile } from "../../../../lib/server/evidence/find-evidence";
import { AppError } from "../../../../lib/server/errors";
import { id } from "../../../../lib/validation/primitives";
import { download, route } from "../../_lib/operation-route";

/** A stored evidence file, for whoever reads the target it backs; PDFs and pictures open inline, others download. */
export const GET = route({
  name: "GET /api/evidence/[id]",
  roles: "SIGNED_IN",
  input: z.object({ id }),
  access: "read",
  resources: (i) => [{ kind: "evidence", id: i.id }],
  run: async ({ input }) => {
    const file = await findEvidenceFile(input.id);
    const bytes = file?.storagePath ? await fs.readFile(path.join(evidenceDir(), file.storagePath)).catch(() => null) : null;
    if (!file || !bytes) throw new AppError("NOT_FOUND", "文件不存在");
    const inline = file.mimeType === "application/pdf" || file.mimeType?.startsWith("image/");
    return download(
      new Uint8Array(bytes),
      file.mimeType ?? "application/octet-stream",
      file.title,
      "evidence",
      inline ? "inline" : "attachment",
      {
        "Cache-Control": "private, max-age=3600",
      },
    );
  },
});
