export { fill } from "../../lib/i18n/format";
import { GraphQLRequestError } from "../../lib/client/graphql-request";

export type Outcome = { kind: "error" | "success"; text: string } | null;

/** A failed call → the fields the server named and the message (always shown: it may name other targets). */
export function failure(err: unknown): { fields: Record<string, string>; text: string } {
  const text = err instanceof Error ? err.message : String(err);
  const fields = err instanceof GraphQLRequestError ? ((err.extensions.fields as Record<string, string> | undefined) ?? {}) : {};
  return { fields, text };
}

/** A file's bytes as base64, in chunks so large files do not overflow the call stack. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
