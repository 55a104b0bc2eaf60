import { hasControlCharacters, singleLine } from "./primitives";
import { msg } from "../i18n/message-text";
/**
 * What may be uploaded as 佐证材料: documents and pictures a bureau actually files (批复文件, 照片, 台账).
 * The extension decides the stored type (browsers report Office types inconsistently) and the content must
 * match it (EVIDENCE_CONTENT, checked on the server from the file's leading bytes); the size caps keep the disk
 * from filling up: EVIDENCE_MAX_MB per file (20), EVIDENCE_REQUEST_MAX_MB per upload (40), 5 files per upload.
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

/**
 * What the content of each allowed extension must be detected as (file-type's names, from the magic bytes):
 * Office 2007+ files are ZIP packages detected by their content types, the older binary Office and WPS files
 * are OLE compound files (cfb), OFD (GB/T 33190) is a ZIP package. Every allowed extension has a signature, so
 * content nothing recognises is refused; a text format (.txt, .csv) would need a rule of its own (valid UTF-8
 * without NUL) before it could be listed here.
 */
export const EVIDENCE_CONTENT: Record<string, readonly string[]> = {
  ".pdf": ["pdf"],
  ".png": ["png", "apng"],
  ".jpg": ["jpg"],
  ".jpeg": ["jpg"],
  ".gif": ["gif"],
  ".webp": ["webp"],
  ".doc": ["cfb"],
  ".docx": ["docx"],
  ".xls": ["cfb"],
  ".xlsx": ["xlsx"],
  ".ppt": ["cfb"],
  ".pptx": ["pptx"],
  ".wps": ["cfb"],
  ".ofd": ["zip"],
};

export const EVIDENCE_ACCEPT = Object.keys(EVIDENCE_TYPES).join(",");

/** Files per upload request. */
export const EVIDENCE_MAX_FILES = 5;

/** The longest stored file name, in characters (the extension is kept when a longer one is cut). */
export const FILE_NAME_MAX = 200;

function megabytes(name: string, fallback: number): number {
  const mb = Number(process.env[name] ?? fallback);
  return (Number.isFinite(mb) && mb > 0 ? mb : fallback) * 1024 * 1024;
}

export function evidenceMaxBytes(): number {
  return megabytes("EVIDENCE_MAX_MB", 20);
}

/** The files of one upload together (never less than one file's cap). */
export function evidenceRequestMaxBytes(): number {
  return Math.max(megabytes("EVIDENCE_REQUEST_MAX_MB", 40), evidenceMaxBytes());
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot).toLowerCase();
}

export function formatMegabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * The name a file is stored and shown under: its last path component (browsers and tools may send
 * "C:\Users\…\a.pdf" or "../a.pdf"), without control and invisible formatting characters (newlines, NUL,
 * right-to-left overrides that would disguise the extension), trimmed, at most FILE_NAME_MAX characters.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  const clean = base.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, "").trim();
  const chars = [...clean];
  if (chars.length <= FILE_NAME_MAX) return clean;
  const ext = [...extensionOf(clean)];
  const keep = ext.length > 0 && ext.length <= 16 ? ext : [];
  return (
    chars
      .slice(0, FILE_NAME_MAX - keep.length)
      .join("")
      .trimEnd() + keep.join("")
  );
}

/** Whether the file's name has an allowed extension; the reason (a catalogue message) when not. */
export function refuseFileName(fileName: string): string | null {
  const ext = extensionOf(fileName);
  if (!EVIDENCE_TYPES[ext]) return msg("evidence.fileType", { ext: ext || msg("evidence.noExtension") });
  return null;
}

/** The reason the file is refused (a catalogue message), or null when it is acceptable. */
export function refuseFile(fileName: string, sizeBytes: number, maxBytes = evidenceMaxBytes()): string | null {
  const refused = refuseFileName(fileName);
  if (refused) return refused;
  if (sizeBytes === 0) return msg("evidence.fileEmpty");
  if (sizeBytes > maxBytes) return msg("evidence.fileTooLarge", { max: formatMegabytes(maxBytes) });
  return null;
}

/**
 * Whether the content's detected type (file-type's extension name, undefined when nothing was recognised)
 * is what the file's extension promises: a program renamed 报告.pdf is refused.
 */
export function refuseContent(fileName: string, detected: string | undefined): string | null {
  const allowed = EVIDENCE_CONTENT[extensionOf(fileName)];
  if (!allowed) return refuseFileName(fileName) ?? msg("evidence.typeUnsupported");
  if (detected && allowed.includes(detected)) return null;
  return msg("evidence.contentMismatch", { detected: detected ?? msg("evidence.unrecognised") });
}

/** The longest link (a URL) and link title kept as evidence. */
export const MAX_LINK_LENGTH = 2000;
export const MAX_LINK_TITLE_LENGTH = 200;

/**
 * Links must be web addresses: a "javascript:" or file path would be unsafe or useless to others; at most
 * MAX_LINK_LENGTH characters and without control characters (the services call this too, so no path stores a
 * 1 MB link).
 */
export function refuseLink(url: string): string | null {
  if (url.length > MAX_LINK_LENGTH) return msg("v.maxChars", { what: msg("field.link"), max: MAX_LINK_LENGTH });
  if (hasControlCharacters(url)) return msg("v.controlCharacters", { what: msg("field.link") });
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? null : msg("link.schemeMust");
  } catch {
    return msg("link.malformed");
  }
}

/** A link as evidence (佐证), as the operations take it: the address and a title; refuseLink checks the scheme. */
export const evidenceLink = {
  url: singleLine(MAX_LINK_LENGTH, msg("field.link")),
  title: singleLine(MAX_LINK_TITLE_LENGTH, msg("field.title")).nullish(),
};
