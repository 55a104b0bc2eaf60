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
