import * as zlib from "node:zlib";

/**
 * The smallest ZIP writer an Office package needs: entries deflated by Node's zlib (native, where JSZip's
 * JavaScript deflate cost most of an ExcelJS workbook) or stored (a small part, or a small package); one central
 * directory, no ZIP64 (a sheet of this app is kilobytes, far from the 4 GiB limit) and no data descriptors, so the
 * sizes and CRC stand in the local headers as every reader expects. lib/server/sheets/read-workbook.ts walks the same structures when it reads an upload.
 */
export interface ZipEntry {
  /** path inside the package, ASCII, e.g. "xl/workbook.xml" */
  name: string;
  data: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
/** "version needed to extract" 2.0: deflate */
const VERSION = 20;
const STORE = 0;
const DEFLATE = 8;
/**
 * zlib level 1 against its default 6: on a score workbook's XML level 1 is ~5× faster and its output ~15% larger.
 */
const LEVEL = 1;
/**
 * A package this small is stored whole, not deflated. Deflating costs ~4 µs a kilobyte even at level 1: on a
 * 40-target score workbook (50 KB of XML) that is ~0.2 ms, as long as building the sheets, and nearly the whole
 * time the same rows take as CSV, while all it saves is ~35 KB of download (16 KB against 52 KB). From this size
 * on (a larger plan, or one with many named items) the parts are deflated, to about a fifth of their XML.
 */
const STORE_PACKAGE_BELOW = 64 * 1024;
/**
 * Each deflateRawSync sets up a zlib stream of its own (a few µs, whatever the input's size): more than a
 * workbook's relationship and property parts, a few hundred bytes each, are worth compressing. They are stored.
 */
const STORE_BELOW = 4096;

/** CRC-32 (ISO 3309, as ZIP uses it): zlib's native one from Node 20.15 on, this table-driven one before. */
export function tableCrc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
const crc32: (data: Uint8Array) => number = typeof zlib.crc32 === "function" ? (data) => zlib.crc32(data) : tableCrc32;

/** MS-DOS date and time (local time, two-second steps) as ZIP headers hold them; 1980 is the earliest. */
function dosDateTime(at: Date): { date: number; time: number } {
  const year = Math.max(1980, at.getFullYear());
  return {
    date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1),
  };
}

export function zip(entries: readonly ZipEntry[], modified: Date = new Date()): Uint8Array {
  const { date, time } = dosDateTime(modified);
  const small = entries.reduce((n, e) => n + e.data.byteLength, 0) < STORE_PACKAGE_BELOW;
  const packed = entries.map((e) => {
    const deflate = !small && e.data.byteLength >= STORE_BELOW;
    return {
      name: Buffer.from(e.name, "utf8"),
      crc: crc32(e.data),
      size: e.data.byteLength,
      method: deflate ? DEFLATE : STORE,
      body: deflate ? zlib.deflateRawSync(e.data, { level: LEVEL }) : e.data,
    };
  });
  const localSize = packed.reduce((n, p) => n + 30 + p.name.byteLength + p.body.byteLength, 0);
  const centralSize = packed.reduce((n, p) => n + 46 + p.name.byteLength, 0);
  const out = Buffer.alloc(localSize + centralSize + 22);

  // the fields every header shares, from "version needed" to the name's length
  const common = (at: number, p: (typeof packed)[number]) => {
    out.writeUInt16LE(VERSION, at);
    out.writeUInt16LE(0, at + 2); // flags: no encryption, no data descriptor
    out.writeUInt16LE(p.method, at + 4);
    out.writeUInt16LE(time, at + 6);
    out.writeUInt16LE(date, at + 8);
    out.writeUInt32LE(p.crc, at + 10);
    out.writeUInt32LE(p.body.byteLength, at + 14);
    out.writeUInt32LE(p.size, at + 18);
    out.writeUInt16LE(p.name.byteLength, at + 22);
    out.writeUInt16LE(0, at + 24); // extra field length
  };

  const offsets: number[] = [];
  let at = 0;
  for (const p of packed) {
    offsets.push(at);
    out.writeUInt32LE(LOCAL, at);
    common(at + 4, p);
    p.name.copy(out, at + 30);
    out.set(p.body, at + 30 + p.name.byteLength);
    at += 30 + p.name.byteLength + p.body.byteLength;
  }
  const central = at;
  packed.forEach((p, i) => {
    out.writeUInt32LE(CENTRAL, at);
    out.writeUInt16LE(VERSION, at + 4); // version made by: 2.0, MS-DOS attributes
    common(at + 6, p);
    // comment length, disk number, internal and external attributes: all 0
    out.writeUInt32LE(offsets[i], at + 42);
    p.name.copy(out, at + 46);
    at += 46 + p.name.byteLength;
  });
  out.writeUInt32LE(EOCD, at);
  // disk numbers 0, then the entry count on this disk and in all
  out.writeUInt16LE(packed.length, at + 8);
  out.writeUInt16LE(packed.length, at + 10);
  out.writeUInt32LE(at - central, at + 12);
  out.writeUInt32LE(central, at + 16);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
