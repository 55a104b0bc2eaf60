import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import busboy from "busboy";
import { AppError, isAppError } from "../errors";
import {
  cleanFileName,
  EVIDENCE_MAX_FILES,
  evidenceMaxBytes,
  evidenceRequestMaxBytes,
  formatMegabytes,
  refuseFileName,
} from "../../validation/evidence";
import { discardStaged, openStaging, type StagedFile } from "./evidence-store";
import { refuseFileContent } from "./file-content";
import { msg } from "../../i18n/message-text";

export interface UploadLimits {
  /** bytes of one file */
  fileBytes: number;
  /** bytes of all files of one request together */
  requestBytes: number;
  /** files in one request */
  files: number;
}

export function uploadLimits(): UploadLimits {
  return { fileBytes: evidenceMaxBytes(), requestBytes: evidenceRequestMaxBytes(), files: EVIDENCE_MAX_FILES };
}

/** What a body may carry besides the files' bytes: boundaries, part headers, a few small fields. */
const FRAMING_BYTES = 64 * 1024;
const FIELDS = 10;
const FIELD_BYTES = 1024;
const MALFORMED = msg("upload.malformed");

/** Which cap a refusal hit; the upload route answers these with 413 (Payload Too Large). */
export type UploadLimit = "file" | "request";

function refusal(message: string, limit?: UploadLimit): AppError {
  return new AppError("BAD_USER_INPUT", message, limit ? { fields: { file: message }, limit } : { fields: { file: message } });
}

const requestTooLarge = (limits: UploadLimits) =>
  refusal(msg("upload.requestTooLarge", { max: formatMegabytes(limits.requestBytes) }), "request");
const fileTooLarge = (fileName: string, limits: UploadLimits) =>
  refusal(msg("upload.fileTooLarge", { name: fileName, max: formatMegabytes(limits.fileBytes) }), "file");

/** A file-system failure (disk full, permissions) is the server's, not a malformed upload. */
const isSystemError = (e: unknown) => e instanceof Error && typeof (e as NodeJS.ErrnoException).syscall === "string";

/** Counts the bytes going through and fails with `error()` once `max` is passed. */
function meter(max: number, error: () => Error, onChunk?: (chunk: Buffer) => Error | null): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      seen += chunk.length;
      if (seen > max) return done(error());
      const refused = onChunk?.(chunk);
      if (refused) return done(refused);
      done(null, chunk);
    },
  });
}

/**
 * Reads the "file" parts of a multipart upload as it streams in, never holding a file in memory: each file is
 * hashed (SHA-256) while it is written to the staging folder. Limits are enforced as the bytes arrive — a
 * declared Content-Length over the request cap is refused before anything is read; a file over the per-file
 * cap, the files together over the request cap, too many files or fields, or a body over the cap stop the
 * reading at once (the request stream is destroyed). The content of each file must match its extension.
 * All or nothing: on any refusal every staged file is removed and the AppError thrown (details.limit names a
 * size cap); on success the caller owns the staged files (addEvidenceFiles moves or removes them).
 */
export async function receiveEvidenceFiles(
  request: Request,
  limits: UploadLimits = uploadLimits(),
  /** which names are accepted (default: the evidence types); a Chinese reason for one that is not */
  refuseName: (fileName: string) => string | null = refuseFileName,
): Promise<StagedFile[]> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) throw refusal(msg("upload.multipart"));
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limits.requestBytes + FRAMING_BYTES) throw requestTooLarge(limits);
  if (!request.body) throw refusal(msg("upload.chooseFile"));

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      // browsers send file names as raw UTF-8 (busboy's default would read them as Latin-1)
      defParamCharset: "utf8",
      limits: {
        // one byte over the cap is how busboy reports "over" (its limit fires on reaching fileSize)
        fileSize: limits.fileBytes + 1,
        files: limits.files,
        fields: FIELDS,
        fieldSize: FIELD_BYTES,
        parts: limits.files + FIELDS,
        headerPairs: 20,
      },
    });
  } catch {
    throw refusal(MALFORMED);
  }

  const dir = await openStaging();
  const source = Readable.fromWeb(request.body as NodeWebStream<Uint8Array>);
  const staged: StagedFile[] = [];
  const writes: Promise<void>[] = [];
  let failure: unknown = null;
  let filesBytes = 0;
  /**
   * The first refusal wins. Destroying the source cancels the request's stream (nothing more is read) and the
   * parser with it (its file stream, hence the write in progress, fails). Their errors are answered through
   * `failure`, also when a stream has already finished and the pipeline no longer listens. The destroying
   * waits for the current tick: busboy raises its events (limit, filesLimit, file) in the middle of its own
   * bookkeeping, which must not find itself destroyed.
   */
  const stop = (e: unknown) => {
    failure ??= e;
    process.nextTick(() => {
      source.destroy();
      parser.destroy();
    });
  };
  const ignore = () => {};
  /** a refusal raised inside a stream is recorded at once, before the errors it causes downstream */
  const noted = (e: AppError) => {
    failure ??= e;
    return e;
  };

  parser.on("file", (field, stream, info) => {
    stream.on("error", ignore); // destroyed with the parser when the upload is refused; answered through `failure`
    if (failure !== null || !info.filename) {
      stream.resume(); // an empty file input sends a part without a name; nothing to store
      return;
    }
    const fileName = cleanFileName(info.filename);
    const refused = field === "file" ? refuseName(fileName) : msg("upload.wrongField");
    if (refused) {
      stream.resume();
      return stop(refusal(msg("upload.namedProblem", { name: fileName, problem: refused })));
    }
    const file: StagedFile = { fileName, tempPath: path.join(dir, `${randomUUID()}.part`), sha256: "", sizeBytes: 0 };
    staged.push(file);
    const hash = createHash("sha256");
    stream.on("limit", () => stop(fileTooLarge(fileName, limits)));
    const counted = meter(
      limits.fileBytes,
      () => noted(fileTooLarge(fileName, limits)),
      (chunk) => {
        file.sizeBytes += chunk.length;
        filesBytes += chunk.length;
        if (filesBytes > limits.requestBytes) return noted(requestTooLarge(limits));
        hash.update(chunk);
        return null;
      },
    );
    writes.push(
      pipeline(stream, counted, fs.createWriteStream(file.tempPath, { flags: "wx" })).then(
        () => void (file.sha256 = hash.digest("hex")),
        (e: unknown) => stop(isAppError(e) || isSystemError(e) ? e : refusal(MALFORMED)),
      ),
    );
  });
  parser.on("filesLimit", () => stop(refusal(msg("upload.tooManyFiles", { max: limits.files }))));
  parser.on("fieldsLimit", () => stop(refusal(msg("upload.tooManyFields"))));
  parser.on("partsLimit", () => stop(refusal(msg("upload.tooManyFields"))));

  const body = meter(limits.requestBytes + FRAMING_BYTES, () => noted(requestTooLarge(limits)));
  for (const stream of [source, body, parser]) stream.on("error", ignore);
  try {
    await pipeline(source, body, parser);
  } catch (e) {
    // busboy's own errors ("Unexpected end of form", "Malformed part header") are the client's
    failure ??= isAppError(e) || isSystemError(e) ? e : refusal(MALFORMED);
  }
  await Promise.allSettled(writes);

  try {
    if (failure !== null) throw failure;
    if (staged.length === 0) throw refusal(msg("upload.chooseFile"));
    for (const file of staged) {
      if (file.sizeBytes === 0) throw refusal(msg("upload.fileEmpty", { name: file.fileName }));
      const refused = await refuseFileContent(file.fileName, file.tempPath);
      if (refused) throw refusal(`「${file.fileName}」${refused}`);
    }
    return staged;
  } catch (e) {
    await discardStaged(staged);
    throw e;
  }
}

/**
 * One small file read into memory after the same streamed checks as evidence (a sheet to import): its cleaned
 * name and bytes; the staged copy is gone afterwards. `refuseName` says which names are accepted.
 */
export async function receiveOneFile(
  request: Request,
  maxBytes: number,
  refuseName: (fileName: string) => string | null,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const staged = await receiveEvidenceFiles(request, { fileBytes: maxBytes, requestBytes: maxBytes, files: 1 }, refuseName);
  try {
    const [file] = staged;
    return { fileName: file.fileName, bytes: new Uint8Array(await fs.promises.readFile(file.tempPath)) };
  } finally {
    await discardStaged(staged);
  }
}
