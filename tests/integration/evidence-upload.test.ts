// Evidence uploads through the real route handlers (#11 "uploads"): multipart is streamed with busboy under
// per-file, per-request and files-per-request caps, stopping the reading as soon as a cap is passed; the content
// must match the extension (a program renamed .pdf is refused); an upload is stored all or none; downloads are
// attachments with nosniff, pictures inline only when verified and then sandboxed.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { evidenceStore } from "../../lib/server/evidence/active-store";
import { evidenceStoreKind } from "../../lib/server/evidence/store-kind";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { userNamed } from "./harness";
import { callRoute, routeHandler, sessionCookie } from "./route-harness";

process.env.EVIDENCE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "ptt-upload-"));
const DIR = process.env.EVIDENCE_DIR;

const FIRMS = "二.(一).1.(1)"; // 高企数量增长10%, owned by 高新办 (gaoxin); the demo has reports on it
const CENTRES = "二.(一).3.(3)"; // a count target of 计划科 (jihua) with the demo's named items
const MB = 1024 * 1024;
const UPLOAD = "POST /api/progress/[entryId]/evidence";
const ITEM_UPLOAD = "POST /api/items/[itemId]/evidence";
const DOWNLOAD = "GET /api/evidence/[id]";

const enc = (s: string) => new TextEncoder().encode(s);
const PDF = enc("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
/** the start of a Windows program: "MZ", the DOS stub's message */
const EXE = Uint8Array.from([
  0x4d,
  0x5a,
  0x90,
  0x00,
  0x03,
  0x00,
  0x00,
  0x00,
  0x04,
  0x00,
  ...enc("This program cannot be run in DOS mode."),
]);
const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"),
);

let entryId: string;
let itemId: string;
let gaoxinId: string;
let jihuaId: string;

beforeAll(async () => {
  const ids = (await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" })).loaded!.targetIds;
  entryId = (await db.progressEntry.findFirstOrThrow({ where: { targetId: ids.get(FIRMS) }, orderBy: { reportedFor: "desc" } })).id;
  itemId = (await db.countItem.findFirstOrThrow({ where: { targetId: ids.get(CENTRES) } })).id;
  gaoxinId = (await userNamed("gaoxin")).id;
  jihuaId = (await userNamed("jihua")).id;
});

afterAll(() => fs.rmSync(DIR, { recursive: true, force: true }));

beforeEach(() => {
  delete process.env.EVIDENCE_MAX_MB;
  delete process.env.EVIDENCE_REQUEST_MAX_MB;
});

function form(...files: { name: string; bytes: Uint8Array<ArrayBuffer>; type?: string }[]): FormData {
  const f = new FormData();
  for (const file of files) f.append("file", new File([file.bytes], file.name, { type: file.type ?? "application/pdf" }));
  return f;
}

const upload = (body: FormData, userId = gaoxinId) =>
  callRoute(UPLOAD, { url: `/api/progress/${entryId}/evidence`, params: { entryId }, form: body }, userId);

/** Every file under EVIDENCE_DIR, the staging folder included. */
function storedFiles(dir = DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? storedFiles(full) : [path.relative(DIR, full)];
  });
}

async function snapshot() {
  const [evidence, audits, blobs] = await Promise.all([
    db.evidence.count(),
    db.auditLog.count({ where: { action: "ADD_EVIDENCE" } }),
    db.evidenceBlob.count(),
  ]);
  return { evidence, audits, blobs, files: storedFiles().sort() };
}

async function refusal(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string; limit?: string } };
  return { status: res.status, ...body.error };
}

interface Part {
  filename: string;
  /** bytes of the file's content, its head included */
  size: number;
  head?: Uint8Array;
  field?: string;
}

/**
 * A multipart body produced lazily, 64 KB at a time, counting what the reader pulled: a test can then tell a
 * refusal that stopped reading from one that read (or buffered) the whole body.
 */
function streamedBody(parts: Part[], options: { boundary?: string; declared?: string; end?: boolean } = {}) {
  const boundary = options.boundary ?? "----ptt-upload-test-boundary";
  const CHUNK = 64 * 1024;
  function* chunks(): Generator<Uint8Array> {
    for (const p of parts) {
      yield enc(
        `--${boundary}\r\nContent-Disposition: form-data; name="${p.field ?? "file"}"; filename="${p.filename}"\r\n` +
          `Content-Type: application/pdf\r\n\r\n`,
      );
      const head = p.head ?? PDF;
      yield head;
      for (let left = p.size - head.length; left > 0; left -= CHUNK) yield new Uint8Array(Math.min(CHUNK, left)).fill(0x20);
      yield enc("\r\n");
    }
    if (options.end !== false) yield enc(`--${boundary}--\r\n`);
  }
  const size = [...chunks()].reduce((n, c) => n + c.length, 0);
  const source = chunks();
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = source.next();
        if (next.done) return controller.close();
        pulled += next.value.length;
        controller.enqueue(next.value);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, size, pulled: () => pulled, contentType: `multipart/form-data; boundary=${boundary}` };
}

async function postStream(
  body: ReadableStream<Uint8Array> | string,
  contentType: string,
  extra: Record<string, string> = {},
  userId = gaoxinId,
): Promise<Response> {
  const handler = await routeHandler(UPLOAD);
  const headers = new Headers({ "content-type": contentType, cookie: await sessionCookie(userId), ...extra });
  // a streamed body needs duplex "half" (undici), which the DOM RequestInit type does not list
  const init = { method: "POST", headers, body, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1];
  return handler(new NextRequest(`http://localhost/api/progress/${entryId}/evidence`, init), { params: Promise.resolve({ entryId }) });
}

describe("accepted uploads", () => {
  it("stores a real PDF under its SHA-256 with one row and one audit row, under its UTF-8 name", async () => {
    const before = await snapshot();
    const res = await upload(form({ name: "益科发〔2013〕45号.pdf", bytes: PDF }));
    expect(res.status).toBe(200);
    const { evidence } = (await res.json()) as { evidence: { id: string; title: string; sizeBytes: number }[] };
    expect(evidence).toEqual([{ id: expect.any(String), title: "益科发〔2013〕45号.pdf", sizeBytes: PDF.byteLength }]);
    const row = await db.evidence.findUniqueOrThrow({ where: { id: evidence[0].id } });
    expect(row).toMatchObject({ kind: "FILE", entryId, mimeType: "application/pdf" });
    expect(row.storagePath).toBe(path.join(row.sha256!.slice(0, 2), `${row.sha256}.pdf`));
    expect(row.sha256).toBe(createHash("sha256").update(PDF).digest("hex"));
    expect(Buffer.from((await evidenceStore().read({ storagePath: row.storagePath!, sha256: row.sha256 }))!)).toEqual(Buffer.from(PDF));
    const after = await snapshot();
    expect([after.evidence - before.evidence, after.audits - before.audits]).toEqual([1, 1]);
    // EVIDENCE_STORE: the disk on SQLite, the database on PostgreSQL (never both)
    if (evidenceStoreKind() === "disk") {
      expect(fs.readFileSync(path.join(DIR, row.storagePath!))).toEqual(Buffer.from(PDF));
      expect(after.blobs - before.blobs).toBe(0);
    } else {
      expect(fs.existsSync(path.join(DIR, row.storagePath!))).toBe(false);
      expect(after.blobs - before.blobs).toBe(1);
    }
    expect(after.files.filter((f) => f.startsWith(".incoming"))).toEqual([]);
  });

  it("stores several files of one upload together, to an item as well", async () => {
    const before = await snapshot();
    const res = await callRoute(
      ITEM_UPLOAD,
      {
        url: `/api/items/${itemId}/evidence`,
        params: { itemId },
        form: form({ name: "批复.pdf", bytes: enc("%PDF-1.7 批复 item") }, { name: "现场.png", bytes: PNG, type: "image/png" }),
      },
      jihuaId,
    );
    expect(res.status).toBe(200);
    const rows = await db.evidence.findMany({ where: { itemId }, orderBy: { title: "asc" } });
    expect(rows.map((r) => [r.title, r.mimeType])).toEqual([
      ["批复.pdf", "application/pdf"],
      ["现场.png", "image/png"],
    ]);
    expect((await snapshot()).evidence - before.evidence).toBe(2);
  });

  it("keeps only the last path component of a name, without control characters, at most 200 characters", async () => {
    const long = `${"很长的文件名".repeat(60)}.pdf`;
    const { stream, contentType } = streamedBody([
      { filename: "..\\\\..\\\\C:\\\\tmp\\\\报\t告\u202E.pdf", size: 2000 },
      { filename: "../../etc/批复.pdf", size: 3000 },
      { filename: long, size: 4000 },
    ]);
    const res = await postStream(stream, contentType);
    expect(res.status).toBe(200);
    const { evidence } = (await res.json()) as { evidence: { title: string }[] };
    expect(evidence.map((e) => e.title)).toEqual(["报告.pdf", "批复.pdf", `${long.slice(0, 196)}.pdf`]);
    expect([...evidence[2].title].length).toBe(200);
  });
});

describe("refused uploads store nothing", () => {
  it("refuses a Windows program renamed .pdf: no row, no file", async () => {
    const before = await snapshot();
    const res = await upload(form({ name: "通知.pdf", bytes: EXE }));
    expect(await refusal(res)).toMatchObject({
      status: 400,
      code: "BAD_USER_INPUT",
      message: "「通知.pdf」文件内容与扩展名不符（实际为 exe）",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses the whole upload when one of its files is refused (all or none)", async () => {
    const before = await snapshot();
    const res = await upload(
      form({ name: "好的.pdf", bytes: enc("%PDF-1.4 all or none") }, { name: "照片.png", bytes: PDF, type: "image/png" }),
    );
    expect(await refusal(res)).toMatchObject({ status: 400, message: "「照片.png」文件内容与扩展名不符（实际为 pdf）" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a disallowed extension and content nothing recognises", async () => {
    const before = await snapshot();
    expect(await refusal(await upload(form({ name: "run.exe", bytes: EXE })))).toMatchObject({
      status: 400,
      message: "「run.exe」不支持的文件类型「.exe」：仅限 PDF、图片和 Office 文件",
    });
    expect(await refusal(await upload(form({ name: "记录.docx", bytes: enc("just some text, not a package") })))).toMatchObject({
      status: 400,
      message: "「记录.docx」文件内容与扩展名不符（实际为 无法识别的内容）",
    });
    expect(await refusal(await upload(form({ name: "空.pdf", bytes: new Uint8Array(0) })))).toMatchObject({
      status: 400,
      message: "「空.pdf」文件为空",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses 6 files in one upload", async () => {
    const before = await snapshot();
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `第${i + 1}份.pdf`, bytes: enc(`%PDF-1.4 part ${i}`) }));
    expect(await refusal(await upload(form(...six)))).toMatchObject({
      status: 400,
      code: "BAD_USER_INPUT",
      message: "一次最多上传 5 个文件",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses one file over 20 MB (413)", async () => {
    const before = await snapshot();
    const big = new Uint8Array(20 * MB + 1).fill(0x20);
    big.set(PDF);
    expect(await refusal(await upload(form({ name: "扫描件.pdf", bytes: big })))).toMatchObject({
      status: 413,
      code: "BAD_USER_INPUT",
      message: "「扫描件.pdf」文件超过 20 MB 上限",
      limit: "file",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("stops reading a 150 MB file once it passes the 20 MB cap", async () => {
    const before = await snapshot();
    const body = streamedBody([{ filename: "巨大.pdf", size: 150 * MB }]);
    const res = await postStream(body.stream, body.contentType);
    expect(await refusal(res)).toMatchObject({ status: 413, limit: "file" });
    expect(body.pulled()).toBeGreaterThan(20 * MB);
    expect(body.pulled()).toBeLessThan(21 * MB);
    expect(body.size).toBeGreaterThan(150 * MB);
    expect(await snapshot()).toEqual(before);
  });

  it("stops reading when the files together pass the 40 MB request cap (5 × 19 MB)", async () => {
    const before = await snapshot();
    const body = streamedBody(Array.from({ length: 5 }, (_, i) => ({ filename: `卷${i + 1}.pdf`, size: 19 * MB })));
    const res = await postStream(body.stream, body.contentType);
    expect(await refusal(res)).toMatchObject({
      status: 413,
      message: "一次上传的文件合计不能超过 40 MB",
      limit: "request",
    });
    expect(body.size).toBeGreaterThan(95 * MB);
    expect(body.pulled()).toBeLessThan(41 * MB);
    expect(await snapshot()).toEqual(before);
  });

  it("follows EVIDENCE_MAX_MB and EVIDENCE_REQUEST_MAX_MB", async () => {
    process.env.EVIDENCE_MAX_MB = "1";
    process.env.EVIDENCE_REQUEST_MAX_MB = "2";
    const one = streamedBody([{ filename: "a.pdf", size: MB + 1 }]);
    expect(await refusal(await postStream(one.stream, one.contentType))).toMatchObject({
      status: 413,
      message: "「a.pdf」文件超过 1 MB 上限",
    });
    const three = streamedBody(Array.from({ length: 3 }, (_, i) => ({ filename: `${i}.pdf`, size: MB })));
    expect(await refusal(await postStream(three.stream, three.contentType))).toMatchObject({ status: 413, limit: "request" });
    const exact = streamedBody([{ filename: "正好.pdf", size: MB }]);
    expect((await postStream(exact.stream, exact.contentType)).status).toBe(200);
  });

  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    const before = await snapshot();
    const body = streamedBody([{ filename: "大.pdf", size: 150 * MB }]);
    const res = await postStream(body.stream, body.contentType, { "content-length": String(body.size) });
    expect(await refusal(res)).toMatchObject({ status: 413, code: "BAD_USER_INPUT", limit: "request" });
    expect(body.pulled()).toBeLessThanOrEqual(64 * 1024);
    expect(await snapshot()).toEqual(before);
  });

  it("checks the caller's right to the report before reading the body", async () => {
    const before = await snapshot();
    const body = streamedBody([{ filename: "越权.pdf", size: 30 * MB }]);
    const res = await postStream(body.stream, body.contentType, {}, jihuaId);
    expect(await refusal(res)).toMatchObject({ status: 403, code: "FORBIDDEN" });
    expect(body.pulled()).toBeLessThanOrEqual(64 * 1024);
    expect(await snapshot()).toEqual(before);
  });

  it("answers malformed multipart with 400, not 500", async () => {
    const before = await snapshot();
    const wrongBoundary = streamedBody([{ filename: "a.pdf", size: 1000 }], { boundary: "the-real-one" });
    const cases: [string, ReadableStream<Uint8Array> | string, string][] = [
      ["wrong boundary", wrongBoundary.stream, "multipart/form-data; boundary=another-one"],
      [
        "truncated",
        streamedBody([{ filename: "a.pdf", size: 5000 }], { end: false }).stream,
        wrongBoundary.contentType.replace("the-real-one", "----ptt-upload-test-boundary"),
      ],
      ["no boundary", "--x\r\n", "multipart/form-data; charset=utf-8"],
      ["not multipart", JSON.stringify({ file: "x" }), "application/json"],
      ["broken part header", "--b\r\nContent-Disposition form-data\r\n\r\nxx\r\n--b--\r\n", "multipart/form-data; boundary=b"],
      ["no file", '--b\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--b--\r\n', "multipart/form-data; boundary=b"],
      [
        "another field's file",
        streamedBody([{ filename: "a.pdf", size: 100, field: "attachment" }]).stream,
        wrongBoundary.contentType.replace("the-real-one", "----ptt-upload-test-boundary"),
      ],
    ];
    for (const [what, body, type] of cases) {
      const res = await postStream(body, type);
      expect({ what, status: res.status, code: (await refusal(res)).code }).toEqual({ what, status: 400, code: "BAD_USER_INPUT" });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("downloads", () => {
  async function stored(name: string, bytes: Uint8Array<ArrayBuffer>, type: string, userId = gaoxinId) {
    const res = await upload(form({ name, bytes, type }), userId);
    expect(res.status).toBe(200);
    return ((await res.json()) as { evidence: { id: string }[] }).evidence[0].id;
  }
  const get = (id: string) => callRoute(DOWNLOAD, { url: `/api/evidence/${id}`, params: { id } }, gaoxinId);

  it("sends a PDF as an attachment, never sniffed", async () => {
    const res = await get(await stored("批复文件.pdf", enc("%PDF-1.4 download"), "application/pdf"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="evidence\.pdf"; filename\*=UTF-8''/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toBeNull();
  });

  it("shows a verified picture inline, sandboxed", async () => {
    const res = await get(await stored("现场照片.png", PNG, "image/png"));
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(res.headers.get("content-security-policy")).toBe("sandbox");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
  });

  it("sends a file stored before content was checked, whose bytes are not what its name says, as an octet-stream attachment", async () => {
    // as an upload before #11 left it: an HTML page saved as 照片.png
    const html = enc("<html><script>alert(document.cookie)</script></html>");
    const storagePath = path.join("ff", "ff-legacy.png");
    const sha256 = createHash("sha256").update(html).digest("hex");
    if (evidenceStoreKind() === "disk") {
      fs.mkdirSync(path.join(DIR, "ff"), { recursive: true });
      fs.writeFileSync(path.join(DIR, storagePath), html);
    } else {
      await db.evidenceBlob.create({ data: { sha256, bytes: html, size: html.byteLength } });
    }
    const row = await db.evidence.create({
      data: {
        kind: "FILE",
        title: "照片.png",
        mimeType: "image/png",
        sizeBytes: html.byteLength,
        storagePath,
        sha256,
        entryId,
        uploadedById: gaoxinId,
      },
    });
    const res = await get(row.id);
    expect(res.headers.get("content-type")).toBe("application/octet-stream");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="evidence"/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toBeNull();
  });
});
