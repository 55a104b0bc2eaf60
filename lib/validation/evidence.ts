import { text } from "./primitives";
/**
 * What may be uploaded as 佐证材料: documents and pictures a bureau actually files (批复文件, 照片, 台账).
 * The extension decides the type (browsers report Office types inconsistently); the size cap keeps the
 * disk from filling up. Both are configurable: EVIDENCE_MAX_MB.
 */
export const EVIDENCE_TYPES: Record<string, string> = {
  ".pdf": "application/pdf",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".doc": "application/msword",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".xls": "application/vnd.ms-excel",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".ppt": "application/vnd.ms-powerpoint",
  ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ".wps": "application/vnd.ms-works",
  ".ofd": "application/ofd",
};

export const EVIDENCE_ACCEPT = Object.keys(EVIDENCE_TYPES).join(",");

export function evidenceMaxBytes(): number {
  const mb = Number(process.env.EVIDENCE_MAX_MB ?? 20);
  return (Number.isFinite(mb) && mb > 0 ? mb : 20) * 1024 * 1024;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot).toLowerCase();
}

/** Returns a Chinese reason the file is refused, or null when it is acceptable. */
export function refuseFile(fileName: string, sizeBytes: number, maxBytes = evidenceMaxBytes()): string | null {
  const ext = extensionOf(fileName);
  if (!EVIDENCE_TYPES[ext]) return `不支持的文件类型「${ext || "无扩展名"}」：仅限 PDF、图片和 Office 文件`;
  if (sizeBytes === 0) return "文件为空";
  if (sizeBytes > maxBytes) return `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB 上限`;
  return null;
}

/** Links must be web addresses: a "javascript:" or file path would be unsafe or useless to others. */
export function refuseLink(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? null : "链接必须以 http:// 或 https:// 开头";
  } catch {
    return "链接格式不正确";
  }
}

/** A link as evidence (佐证), as the operations take it: the address and a title; refuseLink checks the scheme. */
export const evidenceLink = { url: text(2000), title: text(200).nullish() };
