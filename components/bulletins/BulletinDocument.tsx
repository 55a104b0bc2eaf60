import { bulletinBlocks, type BulletinBlock, type BulletinTextData } from "../../lib/i18n/bulletin-text";
import type { Locale, Messages } from "../../lib/i18n/messages";
import { htmlLang } from "../../lib/i18n/format";

function Block({ block }: { block: BulletinBlock }) {
  switch (block.kind) {
    case "draft":
      return <p className="bulletin-draft">{block.text}</p>;
    case "title":
      return <h2 className="bulletin-title">{block.text}</h2>;
    case "addressee":
      return <p className="bulletin-addressee">{block.text}</p>;
    case "heading":
      return block.level === 1 ? <h3 className="bulletin-h1">{block.text}</h3> : <h4 className="bulletin-h2">{block.text}</h4>;
    case "paragraph":
      return <p className="bulletin-p">{block.text}</p>;
    case "table":
      return (
        <div className="table-scroll">
          <table className="bulletin-table">
            <thead>
              <tr>
                {block.header.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={i} className={block.numeric[i] ? "num" : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case "signature":
      return (
        <p className="bulletin-signature">
          <span>{block.unit}</span>
          <span>{block.date}</span>
        </p>
      );
  }
}

/**
 * The 通报 as it prints (A4 portrait, app/reviews/[reviewId]/bulletin/bulletin.css): the same blocks, in the same
 * order, as the Word file (lib/server/bulletins/render-bulletin-docx.ts). A draft carries a 草稿 watermark.
 */
export function BulletinDocument({ bulletin, t, locale }: { bulletin: BulletinTextData; t: Messages; locale: Locale }) {
  const blocks = bulletinBlocks(bulletin, t, locale);
  return (
    <section
      className="bulletin-paper"
      aria-label={t.bulletin.preview}
      data-testid="bulletin-document"
      data-draft={bulletin.issued ? undefined : "true"}
      data-watermark={t.bulletin.draftMark}
      lang={htmlLang(locale)}
    >
      {blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </section>
  );
}
