import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "./graphql-request";

const AddEvidenceLink = graphql(`
  mutation AddEvidenceLink($entryId: ID!, $url: String!) {
    addEvidenceLink(entryId: $entryId, url: $url) {
      id
    }
  }
`);

/** Attaches links (via GraphQL) and files (multipart) to a saved report; returns the Chinese errors. */
export async function attachEvidence(entryId: string, links: string[], files: File[]): Promise<string[]> {
  const errors: string[] = [];
  for (const url of links) {
    await requestGraphQL(AddEvidenceLink, { entryId, url }).catch((e: Error) => errors.push(`${url}：${e.message}`));
  }
  if (files.length > 0) {
    const body = new FormData();
    for (const f of files) body.append("file", f);
    const res = await fetch(`/api/progress/${entryId}/evidence`, { method: "POST", body, credentials: "same-origin" });
    if (!res.ok) errors.push(((await res.json()) as { error?: { message: string } }).error?.message ?? `HTTP ${res.status}`);
  }
  return errors;
}
