import { z } from "zod";
import { evidenceStore } from "../../../../lib/server/evidence/active-store";
import { findEvidenceFile } from "../../../../lib/server/evidence/find-evidence";
import { detectedType } from "../../../../lib/server/evidence/file-content";
import { AppError } from "../../../../lib/server/errors";
import { extensionOf, refuseContent } from "../../../../lib/validation/evidence";
import { id } from "../../../../lib/validation/primitives";
import { download, route } from "../../_lib/operation-route";
import { msg } from "../../../../lib/i18n/message-text";

/** Pictures shown in the browser tab; everything else (PDF and Office files included) downloads. */
const INLINE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);

/**
 * A stored evidence file, for whoever reads the target it backs, from the evidence store (EVIDENCE_STORE: the
 * database, so any instance serves it, or EVIDENCE_DIR). Always nosniff, with the type stored for its
 * extension. A picture opens inline only when its bytes are verified to be that picture (files stored before
 * uploads were checked included), and then with `Content-Security-Policy: sandbox`; anything else is an
 * attachment — PDFs too, since a sandboxed document cannot run the browsers' PDF viewers, and an unsandboxed
 * inline PDF would run in the site's origin. A file whose content does not match is sent as octet-stream.
 */
export const GET = route({
  name: "GET /api/evidence/[id]",
  roles: "SIGNED_IN",
  input: z.object({ id }),
  access: "read",
  resources: (i) => [{ kind: "evidence", id: i.id }],
  run: async ({ input }) => {
    const file = await findEvidenceFile(input.id);
    const bytes = file?.storagePath ? await evidenceStore().read({ storagePath: file.storagePath, sha256: file.sha256 }) : null;
    if (!file || !bytes) throw new AppError("NOT_FOUND", msg("notFound", { what: msg("noun.file") }));
    const ext = extensionOf(file.storagePath ?? "");
    const verified = refuseContent(`x${ext}`, await detectedType(bytes)) === null;
    const type = verified && file.mimeType ? file.mimeType : "application/octet-stream";
    const inline = verified && INLINE_TYPES.has(type);
    return download(bytes, type, file.title, `evidence${verified ? ext : ""}`, inline ? "inline" : "attachment", {
      "Cache-Control": "private, max-age=3600",
      ...(inline ? { "Content-Security-Policy": "sandbox" } : {}),
    });
  },
});
