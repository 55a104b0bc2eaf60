import { rectificationState, type IsoDate, type RectificationState } from "../../domain";
import { dbDateToIso, todayIso } from "../db-dates";

export interface ReviewCommentView {
  id: string;
  reviewId: string;
  targetId: string | null;
  sectionId: string | null;
  body: string;
  authorId: string;
  createdAt: Date;
}

export function toCommentView(c: ReviewCommentView): ReviewCommentView {
  return {
    id: c.id,
    reviewId: c.reviewId,
    targetId: c.targetId,
    sectionId: c.sectionId,
    body: c.body,
    authorId: c.authorId,
    createdAt: c.createdAt,
  };
}

export interface RectificationView {
  id: string;
  reviewId: string | null;
  targetId: string;
  code: string;
  title: string;
  notice: string;
  deadline: IsoDate;
  status: "OPEN" | "CLOSED";
  /** OPEN / OVERDUE (deadline passed, still open) / CLOSED, as of today */
  state: RectificationState;
  issuedById: string;
  createdAt: Date;
  closedAt: Date | null;
  closedById: string | null;
  closingNote: string | null;
  /** optimistic concurrency: closing the notice claims it */
  version: number;
}

interface RectificationRow {
  id: string;
  reviewId: string | null;
  targetId: string;
  notice: string;
  deadline: Date;
  status: string;
  issuedById: string;
  createdAt: Date;
  closedAt: Date | null;
  closedById: string | null;
  closingNote: string | null;
  version: number;
  target: { code: string; title: string };
}

export function toRectificationView(r: RectificationRow, today: IsoDate = todayIso()): RectificationView {
  const deadline = dbDateToIso(r.deadline);
  return {
    id: r.id,
    reviewId: r.reviewId,
    targetId: r.targetId,
    code: r.target.code,
    title: r.target.title,
    notice: r.notice,
    deadline,
    status: r.status === "CLOSED" ? "CLOSED" : "OPEN",
    state: rectificationState(r.status, deadline, today),
    issuedById: r.issuedById,
    createdAt: r.createdAt,
    closedAt: r.closedAt,
    closedById: r.closedById,
    closingNote: r.closingNote,
    version: r.version,
  };
}
