import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "./graphql-request";

const AddEvidenceLink = graphql(`
  mutation AddEvidenceLink($entryId: ID!, $url: String!) {
    addEvidenceLink(entryId: $entryId, url: $url) {
      id
    }
  }
`);

const AddItemEvidenceLink = graphql(`
  mutation AddItemEvidenceLink($itemId: ID!, $url: String!) {
    addItemEvidenceLink(itemId: $itemId, url: $url) {
      id
    }
  }
`);

async function uploadFiles(path: string, files: File[], errors: string[]): Promise<void> {
  if (files.length === 0) return;
  const body = new FormData();
  for (const f of files) body.append("file", f);
  const res = await fetch(path, { method: "POST", body, credentials: "same-origin" });
  if (res.ok) return;
  // a reverse proxy refusing a large body answers with its own page, not the route's JSON
  const answer = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  errors.push(answer?.error?.message ?? (res.status === 413 ? "上传的文件过大，超过服务器允许的大小" : `HTTP ${res.status}`));
}

/** Attaches links (via GraphQL) and files (multipart) to a saved report; returns the Chinese errors. */
export async function attachEvidence(entryId: string, links: string[], files: File[]): Promise<string[]> {
  const errors: string[] = [];
  for (const url of links) {
    await requestGraphQL(AddEvidenceLink, { entryId, url }).catch((e: Error) => errors.push(`${url}：${e.message}`));
  }
  await uploadFiles(`/api/progress/${entryId}/evidence`, files, errors);
  return errors;
}

/** The same for a count target's named item (逐项登记): links via GraphQL, files to /api/items/{id}/evidence. */
export async function attachItemEvidence(itemId: string, links: string[], files: File[]): Promise<string[]> {
  const errors: string[] = [];
  for (const url of links) {
    await requestGraphQL(AddItemEvidenceLink, { itemId, url }).catch((e: Error) => errors.push(`${url}：${e.message}`));
  }
  await uploadFiles(`/api/items/${itemId}/evidence`, files, errors);
  return errors;
}

/** Files for a section's answer to a rectification notice (links travel with the answer itself). */
export async function attachRectificationFiles(rectificationId: string, files: File[]): Promise<string[]> {
  const errors: string[] = [];
  await uploadFiles(`/api/rectifications/${rectificationId}/evidence`, files, errors);
  return errors;
}
