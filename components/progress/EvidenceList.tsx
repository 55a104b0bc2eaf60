/** 佐证材料 as links: a web link opens itself, a stored file downloads from /api/evidence/{id}. */
export function EvidenceList({ evidence }: { evidence: readonly { id: string; kind: string; title: string; url?: string | null }[] }) {
  if (evidence.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="evidence-list">
      {evidence.map((ev) => (
        <li key={ev.id}>
          <a href={ev.kind === "LINK" ? (ev.url ?? "#") : `/api/evidence/${ev.id}`} target="_blank" rel="noreferrer">
            {ev.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
