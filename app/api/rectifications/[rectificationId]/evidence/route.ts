import { evidenceUploadRoute } from "../../../_lib/evidence-upload";

/** Evidence files for a section's answer to a rectification notice (整改情况). */
export const POST = evidenceUploadRoute("POST /api/rectifications/[rectificationId]/evidence", "rectification");
