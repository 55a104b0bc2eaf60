import { msg } from "../../i18n/message-text";
/**
 * Reading a request body without trusting it: at most `maxBytes` are read (a larger Content-Length is refused
 * before reading anything, and reading stops as soon as the stream passes the cap), the bytes must be UTF-8,
 * and a JSON body must parse. Every refusal is a status and a typed code, never a thrown 500.
 */
export type BodyRefusal = {
  ok: false;
  status: 400 | 413 | 415;
  code: "BAD_REQUEST" | "PAYLOAD_TOO_LARGE";
  message: string;
};
export type BodyResult<T> = { ok: true; value: T } | BodyRefusal;

export function tooLarge(maxBytes: number): BodyRefusal {
  return { ok: false, status: 413, code: "PAYLOAD_TOO_LARGE", message: msg("body.tooLarge", { max: Math.round(maxBytes / 1024) }) };
}

function badRequest(message: string, status: 400 | 415 = 400): BodyRefusal {
  return { ok: false, status, code: "BAD_REQUEST", message };
}

/** Whether the declared Content-Length already exceeds the cap (nothing needs reading to refuse it). */
export function declaredTooLarge(headers: Headers, maxBytes: number): boolean {
  const declared = headers.get("content-length");
  if (declared === null) return false;
  const n = Number(declared);
  return !Number.isFinite(n) || n > maxBytes;
}

/** The body's bytes, up to `maxBytes`; past that the stream is cancelled and the answer is 413. */
export async function readBodyCapped(req: Request, maxBytes: number): Promise<BodyResult<Uint8Array>> {
  if (declaredTooLarge(req.headers, maxBytes)) return tooLarge(maxBytes);
  if (!req.body) return { ok: true, value: new Uint8Array(0) };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => {});
        return tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } catch {
    return badRequest(msg("body.unreadable"));
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, value: bytes };
}

/** The media type of a Content-Type header, lower-cased, and its charset parameter if any. */
export function mediaType(contentType: string | null): { essence: string; charset: string | null } | null {
  if (!contentType) return null;
  const [essence, ...params] = contentType.split(";").map((p) => p.trim());
  const charset = params.map((p) => p.match(/^charset\s*=\s*"?([^";]+)"?$/i)?.[1]).find(Boolean);
  return { essence: essence.toLowerCase(), charset: charset ? charset.toLowerCase() : null };
}

/**
 * A JSON object body (UTF-8; a charset other than utf-8 is 415). Empty bodies, invalid UTF-8, malformed JSON
 * (NaN, NUL bytes, truncated text) and anything but an object (arrays: no batching; strings; numbers; null)
 * are 400.
 */
export async function readJsonObject(req: Request, maxBytes: number): Promise<BodyResult<Record<string, unknown>>> {
  const type = mediaType(req.headers.get("content-type"));
  if (type?.charset && type.charset !== "utf-8" && type.charset !== "utf8") return badRequest(msg("body.charset"), 415);
  const bytes = await readBodyCapped(req, maxBytes);
  if (!bytes.ok) return bytes;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.value);
  } catch {
    return badRequest(msg("body.notUtf8"));
  }
  if (text.trim() === "") return badRequest(msg("body.empty"));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return badRequest(msg("body.notJson"));
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return badRequest(msg("body.notObject"));
  }
  return { ok: true, value: parsed as Record<string, unknown> };
}
