import { fileTypeFromBuffer, fileTypeFromFile } from "file-type/node";
import { refuseContent } from "../../validation/evidence";

/**
 * What a file's bytes are, by their magic numbers (file-type; ZIP packages are looked into, so a .docx is
 * "docx" and a plain ZIP "zip"); undefined when nothing is recognised or the content cannot be read.
 */
export async function detectedType(source: string | Uint8Array): Promise<string | undefined> {
  try {
    const type = typeof source === "string" ? await fileTypeFromFile(source) : await fileTypeFromBuffer(source);
    return type?.ext;
  } catch {
    return undefined;
  }
}

/** A Chinese reason the content (a staged file's path, or bytes) does not match the name's extension, or null. */
export async function refuseFileContent(fileName: string, source: string | Uint8Array): Promise<string | null> {
  return refuseContent(fileName, await detectedType(source));
}
