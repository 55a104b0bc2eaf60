import { z } from "zod";
import { addEvidenceFiles, findEvidenceParent } from "../../../lib/server/evidence/add-evidence";
import { receiveEvidenceFiles } from "../../../lib/server/evidence/receive-files";
import { isAppError, localizedError } from "../../../lib/server/errors";
import { LOCALE_COOKIE, toLocale } from "../../../lib/i18n/messages";
import { id } from "../../../lib/validation/primitives";
import { route } from "./operation-route";

/**
 * Multipart upload of evidence files for a report, a named item or a rectification answer (GraphQL has no file type), declared like the
 * addEvidenceLink / addItemEvidenceLink operations: the same roles and section ownership of the target. The
 * target is checked before the body is read; the body is streamed to disk under the limits of
 * lib/server/evidence/receive-files.ts (per file, per request, files per request; content must match the
 * extension) and the files are stored all or none. A size cap answers 413, other refusals 400, both as
 * `{ error: { code: "BAD_USER_INPUT", message, fields, limit? } }`.
 */
export function evidenceUploadRoute(name: string, parent: "entry" | "item" | "rectification") {
  return route(
    {
      name,
      roles: ["SECTION_HEAD", "ADMIN"],
      input: z.object({ entryId: id.optional(), itemId: id.optional(), rectificationId: id.optional() }),
      access: "report",
      // the path names one of the two; the other is absent (and claims nothing)
      resources: (i) => [
        { kind: "entry", id: i.entryId },
        { kind: "item", id: i.itemId },
        { kind: "rectification", id: i.rectificationId },
      ],
      audit: "ADD_EVIDENCE",
      run: async ({ user, input, request }) => {
        const on =
          parent === "entry"
            ? { entryId: input.entryId! }
            : parent === "item"
              ? { itemId: input.itemId! }
              : { rectificationId: input.rectificationId! };
        try {
          await findEvidenceParent({ ...on, user });
          const files = await receiveEvidenceFiles(request);
          const saved = await addEvidenceFiles({ ...on, user, files });
          return Response.json({ evidence: saved.map((e) => ({ id: e.id, title: e.title, sizeBytes: e.sizeBytes })) });
        } catch (e) {
          if (isAppError(e) && e.details?.limit) {
            const { message, details } = localizedError(e, toLocale(request.cookies.get(LOCALE_COOKIE)?.value));
            return Response.json({ error: { code: e.code, message, ...details } }, { status: 413 });
          }
          throw e;
        }
      },
    },
    { errors: "json" },
  );
}
