// Files for upload tests: ZIP packages built byte by byte (what OOXML and OFD files are) and a program's header.
import { crc32, deflateRawSync } from "node:zlib";

/**
 * A ZIP archive of text entries, stored (what OOXML and OFD packages hold) or deflated (a small file that unpacks
 * to much more: a "zip bomb" when the text is large).
 */
export function zipPackage(entries: [string, string][], method: "store" | "deflate" = "store"): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const fileName = Buffer.from(name);
    const raw = Buffer.from(text);
    const data = method === "deflate" ? deflateRawSync(raw) : raw;
    // method, CRC, sizes and name length stand in the same order in both headers, from `at`
    const describe = (header: Buffer, at: number) => {
      header.writeUInt16LE(method === "deflate" ? 8 : 0, at);
      header.writeUInt32LE(crc32(raw), at + 6);
      header.writeUInt32LE(data.length, at + 10);
      header.writeUInt32LE(raw.length, at + 14);
      header.writeUInt16LE(fileName.length, at + 18);
      return header;
    };
    const local = describe(Buffer.alloc(30), 8);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    const central = describe(Buffer.alloc(46), 10);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The start of a Windows program ("MZ" and the DOS stub's message): file-type says exe. */
export const WINDOWS_PROGRAM = new Uint8Array([
  ...Buffer.from("4d5a900003000000", "hex"),
  ...Buffer.from("This program cannot be run in DOS mode."),
]);

/** An xlsx package whose workbook part unpacks to `megabytes` MB of spaces (file-type still says xlsx). */
export function xlsxBomb(megabytes: number): Uint8Array {
  const main = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  return zipPackage(
    [
      [
        "[Content_Types].xml",
        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="${main}"/></Types>`,
      ],
      ["xl/workbook.xml", " ".repeat(megabytes * 1024 * 1024)],
    ],
    "deflate",
  );
}
