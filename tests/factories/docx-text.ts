import JSZip from "jszip";

/**
 * The text of a Word file's word/document.xml (the integration tests' and the specs' downloads): a line per paragraph
 * and per table row, its cells joined by tabs.
 */
export async function docxText(bytes: ArrayBuffer | Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const textOf = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1])
      .join("")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>|<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map(([part]) =>
      part.startsWith("<w:tr") ? [...part.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([c]) => textOf(c)).join("\t") : textOf(part),
    )
    .filter((line) => line.length > 0);
}
