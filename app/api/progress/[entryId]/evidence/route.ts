import type { NextRequest } from "next/server";
import { uploadEvidence } from "../../../evidence-upload";

/** Evidence files for one report. */
export async function POST(req: NextRequest, { params }: { params: Promise<{ entryId: string }> }) {
  return uploadEvidence(req, { entryId: (await params).entryId });
}
