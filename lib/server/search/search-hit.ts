/** What the site search finds (graphql/schema/search.graphql), in the order the page shows the groups. */
export const SEARCH_KINDS = ["TARGET", "ITEM", "NOTE", "RECTIFICATION", "DUTY"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The field a hit's snippet comes from, so the page can say where the terms were found (名称, 批准文号 …). */
export type SearchField =
  | "CODE"
  | "TITLE"
  | "WORDING"
  | "REMARKS"
  | "WINDOW_TEXT"
  | "APPLICABILITY_REASON"
  | "NAME"
  | "DOC_NUMBER"
  | "DESCRIPTION"
  | "NOTE"
  | "REASON"
  | "NOTICE"
  | "ANSWER"
  | "RETURN_REASON"
  | "CLOSING_NOTE"
  | "DUTY"
  | "WORK_ITEM";

export interface SearchHitView {
  kind: SearchKind;
  /** the record found: a target, count item, report, rectification, duty or work item */
  id: string;
  /** what the record is called: a target's or item's name; for a note or notice its target's; for a duty its text, cut */
  title: string;
  snippet: string;
  field: SearchField;
  /** the report's day, the item's date, the notice's deadline */
  date: string | null;
  unitId: string;
  unitName: string;
  planId: string | null;
  planTitle: string | null;
  planYear: number | null;
  targetId: string | null;
  targetCode: string | null;
  targetTitle: string | null;
  dutySeq: number | null;
  workItemSeq: number | null;
  /** a named item withdrawn (撤回): still on record, found, and shown as withdrawn */
  withdrawn: boolean;
  /** where the work on it is done */
  url: string;
}

export interface SearchGroupView {
  kind: SearchKind;
  hits: SearchHitView[];
  /** more records match than the group shows: refine the query */
  more: boolean;
}

export interface SearchResultView {
  query: string;
  terms: string[];
  groups: SearchGroupView[];
  total: number;
  more: boolean;
}
