import { evidenceUploadRoute } from "../../../_lib/evidence-upload";

/** Evidence files for one report. */
export const POST = evidenceUploadRoute("POST /api/progress/[entryId]/evidence", "entry");
