import { z } from "zod";
import { exportReviewPack } from "../../../../../lib/server/export/export-review-pack";
import { id } from "../../../../../lib/validation/primitives";
import { download, route } from "../../../_lib/operation-route";

/** 导出复核包: XLSX by default, ?format=csv for the main sheet as UTF-8 CSV; whoever reads the review. */
export const GET = route({
  name: "GET /api/reviews/[reviewId]/pack",
  roles: "SIGNED_IN",
  input: z.object({ reviewId: id, format: z.enum(["xlsx", "csv"]).catch("xlsx") }),
  access: "read",
  resources: (i) => [{ kind: "review", id: i.reviewId }],
  run: async ({ input }) => {
    const pack = await exportReviewPack(input);
    const body = typeof pack.body === "string" ? pack.body : new Uint8Array(pack.body);
    return download(body, pack.contentType, pack.fileName, pack.asciiName);
  },
});
