import type { NextRequest } from "next/server";
import { uploadEvidence } from "../../../evidence-upload";

/** Evidence files for one named item of a count target (逐项登记). */
export async function POST(req: NextRequest, { params }: { params: Promise<{ itemId: string }> }) {
  return uploadEvidence(req, { itemId: (await params).itemId });
}
