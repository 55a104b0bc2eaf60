import { z } from "./zod";
import { SEARCH_MAX_LENGTH, SEARCH_MAX_TERMS, parseSearchQuery, type SearchProblem } from "../domain/search";
import { msg } from "../i18n/message-text";

/** The API's words for a query out of bounds (the page words the same rule through lib/i18n/search.ts). */
export const SEARCH_PROBLEM_MESSAGE: Record<SearchProblem, string> = {
  EMPTY: msg("v.required", { what: msg("field.search") }),
  TOO_LONG: msg("v.maxChars", { what: msg("field.search"), max: SEARCH_MAX_LENGTH }),
  TOO_MANY_TERMS: msg("search.tooManyTerms", { max: SEARCH_MAX_TERMS }),
  CONTROL_CHARACTERS: msg("v.controlCharacters", { what: msg("field.search") }),
};

/** The site search's query (lib/domain/search.ts parseSearchQuery), trimmed once it is within the bounds. */
export const searchQuery = z
  .string({
    error: (issue) =>
      issue.input === undefined || issue.input === null ? SEARCH_PROBLEM_MESSAGE.EMPTY : msg("v.notText", { what: msg("field.search") }),
  })
  .superRefine((s, ctx) => {
    const parsed = parseSearchQuery(s);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: SEARCH_PROBLEM_MESSAGE[parsed.problem] });
  })
  .transform((s) => s.trim());

export const searchInput = z.object({ query: searchQuery });
