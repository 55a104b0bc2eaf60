import { z } from "zod";
import { addEvidence } from "../../../lib/server/evidence/add-evidence";
import { AppError } from "../../../lib/server/errors";
import { id } from "../../../lib/validation/primitives";
import { route } from "./operation-route";

/**
 * Multipart upload of evidence files for a report or a named item (GraphQL has no file type), declared like the
 * addEvidenceLink / addItemEvidenceLink operations: the same roles and section ownership of the target. The file
 * rules (types, size) are the service's, lib/server/evidence/add-evidence.ts.
 */
export function evidenceUploadRoute(name: string, parent: "entry" | "item") {
  return route(
    {
      name,
      roles: ["SECTION_HEAD", "ADMIN"],
      input: z.object({ entryId: id.optional(), itemId: id.optional() }),
      access: "report",
      // the path names one of the two; the other is absent (and claims nothing)
      resources: (i) => [
        { kind: "entry", id: i.entryId },
        { kind: "item", id: i.itemId },
      ],
      audit: "ADD_EVIDENCE",
      run: async ({ user, input, request }) => {
        const form = await request.formData();
        const files = form.getAll("file").filter((f): f is File => typeof f !== "string");
        if (files.length === 0) throw new AppError("BAD_USER_INPUT", "请选择文件");
        const saved = [];
        for (const file of files) {
          const bytes = new Uint8Array(await file.arrayBuffer());
          const on = parent === "entry" ? { entryId: input.entryId! } : { itemId: input.itemId! };
          saved.push(await addEvidence({ ...on, user, kind: "FILE", fileName: file.name, bytes }));
        }
        return Response.json({ evidence: saved.map((e) => ({ id: e.id, title: e.title, sizeBytes: e.sizeBytes })) });
      },
    },
    { errors: "json" },
  );
}
