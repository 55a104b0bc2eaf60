import { rectificationState, rectifiedLate, type IsoDate, type RectificationState, type RectificationStatus } from "../../domain";
import type { Rectification } from "../../../generated/prisma/client";
import { dbDateToIso, todayIso } from "../db-dates";
import { EVIDENCE_SELECT, type EvidenceView } from "../evidence/find-evidence";

/**
 * A rectification notice as every page and export shows it (reviews, the target page, the dispatch list), with its
 * state as of a day. Its own module so the plan pages and the reviews read notices without importing each other.
 */
export interface RectificationView {
  id: string;
  reviewId: string | null;
  targetId: string;
  code: string;
  title: string;
  notice: string;
  deadline: IsoDate;
  status: RectificationStatus;
  /** OPEN / RETURNED / OVERDUE / ANSWERED (awaiting sign-off) / CLOSED (销号), as of today */
  state: RectificationState;
  /** 逾期整改: answered (or, without an answer, still open or closed) after the deadline */
  late: boolean;
  issuedById: string;
  createdAt: Date;
  answer: string | null;
  answeredAt: Date | null;
  answeredById: string | null;
  returnReason: string | null;
  returnedAt: Date | null;
  evidence: EvidenceView[];
  closedAt: Date | null;
  closedById: string | null;
  closingNote: string | null;
  /** optimistic concurrency: answering, sending back and closing each claim it */
  version: number;
}

/** What every query of notices loads with them: the target's code and title, the answer's evidence. */
export const RECTIFICATION_INCLUDE = {
  target: { select: { code: true, title: true } },
  evidence: { select: EVIDENCE_SELECT, orderBy: { createdAt: "asc" } },
} as const;

type RectificationRow = Rectification & { target: { code: string; title: string }; evidence?: EvidenceView[] };

export function toRectificationView(r: RectificationRow, today: IsoDate = todayIso()): RectificationView {
  const deadline = dbDateToIso(r.deadline);
  const status: RectificationStatus = r.status === "CLOSED" ? "CLOSED" : r.status === "ANSWERED" ? "ANSWERED" : "OPEN";
  // the day the notice was put right: its answer's, or for one closed without an answer the day it was closed
  const doneAt = r.answeredAt ?? (status === "CLOSED" ? r.closedAt : null);
  const answeredOn = doneAt ? todayIso(doneAt) : null;
  const returned = r.returnedAt !== null && (r.answeredAt === null || r.returnedAt > r.answeredAt);
  return {
    id: r.id,
    reviewId: r.reviewId,
    targetId: r.targetId,
    code: r.target.code,
    title: r.target.title,
    notice: r.notice,
    deadline,
    status,
    state: rectificationState({ status, deadline, answeredOn, returned }, today),
    late: rectifiedLate({ deadline, answeredOn }, today),
    issuedById: r.issuedById,
    createdAt: r.createdAt,
    answer: r.answer,
    answeredAt: r.answeredAt,
    answeredById: r.answeredById,
    returnReason: r.returnReason,
    returnedAt: r.returnedAt,
    evidence: r.evidence ?? [],
    closedAt: r.closedAt,
    closedById: r.closedById,
    closingNote: r.closingNote,
    version: r.version,
  };
}
