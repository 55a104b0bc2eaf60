import type { DutyListSeed } from "../../lib/server/seed/duty-list-seed";
import { YIYANG_2013, YIYANG_MAIN_DUTIES } from "./yiyang-2013";

/**
 * 益阳市科技局's 责任清单: the twelve 一、单位主要职责 of its 2013 plan, verbatim. The plan lists no work items,
 * boundaries, procedures or public services; the bureau's sections come with the plan.
 */
export const YIYANG_DUTIES: DutyListSeed = {
  unit: YIYANG_2013.unit,
  sections: [],
  duties: YIYANG_MAIN_DUTIES.map((text, i) => ({ seq: i + 1, text, items: [] })),
  boundaries: [],
  procedures: [],
  publicServices: [],
};
