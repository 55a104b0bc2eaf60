import { SEARCH_KIND_CAP, parseSearchQuery } from "../../domain/search";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { SEARCH_PROBLEM_MESSAGE } from "../../validation/search";
import {
  findDutyHits,
  findItemHits,
  findNoteHits,
  findRectificationHits,
  findTargetHits,
  type KindHits,
  type KindSearch,
} from "./find-hits";
import { SEARCH_KINDS, type SearchKind, type SearchResultView } from "./search-hit";

const FINDERS: Record<SearchKind, (s: KindSearch) => Promise<KindHits>> = {
  TARGET: findTargetHits,
  ITEM: findItemHits,
  NOTE: findNoteHits,
  RECTIFICATION: findRectificationHits,
  DUTY: findDutyHits,
};

/**
 * 站内搜索 (#13): one query over what the user reads — targets (code, title, the plan's wording, remarks, window
 * text, the reason it is not applicable), named items (name, 批准文号, description, withdrawal reason), report
 * notes and correction reasons, rectification notices (notice, answer, return reason, closing note) and the
 * 责任清单's duties and work items — all of the units the user reads (own unit; a city leader also the counties
 * under it; lib/server/access/scope.ts). Every group is answered, empty or not, in SEARCH_KINDS order, each with
 * at most SEARCH_KIND_CAP hits and whether more match. The bounds are lib/domain/search.ts's (the operation's
 * input schema checks them first; checked again here for callers inside the server).
 */
export async function searchEverything(options: { user: SessionUser; query: string; cap?: number }): Promise<SearchResultView> {
  const parsed = parseSearchQuery(options.query);
  if (!parsed.ok) {
    const message = SEARCH_PROBLEM_MESSAGE[parsed.problem];
    throw new AppError("BAD_USER_INPUT", message, { fields: { query: message } });
  }
  const search: KindSearch = { user: options.user, query: parsed.query, terms: parsed.terms, cap: options.cap ?? SEARCH_KIND_CAP };
  const found = await Promise.all(SEARCH_KINDS.map((kind) => FINDERS[kind](search)));
  const groups = SEARCH_KINDS.map((kind, i) => ({ kind, ...found[i] }));
  return {
    query: parsed.query,
    terms: parsed.terms,
    groups,
    total: groups.reduce((n, g) => n + g.hits.length, 0),
    more: groups.some((g) => g.more),
  };
}
