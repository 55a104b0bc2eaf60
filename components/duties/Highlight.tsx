import { highlightParts } from "../../lib/domain/text-search";

/** The text with every occurrence of a search term in <mark>; line breaks kept (the source's paragraphs). */
export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  const parts = highlightParts(text, terms);
  return <>{parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
