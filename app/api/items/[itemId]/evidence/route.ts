import { evidenceUploadRoute } from "../../../_lib/evidence-upload";

/** Evidence files for one named item of a count target (逐项登记). */
export const POST = evidenceUploadRoute("POST /api/items/[itemId]/evidence", "item");
