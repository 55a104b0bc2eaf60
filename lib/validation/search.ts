import { z } from "./zod";
import { SEARCH_MAX_LENGTH, SEARCH_MAX_TERMS, parseSearchQuery, type SearchProblem } from "../domain/search";

/** The API's words for a query out of bounds (the page words the same rule through lib/i18n/search.ts). */
export const SEARCH_PROBLEM_MESSAGE: Record<SearchProblem, string> = {
  EMPTY: "请填写搜索内容",
  TOO_LONG: `搜索内容不能超过 ${SEARCH_MAX_LENGTH} 字`,
  TOO_MANY_TERMS: `搜索内容最多 ${SEARCH_MAX_TERMS} 个词`,
  CONTROL_CHARACTERS: "搜索内容不能包含控制字符",
};

/** The site search's query (lib/domain/search.ts parseSearchQuery), trimmed once it is within the bounds. */
export const searchQuery = z
  .string({ error: (issue) => (issue.input === undefined || issue.input === null ? SEARCH_PROBLEM_MESSAGE.EMPTY : "搜索内容应为文字") })
  .superRefine((s, ctx) => {
    const parsed = parseSearchQuery(s);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: SEARCH_PROBLEM_MESSAGE[parsed.problem] });
  })
  .transform((s) => s.trim());

export const searchInput = z.object({ query: searchQuery });
