import type { SessionUser } from "../auth/session-user";
import { decideFigure } from "./figure-decision";
import type { FigureCheckView } from "./figure-check-view";

/** 采纳: the 考核组 accepts a pending report or item, which counts from now on (dashboards, reviews, scores). */
export function acceptFigure(options: { user: SessionUser; kind: "ENTRY" | "ITEM"; id: string }): Promise<FigureCheckView> {
  return decideFigure({ ...options, decision: "ACCEPTED" });
}
