import type { SessionUser } from "../auth/session-user";
import { decideFigure } from "./figure-decision";
import type { FigureCheckView } from "./figure-check-view";

/**
 * 退回: the 考核组 returns a pending report or item with what is wrong. It never counts; its section sees it,
 * with the reason, in 我的待办 and on the target page, and answers by correcting or resubmitting it.
 */
export function returnFigure(options: { user: SessionUser; kind: "ENTRY" | "ITEM"; id: string; reason: string }): Promise<FigureCheckView> {
  return decideFigure({ ...options, decision: "RETURNED" });
}
